// Drives test/shapes/worker.ts from the parent: one child process per shape,
// and a deadline after which it is killed and the remaining sizes are reported
// as overruns (a frozen analysis cannot stop the bench or the tests).

import { fork } from 'node:child_process';

export interface SizeResult {
  chars: number;
  /** Median run in ms of CPU time, or undefined when the deadline passed first. */
  ms?: number;
  /** Fastest run in ms of CPU time: what the code costs, whatever else the machine runs. */
  minMs?: number;
  runs?: number;
  findings?: number;
  /** The reference workload (measure.ts, referenceMs) timed in the same process just around these runs, when measured. */
  refMs?: number;
}

export interface Job {
  kind: 'shape' | 'phrase' | 'reference';
  key: string;
  sizes: number[];
  runs: number;
  budgetMs: number;
}

/**
 * V8 flags of the measuring process. `--expose-gc`: each run starts from a
 * collected heap. A large young generation: scavenges copy the live heap,
 * which is larger for a larger text, so with V8's default semi-space the
 * collector alone makes a linear analysis grow 15-20x from 100 KB to 1 MB
 * (measured: parseDraft on one shape 18x by default, 7x with this flag). The
 * guard is about the algorithm's growth, not the collector's.
 */
export const MEASURE_FLAGS = ['--expose-gc', '--max-semi-space-size=256'];

export function runJob(workerFile: string, job: Job, deadlineMs: number): Promise<SizeResult[]> {
  return new Promise((resolveJob, rejectJob) => {
    const child = fork(workerFile, [], { execArgv: MEASURE_FLAGS, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const results: SizeResult[] = [];
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    let finished = false;
    const finish = (error?: Error) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      if (child.exitCode === null) child.kill('SIGKILL');
      if (error) rejectJob(error);
      else {
        for (const chars of job.sizes.slice(results.length)) results.push({ chars });
        resolveJob(results);
      }
    };
    const timer = setTimeout(() => finish(), deadlineMs);
    child.on('message', (m: SizeResult & { done?: boolean }) => {
      if (m.done) finish();
      else results.push(m);
    });
    child.on('error', (e) => finish(e));
    child.on('exit', (code) => finish(code !== 0 && code !== null && results.length < job.sizes.length ? new Error(`measuring process exited with ${code}: ${stderr.slice(0, 2000)}`) : undefined));
    child.send(job);
  });
}

/**
 * Runs the jobs two at a time (the figures are CPU time, which a neighbour
 * does not inflate), keyed `shape:NAME` or `phrase:PHRASE`.
 */
export async function runAll(workerFile: string, jobs: readonly Job[], deadlineMs: number, concurrency = 2, onDone?: (job: Job, r: SizeResult[]) => void): Promise<Map<string, SizeResult[]>> {
  const out = new Map<string, SizeResult[]>();
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      const r = await runJob(workerFile, job, deadlineMs);
      out.set(`${job.kind}:${job.key}`, r);
      onDone?.(job, r);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, lane));
  return out;
}
