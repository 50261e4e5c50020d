// The registry drives every table: each rule carries its own metadata, its
// examples prove themselves, and no other place names a rule or a category
// that the registry does not know.

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze, analyzeWorkspace, CATEGORIES, defaultOptions, getTip, RECAP_SECTIONS, RULES, type Finding, type RuleDefinition } from '../../src/core';
import * as contestationData from '../../src/core/data/contestation';
import * as questionsData from '../../src/core/data/questions';
import * as tonData from '../../src/core/data/ton';

const root = resolve(__dirname, '../../..');
const read = (p: string) => readFileSync(resolve(root, p), 'utf8');
const KNOWN = new Set<string>([...RULES.map((r) => r.id), ...CATEGORIES]);

/** The findings of one of a rule's examples, with the other drafts of its workspace. */
function run(rule: RuleDefinition, text: string): Finding[] {
  const options = defaultOptions();
  if (!rule.workspace?.length) return analyze(text, options);
  const file = 'exemple.reponse.md';
  const results = analyzeWorkspace([{ file, text }, ...rule.workspace], options);
  return results.find((r) => r.file === file)?.findings ?? [];
}

describe('the registry', () => {
  describe('every rule proves its documented examples', () => {
    for (const rule of RULES) {
      it(`${rule.id}: its example triggers it`, () => {
        const findings = run(rule, rule.example);
        assert.ok(
          findings.some((f) => f.rule === rule.id),
          `${JSON.stringify(rule.example)} → ${JSON.stringify(findings.map((f) => f.rule))}`,
        );
      });
      it(`${rule.id}: its counter-example does not`, () => {
        const findings = run(rule, rule.counterExample);
        assert.deepEqual(
          findings.filter((f) => f.rule === rule.id).map((f) => f.message),
          [],
          JSON.stringify(rule.counterExample),
        );
      });
    }
  });

  it('every rule carries the metadata the tables used to hold', () => {
    for (const r of RULES) {
      assert.match(r.id, /^[a-z]+(?:-[a-z]+)*$/, r.id);
      assert.ok(getTip(r.tip), `${r.id}: tip ${r.tip}`);
      assert.ok(r.recap.rows.length > 0 && r.recap.rows.every((n) => RECAP_SECTIONS.includes(n)), `${r.id}: recap rows`);
      assert.ok(r.recap.why.trim() !== '', `${r.id}: why its recap rows`);
      for (const t of r.blocks?.tips ?? []) assert.ok(getTip(t), `${r.id}: blocking tip ${t}`);
      assert.ok(r.example.trim() !== '' && r.counterExample.trim() !== '' && r.example !== r.counterExample, `${r.id}: examples`);
    }
    assert.equal(new Set(RULES.map((r) => r.id)).size, RULES.length, 'rule ids are unique');
    for (const c of CATEGORIES) assert.ok(RULES.filter((r) => r.category === c && r.expressions === 'main').length <= 1, `${c}: one main rule for expressions at most`);
  });

  describe('no key the registry does not know', () => {
    it('in the manifest and the .boomerang.json schema', () => {
      const pkg = JSON.parse(read('package.json'));
      const schema = JSON.parse(read('schemas/boomerang.schema.json'));
      const props = pkg.contributes.configuration.properties;
      const lists: [string, string[]][] = [
        ['package.json boomerang.rules', props['boomerang.rules'].propertyNames.enum],
        ['package.json boomerang.expressions rule', props['boomerang.expressions'].items.anyOf[1].properties.rule.enum],
        ['schema rules', schema.properties.rules.propertyNames.enum],
        ['schema expressions rule', schema.properties.expressions.items.anyOf[1].properties.rule.enum],
      ];
      for (const [where, keys] of lists) assert.deepEqual(keys.filter((k) => !KNOWN.has(k)), [], where);
    });

    it('in the wording data: each entry’s `rule` names a rule that takes user expressions, in its family’s category', () => {
      const families = { ton: tonData, contestation: contestationData, questions: questionsData } as const;
      let entries = 0;
      for (const [category, data] of Object.entries(families)) {
        for (const value of Object.values(data)) {
          if (!Array.isArray(value)) continue;
          for (const e of value as { id?: string; rule?: unknown }[]) {
            if (typeof e !== 'object' || e === null || !('rule' in e)) continue;
            entries++;
            const rule = RULES.find((r) => r.id === e.rule);
            assert.ok(rule, `${e.id}: unknown rule ${String(e.rule)}`);
            assert.equal(rule.category, category, `${e.id}: ${rule.id} is not a ${category} rule`);
            assert.ok(rule.expressions, `${e.id}: ${rule.id} does not report wording entries`);
          }
        }
      }
      assert.ok(entries > 20, `only ${entries} wording entries found`);
    });

    it('in the evaluation corpus labels', () => {
      const labels = JSON.parse(read('test/corpus/labels.json')) as Record<string, string[]>;
      const unknown = Object.entries(labels).flatMap(([file, keys]) => keys.filter((k) => !KNOWN.has(k)).map((k) => `${file}: ${k}`));
      assert.deepEqual(unknown, []);
    });

    it('in the directives and `"rule"` values of the docs, the walkthrough, the snippets, the translations and the corpus', () => {
      const files = [
        'README.md',
        'docs/regles.md',
        'snippets/reponse.json',
        'package.nls.json',
        ...readdirSync(resolve(root, 'media/walkthrough')).map((f) => join('media/walkthrough', f)),
        ...readdirSync(resolve(root, 'l10n')).map((f) => join('l10n', f)),
        ...readdirSync(resolve(root, 'test/corpus'))
          .filter((f) => f.endsWith('.md'))
          .map((f) => join('test/corpus', f)),
      ];
      const unknown: string[] = [];
      let seen = 0;
      for (const file of files) {
        const text = read(file);
        for (const m of text.matchAll(/boomerang-(?:disable|enable)(?:-next-line|-line)?((?:[ \t]+[a-z][a-z-]*)*)/g)) {
          for (const key of m[1].trim().split(/\s+/).filter(Boolean)) {
            seen++;
            if (!KNOWN.has(key)) unknown.push(`${file}: ${key}`);
          }
        }
        for (const m of text.matchAll(/\\?"rule\\?"\s*:\s*\\?"([a-z-]+)\\?"/g)) {
          seen++;
          if (!KNOWN.has(m[1])) unknown.push(`${file}: ${m[1]}`);
        }
      }
      assert.deepEqual(unknown, []);
      assert.ok(seen > 0, 'no directive or rule value found: the patterns are wrong');
    });
  });
});
