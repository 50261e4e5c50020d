// `npm run models`: trains the learned models of src/core/prose/models.ts
// (`ton`, `contestation`) and writes src/core/data/models.generated.ts.
//
// Bad: the sentences of test/corpus/sentences/*.tsv labelled with the model's
// category. Fine: the good sentences there (weight 1), every body sentence of
// the corpus's good drafts (weight 0.2: they are many, and most are thanks and
// availability), neutral French prose (test/neutral, weight 0.5) and the bad
// questions sentences (weight 0.5: an ask is no sting and no plea). The bad
// sentences of the other categories are left out. The weight of a feature is
// the log of how much more often it occurs in bad sentences than in fine ones
// (add-one smoothing); features seen fewer than 3 times or weighing less than
// 1 either way are dropped.
//
// Each threshold is chosen on sentences the model did not learn from: five
// models, each trained on four fifths of the sentences, score the fifth left
// out (the single sentences by whole sets); the threshold is the lowest score
// that flags at most 0.6 % of the left-out body sentences of good drafts and
// at most 1.5 % of the left-out good single sentences. The figures printed
// are those left-out figures; with CURVE=1 the trainer also prints them at
// other thresholds.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDraft } from '../src/core/draft';
import { isReadSentence, proseOf } from '../src/core/prose/analysis';
import { features } from '../src/core/prose/models';
import { Scope } from '../src/core/prose/scopes';
import { Kind, type Tokens } from '../src/core/prose/tokens';

const CORPUS = 'test/corpus';
const ALPHA = 1;
const MIN_COUNT = 3;
const MIN_WEIGHT = 1;
const FOLDS = 5;
const MAX_DRAFT_RATE = 0.006;
const MAX_GOOD_RATE = 0.015;
const MODELS = ['ton', 'contestation'] as const;

interface Example {
  feats: string[];
  /** The category of a bad single sentence. */
  category?: string;
  weight: number;
  kind: 'bad' | 'good' | 'draft' | 'neutral';
  fold: number;
}

/** The features the models read: quoted words are left out, as at run time (see `Unread` in src/core/prose/models.ts). */
function names(a: { toks: Tokens; scopes: { bits: Uint8Array } }, first: number, last: number): string[] {
  return [...new Set(features(a.toks, first, last, { bits: a.scopes.bits, mask: Scope.Quoted }).map((f) => f.name))];
}

function words(toks: Tokens, first: number, last: number): number {
  let n = 0;
  for (let k = first; k <= last; k++) if (toks.kind[k] === Kind.Word) n++;
  return n;
}

const examples: Example[] = [];
let seq = 0;
const add = (feats: string[], category: string | undefined, weight: number, kind: Example['kind'], fold = seq++ % FOLDS) => examples.push({ feats, category, weight, kind, fold });

// Single sentences.
const sentencesDir = join(CORPUS, 'sentences');
// The left-out fifth holds whole sets: a set's sentences share a writer and a theme, and the threshold must hold on the next set.
readdirSync(sentencesDir).filter((x) => x.endsWith('.tsv')).sort().forEach((f, set) => {
  for (const line of readFileSync(join(sentencesDir, f), 'utf8').split('\n')) {
    const [label, category, text] = line.split('\t');
    if (text === undefined) continue;
    const a = proseOf(parseDraft(text));
    const n = a.toks.count;
    if (n === 0) continue;
    if (label === 'GOOD') add(names(a, 0, n - 1), undefined, 1, 'good', set % FOLDS);
    else add(names(a, 0, n - 1), category, 1, 'bad', set % FOLDS);
  }
});

// The body sentences of the good drafts.
const labels = JSON.parse(readFileSync(join(CORPUS, 'labels.json'), 'utf8')) as Record<string, string[]>;
for (const [file, cats] of Object.entries(labels).sort(([x], [y]) => x.localeCompare(y))) {
  if (cats.length > 0) continue;
  const a = proseOf(parseDraft(readFileSync(join(CORPUS, file), 'utf8')));
  a.sentences.forEach((s, i) => {
    if (a.parts[i] !== 'body' || !isReadSentence(a, i) || words(a.toks, s.first, s.last) < 4) return;
    add(names(a, s.first, s.last), undefined, 0.2, 'draft');
  });
}

// Neutral prose, by paragraphs.
for (const f of readdirSync('test/neutral').filter((x) => x.endsWith('.txt')).sort()) {
  for (const para of readFileSync(join('test/neutral', f), 'utf8').split(/\n\s*\n/)) {
    if (para.trim() === '') continue;
    const a = proseOf(parseDraft(para));
    for (const s of a.sentences) if (words(a.toks, s.first, s.last) >= 4) add(names(a, s.first, s.last), undefined, 0.5, 'neutral');
  }
}

/** The weights learned from the examples `use` keeps: bad are those of `category`, fine the good ones; other bad ones are left out. */
function train(category: string, use: (e: Example) => boolean): Map<string, number> {
  const pos = new Map<string, number>();
  const neg = new Map<string, number>();
  const seen = new Map<string, number>();
  let np = 0;
  let nn = 0;
  for (const e of examples) {
    // Bad sentences of another category are left out, but for the questions (an ask is no sting and no plea: fine, at half weight).
    if (!use(e) || (e.category !== undefined && e.category !== category && e.category !== 'questions')) continue;
    const bad = e.category === category;
    const weight = e.category === 'questions' && category !== 'questions' ? 0.5 : e.weight;
    const m = bad ? pos : neg;
    if (bad) np += weight;
    else nn += weight;
    for (const f of e.feats) {
      m.set(f, (m.get(f) ?? 0) + weight);
      seen.set(f, (seen.get(f) ?? 0) + 1);
    }
  }
  const w = new Map<string, number>();
  for (const [f, n] of seen) {
    if (n < MIN_COUNT) continue;
    const x = Math.log(((pos.get(f) ?? 0) + ALPHA) / (np + 2 * ALPHA)) - Math.log(((neg.get(f) ?? 0) + ALPHA) / (nn + 2 * ALPHA));
    if (Math.abs(x) >= MIN_WEIGHT) w.set(f, Math.round(x * 100) / 100);
  }
  return w;
}

const score = (w: Map<string, number>, e: Example): number => e.feats.reduce((s, f) => s + (w.get(f) ?? 0), 0);

/** The lowest threshold (a score must reach it) that flags at most `rate` of the scores. */
function thresholdFor(scores: number[], rate: number): number {
  const sorted = [...scores].sort((x, y) => y - x);
  const allowed = Math.floor(rate * sorted.length);
  return Math.ceil((sorted[allowed] ?? 0) * 10 + 1e-9) / 10;
}

interface Trained {
  threshold: number;
  weights: string;
  size: number;
  /** Left-out figures at the threshold, per kind of sentence. */
  figures: Record<'bad' | 'good' | 'draft' | 'neutral', string>;
  curve: string[];
}

function trainModel(category: string): Trained {
  // Left-out scores.
  const heldOut = examples.map(() => NaN);
  for (let k = 0; k < FOLDS; k++) {
    const w = train(category, (e) => e.fold !== k);
    examples.forEach((e, i) => {
      if (e.fold === k) heldOut[i] = score(w, e);
    });
  }
  const of = (kind: Example['kind']) => examples.map((e, i) => (e.kind === kind && (kind !== 'bad' || e.category === category) ? heldOut[i] : NaN)).filter((x) => !Number.isNaN(x));
  const threshold = Math.max(thresholdFor(of('draft'), MAX_DRAFT_RATE), thresholdFor(of('good'), MAX_GOOD_RATE));
  const at = (kind: Example['kind'], t: number) => {
    const s = of(kind);
    const n = s.filter((x) => x >= t).length;
    return `${n}/${s.length} (${((100 * n) / s.length).toFixed(1)} %)`;
  };
  const model = train(category, () => true);
  const lines = [...model].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([f, x]) => `${f}\t${x}`);
  return {
    threshold,
    weights: lines.join('\n'),
    size: model.size,
    figures: { bad: at('bad', threshold), good: at('good', threshold), draft: at('draft', threshold), neutral: at('neutral', threshold) },
    curve: [4, 6, 8, 10, 12].map((t) => `seuil ${t} : ${category} ${at('bad', t)}, bonnes ${at('good', t)}, brouillons ${at('draft', t)}, neutre ${at('neutral', t)}`),
  };
}

const trained = MODELS.map((m) => [m, trainModel(m)] as const);
let header = `// Generated by \`npm run models\` (scripts/models.ts) from the labelled
// sentences and good drafts of test/corpus and the neutral prose of
// test/neutral. Do not edit: add labelled writing to the corpus and run it again.
// Left-out figures at each threshold (five models, each scoring the sentences it did not learn from):
`;
for (const [m, t] of trained) {
  header += `// ${m}: bad ${m} sentences flagged ${t.figures.bad}, good sentences ${t.figures.good},
//   body sentences of good drafts ${t.figures.draft}, neutral prose sentences ${t.figures.neutral}.
`;
}
const body = trained.map(([m, t]) => `  ${m}: {\n    threshold: ${t.threshold},\n    weights: ${JSON.stringify(t.weights)},\n  },`).join('\n');
writeFileSync('src/core/data/models.generated.ts', `${header}
export const WORDING_MODELS = {
${body}
};
`);
for (const [m, t] of trained) {
  process.stdout.write(`Modèle ${m} : ${t.size} traits, seuil ${t.threshold}. Hors apprentissage : phrases ${m} ${t.figures.bad}, bonnes phrases ${t.figures.good}, phrases de bons brouillons ${t.figures.draft}, prose neutre ${t.figures.neutral}.\n`);
  if (process.env.CURVE) for (const c of t.curve) process.stdout.write(`  ${c}\n`);
}
