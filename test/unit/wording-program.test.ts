import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as channels from '../../src/core/data/channels';
import * as conventions from '../../src/core/data/conventions';
import * as cues from '../../src/core/data/cues';
import * as followUps from '../../src/core/data/followUps';
import * as hoverNotes from '../../src/core/data/hoverNotes';
import { LEXICON } from '../../src/core/data/lexicon';
import * as shorthand from '../../src/core/data/shorthand';
import * as tips from '../../src/core/tips';
import { compileForTest, compileWording } from '../../src/core/prose/compile';
import { compiledWording } from '../../src/core/prose/compiled';
import { FAMILIES, PHRASE_LISTS } from '../../src/core/prose/families';
import { ClassMemo, Engine, PatternMatcher } from '../../src/core/prose/patterns';
import { decodeProgram, encodeProgram, indexDepth, Op, opensOnClass } from '../../src/core/prose/program';
import { tokenize } from '../../src/core/prose/tokens';
import { fold } from '../../src/core/text';

describe('the wording program (compiled at build time)', () => {
  const lists = [...FAMILIES, ...PHRASE_LISTS];
  const source = compileWording({ families: lists, classes: LEXICON });

  it('is the one the data files give now: a bundle never carries a stale program', () => {
    const program = compiledWording();
    assert.ok(typeof program === 'string' && program.length > 0, 'built through scripts/wording-plugin.mjs');
    assert.ok(program === encodeProgram(source), 'the program in the bundle differs from the data files: the build must compile them afresh');
  });

  it('refuses an exception with a context (« &@class »), which the engine would apply everywhere', () => {
    const fam = (except: string) => [{ name: 'essai', entries: [{ id: 'essai-1', forms: ['bravo'], except: [except] }] }];
    assert.throws(() => compileWording({ families: fam('bravo &@reader'), classes: LEXICON }), /essai-1: an exception cannot require a class/);
    assert.throws(() => compileWording({ families: fam('bravo &&@reader'), classes: LEXICON }), /« bravo &&@reader »/);
    assert.doesNotThrow(() => compileWording({ families: fam('bravo a vous'), classes: LEXICON }));
  });

  it('reads back exactly what was written', () => {
    const p = decodeProgram(encodeProgram(source));
    assert.deepEqual(p.words, source.words);
    assert.deepEqual(p.classNames, source.classNames);
    assert.equal(p.formPc.length, source.forms.length);
    source.forms.forEach((f, i) => {
      const end = i + 1 < source.forms.length ? p.formPc[i + 1] : p.code.length;
      assert.deepEqual(Array.from(p.code.subarray(p.formPc[i], end)), f.code, `form ${i}`);
      assert.equal(p.formFirst[i], f.first);
      assert.equal(p.formNum[i] === 1, f.num);
      assert.equal(p.formDepth[i], indexDepth(f.code, (k) => source.sets[k].length));
      assert.equal(p.formOpensOnClass[i] === 1, opensOnClass(f.code));
      assert.deepEqual(p.formNeeds.get(i)?.needs, f.needs);
      assert.deepEqual(p.formNeeds.get(i)?.clauseNeeds, f.clauseNeeds);
    });
    source.sets.forEach((s, i) => assert.deepEqual(Array.from(p.setPool.subarray(p.setStart[i], p.setStart[i + 1])), s));
    assert.deepEqual(
      p.entries.map((e) => e.id),
      lists.flatMap((f) => f.entries.map((x, j) => ('id' in x ? x.id : `${f.name}#${j}`))),
    );
    assert.deepEqual(
      p.families.map((f) => [f.name, f.entryEnd - f.entryStart]),
      lists.map((f) => [f.name, f.entries.length]),
    );
  });

  it('lists each entry form under the words it starts with, and each class under the words it may start with', () => {
    const p = decodeProgram(encodeProgram(source));
    const nClassForms = p.classFormStart[p.classNames.length];
    // The reference: each entry form's code walked from its start (through `^`, jumps and alternatives) to its first words.
    const expected = new Map<number, [number, number][]>();
    const add = (w: number, f: number, pc: number) => (expected.get(w) ?? expected.set(w, []).get(w))?.push([f, pc]);
    const walk = (f: number, code: readonly number[], pc: number): void => {
      if (code[pc] === Op.Word) add(code[pc + 1], f, pc + 2);
      else if (code[pc] === Op.Set) for (const w of source.sets[code[pc + 1]]) add(w, f, pc + 2);
      else if (code[pc] === Op.Start) walk(f, code, pc + 1);
      else if (code[pc] === Op.Jump) walk(f, code, pc + code[pc + 1]);
      else if (code[pc] === Op.Alt) for (let i = 0; i < code[pc + 1]; i++) walk(f, code, pc + code[pc + 2 + i]);
    };
    for (const e of p.entries) {
      for (let f = e.formStart; f < e.exceptStart; f++) {
        const form = source.forms[f];
        if (form.first < 0) continue;
        if (p.formDepth[f] > 0) walk(f, form.code, 0);
        else for (const w of source.sets[form.first]) add(w, f, 0);
      }
    }
    for (let w = 0; w < p.words.length; w++) {
      const got: [number, number][] = [];
      for (let i = p.firstAt[w]; i < p.firstAt[w + 1]; i++) got.push([p.firstForm[i], p.firstPc[i]]);
      assert.deepEqual(got, expected.get(w) ?? [], `forms under ${p.words[w]}`);
      assert.ok(got.every(([f]) => f >= nClassForms));
      const classes = Array.from(p.startClass.subarray(p.startAt[w], p.startAt[w + 1]));
      const starting = p.classNames.flatMap((_, c) => {
        const own = source.forms.slice(p.classFormStart[c], p.classFormStart[c + 1]);
        return own.every((x) => x.first >= 0) && own.some((x) => source.sets[x.first].includes(w)) ? [c] : [];
      });
      assert.deepEqual(classes, starting, `classes starting with ${p.words[w]}`);
    }
  });

  it('factors alternatives without changing which match is found first', () => {
    // Forms whose alternatives share beginnings and ends, with gaps, classes and optional words.
    const entries = [
      { id: 'a', forms: ['{vraiment |franchement |}{un |une |}{nul|idiot|@bad} de {vous|tu}', '{je|nous} {suis|sommes} {très |si |}{déçu|déçue|@bad} … {de|par} {vous|ton choix}'] },
      { id: 'b', forms: ['{vous|tu|@who} {avez|as} {mal |très mal |}{lu|compris|@bad}', '{c\'est|c\'était} {vraiment |}{nul|idiot} {de|d\'} {vous|te}'] },
      // Where the order of alternatives decides the end: the longer one is tried first here.
      { id: 'c', forms: ['{pas très bien|pas très|pas} {lu|} {de vous|}', '{mal lu de vous|mal lu} {vraiment|}'] },
    ];
    const classes = { bad: ['nul[le][s]', 'idiot[e][s]', 'très nul'], who: ['{le|ce} jury', 'vous'] };
    const words = ['bien', 'pas', 'vraiment', 'franchement', 'un', 'une', 'nul', 'idiot', 'nulle', 'de', 'vous', 'tu', 'je', 'nous', 'suis', 'sommes', 'très', 'si', 'déçu', 'par', 'ton', 'choix', 'avez', 'as', 'mal', 'lu', 'compris', 'le', 'jury', 'c’est', 'c’était', 'd’', 'te', 'ce', ','];
    const hitsWith = (factorAlts: boolean) => {
      const engine = new Engine(compileForTest({ t: entries }, classes, { factor: factorAlts }));
      const m = new PatternMatcher(engine, [entries], (_l, j) => j);
      return (s: string) => {
        const toks = tokenize(s, fold(s));
        const ends = new Int32Array(toks.count).fill(toks.count);
        return m.matches(new ClassMemo({ toks, classes: engine }, ends), 0, toks.count, ends).map((h) => `${h.entry.id}:${h.first}-${h.end}`);
      };
    };
    const flat = hitsWith(false);
    const factored = hitsWith(true);
    const phrases = ['vraiment un nul de vous', 'franchement une idiot de tu', 'nul de vous', 'un très nul de vous', 'je suis très déçu de vous', 'nous sommes si nulle , vraiment , par ton choix', 'vous avez mal lu', 'le jury avez très mal compris', 'tu as nul', 'c’est vraiment nul de vous', 'c’était idiot d’ te', 'ce jury as lu', 'pas très bien lu de vous', 'pas très lu', 'mal lu de vous vraiment'];
    let seed = 7;
    const rnd = (n: number) => Math.floor((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648 * n);
    let matched = 0;
    for (let i = 0; i < 3000; i++) {
      // A phrase, then a few words dropped, doubled or replaced: matches and near misses.
      const ws = phrases[rnd(phrases.length)].split(' ');
      for (let k = rnd(3); k > 0; k--) {
        const at = rnd(ws.length);
        const what = rnd(3);
        if (what === 0) ws.splice(at, 1);
        else if (what === 1) ws.splice(at, 0, ws[at] ?? 'de');
        else ws[at] = words[rnd(words.length)];
      }
      const s = [words[rnd(words.length)], ...ws].join(' ');
      const f = flat(s);
      if (f.length > 0) matched++;
      assert.deepEqual(factored(s), f, s);
    }
    assert.ok(matched > 100, `${matched} texts matched`);
  });

  it('leaves the compiler and the forms out of the shipped bundles', () => {
    const forms = FAMILIES.flatMap((f) => f.entries.flatMap((e) => [...e.forms, ...(e.except ?? [])])).filter((f) => f.length >= 12 && /[{[@&]/.test(f) && !/["'’\\]/.test(f)); // notation: never French prose
    assert.ok(forms.length > 100);
    const program = compiledWording() as string;
    // The desktop extension reads it from dist/wording.txt at its first analysis; the others hold it.
    assert.equal(readFileSync('dist/wording.txt', 'utf8'), program, 'dist/wording.txt is not the program of these sources');
    assert.ok(!readFileSync('dist/extension.js', 'utf8').includes(program.slice(-200)), 'dist/extension.js holds the wording program: it parses it at every start');
    for (const file of ['dist/extension.js', 'dist/web/extension.js', 'dist/cli.js']) {
      const bundle = readFileSync(file, 'utf8');
      if (file !== 'dist/extension.js') assert.ok(bundle.includes(program.slice(-200)), `${file}: built without the wording program`);
      for (const name of ['function compileForm', 'function expandTemplate', 'function compileWording']) assert.ok(!bundle.includes(name), `${file} holds ${name}`);
      const shipped = forms.filter((f) => bundle.includes(f));
      assert.deepEqual(shipped, [], `${file} holds forms`);
    }
  });

  it('leaves the data entries’ notes out of the shipped bundles (nothing reads them at run time)', () => {
    const notes: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v instanceof Map) [...v.values()].forEach(walk);
      else if (v !== null && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          if (k === 'note' && typeof x === 'string') notes.push(x);
          else walk(x);
        }
    };
    [channels, conventions, cues, followUps, hoverNotes, shorthand, tips].forEach((m) => Object.values(m).forEach(walk));
    assert.ok(notes.length > 100, `${notes.length} notes`);
    for (const file of ['dist/extension.js', 'dist/web/extension.js', 'dist/cli.js']) {
      const bundle = readFileSync(file, 'utf8');
      assert.deepEqual(
        notes.filter((n) => n.length >= 25 && bundle.includes(n)),
        [],
        `${file} holds notes`,
      );
    }
  });
});
