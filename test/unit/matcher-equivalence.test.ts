// The wording matcher's fast path (first-character index, candidates at word
// starts) must find exactly what the straightforward single alternation finds.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { CONTESTATION } from '../../src/core/data/contestation';
import { EXAMPLES as CONTESTATION_EXAMPLES } from '../../src/core/data/contestation.examples';
import type { Expression } from '../../src/core/data/expression';
import { VAGUE_QUESTIONS } from '../../src/core/data/questions';
import { EXAMPLES as QUESTIONS_EXAMPLES } from '../../src/core/data/questions.examples';
import { AGGRESSIVE, APOLOGIES, DRAMA, PASSIVE_AGGRESSIVE } from '../../src/core/data/ton';
import { EXAMPLES as TON_EXAMPLES } from '../../src/core/data/ton.examples';
import { ExpressionMatcher, formFirstChars } from '../../src/core/phraseEngine';
import { fold } from '../../src/core/text';

const FAMILIES: Record<string, readonly Expression[]> = { AGGRESSIVE, PASSIVE_AGGRESSIVE, APOLOGIES, DRAMA, CONTESTATION, VAGUE_QUESTIONS };
const EXAMPLES = Object.values({ ...TON_EXAMPLES, ...CONTESTATION_EXAMPLES, ...QUESTIONS_EXAMPLES }).flatMap((x) => [...x.match, ...x.noMatch]);
const corpusDir = join(__dirname, '..', '..', '..', 'test', 'corpus');
const CORPUS = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(join(corpusDir, f), 'utf8'));

const show = (hits: { entry: Expression; start: number; end: number }[]) => hits.map((h) => `${h.entry.id}@${h.start}-${h.end}`);

function same(m: ExpressionMatcher<Expression>, text: string, from?: number, to?: number): void {
  const folded = fold(text);
  assert.deepEqual(show(m.matches(folded, from, to)), show(m.referenceMatches(folded, from, to)), JSON.stringify(text.slice(0, 200)));
}

describe('wording matcher: fast path and single alternation agree', () => {
  it('the corpus has drafts to compare on', () => assert.ok(CORPUS.length > 50));

  for (const [name, entries] of Object.entries(FAMILIES)) {
    const m = new ExpressionMatcher(entries);
    it(`${name}: same hits on every example and every corpus draft, whole and in ranges`, () => {
      for (const t of [...EXAMPLES, ...CORPUS, EXAMPLES.join(' '), EXAMPLES.join('\n'), EXAMPLES.join('')]) {
        same(m, t);
        same(m, t, 3, Math.max(3, t.length - 5));
      }
    });

    // Random drafts made of pieces of the forms themselves, glued with and without separators.
    const pieces = [...new Set(entries.flatMap((e) => e.forms.flatMap((f) => f.replace(/[[\]{}|…]/g, ' ').split(/\s+/))))].filter((p) => p !== '');
    const text = fc
      .array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(' ', ' ', ', ', '. ', '\n', "'", '’', '-', 'É', 'x', '😀', '\ud800')), { maxLength: 40 })
      .map((a) => a.join(''));
    it(`${name}: same hits on random drafts built from its forms`, () => {
      fc.assert(
        fc.property(text, fc.nat(20), fc.nat(20), (t, a, b) => {
          same(m, t);
          same(m, t, Math.min(a, t.length), Math.max(Math.min(a, t.length), t.length - b));
        }),
        { numRuns: 400 },
      );
    });
  }

  it('a form may start with an optional part, alternatives (one may be empty) or punctuation; other starts fall back to the single alternation', () => {
    assert.deepEqual(formFirstChars('[l’]avis'), ['l', 'a']);
    assert.deepEqual(formFirstChars('{vous|tu} avez'), ['v', 't']);
    assert.deepEqual(formFirstChars('{je suis |}{désolé|navré} de'), ['j', 'd', 'n']);
    assert.deepEqual(formFirstChars('(ou pas)'), ['(']);
    assert.equal(formFirstChars('… quand même'), null);
    assert.equal(formFirstChars("'il faut'"), null);
    const m = new ExpressionMatcher([{ id: 'x', forms: ["'il faut'", 'bon'] } as unknown as Expression]);
    for (const t of ["Il dit 'il faut' et c'est bon.", "Bon, 'il faut' : bon ! 'bon'", '']) same(m, t);
    assert.deepEqual(m.matches(fold("Il dit 'il faut' et c'est bon.")).length, 2);
  });
});
