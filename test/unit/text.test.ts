import * as assert from 'node:assert/strict';
import { fold, PhraseMatcher, splitLines, countWords } from '../../src/core/text';

describe('text primitives', () => {
  it('folds case, accents, apostrophes and no-break spaces without changing length', () => {
    const s = 'Désolée, J’ÉTAIS là\u202f? Ça\u00a0va';
    const f = fold(s);
    assert.equal(f.length, s.length);
    assert.equal(f, "desolee, j'etais la ? ca va");
  });

  it('keeps the length of text with emoji and lone surrogates', () => {
    const s = 'a😀b\uD800c';
    assert.equal(fold(s).length, s.length);
  });

  it('splits CRLF, LF and CR lines', () => {
    assert.deepEqual(
      splitLines('a\r\nb\nc\rd').map((l) => l.text),
      ['a', 'b', 'c', 'd'],
    );
  });

  it('counts French words with elisions and hyphens as one', () => {
    assert.equal(countWords("Aujourd'hui, peut-être l’entretien"), 3);
  });

  describe('PhraseMatcher', () => {
    const m = new PhraseMatcher([{ forms: ['désolé[e][s] de vous déranger'] }, { forms: ['bonne chance quand même'] }]);
    const hits = (s: string) => [...m.matches(fold(s))].map((h) => s.slice(h.start, h.end));
    const table: [string, string[]][] = [
      ['Désolée de vous déranger', ['Désolée de vous déranger']],
      ['desoles de vous\nderanger', ['desoles de vous\nderanger']],
      ['DÉSOLÉ DE VOUS DÉRANGER', ['DÉSOLÉ DE VOUS DÉRANGER']],
      ['Bonne chance quand même !', ['Bonne chance quand même']],
      ['Bonne chance pour la suite', []],
      ['indésolé de vous déranger', []],
      ['bonne chance quand mêmes', []],
    ];
    for (const [input, expected] of table) {
      it(`matches ${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => assert.deepEqual(hits(input), expected));
    }
  });
});
