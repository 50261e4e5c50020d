// Category `longueur`: the guide's « Concision utile : 5–8 lignes » and
// « Personne ne lit 700 mots de défense ».
//
// What is measured: the body (after the greeting, before the closing formula)
// and a post-scriptum below the signature; the head of a letter, the subject, the
// closing and the signature are never counted. Both are read with the sentences
// and paragraphs of the prose analysis (src/core/prose). A line is what the
// reader sees as one: text hard-wrapped by a mail client (a line break inside a
// sentence, or a full line of a wrapped paragraph) is joined; a blank line, a
// list item or a line break after a sentence the writer ended there starts a new
// one. A line longer than `lineWidth` characters (what a reading pane shows)
// counts as ceil(length / lineWidth) lines. Words are counted over the same
// sentences.

import type { Draft } from '../draft';
import { proseOf } from '../prose/analysis';
import type { Sentence } from '../prose/sentences';
import type { RuleDefinition } from '../rule';
import { countWords, positionOf } from '../text';
import type { Report } from '../types';

/** How much shorter than the widest wrapped line of its paragraph a line may be and still have been wrapped by a mail client. */
const WRAP_SLACK = 16;
/** Mail clients wrap at 72 to 80 columns: a longer line was not wrapped by one. */
const MAX_WRAP = 100;

export interface BodyLine {
  start: number;
  end: number;
  /** Characters, hard wraps joined. */
  length: number;
  /** Lines it takes in a reading pane `lineWidth` characters wide. */
  lines: number;
}

export interface BodyMeasure {
  /** The sentences of the body, in order. */
  sentences: Sentence[];
  /** The lines a reader sees (see above). */
  lines: BodyLine[];
  /** Sum of `lines[].lines`. */
  lineCount: number;
  words: number;
}

interface Segment {
  /** First and last non-blank offsets of a line of the body. */
  start: number;
  end: number;
  /** Width of the line from its start (indentation included). */
  width: number;
  /** A blank line (or one with no prose) comes before it. */
  paragraph: boolean;
}

const measures = new WeakMap<Draft, Map<number, BodyMeasure>>();

/** The body's sentences, lines and words (computed once per draft and width). Linear in the length of the draft. */
export function measureBody(draft: Draft, lineWidth: number): BodyMeasure {
  let byWidth = measures.get(draft);
  if (!byWidth) {
    byWidth = new Map();
    measures.set(draft, byWidth);
  }
  const cached = byWidth.get(lineWidth);
  if (cached) return cached;
  const a = proseOf(draft);
  // A post-scriptum is read as part of the message (« P.S. Je voulais quand même vous expliquer… » and eight more lines): it counts too.
  const inBody: Sentence[] = [];
  const ps: Sentence[] = [];
  for (let i = 0; i < a.sentences.length; i++) {
    if (a.parts[i] === 'body') inBody.push(a.sentences[i]);
    else if (a.parts[i] === 'postscript') ps.push(a.sentences[i]);
  }
  const body = measureSentences(draft, inBody, lineWidth);
  const measure = ps.length === 0 ? body : combine(body, measureSentences(draft, ps, lineWidth));
  byWidth.set(lineWidth, measure);
  return measure;
}

function combine(x: BodyMeasure, y: BodyMeasure): BodyMeasure {
  return { sentences: [...x.sentences, ...y.sentences], lines: [...x.lines, ...y.lines], lineCount: x.lineCount + y.lineCount, words: x.words + y.words };
}

/** The lines and words of a run of sentences (the body, or the post-scriptum), hard wraps joined. */
function measureSentences(draft: Draft, sentences: Sentence[], lineWidth: number): BodyMeasure {
  const prose = draft.prose;
  const segments: Segment[] = [];
  if (sentences.length > 0) {
    const to = sentences[sentences.length - 1].end;
    let pos = sentences[0].start;
    let blank = false;
    while (pos < to) {
      let nl = prose.indexOf('\n', pos);
      if (nl < 0 || nl > to) nl = to;
      let s = pos;
      let e = nl;
      while (s < e && isBlank(prose.charCodeAt(s))) s++;
      while (e > s && isBlank(prose.charCodeAt(e - 1))) e--;
      if (e > s) {
        const lineStart = draft.lineStarts[positionOf(draft.lineStarts, s).line];
        segments.push({ start: s, end: e, width: e - lineStart, paragraph: blank || segments.length === 0 });
        blank = false;
      } else blank = true;
      pos = nl + 1;
    }
  }
  // Breaks inside a sentence, and list items, from the sentences (two cursors, both moving forward).
  const inside: boolean[] = [];
  const item: boolean[] = [];
  let si = 0;
  for (let k = 0; k < segments.length; k++) {
    const seg = segments[k];
    while (si < sentences.length && sentences[si].end <= seg.start) si++;
    item[k] = si < sentences.length && sentences[si].start === seg.start && sentences[si].item;
    let sj = si;
    while (sj < sentences.length && sentences[sj].end <= seg.end) sj++;
    inside[k] = k + 1 < segments.length && sj < sentences.length && sentences[sj].start < seg.end;
  }
  // Per paragraph, in one pass: the wrapping width (its widest line cut inside a sentence), and its widest line. A line
  // the next one's first word would have fitted on was broken by hand, even inside a sentence (« je comprends que vous
  // avez déjà beaucoup d'ailiers⏎en vrai j'ai commencé … »): a client that wraps moves a word down only when it does not
  // fit. A line without a space (a URL) says nothing of the paragraph's width.
  const wrap: number[] = [];
  const widest: number[] = [];
  for (let k = 0, width = 0, wide = 0, from = 0; k <= segments.length; k++) {
    if (k === segments.length || (k > 0 && segments[k].paragraph)) {
      for (let q = from; q < k; q++) {
        wrap[q] = width;
        widest[q] = wide;
      }
      width = 0;
      wide = 0;
      from = k;
    }
    if (k === segments.length) break;
    const seg = segments[k];
    if (inside[k] && seg.width <= MAX_WRAP) width = Math.max(width, seg.width);
    if (prose.slice(seg.start, seg.end).includes(' ')) wide = Math.max(wide, seg.width);
  }
  const lines: BodyLine[] = [];
  let current: BodyLine | undefined;
  for (let k = 0; k < segments.length; k++) {
    const seg = segments[k];
    const byHand = k > 0 && segments[k - 1].width + 1 + firstWordLength(prose, seg.start, seg.end) <= widest[k];
    const soft =
      current !== undefined &&
      !seg.paragraph &&
      !item[k] &&
      segments[k - 1].width <= MAX_WRAP &&
      !byHand &&
      (inside[k - 1] || (wrap[k - 1] > 0 && segments[k - 1].width >= wrap[k - 1] - WRAP_SLACK));
    if (soft && current) {
      current.length += 1 + (seg.end - seg.start);
      current.end = seg.end;
    } else {
      current = { start: seg.start, end: seg.end, length: seg.end - seg.start, lines: 0 };
      lines.push(current);
    }
  }
  let lineCount = 0;
  for (const l of lines) {
    l.lines = Math.max(1, Math.ceil(l.length / lineWidth));
    lineCount += l.lines;
  }
  let words = 0;
  for (const s of sentences) words += countWords(prose, s.start, s.end);
  return { sentences, lines, lineCount, words };
}

/** The length of the first word of prose[start, end) (up to a blank). */
function firstWordLength(prose: string, start: number, end: number): number {
  let e = start;
  while (e < end && !isBlank(prose.charCodeAt(e))) e++;
  return e - start;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x202f || c === 0xfeff;
}

/** Counted lines of the body, per the definition above. */
export function countMessageLines(draft: Draft, lineWidth: number): number {
  return measureBody(draft, lineWidth).lineCount;
}

/** Words of the body (greeting, closing, signature and the head of a letter excluded): the same whatever the width. */
export function countMessageWords(draft: Draft): number {
  const known = measures.get(draft)?.values().next().value;
  return (known ?? measureBody(draft, 160)).words;
}

/** « Merci ≠ roman triste » and the « concision » of the anti-embrouilles: both rows speak of brevity. */
const RECAP_LENGTH = { rows: [2, 6], why: '« Merci ≠ roman triste » et la « concision » de l’anti-embrouilles : les deux lignes parlent de brièveté.' } as const;

export const tropDeLignes: RuleDefinition = {
  id: 'trop-de-lignes',
  category: 'longueur',
  severity: 'warning',
  description: 'Le corps du message (entre la salutation et la formule de fin) dépasse 8 lignes ; le guide conseille 5 à 8 lignes en tout.',
  tip: 'concision',
  recap: RECAP_LENGTH,
  example: 'Bonjour Madame Martin,\nMerci pour votre retour.\nJe comprends votre décision.\nJ’avais pourtant préparé ce dossier pendant trois semaines.\nJ’avais relu chaque pièce deux fois.\nJ’avais ajouté des références récentes.\nJ’avais aussi joint un exemple de projet.\nJ’avais même proposé un second entretien.\nJe reste disponible si vos besoins évoluent.\nJe vous souhaite une belle réussite.\nBien cordialement,\nLéa Martin',
  counterExample: 'Bonjour Madame Martin,\nMerci pour votre retour. Je comprends votre décision.\nAuriez-vous un ou deux retours concrets sur mon dossier ?\nJe reste disponible si vos besoins évoluent.\n\nBien cordialement,\nLéa Martin – 06 12 34 56 78',
  *check(draft, ctx) {
    const { maxLines, lineWidth } = ctx.options.thresholds;
    const lineCount = ctx.figures.lines;
    if (lineCount <= maxLines) return;
    const { lines } = measureBody(draft, lineWidth);
    if (lines.length === 0) return;
    let n = 0;
    let firstOver = lines[lines.length - 1];
    for (const line of lines) {
      n += line.lines;
      if (n > maxLines) {
        firstOver = line;
        break;
      }
    }
    yield {
      start: firstOver.start,
      end: lines[lines.length - 1].end,
      message: `Le corps du message compte ${lineCount} lignes, au-delà des ${maxLines} conseillées (5 à 8 lignes en tout, un objectif par message). Gardez remerciement → compréhension → courte demande → disponibilité.`,
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
    const { maxWords, novelWords, lineWidth } = ctx.options.thresholds;
    const words = ctx.figures.words;
    if (words <= maxWords) return;
    const { sentences } = measureBody(draft, lineWidth);
    if (sentences.length === 0) return;
    const range = { start: sentences[0].start, end: sentences[sentences.length - 1].end };
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
    const { maxSentenceWords: max, lineWidth } = ctx.options.thresholds;
    for (const s of measureBody(draft, lineWidth).sentences) {
      // Words are separated by at least one character: a short sentence cannot be too long.
      if ((s.end - s.start + 1) / 2 <= max) continue;
      const words = countWords(draft.prose, s.start, s.end);
      if (words <= max) continue;
      const r: Report = {
        start: s.start,
        end: s.end,
        message: `Phrase de ${words} mots (plus de ${max}) : coupez-la, une idée par phrase.`,
      };
      // A run-on sentence half as long again as the limit is what a reader notices, unless the writer broke it into
      // lines (a message typed on a phone without full stops): the line breaks are its pauses, it stays advice.
      const nl = draft.prose.indexOf('\n', s.start);
      if (words > runOn(max) && (nl < 0 || nl >= s.end)) {
        r.severity = 'warning';
        r.message = `Phrase-fleuve de ${words} mots (plus de ${max}) : le lecteur s’y perd. Coupez-la, une idée par phrase.`;
      }
      yield r;
    }
  },
};

export const longueurRules: readonly RuleDefinition[] = [tropDeLignes, tropDeMots, phraseTropLongue];
