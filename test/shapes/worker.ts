// Runs timings in a child process, so that a shape that freezes the analysis
// can be stopped from outside (the bench and the guard kill the process when it
// overruns). Messages: { kind: 'shape' | 'phrase' | 'reference', key, sizes, runs, budgetMs }.

import { referenceMs, timePhrase, timeShape } from './measure';

interface Job {
  kind: 'shape' | 'phrase' | 'reference';
  key: string;
  sizes: number[];
  runs: number;
  budgetMs: number;
}

process.on('message', (job: Job) => {
  if (job.kind === 'reference') {
    // The machine's own speed, measured beside the shapes (measure.ts, referenceMs).
    process.send?.({ chars: 1_000_000, minMs: referenceMs(job.runs), runs: job.runs });
    process.send?.({ done: true });
    return;
  }
  for (const chars of job.sizes) {
    // Five runs are enough for a stable median of the long 1 MB runs.
    const runs = chars >= 1_000_000 ? Math.min(job.runs, 5) : job.runs;
    // The reference workload is timed just before and after the 1 MB runs, in this process and beside the
    // same neighbour: a machine that is slower during this job (load, a sibling hyperthread) is slower for both.
    const before = chars >= 1_000_000 ? referenceMs(3) : undefined;
    const t = job.kind === 'shape' ? timeShape(job.key, chars, runs, job.budgetMs) : timePhrase(job.key, chars, runs, job.budgetMs);
    const refMs = before === undefined ? undefined : Math.min(before, referenceMs(3));
    process.send?.({ chars, ...t, refMs });
  }
  process.send?.({ done: true });
});
