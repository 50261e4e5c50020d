// How long to wait after a keystroke before analysing a document. A draft of a
// few lines is analysed in microseconds, so the configured debounce applies.
// A huge document (a pasted thread, a 1 MB file) can take tens of milliseconds
// per analysis: then the wait grows with the measured cost, so that typing never
// queues analyses and the extension host stays idle most of the time.
// No `vscode` import: unit-tested in plain Node.

/** An analysis slower than this is worth pacing. */
export const SLOW_ANALYSIS_MS = 20;
/** While typing, analysis may use at most 1 / PACING_FACTOR of the time. */
export const PACING_FACTOR = 10;
/** Never wait longer than this after the last keystroke. */
export const MAX_DELAY_MS = 3_000;

/**
 * The delay before the next analysis of a document, given the configured
 * debounce and how long its last analysis took (undefined when never analysed).
 */
export function analysisDelay(debounceMs: number, lastAnalysisMs: number | undefined): number {
  if (lastAnalysisMs === undefined || !(lastAnalysisMs > SLOW_ANALYSIS_MS)) return debounceMs;
  return Math.max(debounceMs, Math.min(MAX_DELAY_MS, Math.ceil(lastAnalysisMs * PACING_FACTOR)));
}
