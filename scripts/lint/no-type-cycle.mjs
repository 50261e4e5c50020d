// A local lint rule: no import cycle through a type-only import.
//
// `import-x/no-cycle` finds cycles of value imports but skips `import type`
// (they vanish at run time). A cycle of types still means a type in the wrong
// place, so this rule walks every relative import and re-export of src/, types
// included, and reports a cycle that `import-x/no-cycle` cannot see (one that
// goes through at least one type-only import).
import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

/** file -> { mtime, edges: [{ to, typeOnly }] } */
const cache = new Map();

function resolveModule(from, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [`${base}.ts`, `${base}/index.ts`, base]) {
    try {
      if (candidate.endsWith('.ts') && statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return undefined;
}

function typeOnlyImport(node) {
  const clause = node.importClause;
  if (!clause) return false; // `import './x'` runs the module
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  return !!bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
}

function typeOnlyExport(node) {
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return !!clause && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly);
}

function edgesOf(file) {
  let mtime;
  try {
    mtime = statSync(file).mtimeMs;
  } catch {
    return [];
  }
  const hit = cache.get(file);
  if (hit && hit.mtime === mtime) return hit.edges;
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edges = [];
  for (const st of source.statements) {
    if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier)) {
      const to = resolveModule(file, st.moduleSpecifier.text);
      if (to) edges.push({ to, typeOnly: typeOnlyImport(st) });
    } else if (ts.isExportDeclaration(st) && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier)) {
      const to = resolveModule(file, st.moduleSpecifier.text);
      if (to) edges.push({ to, typeOnly: typeOnlyExport(st) });
    }
  }
  cache.set(file, { mtime, edges });
  return edges;
}

/** The shortest path from `start` back to `target` (files), following value imports only when `valuesOnly`. */
function pathBack(start, target, valuesOnly) {
  const previous = new Map([[start, undefined]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift();
    for (const { to, typeOnly } of edgesOf(file)) {
      if (valuesOnly && typeOnly) continue;
      if (previous.has(to)) continue;
      previous.set(to, file);
      if (to === target) {
        const path = [];
        for (let f = to; f !== undefined; f = previous.get(f)) path.unshift(f);
        return path;
      }
      queue.push(to);
    }
  }
  return undefined;
}

export const noTypeCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles that go through a type-only import (import-x/no-cycle skips them).' },
    schema: [],
    messages: { cycle: 'Import cycle through a type-only import: {{route}}. Move the shared type to a module both can import.' },
  },
  create(context) {
    const file = context.physicalFilename;
    const root = context.cwd;
    const check = (node, typeOnly) => {
      const to = resolveModule(file, node.source.value);
      if (!to) return;
      const back = pathBack(to, file, false);
      if (!back) return;
      // A cycle of value imports only is import-x/no-cycle's to report.
      if (!typeOnly && pathBack(to, file, true)) return;
      const route = [file, ...back].map((f) => relative(root, f)).join(' → ');
      context.report({ node, messageId: 'cycle', data: { route } });
    };
    return {
      ImportDeclaration(node) {
        const typeOnly =
          node.importKind === 'type' || (node.specifiers.length > 0 && node.specifiers.every((s) => s.type === 'ImportSpecifier' && s.importKind === 'type'));
        check(node, typeOnly);
      },
      ExportNamedDeclaration(node) {
        if (!node.source) return;
        check(node, node.exportKind === 'type' || (node.specifiers.length > 0 && node.specifiers.every((s) => s.exportKind === 'type')));
      },
      ExportAllDeclaration(node) {
        check(node, node.exportKind === 'type');
      },
    };
  },
};

export default { rules: { 'no-type-cycle': noTypeCycle } };
