// Category `ton`: the rage reply, passive aggression, apologies and
// self-deprecation, drama, and shouting. Each wording rule runs one combined
// matcher over the prose (see phraseEngine.ts); the lists are in data/ton.ts.

import { AGGRESSIVE, APOLOGIES, DRAMA, PASSIVE_AGGRESSIVE } from '../data/ton';
import type { Draft } from '../draft';
import type { RuleContext } from '../context';
import type { RuleDefinition } from '../rule';
import type { Fix, Report } from '../types';
import { checkedRange, ExpressionMatcher, phraseReports } from '../phraseEngine';
import { quoteThen } from '../fixes';

const aggressive = new ExpressionMatcher(AGGRESSIVE);
const passiveAggressive = new ExpressionMatcher(PASSIVE_AGGRESSIVE);
const apologies = new ExpressionMatcher(APOLOGIES);
const drama = new ExpressionMatcher(DRAMA);



function wordingRule(id: string, matcher: ExpressionMatcher<(typeof AGGRESSIVE)[number]>) {
  return (draft: Draft, ctx: RuleContext): Report[] => phraseReports(draft, matcher, id, ctx.options, (e, q) => quoteThen(e.explanation, q));
}

const RECAP_TONE = { rows: [6], why: '« Pas d’émotion à chaud ; … politesse » : passif-agressif, réaction à chaud.' } as const;
const BLOCKS_TONE = { why: 'Passif-agressif ou réaction à chaud : « Les mails envoyés sous émotion vieillissent mal. »' } as const;

export const tonAgressif: RuleDefinition = {
  id: 'ton-agressif',
  category: 'ton',
  severity: 'warning',
  description: 'Colère, mépris, accusation, menace ou insulte : la « rage-reply » que le guide déconseille.',
  tip: 'ton',
  recap: RECAP_TONE,
  blocks: BLOCKS_TONE,
  expressions: 'main',
  example: 'C’est honteux : vous n’avez même pas lu mon dossier.',
  counterExample: 'Merci d’avoir lu mon dossier avec attention.',
  check: wordingRule('ton-agressif', aggressive),
};

export const passifAgressif: RuleDefinition = {
  id: 'passif-agressif',
  category: 'ton',
  severity: 'warning',
  description: 'Passif-agressif : souhait aigre (« Bonne chance quand même »), sarcasme, politesse moquée, formule du refus renvoyée.',
  tip: 'passif-agressif',
  recap: RECAP_TONE,
  blocks: BLOCKS_TONE,
  expressions: 'accepted',
  example: 'Bonne chance quand même avec votre candidat idéal.',
  counterExample: 'Bonne chance pour la suite du projet.',
  check: wordingRule('passif-agressif', passiveAggressive),
};

export const excuses: RuleDefinition = {
  id: 'excuses',
  category: 'ton',
  severity: 'warning',
  description: 'Excuses en cascade et autodénigrement ; une excuse ordinaire pour un délai de réponse reste acceptée seule.',
  tip: 'excuses',
  recap: { rows: [2], why: 'Section 2 : « remercier avec classe, sans s’excuser de vivre ».' },
  blocks: BLOCKS_TONE,
  expressions: 'accepted',
  example: 'Désolée de vous déranger, je sais que je ne suis pas à la hauteur.',
  counterExample: 'Désolée pour ma réponse tardive, et merci pour votre retour.',
  *check(draft, ctx) {
    const reports = phraseReports(draft, apologies, 'excuses', ctx.options, (e, q) => quoteThen(e.explanation, q));
    const apologyCount = reports.filter((r) => r.entry?.kind).length;
    for (const r of reports) {
      const kind = r.entry?.kind;
      if (!kind) {
        yield r;
      } else if (apologyCount >= 2) {
        yield {
          ...r,
          message: `« ${draft.text.slice(r.start, r.end).replace(/\s+/g, ' ')} » : ${apologyCount} excuses dans un message de quelques lignes. Le guide : remercier avec classe, sans s’excuser de vivre ; gardez-en une au plus, ou remplacez-les par un remerciement.`,
        };
      } else if (kind === 'mild') {
        yield { ...r, severity: 'information' };
      }
      // A single ordinary apology (a late answer) is fine.
    }
  },
};

export const drame: RuleDefinition = {
  id: 'drame',
  category: 'ton',
  severity: 'warning',
  description: 'Drame : injustice, blessure, tout ce qu’on a investi ; le guide demande « zéro drama ».',
  tip: 'ton',
  recap: { rows: [2, 6], why: 'Section 2 : « Tonalité : sobre, positive, zéro drama » ; section 6 : pas d’émotion à chaud.' },
  blocks: BLOCKS_TONE,
  expressions: 'accepted',
  example: 'Après tout ce que j’ai investi, votre décision est injuste.',
  counterExample: 'J’ai beaucoup appris en préparant ce dossier.',
  check: wordingRule('drame', drama),
};

/** Acronyms and abbreviations that are written in capitals and are not shouting. */
const ACRONYMS = new Set(
  'rh drh cv pme tpe eti sncf ratp cdi cdd esn ssii dsi pdf ceo cto cfo coo rse kpi ia ai ux ui it sa sas sasu sarl eurl btp ca ht ttc tva siret urssaf pole emploi apec cnrs inria insa hec essec ue ok usa uk nb ps rgpd api saas crm erp seo sql aws b2b b2c r&d qhse hse vie ong asso bts dut but iut mba phd ma mr mme'.split(
    ' ',
  ),
);

/** Words that make a run of capitals a sentence rather than a name, a company or a job title (articles and prepositions are left out). */
const FUNCTION_WORDS = new Set(
  'je j tu il nous vous on me m te t ne n pas est c suis es sont ai as avez avons ont mon ma mes ton ta tes votre vos que qu qui quoi tout rien jamais moi toi si tres trop vraiment honte non assez franchement serieusement stop marre'.split(' '),
);

/** Name particles and short linking words that do not count towards a run of capitals. */
const PARTICLES = new Set('de du des la le les d l van von der den di da del della el ben ibn al et en au aux a y'.split(' '));

/** A word of two or more capitals (with inner apostrophes or hyphens), not glued to other letters. */
const CAPS_WORD = /[A-ZÀ-ÖØ-ÞŒ][A-ZÀ-ÖØ-ÞŒ'’-]*[A-ZÀ-ÖØ-ÞŒ]/g;
const LETTER = /[\p{L}\p{N}]/u;
const EXCLAMATION = /!{2,}|\?!|!\?|\?{2,}|[!?](?:\s*[!?]){2,}/g;
const ANGRY_EMOJI = /(?:😡|😠|🤬|👿|💢|😤|🙄|🖕|😒|🤡|💩|😾|>:\(|:@)/gu;

function isFunctionWord(folded: string): boolean {
  return folded.split(/['-]/).some((p) => FUNCTION_WORDS.has(p));
}

interface Run {
  start: number;
  end: number;
  words: { start: number; end: number; folded: string }[];
}

function capsRuns(draft: Draft, from: number, to: number): Run[] {
  const text = draft.text;
  const runs: Run[] = [];
  let run: Run | undefined;
  CAPS_WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = CAPS_WORD.exec(text)) !== null && m.index < to) {
    const start = m.index;
    const end = start + m[0].length;
    // Whole words only (the pattern is Latin capitals, which is what French shouting uses).
    if ((start > 0 && LETTER.test(text[start - 1])) || (end < text.length && LETTER.test(text[end]))) continue;
    if (draft.prose.charCodeAt(start) === 32) continue;
    const word = { start, end, folded: draft.prose.slice(start, end) };
    if (run && !/[\n\r\p{L}\p{N}]/u.test(text.slice(run.end, start))) {
      run.words.push(word);
      run.end = end;
    } else {
      if (run) runs.push(run);
      run = { start, end, words: [word] };
    }
  }
  if (run) runs.push(run);
  return runs;
}

function isShouting(run: Run): boolean {
  const words = run.words.filter((w) => !ACRONYMS.has(w.folded));
  if (words.length < 2) return false;
  if (words.some((w) => isFunctionWord(w.folded))) return true;
  return words.filter((w) => !PARTICLES.has(w.folded)).length >= 5;
}

function lowerFix(draft: Draft, run: Run): Fix {
  const text = draft.text;
  const before = text.slice(0, run.start).trimEnd();
  const sentenceStart = before === '' || /[.!?…:\n]$/.test(before) || /[\r\n]/.test(text.charAt(run.start - 1));
  let out = '';
  let pos = run.start;
  for (const w of run.words) {
    out += text.slice(pos, w.start);
    const word = text.slice(w.start, w.end);
    out += ACRONYMS.has(w.folded) && w.folded.length <= 4 ? word : word.toLowerCase();
    pos = w.end;
  }
  if (sentenceStart) out = out.charAt(0).toUpperCase() + out.slice(1);
  return { title: 'Écrire en minuscules', edits: [{ start: run.start, end: run.end, newText: out }], preferred: true };
}

export const cris: RuleDefinition = {
  id: 'cris',
  category: 'ton',
  severity: 'warning',
  description: 'Majuscules criées, points d’exclamation en rafale (!!!, ?!) et émojis de colère.',
  tip: 'ton',
  recap: RECAP_TONE,
  blocks: BLOCKS_TONE,
  example: 'VOUS N’AVEZ MÊME PAS LU MON DOSSIER ?!',
  counterExample: 'Merci pour votre retour sur le dossier RGPD de la SNCF.',
  *check(draft) {
    const range = checkedRange(draft);
    const from = draft.subject ? Math.min(draft.subject.valueStart, range.start) : range.start;
    const to = range.end;
    if (to <= from) return;
    // Capitals are checked in the message only: a subject often repeats a job title written in capitals by the sender.
    for (const run of capsRuns(draft, range.start, to)) {
      if (!isShouting(run)) continue;
      yield {
        start: run.start,
        end: run.end,
        message: `« ${draft.text.slice(run.start, run.end).replace(/\s+/g, ' ')} » : des mots en majuscules se lisent comme des cris. Le guide : pas de rage-reply, un ton sobre.`,
        fixes: [lowerFix(draft, run)],
      };
    }
    const slice = draft.prose.slice(from, to);
    EXCLAMATION.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = EXCLAMATION.exec(slice)) !== null) {
      const start = from + m.index;
      const end = start + m[0].length;
      const mark = m[0].includes('?') ? '?' : '!';
      const mild = m[0] === '!!';
      yield {
        start,
        end,
        message: `« ${m[0]} » : la ponctuation en rafale se lit comme de l’agacement. Une réponse sobre se contente d’un point ou d’un seul « ${mark} ».`,
        fixes: [
          { title: `Remplacer par « ${mark} »`, edits: [{ start, end, newText: mark }], preferred: true },
          ...(mark === '!' ? [{ title: 'Remplacer par « . »', edits: [{ start, end, newText: '.' }] }] : []),
        ],
        ...(mild ? { severity: 'information' as const } : {}),
      };
    }
    ANGRY_EMOJI.lastIndex = 0;
    while ((m = ANGRY_EMOJI.exec(slice)) !== null) {
      const start = from + m.index;
      const end = start + m[0].length;
      yield {
        start,
        end,
        message: `« ${m[0]} » : un émoji de colère ou d’agacement dit ce que le guide demande de taire. Tonalité : sobre, positive, zéro drama.`,
        fixes: [{ title: 'Supprimer l’émoji', edits: [{ start, end, newText: '' }], preferred: true }],
      };
    }
  },
};

export const tonRules: readonly RuleDefinition[] = [tonAgressif, passifAgressif, excuses, drame, cris];
