// Settings of the command line: the nearest `.boomerang.json` and `--config`,
// read as data (regular files only, bounded size), JSON errors said in French,
// and long lists of problems summarised.

import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { mergeRawOptions, resolveOptions, RULES, type AnalyzeOptions } from '../core';
import { readRegularFile } from './files';

/** A settings file is a few kilobytes; past this it is not one (and is not read). */
const MAX_CONFIG_BYTES = 16 * 1024 * 1024;
/** Problems printed per settings file; the rest are counted. */
const MAX_PROBLEMS = 10;

/** The nearest `.boomerang.json`: from the first path's folder upward, then from the current folder upward. */
export function findUserConfig(paths: readonly string[], cwd: string): string | undefined {
  const starts: string[] = [];
  if (paths.length > 0) {
    const first = resolve(cwd, paths[0]);
    let isDir = false;
    try {
      isDir = statSync(first).isDirectory();
    } catch {
      // A missing path is reported when the drafts are collected.
    }
    starts.push(isDir ? first : dirname(first));
  }
  starts.push(cwd);
  for (const start of starts) {
    let dir = start;
    for (;;) {
      const candidate = join(dir, '.boomerang.json');
      try {
        // Whatever the entry is (a FIFO too), it is the settings file: readSettings says what is wrong with it.
        statSync(candidate);
        return candidate;
      } catch {
        // Not here.
      }
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return undefined;
}

/**
 * The offset of the first JSON syntax error of `text` (JSON.parse says it in
 * English, and not always where): a small iterative scanner, no recursion.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const stack: ('{' | '[')[] = [];
  // What may come next: a value, a key (or the end of an object), a value or ']', or a separator.
  let expect: 'value' | 'key' | 'keyOrEnd' | 'valueOrEnd' | 'after' = 'value';
  for (;;) {
    ws();
    if (expect === 'after') {
      if (stack.length === 0) return i < text.length ? i : -1;
      const top = stack[stack.length - 1];
      if (text[i] === ',') {
        i++;
        expect = top === '{' ? 'key' : 'value';
      } else if (text[i] === (top === '{' ? '}' : ']')) {
        i++;
        stack.pop();
      } else return i;
      continue;
    }
    const c = text[i];
    if (c === undefined) return i;
    if ((expect === 'keyOrEnd' && c === '}') || (expect === 'valueOrEnd' && c === ']')) {
      i++;
      stack.pop();
      expect = 'after';
      continue;
    }
    if (expect === 'key' || expect === 'keyOrEnd') {
      if (c !== '"') return i;
      const end = stringEnd(text, i);
      if (end < 0) return text.length;
      i = end;
      ws();
      if (text[i] !== ':') return i;
      i++;
      expect = 'value';
      continue;
    }
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      expect = c === '{' ? 'keyOrEnd' : 'valueOrEnd';
      continue;
    }
    if (c === '"') {
      const end = stringEnd(text, i);
      if (end < 0) return text.length;
      i = end;
    } else {
      const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 64));
      if (!m) return i;
      i += m[0].length;
    }
    expect = 'after';
  }
}

/** The offset after a JSON string starting at `i` (its opening quote), or -1 when it never closes. */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 34) return j + 1;
    if (c === 92) j++;
    else if (c < 32) return -1;
  }
  return -1;
}

/** Where the first JSON syntax error is, in French. */
function jsonErrorWhere(text: string): string {
  const at = jsonErrorOffset(text);
  if (at < 0) return 'syntaxe JSON invalide';
  if (at >= text.length) return 'fin du fichier inattendue (accolade, crochet ou guillemet non fermé ?)';
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return `syntaxe JSON invalide ligne ${line}, colonne ${at - lineStart + 1}`;
}

/** The parsed settings, or undefined with a French message in `errors`. */
export function readSettings(file: string, name: string, errors: string[]): unknown {
  const r = readRegularFile(file, MAX_CONFIG_BYTES);
  if ('error' in r) {
    errors.push(`${name} : réglages illisibles (${r.error}) ; réglages par défaut utilisés.`);
    return undefined;
  }
  if ('tooLarge' in r) {
    errors.push(`${name} : réglages illisibles (plus de ${MAX_CONFIG_BYTES / 1024 / 1024} Mio) ; réglages par défaut utilisés.`);
    return undefined;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(r.bytes).replace(/^\uFEFF/, '');
  } catch {
    errors.push(`${name} : réglages illisibles (pas en UTF-8) ; réglages par défaut utilisés.`);
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch {
    errors.push(`${name} : réglages illisibles (${jsonErrorWhere(text)}) ; réglages par défaut utilisés.`);
    return undefined;
  }
}

/** At most MAX_PROBLEMS lines per source, then how many more. */
export function summarise(problems: readonly string[], source: string): string[] {
  if (problems.length <= MAX_PROBLEMS) return [...problems];
  const more = problems.length - MAX_PROBLEMS;
  return [...problems.slice(0, MAX_PROBLEMS), `… et ${more.toLocaleString('fr-FR')} autre${more > 1 ? 's' : ''} problème${more > 1 ? 's' : ''} dans ${source}.`];
}

export interface LoadedOptions {
  options: AnalyzeOptions;
  /** Settings that could not be read at all (exit 2). */
  errors: string[];
  /** Values that were ignored (one message each, summarised). */
  problems: string[];
}

/** `.boomerang.json` (nearest) under `--config`, as the editor layers the file under its settings. */
export function loadOptions(config: string | undefined, paths: readonly string[], cwd: string, show: (p: string) => string): LoadedOptions {
  const errors: string[] = [];
  const problems: string[] = [];
  const userFile = findUserConfig(paths, cwd);
  const fromFile = userFile ? readSettings(userFile, show(userFile), errors) : undefined;
  const fromConfig = config ? readSettings(resolve(cwd, config), show(config), errors) : undefined;
  if (userFile && fromFile !== undefined) problems.push(...summarise(resolveOptions(fromFile, RULES, show(userFile)).problems, show(userFile)));
  if (config && fromConfig !== undefined) problems.push(...summarise(resolveOptions(fromConfig, RULES, 'config').problems, show(config)));
  return { options: resolveOptions(mergeRawOptions(fromFile, fromConfig), RULES, 'config').options, errors, problems };
}
