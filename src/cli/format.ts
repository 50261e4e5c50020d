// Output formats of the command line.

import {
  figureLines,
  firstSentence,
  lineStarts,
  positionOf,
  buildReport,
  STATUS_LABELS,
  STATUS_SYMBOLS,
  VERDICT_SYMBOLS,
  type FileFindings,
  type RowStatus,
  type VerdictKind,
} from '../core';
import { printableArg } from './command';
import { explainHint } from './explain';

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
    const file = printable(r.file);
    for (const f of r.findings) out += `${file}:${f.line}:${f.column} ${f.severity} ${f.rule} ${safe(f.message)}\n`;
  }
  return out;
}

export function formatJson(results: FileFindings[], texts: Map<string, string>): string {
  return `${JSON.stringify(located(results, texts), null, 2)}\n`;
}

/** Colours only for a terminal, and never when NO_COLOR is set to a non-empty value (https://no-color.org). */
export function useColor(isTTY: boolean | undefined, env: Record<string, string | undefined>): boolean {
  return isTTY === true && !(env.NO_COLOR !== undefined && env.NO_COLOR !== '');
}

const ANSI = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', green: '\x1b[32m', yellow: '\x1b[33m', red: '\x1b[31m' } as const;
const STATUS_COLOR: Record<RowStatus, string> = { ok: ANSI.green, 'check': ANSI.yellow, fail: ANSI.red };
const VERDICT_COLOR: Record<VerdictKind, string> = { ready: ANSI.green, rework: ANSI.yellow, blocked: ANSI.red };

/**
 * A file name as printed: control characters (an escape sequence would drive
 * the terminal, a line break would forge a line) and bidirectional overrides
 * written as `\u{1b}`, so the name stays readable and unambiguous.
 */
export function printable(name: string): string {
  return printableArg(name);
}

/** Control characters of the draft (escape sequences…) must not reach the terminal. */
function safe(s: string): string {
  // eslint-disable-next-line no-control-regex
  return oneLine(s).replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, '\uFFFD');
}

/**
 * The « Vérifier le ton » report in the terminal: per file, the verdict, the
 * figures and the guide's checklist with the findings behind each row.
 */
export function formatReport(results: FileFindings[], color: boolean): string {
  const paint = (code: string, s: string) => (color ? `${code}${s}${ANSI.reset}` : s);
  const width = Math.max(...Object.values(STATUS_LABELS).map((l) => l.length));
  let out = '';
  for (const r of results) {
    const report = buildReport(r.analysis);
    const v = report.verdict;
    if (out !== '') out += '\n';
    out += `${paint(ANSI.bold, printable(r.file))}\n`;
    out += `  ${paint(ANSI.bold + VERDICT_COLOR[v.kind], `${VERDICT_SYMBOLS[v.kind]} ${v.label}`)} — ${safe(v.reason)}\n`;
    out += '\n  Liste récapitulative\n';
    const indent = ' '.repeat(4 + 2 + width + 2);
    for (const row of report.rows) {
      const status = `${STATUS_SYMBOLS[row.status]} ${row.statusLabel.padEnd(width)}`;
      out += `    ${paint(STATUS_COLOR[row.status], status)}  ${row.meme} ${row.advice}\n`;
      for (const i of row.findings) {
        const f = report.findings[i];
        out += `${indent}${paint(ANSI.dim, `ligne ${f.line} :`)} ${safe(firstSentence(f.message))} (${f.rule})\n`;
      }
      for (const n of row.notes) out += `${indent}${safe(n.text)}\n`;
    }
    out += '\n  Chiffres\n';
    const figs = figureLines(report.figures);
    const labelWidth = Math.max(...figs.map((f) => f.label.length));
    for (const f of figs) {
      const mark = f.status ? `${paint(STATUS_COLOR[f.status], STATUS_SYMBOLS[f.status])} ` : '  ';
      out += `    ${f.label.padEnd(labelWidth)}  ${mark}${safe(f.value)}\n`;
    }
  }
  const rules = results.flatMap((r) => r.findings.map((f) => f.rule));
  if (rules.length > 0) out += `\n${explainHint(rules)}`;
  return out;
}
