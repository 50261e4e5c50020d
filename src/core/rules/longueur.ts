// Category `longueur`: the guide's « Concision utile : 5–8 lignes » and
// « Personne ne lit 700 mots de défense ».
//
// What counts as a line: a non-empty prose line of the message, from the
// greeting to the closing formula (the subject, the signature block, front
// matter, comments, quotes and code are not counted). A paragraph longer than
// `lineWidth` characters (a long line that a mail client wraps) counts as
// ceil(length / lineWidth) lines.

import type { Draft } from '../draft';
import type { RuleDefinition } from '../rule';
import { countWords, type Line } from '../text';
import type { Report } from '../types';

/** The message lines that count for length: the signature block (lines that start inside it) is left out. */
export function countedLines(draft: Draft): Line[] {
  const sig = draft.signature;
  return sig ? draft.messageLines.filter((l) => l.start < sig.start || l.end <= sig.start) : draft.messageLines;
}

/** Counted lines of the message, per the definition above. */
export function countMessageLines(draft: Draft, lineWidth: number): number {
  let n = 0;
  for (const line of countedLines(draft)) n += visualLines(draft, line, lineWidth);
  return n;
}

function visualLines(draft: Draft, line: Line, lineWidth: number): number {
  const len = draft.prose.slice(line.start, line.end).trim().length;
  return Math.max(1, Math.ceil(len / lineWidth));
}

/** Words of the message (subject and signature block excluded). */
export function countMessageWords(draft: Draft): number {
  let n = 0;
  for (const line of countedLines(draft)) n += countWords(draft.prose, line.start, line.end);
  return n;
}

/** « Merci ≠ roman triste » and the « concision » of the anti-embrouilles: both rows speak of brevity. */
const RECAP_LENGTH = { rows: [2, 6], why: '« Merci ≠ roman triste » et la « concision » de l’anti-embrouilles : les deux lignes parlent de brièveté.' } as const;

export const tropDeLignes: RuleDefinition = {
  id: 'trop-de-lignes',
  category: 'longueur',
  severity: 'warning',
  description: 'Le message dépasse le nombre de lignes conseillé (5 à 8).',
  tip: 'concision',
  recap: RECAP_LENGTH,
  example: 'Bonjour Madame Martin,\nMerci pour votre retour.\nJe comprends votre décision.\nJ’avais pourtant préparé ce dossier pendant trois semaines.\nJ’avais relu chaque pièce deux fois.\nJ’avais ajouté des références récentes.\nJ’avais aussi joint un exemple de projet.\nJe reste disponible si vos besoins évoluent.\nJe vous souhaite une belle réussite.\nBien cordialement,\nLéa Martin',
  counterExample: 'Bonjour Madame Martin,\nMerci pour votre retour. Je comprends votre décision.\nAuriez-vous un ou deux retours concrets sur mon dossier ?\nJe reste disponible si vos besoins évoluent.\n\nBien cordialement,\nLéa Martin – 06 12 34 56 78',
  *check(draft, ctx) {
    const { maxLines, lineWidth } = ctx.options.thresholds;
    const lines = countedLines(draft);
    const n = ctx.figures.lines;
    if (lines.length === 0 || n <= maxLines) return;
    let seen = 0;
    let firstOver: Line = lines[lines.length - 1];
    for (const line of lines) {
      seen += visualLines(draft, line, lineWidth);
      if (seen > maxLines) {
        firstOver = line;
        break;
      }
    }
    yield {
      start: firstOver.start,
      end: lines[lines.length - 1].end,
      message: `Le message compte ${n} lignes, au-delà des ${maxLines} conseillées (5 à 8 lignes, un objectif par message). Gardez remerciement → compréhension → courte demande → disponibilité.`,
    };
  },
};

export const tropDeMots: RuleDefinition = {
  id: 'trop-de-mots',
  category: 'longueur',
  severity: 'warning',
  description: 'Le message est trop long en mots ; au-delà de 700 mots, c’est un « roman justificatif ».',
  tip: 'concision',
  recap: RECAP_LENGTH,
  blocks: { why: '« Personne ne lit 700 mots de défense. »', tips: ['roman'] },
  example: 'Bonjour Madame Martin,\nMerci pour votre retour. Je me permets toutefois de revenir sur plusieurs points de mon dossier, car je crains qu’ils n’aient pas été pleinement pris en compte. D’abord, mon expérience de cinq ans en gestion de projet correspond exactement à ce que décrivait votre annonce, et j’ai piloté des équipes de taille comparable à la vôtre. Ensuite, les références que j’ai jointes montrent que j’ai déjà mené des missions similaires avec succès, dans des délais plus courts que ceux que vous évoquiez. Par ailleurs, ma formation complémentaire en conduite du changement me semble un atout que les autres candidats n’avaient sans doute pas. Je tiens aussi à préciser que ma disponibilité était immédiate, ce qui vous aurait évité plusieurs semaines d’attente. Enfin, lors de l’entretien, j’ai eu le sentiment que nos échanges étaient très positifs, et je ne comprends pas ce qui a pu changer entre ce moment et votre décision. J’ai consacré beaucoup de temps à préparer cette candidature, à étudier votre entreprise et à imaginer ce que je pourrais y apporter dès les premiers mois. Je reste convaincue que mon profil répondait à vos attentes sur chacun des critères, et je serais heureuse d’en discuter à nouveau avec vous.\n\nBien cordialement,\nLéa Martin – 06 12 34 56 78',
  counterExample: 'Bonjour Madame Martin,\nMerci pour votre retour et pour le temps consacré à mon dossier. Je comprends votre décision.\nSi c’est possible, quel élément a le plus pesé dans votre choix ?\nJe reste disponible si vos besoins évoluent.\n\nBien cordialement,\nLéa Martin – 06 12 34 56 78',
  *check(draft, ctx) {
    const { maxWords, novelWords } = ctx.options.thresholds;
    const lines = countedLines(draft);
    if (lines.length === 0) return;
    const words = ctx.figures.words;
    if (words <= maxWords) return;
    const range = { start: lines[0].start, end: lines[lines.length - 1].end };
    if (words >= novelWords) {
      yield {
        ...range,
        tip: 'roman',
        message: `${words} mots : c’est un roman justificatif (« personne ne lit ${novelWords} mots de défense »). Ramenez le message à quelques lignes et un seul objectif.`,
      };
    } else {
      yield {
        ...range,
        message: `${words} mots : au-delà de ${maxWords}, le message devient un pavé. Trop d’explications brouillent le message ; la concision marque des points.`,
      };
    }
  },
};

/** Sentence ends: . ! ? … followed by a space or line end, except after common abbreviations. */
const SENTENCE_END = /[.!?…]+(?=\s|$)/g;
const ABBREVIATION = /(?:^|[\s(])(?:m|mme|mmes|mlle|dr|pr|me|mgr|st|ste|cf|etc|ex|p|env|tel|n°|no|vol|ch|art)$/;

/** Sentences of a prose range, as [start, end) offsets. Linear time. */
export function sentences(prose: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const slice = prose.slice(start, end);
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(slice)) !== null) {
    if (m[0] === '.' && ABBREVIATION.test(slice.slice(Math.max(from, m.index - 5), m.index))) continue;
    const stop = m.index + m[0].length;
    if (slice.slice(from, stop).trim() !== '') out.push(trimRange(slice, from, stop, start));
    from = stop;
  }
  if (slice.slice(from).trim() !== '') out.push(trimRange(slice, from, slice.length, start));
  return out;
}

function trimRange(s: string, from: number, to: number, base: number): { start: number; end: number } {
  while (from < to && /\s/.test(s[from])) from++;
  while (to > from && /\s/.test(s[to - 1])) to--;
  return { start: base + from, end: base + to };
}

/** Paragraphs of the message: runs of consecutive message lines. */
export function paragraphs(draft: Draft): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const lines = draft.messageLines;
  let i = 0;
  while (i < lines.length) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1].index === lines[j].index + 1) j++;
    out.push({ start: lines[i].start, end: lines[j].end });
    i = j + 1;
  }
  return out;
}

/** Beyond this many words a long sentence is a run-on: a warning, not a hint (53 with the default 35). */
export function runOn(maxSentenceWords: number): number {
  return Math.round(maxSentenceWords * 1.5);
}

export const phraseTropLongue: RuleDefinition = {
  id: 'phrase-trop-longue',
  category: 'longueur',
  severity: 'hint',
  description: 'Une phrase est trop longue pour être lue d’un coup d’œil (avertissement au-delà d’une fois et demie le seuil : une phrase-fleuve).',
  tip: 'concision',
  recap: RECAP_LENGTH,
  example: 'Bonjour Madame Martin,\nMerci pour votre retour sur ma candidature au poste de cheffe de projet que j’ai préparée avec beaucoup de soin pendant plusieurs semaines en étudiant votre entreprise, vos projets récents et vos équipes, et je comprends votre décision même si elle me déçoit un peu.\n\nBien cordialement,\nLéa Martin – 06 12 34 56 78',
  counterExample: 'Bonjour Madame Martin,\nMerci pour votre retour sur ma candidature. Je l’avais préparée avec soin. Je comprends votre décision.\n\nBien cordialement,\nLéa Martin – 06 12 34 56 78',
  *check(draft, ctx) {
    const max = ctx.options.thresholds.maxSentenceWords;
    const body = draft.body;
    if (!body) return;
    for (const para of paragraphs(draft)) {
      const start = Math.max(para.start, body.start);
      const end = Math.min(para.end, body.end);
      if (end <= start) continue;
      for (const s of sentences(draft.prose, start, end)) {
        // Words are separated by at least one character: a short sentence cannot be too long.
        if ((s.end - s.start + 1) / 2 <= max) continue;
        const words = countWords(draft.prose, s.start, s.end);
        if (words > max) {
          const r: Report = {
            start: s.start,
            end: s.end,
            message: `Phrase de ${words} mots (plus de ${max}) : coupez-la, une idée par phrase.`,
          };
          // A run-on sentence half as long again as the limit is what a reader notices.
          if (words > runOn(max)) {
            r.severity = 'warning';
            r.message = `Phrase-fleuve de ${words} mots (plus de ${max}) : le lecteur s’y perd. Coupez-la, une idée par phrase.`;
          }
          yield r;
        }
      }
    }
  },
};

export const longueurRules: readonly RuleDefinition[] = [tropDeLignes, tropDeMots, phraseTropLongue];
