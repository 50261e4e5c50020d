// Finding and reading the drafts named on the command line, safely in any
// folder: symbolic links are followed once (real paths deduplicated, loops
// detected), only regular files are read (a FIFO would block, /dev/zero never
// ends), and a file's size is checked before it is read.

import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';

const DRAFT_SUFFIX = '.reponse.md';
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out']);
/** Deeper than this is no folder of drafts. */
const MAX_DEPTH = 64;

export interface Collected {
  /** Drafts to read, each real file once, under the first name met (sorted walk). */
  files: string[];
  /** Named paths or drafts that could not be checked (exit 2). */
  errors: string[];
  /** Entries left aside while walking a folder (loops, special files, links to a file already seen). */
  notices: string[];
}

function code(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? String(e);
}

/** « un tube nommé (FIFO) » and the like, for an entry that is not a regular file or a folder. */
export function kindOf(st: Stats): string {
  if (st.isFIFO()) return 'un tube nommé (FIFO)';
  if (st.isSocket()) return 'une socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'un périphérique';
  return 'un fichier spécial';
}

/**
 * The drafts under `paths`. `show` turns a path into what messages print
 * (relative to the current folder, control characters escaped).
 */
export function collect(paths: readonly string[], show: (p: string) => string): Collected {
  const out: Collected = { files: [], errors: [], notices: [] };
  const seenFiles = new Map<string, string>();
  const seenDirs = new Set<string>();

  const addFile = (p: string, real: string) => {
    const first = seenFiles.get(real);
    if (first !== undefined) {
      if (first !== p) out.notices.push(`${show(p)} : même fichier que ${show(first)} (lien), vérifié une fois.`);
      return;
    }
    seenFiles.set(real, p);
    out.files.push(p);
  };

  const walk = (dir: string, real: string, ancestors: string[]) => {
    if (ancestors.length > MAX_DEPTH) {
      out.notices.push(`${show(dir)} : plus de ${MAX_DEPTH} dossiers imbriqués, ignoré.`);
      return;
    }
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (e) {
      out.errors.push(`${show(dir)} : dossier illisible (${code(e)}).`);
      return;
    }
    const stack = [...ancestors, real];
    for (const name of names) {
      const p = join(dir, name);
      const isDraft = name.endsWith(DRAFT_SUFFIX);
      let link: Stats;
      try {
        link = lstatSync(p);
      } catch (e) {
        if (isDraft) out.errors.push(`${show(p)} : fichier illisible (${code(e)}).`);
        continue;
      }
      if (link.isDirectory()) {
        if (SKIP_DIRS.has(name) || name.startsWith('.')) continue;
        enterDir(p, stack);
        continue;
      }
      if (link.isFile()) {
        if (isDraft) addFile(p, realOr(p));
        continue;
      }
      if (!link.isSymbolicLink()) {
        if (isDraft) out.notices.push(`${show(p)} : ${kindOf(link)}, pas un fichier ; ignoré.`);
        continue;
      }
      // A symbolic link: what it leads to decides.
      let st: Stats;
      try {
        st = statSync(p);
      } catch (e) {
        if (code(e) === 'ELOOP') out.notices.push(`${show(p)} : boucle de liens symboliques, ignoré.`);
        else if (isDraft) out.errors.push(`${show(p)} : fichier illisible (${code(e)}).`);
        continue;
      }
      if (st.isDirectory()) {
        if (!SKIP_DIRS.has(name) && !name.startsWith('.')) enterDir(p, stack);
      } else if (!isDraft) continue;
      else if (st.isFile()) addFile(p, realOr(p));
      else out.notices.push(`${show(p)} : lien vers ${kindOf(st)}, pas un fichier ; ignoré.`);
    }
  };

  const enterDir = (p: string, stack: string[]) => {
    const real = realOr(p);
    if (stack.includes(real)) {
      out.notices.push(`${show(p)} : boucle de liens symboliques (mène à un dossier parent), ignoré.`);
      return;
    }
    if (seenDirs.has(real)) return; // the same folder through another link: its drafts are already listed
    seenDirs.add(real);
    walk(p, real, stack);
  };

  for (const p of paths) {
    let st: Stats;
    try {
      st = statSync(p);
    } catch (e) {
      out.errors.push(code(e) === 'ELOOP' ? `${show(p)} : boucle de liens symboliques.` : `${show(p)} : introuvable ou illisible (${code(e)}).`);
      continue;
    }
    if (st.isDirectory()) {
      const before = out.files.length + out.notices.length;
      const real = realOr(p);
      if (seenDirs.has(real)) continue;
      seenDirs.add(real);
      walk(p, real, []);
      if (out.files.length + out.notices.length === before) out.notices.push(`aucun brouillon *.reponse.md dans ${show(p)}.`);
    } else if (st.isFile()) addFile(p, realOr(p));
    else out.errors.push(`${show(p)} : ${kindOf(st)}, pas un fichier ; ignoré.`);
  }
  return out;
}

function realOr(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

export type ReadResult = { bytes: Buffer } | { tooLarge: number } | { error: string };

/**
 * Reads a regular file of at most `maxBytes` bytes. Opened without blocking
 * and checked on the open descriptor (the entry may have changed since the
 * walk); a file past the limit is not read at all.
 */
export function readRegularFile(file: string, maxBytes: number): ReadResult {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { error: `fichier illisible (${code(e)})` };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { error: `${kindOf(st)}, pas un fichier ; ignoré` };
    if (st.size > maxBytes) return { tooLarge: st.size };
    // Read at most one byte past the limit: a file that grows meanwhile is still bounded.
    const buf = Buffer.allocUnsafe(Math.min(maxBytes + 1, st.size + 64 * 1024));
    let n = 0;
    for (;;) {
      if (n === buf.length) break;
      const r = readSync(fd, buf, n, buf.length - n, null);
      if (r === 0) break;
      n += r;
    }
    if (n > maxBytes) return { tooLarge: n };
    return { bytes: buf.subarray(0, n) };
  } catch (e) {
    return { error: `fichier illisible (${code(e)})` };
  } finally {
    closeSync(fd);
  }
}
