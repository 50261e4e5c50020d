// Who a draft is addressed to, as compared across drafts: « Mme Claire Martin
// (Acme) », « Madame Martin » and « claire martin » are one person. The key of
// a summary is computed once per summary object (a bounded cache that was
// cleared past 4,096 recipients made every lookup miss on large folders).

import type { DraftSummary } from './context';
import { CIVILITIES } from './data/channels';
import { fold } from './text';

/** A recipient as compared across drafts: civility (if any) and name, folded. */
export interface RecipientKey {
  civility: string;
  name: string;
}

/** `<…>` and `(…)` groups become a space, in one pass (a pattern would rescan the rest of the text from every unclosed `<`). */
function withoutGroups(s: string): string {
  let out = '';
  let from = 0;
  let noGt = false;
  let noParen = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if ((c !== '<' || noGt) && (c !== '(' || noParen)) continue;
    const close = s.indexOf(c === '<' ? '>' : ')', i + 1);
    if (close < 0) {
      if (c === '<') noGt = true;
      else noParen = true;
      continue;
    }
    out += `${s.slice(from, i)} `;
    from = close + 1;
    i = close;
  }
  return out + s.slice(from);
}

/** « Mme Claire Martin (Acme) » → { civility: 'madame', name: 'claire martin' }. */
export function recipientKey(raw: string): RecipientKey | undefined {
  const s = withoutGroups(fold(raw)).replace(/[.,;:«»"]/g, ' ');
  let civility = '';
  const name: string[] = [];
  for (const token of s.split(/\s+/)) {
    if (token === '') continue;
    const c = name.length === 0 ? CIVILITIES[token] : undefined;
    if (c !== undefined) {
      if (c !== '' && civility === '') civility = c;
      continue;
    }
    name.push(token);
  }
  if (name.length === 0) return undefined;
  return { civility, name: name.join(' ') };
}

/** Two keys of one person: same name, and no two different civilities. */
export function sameKey(a: RecipientKey | undefined, b: RecipientKey | undefined): boolean {
  if (!a || !b || a.name !== b.name) return false;
  return a.civility === '' || b.civility === '' || a.civility === b.civility;
}

/** Same person: same name, and no two different civilities (« Mme Martin » = « Madame Martin » = « Martin »). */
export function sameRecipient(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  return sameKey(recipientKey(a), recipientKey(b));
}

const summaryKeys = new WeakMap<DraftSummary, RecipientKey | null>();

/** The key of a summary's recipient, computed once per summary. */
export function summaryRecipientKey(s: DraftSummary): RecipientKey | undefined {
  let k = summaryKeys.get(s);
  if (k === undefined) {
    k = (s.recipient ? recipientKey(s.recipient) : undefined) ?? null;
    summaryKeys.set(s, k);
  }
  return k ?? undefined;
}
