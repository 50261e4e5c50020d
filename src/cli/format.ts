// Output formats of the command line.

import { lineStarts, positionOf, type FileFindings } from '../core';

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ');
}

function located(results: FileFindings[], texts: Map<string, string>) {
  return results.map((r) => {
    const starts = lineStarts(texts.get(r.file) ?? '');
    return {
      file: r.file,
      findings: r.findings.map((f) => {
        const s = positionOf(starts, f.start);
        const e = positionOf(starts, f.end);
        return {
          rule: f.rule,
          category: f.category,
          severity: f.severity,
          line: s.line + 1,
          column: s.column + 1,
          endLine: e.line + 1,
          endColumn: e.column + 1,
          message: f.message,
        };
      }),
    };
  });
}

/** `file:line:column severity rule message`, one finding per line. */
export function formatText(results: FileFindings[], texts: Map<string, string>): string {
  let out = '';
  for (const r of located(results, texts)) {
    for (const f of r.findings) out += `${r.file}:${f.line}:${f.column} ${f.severity} ${f.rule} ${oneLine(f.message)}\n`;
  }
  return out;
}

export function formatJson(results: FileFindings[], texts: Map<string, string>): string {
  return `${JSON.stringify(located(results, texts), null, 2)}\n`;
}
