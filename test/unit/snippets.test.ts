import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  analyze,
  checkRefusalDate,
  defaultOptions,
  draftFileName,
  parseDraft,
  parseSnippet,
  prefillSnippet,
  renderSnippet,
  SCENARIOS,
  scenarioPrefixAt,
  scenarioPreview,
  SHARED_PREFIX,
  tabstopOrder,
  type SnippetNode,
} from '../../src/core';

const root = resolve(__dirname, '../../..');

/** Plausible values for the bracketed placeholders of the scenarios. */
const VALUES: Record<string, string> = {
  '[Nom]': 'Madame Martin',
  '[Prénom Nom]': 'Camille Durand',
  '[Prénom]': 'Camille',
  '[LinkedIn]': 'linkedin.com/in/camille-durand',
  '[date]': '4 mars',
  '[intitulé du poste]': 'celui de cheffe de projet',
  '[thème]': 'la logistique urbaine',
  '[l’élément exact]': 'l’attestation d’assurance figurait en annexe 3 du dossier',
  '[poste ou projet]': 'votre projet de refonte du site',
  '[compétence X]': 'la modélisation financière',
  '[projet Y]': 'un tableau de bord pour un client du secteur',
};
const DATE_VARIABLES: Record<string, string> = { CURRENT_YEAR: '2026', CURRENT_MONTH: '03', CURRENT_DATE: '09' };
/** The day after the refusal, within the guide's 24–48 h. */
const NOW = new Date(2026, 2, 10, 10, 0);
/** A check-in comes 2–3 months after the refusal. */
const CHECKIN_DATE_VARIABLES: Record<string, string> = { ...DATE_VARIABLES, CURRENT_MONTH: '01' };

function choices(nodes: readonly SnippetNode[]): { index: number; options: string[] }[] {
  const out: { index: number; options: string[] }[] = [];
  for (const n of nodes) {
    if (n.kind === 'choice') out.push(n);
    if (n.kind === 'tabstop' || n.kind === 'variable') out.push(...choices(n.children));
  }
  return out;
}

/** The snippet as a user would fill it: values for the placeholders, `choice` for one menu. */
function fill(nodes: readonly SnippetNode[], choice?: { index: number; option: string }, dates = DATE_VARIABLES): string {
  return renderSnippet(nodes, {
    tabstop: (index, def) => {
      if (index === 0) return '';
      if (def === '') return index === 1 ? 'Mme Martin' : def;
      if (/^\[.*\]$/.test(def)) {
        const v = VALUES[def];
        assert.ok(v, `no plausible value for the placeholder ${def}: add one to VALUES`);
        return v;
      }
      return def;
    },
    choice: (index, options) => (choice && choice.index === index ? choice.option : options[0]),
    variable: (name, def) => dates[name] ?? def,
  });
}

describe('scenario snippets', () => {
  it('are exactly the guide’s six scenarios plus the short no-feedback answer, with stable ids', () => {
    assert.deepEqual(
      SCENARIOS.map((s) => s.id),
      ['remerciement', 'entretien', 'proposition', 'radar', 'precision', 'checkin', 'sans-feedback'],
    );
    assert.deepEqual(
      SCENARIOS.map((s) => s.section),
      [1, 2, 3, 4, 5, 4, 3],
    );
  });

  it('every scenario answers to the shared prefix and to its own unique, lower-case, accent-free prefixes', () => {
    const seen = new Map<string, string>();
    for (const s of SCENARIOS) {
      assert.ok(s.prefixes.includes(SHARED_PREFIX), `${s.id} lacks « ${SHARED_PREFIX} »`);
      const own = s.prefixes.filter((p) => p !== SHARED_PREFIX);
      assert.ok(own.length >= 1, `${s.id} has no prefix of its own`);
      for (const p of own) {
        assert.match(p, /^[a-z][a-z0-9-]*$/, `${s.id}: prefix « ${p} » must be typable in lower case without accents`);
        assert.ok(!seen.has(p), `prefix « ${p} » used by ${seen.get(p)} and ${s.id}`);
        seen.set(p, s.id);
      }
      assert.ok(/\p{Ll}/u.test(s.description) && s.description.length > 30, `${s.id}: French description`);
    }
  });

  for (const s of SCENARIOS) {
    describe(s.id, () => {
      const parsed = parseSnippet(s.body);

      it('parses as a snippet', () => assert.deepEqual(parsed.problems, []));

      it('has its tab stops in reading order, the header first, and ends on $0', () => {
        const order = tabstopOrder(parsed.nodes);
        assert.deepEqual(order, [...order].sort((a, b) => a - b), `order ${order}`);
        assert.deepEqual(order, order.map((_, i) => i + 1), `tab stops ${order} are not numbered 1…n`);
        assert.match(s.body, /\ndestinataire: \$1\n/);
        assert.match(s.body, /\nrefus_recu: \$\{2:\$CURRENT_YEAR-\$CURRENT_MONTH-\$CURRENT_DATE\}\n/);
        assert.ok(s.body.endsWith('$0'), 'the cursor ends after the signature');
      });

      it('has a header with scenario, canal, destinataire and refus_recu', () => {
        const draft = parseDraft(fill(parsed.nodes));
        assert.equal(draft.meta.scenario, s.id);
        assert.ok(draft.meta.channelExplicit);
        assert.equal(draft.meta.recipient, 'Mme Martin');
        assert.deepEqual(draft.meta.refusalReceived && [draft.meta.refusalReceived.year, draft.meta.refusalReceived.month, draft.meta.refusalReceived.day], [2026, 3, 9], 'refus_recu defaults to today');
        if (s.id === 'radar') {
          assert.equal(draft.meta.channel, 'linkedin');
          assert.equal(draft.subject, undefined, 'a LinkedIn message has no subject');
        } else {
          assert.equal(draft.meta.channel, 'mail');
          assert.ok(draft.subject, 'a mail has a subject');
        }
      });

      const variants = [undefined, ...choices(parsed.nodes).flatMap((c) => c.options.slice(1).map((option) => ({ index: c.index, option })))];
      for (const v of variants) {
        it(`filled in${v ? ` with « ${v.option.slice(0, 40)} »` : ''}, has no warning`, () => {
          const text = fill(parsed.nodes, v, s.id === 'checkin' ? CHECKIN_DATE_VARIABLES : DATE_VARIABLES);
          const warnings = analyze(text, { ...defaultOptions(), now: NOW }).filter((f) => f.severity === 'warning');
          assert.deepEqual(
            warnings.map((f) => `${f.rule}: ${f.message}`),
            [],
            text,
          );
        });
      }

      it('left as inserted, every bracketed field is flagged as to fill', () => {
        const text = renderSnippet(parsed.nodes, { variable: (name, def) => DATE_VARIABLES[name] ?? def });
        const flagged = analyze(text, { ...defaultOptions(), now: NOW })
          .filter((f) => f.rule === 'champ-a-remplir')
          .map((f) => text.slice(f.start, f.end));
        const placeholders = text.match(/\[[^\]\n]+\]/g) ?? [];
        assert.ok(placeholders.length >= 2);
        assert.deepEqual(flagged, placeholders);
      });
    });
  }

  it('offers the guide’s effective subjects where the subject is a choice', () => {
    const entretien = SCENARIOS.find((s) => s.id === 'entretien');
    const options = choices(parseSnippet(entretien?.body ?? '').nodes).find((c) => c.index === 3)?.options ?? [];
    assert.ok(options.includes('Merci pour votre retour — demande de feedback'));
    assert.ok(options.includes('Suite à votre décision — reste disponible'));
  });

  it('offers the guide’s targeted questions in the commercial proposal', () => {
    const p = SCENARIOS.find((s) => s.id === 'proposition');
    const options = choices(parseSnippet(p?.body ?? '').nodes).flatMap((c) => c.options);
    assert.ok(options.some((o) => o.includes('Quel élément a le plus pesé dans la décision'.toLowerCase())));
    assert.ok(options.some((o) => o.includes('(prix, délai, fonctionnalités manquantes)')));
  });
});

describe('snippet syntax', () => {
  const valid: [string, string][] = [
    ['texte sans champ', 'texte sans champ'],
    ['Bonjour ${1:[Nom]}, $2.', 'Bonjour [Nom], .'],
    ['${1:a ${2:b}} et $1', 'a b et a b'],
    ['${1|oui,non|}', 'oui'],
    ['${1|a\\,b,c|}', 'a,b'],
    ['prix : 10 \\$ \\} \\\\', 'prix : 10 $ } \\'],
    ['${CURRENT_YEAR}-$CURRENT_MONTH', '${CURRENT_YEAR}-$CURRENT_MONTH'.replace(/\$\{?(\w+)\}?/g, '<$1>')],
    ['${TM_FILENAME:brouillon}', 'brouillon'],
  ];
  for (const [source, expected] of valid) {
    it(`reads ${JSON.stringify(source)}`, () => {
      const p = parseSnippet(source);
      assert.deepEqual(p.problems, []);
      assert.equal(renderSnippet(p.nodes, { variable: (name, def) => (name.startsWith('CURRENT') ? `<${name}>` : def) }), expected);
    });
  }
  const invalid: [string, RegExp][] = [
    ['10 $ de plus', /« \$ » seul/],
    ['${ oups', /numéro ou d’un nom/],
    ['${1:jamais fermé', /jamais fermé/],
    ['${1|a,b', /jamais fermé/],
    ['${1|a,,b|}', /choix du menu est vide/],
    ['$NOM_INCONNU', /Variable « \$NOM_INCONNU » inconnue/],
    ['${1/a/b/}', /transformations/],
  ];
  for (const [source, problem] of invalid) {
    it(`reports ${JSON.stringify(source)}`, () => {
      const p = parseSnippet(source);
      assert.ok(p.problems.some((x) => problem.test(x.message)), JSON.stringify(p.problems));
    });
  }
  it('never throws on random input', () => {
    for (const s of ['$', '${', '${1', '${1:', '${1|', '\\', '}}}', '${1:${2:${3:', '$$$${{{{']) assert.doesNotThrow(() => renderSnippet(parseSnippet(s).nodes));
  });
});

describe('prefillSnippet (« Nouvelle réponse »)', () => {
  const entretien = SCENARIOS.find((s) => s.id === 'entretien')?.body ?? '';
  it('writes the recipient and the date in the header and suggests the recipient in the greeting', () => {
    const out = prefillSnippet(entretien, { recipient: 'Mme Martin', refusalReceived: '2026-03-09 10:00' });
    const p = parseSnippet(out);
    assert.deepEqual(p.problems, []);
    assert.match(out, /\ndestinataire: Mme Martin\nrefus_recu: 2026-03-09 10:00\n/);
    assert.match(out, /Bonjour \$\{4:Mme Martin\},/);
    assert.equal(Math.min(...tabstopOrder(p.nodes)), 3, 'the cursor starts on the subject');
  });
  it('escapes what the user typed', () => {
    const out = prefillSnippet(entretien, { recipient: 'Société $1 {x}', refusalReceived: '2026-03-09' });
    const text = renderSnippet(parseSnippet(out).nodes);
    assert.match(text, /\ndestinataire: Société \$1 \{x\}\n/);
    assert.match(text, /Bonjour Société \$1 \{x\},/);
  });
  it('keeps the tab stops when nothing is given', () => {
    assert.equal(renderSnippet(parseSnippet(prefillSnippet(entretien, { recipient: '' })).nodes), renderSnippet(parseSnippet(entretien).nodes));
  });
});

describe('checkRefusalDate', () => {
  const now = new Date(2026, 2, 10, 10, 0);
  for (const ok of ['2026-03-10', '2026-03-09 18:30', '2026-01-02', ' 2026-03-10 ']) it(`accepts ${ok}`, () => assert.equal(checkRefusalDate(ok, now), undefined));
  const bad: [string, RegExp][] = [
    ['', /Indiquez la date/],
    ['hier', /illisible/],
    ['2026-02-30', /n[’']existe pas/],
    ['2026-03-11', /futur/],
    ['2026-03-10 11:00', /futur/],
  ];
  for (const [v, re] of bad) it(`refuses ${JSON.stringify(v)}`, () => assert.match(checkRefusalDate(v, now) ?? '', re));
});

describe('draftFileName', () => {
  const d = new Date(2026, 2, 10);
  it('names the draft after the date, the scenario and the recipient', () => assert.equal(draftFileName('entretien', 'Mme Martin (Acme)', d), '2026-03-10-entretien-mme-martin-acme.reponse.md'));
  it('adds a number on a clash', () => assert.equal(draftFileName('radar', '', d, 2), '2026-03-10-radar-2.reponse.md'));
  it('keeps only safe characters', () => assert.equal(draftFileName('checkin', '../../Élodie / Ça*', d), '2026-03-10-checkin-elodie-ca.reponse.md'));
});

describe('snippets in the manifest', () => {
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  const nls = JSON.parse(readFileSync(resolve(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
  it('are not contributed as plain snippets (they would pop up mid-sentence)', () => assert.equal(pkg.contributes.snippets, undefined));
  it('« Nouvelle réponse » shows in the palette everywhere', () => {
    assert.ok(pkg.contributes.commands.some((c: { command: string; title: string }) => c.command === 'boomerang.nouvelleReponse' && nls[c.title.replace(/^%(.*)%$/, '$1')] === 'Nouvelle réponse'));
    const entry = pkg.contributes.menus.commandPalette.find((m: { command: string }) => m.command === 'boomerang.nouvelleReponse');
    assert.ok(entry && (entry.when === undefined || entry.when === 'true'));
  });
  it('the walkthrough has 3 or 4 steps whose media exist', () => {
    const [w] = pkg.contributes.walkthroughs;
    assert.ok(w.steps.length >= 3 && w.steps.length <= 4);
    for (const s of w.steps) assert.ok(existsSync(resolve(root, s.media.markdown)), s.media.markdown);
  });
  it('the walkthrough lists every prefix', () => {
    const md = readFileSync(resolve(root, 'media/walkthrough/modeles.md'), 'utf8');
    for (const s of SCENARIOS) for (const p of s.prefixes) assert.ok(md.includes(`\`${p}\``), p);
  });
});

describe('scenarioPrefixAt (when the editor offers the scenarios)', () => {
  const offered: [string, string][] = [
    ['', ''],
    ['entre', 'entre'],
    ['  refus', 'refus'],
    ['sans-feed', 'sans-feed'],
    ['precision', 'precision'],
  ];
  for (const [before, word] of offered) it(`offers them after ${JSON.stringify(before)}`, () => assert.equal(scenarioPrefixAt(before), word));
  const quiet = ['Merci', 'Entretien', 'Bonjour, merci', 'Je reste disponible et merci', '- merci', 'canal: ', '> refus', 'mErci'];
  for (const before of quiet) it(`stays quiet after ${JSON.stringify(before)}`, () => assert.equal(scenarioPrefixAt(before), undefined));
});

describe('scenarioPreview', () => {
  it('shows the reply with its fields and the date pattern', () => {
    const preview = scenarioPreview(SCENARIOS[0]);
    assert.match(preview, /\nrefus_recu: AAAA-MM-JJ\n/);
    assert.match(preview, /\nBonjour \[Nom\],\n/);
    assert.ok(!preview.includes('$'));
  });
});
