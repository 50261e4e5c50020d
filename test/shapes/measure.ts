// Timing of one shape, shared by the shape bench and the unit guard. The
// figure is the CPU time of the process (user + system, so garbage collection
// threads count) of the fastest of several runs: on a loaded 2-core machine,
// wall-clock time mostly measures the other processes; CPU time and the
// minimum are the stable figures of what the code costs.

import { analyze, resolveOptions, RULES, type AnalyzeOptions } from '../../src/core';
import { adversarialPhraseDraft, build, SHAPES, type Shape } from './shapes';

export function shapeOptions(shape: Pick<Shape, 'settings'>): AnalyzeOptions {
  const { options } = resolveOptions(shape.settings ?? {}, RULES);
  options.now = new Date('2026-03-10T12:00:00Z');
  options.timeZone = 'Europe/Paris';
  return options;
}

/** A full garbage collection, when the process runs with --expose-gc (see runner.ts). */
function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** CPU time of the process so far, in milliseconds. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export interface Timing {
  /** Median run, in milliseconds of CPU time. */
  ms: number;
  /** Fastest run. */
  minMs: number;
  runs: number;
  findings: number;
}

/**
 * Runs `analyze` on the text `runs` times, each from a collected heap, after a
 * warm-up, and returns the median CPU time. Stops early (with fewer runs) once
 * a run alone exceeds `budgetMs`: a frozen shape is reported, not waited on.
 */
export function timeText(text: string, options: AnalyzeOptions, runs: number, budgetMs: number, warmText?: string): Timing {
  // Warm-up: the shape's small text (compiles what the first use compiles), then
  // the text itself once, so that every counted run sees the same optimised code.
  if (warmText !== undefined) analyze(warmText, options);
  analyze(text, options);
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    // Each run starts from a collected heap: the garbage of the previous run is not charged to this one.
    collect();
    const t0 = cpuMs();
    findings = analyze(text, options).length;
    const t = cpuMs() - t0;
    times.push(t);
    if (t > budgetMs) break;
  }
  times.sort((x, y) => x - y);
  return { ms: times[times.length >> 1], minMs: times[0], runs: times.length, findings };
}

export function timeShape(name: string, chars: number, runs: number, budgetMs: number): Timing {
  const shape = SHAPES.find((s) => s.name === name);
  if (!shape) throw new Error(`unknown shape ${name}`);
  return timeText(build(shape, chars), shapeOptions(shape), runs, budgetMs, build(shape, 2_000));
}

export function timePhrase(phrase: string, chars: number, runs: number, budgetMs: number): Timing {
  const options = shapeOptions({ settings: { expressions: [phrase] } });
  return timeText(adversarialPhraseDraft(chars), options, runs, budgetMs, adversarialPhraseDraft(2_000));
}

export { SHAPES, PHRASES } from './shapes';

/**
 * A reference workload that does not touch Boomerang's code or data: 1 MB of
 * fixed French prose folded (NFD, marks stripped, lower case), cut into words
 * by a Unicode regular expression and counted in a Map — the kind of work an
 * analysis does, at a cost set by the machine alone. The guard divides by it
 * to tell a slower machine from slower code (see test/unit/shapes.test.ts).
 * Returns the fastest of `runs` CPU times, in milliseconds.
 */
export function referenceMs(runs = 5): number {
  const unit = 'Je vous remercie pour votre réponse, même si elle me déçoit ; j’ai appris beaucoup pendant ces entretiens. ';
  const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
  const once = (): number => {
    const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const counts = new Map<string, number>();
    for (const m of folded.matchAll(/\p{L}+/gu)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    return counts.size;
  };
  once();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    collect();
    const t0 = cpuMs();
    once();
    best = Math.min(best, cpuMs() - t0);
  }
  return best;
}
