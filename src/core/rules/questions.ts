// Category `questions` (section 3 « Feedback > ego »): too many questions, and
// the vague « Avez-vous des retours ? » with the guide's targeted questions as
// rewrites.

import { VAGUE_QUESTIONS } from '../data/questions';
import type { Draft } from '../draft';
import type { RuleDefinition } from '../rule';
import { checkedRange, ExpressionMatcher, phraseReports, sentenceAround } from '../phraseEngine';
import { quoteThen } from '../fixes';

const vague = new ExpressionMatcher(VAGUE_QUESTIONS);

/** Words that make a feedback question targeted (folded): it names a criterion, a skill, an example. */
const TARGETED = /(?<![\p{L}\p{N}])(?:concret|concrete|concrets|concretes|precis|precise|precises|cible|ciblee|cibles|competence|competences|critere|criteres|element|elements|point|points|prix|tarif|tarifs|delai|delais|exemple|exemples|pese|renforcer|priorite|prioritaire|axe|axes|aspect|aspects|manquant|manquante|manquants|decisif|decisifs|decisive|1|2|un ou deux|une ou deux)(?![\p{L}\p{N}])/u;

const RECAP_QUESTIONS = { rows: [3], why: '« Feedback > ego » : 1–2 questions précises et actionnables.' } as const;

export const questionVague: RuleDefinition = {
  id: 'question-vague',
  category: 'questions',
  severity: 'information',
  description: '« Avez-vous des retours ? » est trop large : posez 1 ou 2 questions ciblées.',
  tip: 'feedback',
  recap: RECAP_QUESTIONS,
  expressions: 'main',
  example: 'Avez-vous des retours ?',
  counterExample: 'Auriez-vous un ou deux retours concrets sur mon dossier ?',
  *check(draft, ctx) {
    for (const r of phraseReports(draft, vague, 'question-vague', ctx.options, (e, q) => quoteThen(e.explanation, q))) {
      if (r.entry) {
        const s = sentenceAround(draft, r.start);
        const rest = draft.prose.slice(r.end, Math.max(r.end, s.end));
        if (TARGETED.test(rest)) continue;
      }
      yield r;
    }
  },
};

/** Offsets of the question marks that end real questions: not inside « » or "…", not in a URL; `??` or `?!` count once. */
export function questionMarks(draft: Draft, from: number, to: number): number[] {
  const prose = draft.prose;
  const out: number[] = [];
  let inGuillemets = false;
  let inQuotes = false;
  for (let i = from; i < to; i++) {
    const c = prose.charCodeAt(i);
    if (c === 10 || c === 13) {
      inGuillemets = false;
      inQuotes = false;
    } else if (c === 0xab) inGuillemets = true;
    else if (c === 0xbb) inGuillemets = false;
    else if (c === 0x201c) inQuotes = true;
    else if (c === 0x201d) inQuotes = false;
    else if (c === 34) inQuotes = !inQuotes;
    else if (c === 63 /* ? */) {
      if (inGuillemets || inQuotes) continue;
      const prev = prose.charCodeAt(i - 1);
      if (prev === 63 || prev === 33) continue;
      if (inUrl(prose, i)) continue;
      out.push(i);
    }
  }
  return out;
}

function inUrl(prose: string, i: number): boolean {
  let s = i;
  while (s > 0 && !/\s/.test(prose[s - 1])) s--;
  const token = prose.slice(s, i);
  return /(?:https?:|www\.|\/\/|[\p{L}\p{N}-]+\.[a-z]{2,}\/)/u.test(token) && /\S/.test(prose[i + 1] ?? ' ');
}

/**
 * The questions the message asks, as the offsets where each one ends: the one
 * count that `trop-de-questions` and the report's figure use (through
 * `ctx.figures.questionEnds`). Today the question marks of the checked prose.
 */
export function questionsAsked(draft: Draft): number[] {
  const range = checkedRange(draft);
  return questionMarks(draft, range.start, range.end);
}

export const tropDeQuestions: RuleDefinition = {
  id: 'trop-de-questions',
  category: 'questions',
  severity: 'warning',
  description: 'Plus de questions que le seuil (2 par défaut) : le guide conseille 1 ou 2 questions ciblées.',
  tip: 'feedback',
  recap: RECAP_QUESTIONS,
  example: 'Pourquoi ? Qui a été retenu ? Sur quels critères ? Puis-je postuler à nouveau ?',
  counterExample: 'Quel élément a le plus pesé dans la décision ? Quelle compétence devrais-je renforcer en priorité ?',
  *check(draft, ctx) {
    const max = ctx.options.thresholds.maxQuestions;
    const marks = ctx.figures.questionEnds;
    if (marks.length <= max) return;
    const first = sentenceAround(draft, marks[max]);
    const start = first.end > first.start ? first.start : marks[max];
    const end = marks[marks.length - 1] + 1;
    yield {
      start,
      end,
      message: `${marks.length} questions (au-delà de ${max}) : une série de questions met le destinataire sous pression et reste sans réponse. Le guide : 1 ou 2 questions ciblées, par exemple « Quel élément a le plus pesé dans la décision ? ».`,
    };
  },
};

export const questionsRules: readonly RuleDefinition[] = [questionVague, tropDeQuestions];
