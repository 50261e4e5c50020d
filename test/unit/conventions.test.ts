import * as assert from 'node:assert/strict';
import { analyze, defaultOptions, parseDraft, type Draft, type Finding } from '../../src/core';
import { CONVENTIONS, type ConventionPart } from '../../src/core/data/conventions';
import { EXAMPLES } from '../../src/core/data/conventions.examples';
import { headLineKind } from '../../src/core/layout';
import { fold } from '../../src/core/text';

// Each part is checked where it lives in a draft: a greeting opens a mail, a
// closing sits just above the name, a signature below « Bien cordialement, »,
// head lines above « Madame, », address blocks at the top of a letter (with no
// greeting below, so that they are recognised by their own marks), what
// follows a signature below the name, the message being answered below the
// reply, leftovers in the body of a complete mail. A check returns why it
// failed, or undefined.

type Check = (s: string) => string | undefined;

const BODY = 'Merci pour votre retour.';
const SIGN = 'Bien cordialement,\nLéa Martin';

function slice(text: string, r?: { start: number; end: number }): string {
  return r ? JSON.stringify(text.slice(r.start, r.end)) : 'rien';
}

/** Where the snippet lies in the text: [start, end). */
function at(text: string, s: string): { start: number; end: number } {
  const start = text.indexOf(s);
  assert.ok(start >= 0);
  let first = start;
  while (/\s/.test(text[first])) first++;
  return { start: first, end: start + s.length };
}

const covers = (r: { start: number; end: number } | undefined, s: { start: number; end: number }) => r !== undefined && r.start <= s.start && s.end <= r.end;
const overlaps = (r: { start: number; end: number } | undefined, s: { start: number; end: number }) => r !== undefined && r.start < s.end && s.start < r.end;

function findings(text: string, rule: string): Finding[] {
  return analyze(text, defaultOptions()).filter((f) => f.rule === rule);
}

const HEAD_KIND: Partial<Record<ConventionPart, string>> = { subject: 'subject', reference: 'reference', 'mail-header': 'mail-header', 'place-date': 'place-date' };

function headPart(part: ConventionPart): { recognise: Check; reject: Check } {
  const kind = HEAD_KIND[part] as string;
  return {
    recognise: (s) => {
      if (headLineKind(fold(s.trim())) !== kind) return `lu comme ${headLineKind(fold(s.trim())) ?? 'rien'}`;
      const t = `${s}\nObjet : Merci pour votre retour\n\nMadame,\n\n${BODY}\n\n${SIGN}`;
      const d = parseDraft(t);
      const found = d.parts.find((p) => p.kind === kind && p.start === 0);
      if (!found) return `parties : ${d.parts.map((p) => p.kind).join(', ')}`;
      return d.greeting ? undefined : 'plus de salutation';
    },
    reject: (s) => (headLineKind(fold(s.trim())) === kind ? `lu comme ${kind}` : undefined),
  };
}

const CHECKS: Record<ConventionPart, { recognise: Check; reject: Check }> = {
  greeting: {
    recognise: (s) => {
      const t = `${s}\n\n${BODY}\n\n${SIGN}`;
      const d = parseDraft(t);
      if (!d.greeting || d.greeting.start !== 0) return `salutation : ${slice(t, d.greeting)}`;
      if (s.includes('\n') && d.greeting.end !== s.length) return `salutation coupée : ${slice(t, d.greeting)}`;
      return findings(t, 'salutation-manquante').length === 0 ? undefined : 'salutation-manquante';
    },
    reject: (s) => {
      const t = `${s}\n\n${BODY}\n\n${SIGN}`;
      const d = parseDraft(t);
      return d.greeting && d.greeting.start === 0 ? `salutation : ${slice(t, d.greeting)}` : undefined;
    },
  },
  closing: {
    recognise: (s) => {
      const t = `Bonjour,\n\n${BODY}\n\n${s}\n\nLéa Martin`;
      const d = parseDraft(t);
      const r = at(t, s);
      if (!d.closing || d.closing.start < r.start || d.closing.start >= r.end) return `formule de fin : ${slice(t, d.closing)}`;
      return findings(t, 'signature-manquante').length === 0 ? undefined : 'signature-manquante';
    },
    reject: (s) => {
      const t = `Bonjour,\n\n${BODY}\n\n${s}\n\nLéa Martin`;
      const d = parseDraft(t);
      return overlaps(d.closing, at(t, s)) ? `formule de fin : ${slice(t, d.closing)}` : undefined;
    },
  },
  signature: {
    recognise: (s) => {
      const t = `Bonjour,\n\n${BODY}\n\nBien cordialement,\n\n${s}`;
      const d = parseDraft(t);
      if (!covers(d.signature, at(t, s))) return `signature : ${slice(t, d.signature)}`;
      return findings(t, 'trop-de-lignes').length + findings(t, 'signature-manquante').length === 0 ? undefined : 'avertissement de structure ou de longueur';
    },
    reject: (s) => {
      const inBody = `Bonjour,\n\n${BODY}\n\n${s}\n\n${SIGN}`;
      const d = parseDraft(inBody);
      if (!covers(d.body, at(inBody, s))) return `pas dans le corps : ${slice(inBody, d.body)}`;
      const atEnd = `Bonjour,\n\n${BODY}\n\n${s}`;
      const e = parseDraft(atEnd);
      return overlaps(e.signature, at(atEnd, s)) ? `signature : ${slice(atEnd, e.signature)}` : undefined;
    },
  },
  trailer: {
    recognise: (s) => {
      const t = `Bonjour,\n\n${BODY}\n\n${SIGN}\n\n${s}`;
      const d = parseDraft(t);
      const r = at(t, s);
      if (!d.parts.some((p) => (p.kind === 'trailer' || p.kind === 'postscript') && p.start === r.start)) return `parties : ${d.parts.map((p) => p.kind).join(', ')}`;
      if (slice(t, d.signature) !== JSON.stringify('Léa Martin')) return `signature : ${slice(t, d.signature)}`;
      return findings(t, 'signature-manquante').length === 0 ? undefined : 'signature-manquante';
    },
    reject: (s) => {
      const t = `Bonjour,\n\n${BODY}\n\n${s}`;
      const d = parseDraft(t);
      const r = at(t, s);
      return d.parts.some((p) => (p.kind === 'trailer' || p.kind === 'postscript') && overlaps(p, r)) ? 'lu après la signature' : undefined;
    },
  },
  subject: headPart('subject'),
  reference: headPart('reference'),
  'mail-header': headPart('mail-header'),
  'place-date': headPart('place-date'),
  address: {
    recognise: (s) => {
      const t = `${s}\n\n${BODY}\n\n${SIGN}`;
      const d = parseDraft(t);
      const r = at(t, s);
      if (!d.parts.some((p) => p.kind === 'address' && p.start === r.start)) return `parties : ${d.parts.map((p) => p.kind).join(', ')}`;
      if (d.messageLines[0]?.text !== BODY) return `le message commence par ${JSON.stringify(d.messageLines[0]?.text)}`;
      return undefined;
    },
    reject: (s) => {
      const t = `${s}\n\n${BODY}\n\n${SIGN}`;
      const d = parseDraft(t);
      const first = d.messageLines[0];
      const r = at(t, s);
      return first && first.start <= r.start && r.start <= first.end ? undefined : `le message commence par ${JSON.stringify(first?.text)}`;
    },
  },
  quoted: {
    recognise: (s) => {
      const t = `Bonjour,\n\n${BODY}\n\n${SIGN}\n\n${s}`;
      const d = parseDraft(t);
      if (d.prose.slice(at(t, s).start).trim() !== '') return 'le message d’origine reste lu';
      if (slice(t, d.signature) !== JSON.stringify('Léa Martin')) return `signature : ${slice(t, d.signature)}`;
      return findings(t, 'trop-de-lignes').length === 0 ? undefined : 'trop-de-lignes';
    },
    reject: (s) => {
      const t = `Bonjour,\n\n${s}\n\n${SIGN}`;
      const d = parseDraft(t);
      return d.prose.slice(at(t, s).start, at(t, s).end).trim() === '' ? 'masqué comme un message d’origine' : undefined;
    },
  },
  placeholder: {
    recognise: (s) => {
      const t = leftoverDraft(s);
      const r = at(t, s);
      return findings(t, 'champ-a-remplir').some((f) => f.start >= r.start && f.end <= r.end) ? undefined : 'aucun champ à remplir';
    },
    reject: (s) => {
      const f = findings(leftoverDraft(s), 'champ-a-remplir');
      return f.length === 0 ? undefined : `champ à remplir : ${f.map((x) => x.message).join(' ; ')}`;
    },
  },
  'not-placeholder': {
    recognise: (s) => CHECKS.placeholder.reject(s),
    reject: (s) => CHECKS.placeholder.recognise(s),
  },
  'not-shouting': {
    recognise: () => 'voir le test des capitales',
    reject: () => 'voir le test des capitales',
  },
};

function leftoverDraft(s: string): string {
  return `Objet : Merci pour votre retour\n\nBonjour Madame,\n\n${s}\n\nBien cordialement,\nLéa Martin – 06 12 34 56 78`;
}

/** Capitals: in the head of a letter, in the signature or in the body, as each entry says. */
const SHOUT_CONTEXT: Record<string, (s: string) => string> = {
  'majuscules-en-tete': (s) => `${s}\n\nObjet : Merci\n\nMadame,\n\n${BODY}\n\n${SIGN}`,
  'majuscules-nom': (s) => `Bonjour,\n\n${BODY}\n\nBien cordialement,\n${s}`,
  sigles: (s) => `Bonjour,\n\n${s}\n\n${SIGN}`,
};

describe('conventions of French letters and mails: every entry’s own examples', () => {
  it('at least 40 conventions, each with examples to recognise and near misses, ids unique', () => {
    const ids = new Set<string>();
    for (const c of CONVENTIONS) {
      assert.ok(!ids.has(c.id), `duplicate id ${c.id}`);
      ids.add(c.id);
      const e = EXAMPLES[c.id];
      assert.ok(e && e.recognise.length > 0 && e.notThis.length > 0, `${c.id}: examples`);
      assert.ok(e.label.length > 5 && c.note.length > 20, `${c.id}: label and note`);
    }
    assert.ok(CONVENTIONS.length >= 40, String(CONVENTIONS.length));
    for (const id of Object.keys(EXAMPLES)) assert.ok(ids.has(id), `examples for unknown entry ${id}`);
  });

  for (const c of CONVENTIONS) {
    if (c.part === 'not-shouting') continue;
    describe(`${c.part} · ${c.id}`, () => {
      for (const s of EXAMPLES[c.id]?.recognise ?? []) it(`recognises ${JSON.stringify(s)}`, () => assert.equal(CHECKS[c.part].recognise(s), undefined));
      for (const s of EXAMPLES[c.id]?.notThis ?? []) it(`does not take ${JSON.stringify(s)} for it`, () => assert.equal(CHECKS[c.part].reject(s), undefined));
    });
  }

  describe('capitals that are conventions are not shouting', () => {
    for (const c of CONVENTIONS.filter((x) => x.part === 'not-shouting')) {
      const wrap = SHOUT_CONTEXT[c.id];
      it(`${c.id}: has a context`, () => assert.ok(wrap));
      if (!wrap) continue;
      for (const s of EXAMPLES[c.id].recognise) {
        it(`no « cris » on ${JSON.stringify(s)}`, () => assert.deepEqual(findings(wrap(s), 'cris').map((f) => f.message), []));
      }
      for (const s of EXAMPLES[c.id].notThis) {
        it(`« cris » on ${JSON.stringify(s)} in the body`, () => assert.ok(findings(SHOUT_CONTEXT.sigles(s), 'cris').length > 0));
      }
    }
  });
});

describe('the parts of a draft (draft.parts)', () => {
  const letter = `Camille DURAND
14, rue des Capucins
69001 Lyon

                                        Groupe hôtelier Rive Gauche
                                        22, quai Saint-Antoine
                                        69002 LYON

                                        À Lyon, le 12 mars 2026

V/Réf. : RH-2026-114
Objet : Votre réponse à ma candidature

Madame la Directrice,

Je vous remercie pour votre courrier du 9 mars et pour le temps que vous
m'avez consacré. Je prends acte de votre décision.

Je vous prie d'agréer, Madame la Directrice, l'expression de mes
salutations distinguées.

Camille Durand

P.-S. : je serai au salon de Lyon en mai.
`;
  let d: Draft;
  before(() => {
    d = parseDraft(letter);
  });

  it('lists every part of a postal letter in order, with its range', () => {
    assert.deepEqual(
      d.parts.map((p) => p.kind),
      ['address', 'address', 'place-date', 'reference', 'subject', 'greeting', 'body', 'closing', 'signature', 'postscript'],
    );
    assert.equal(letter.slice(d.closing?.start, d.closing?.end), "Je vous prie d'agréer, Madame la Directrice, l'expression de mes\nsalutations distinguées.");
    assert.equal(letter.slice(d.signature?.start, d.signature?.end), 'Camille Durand');
  });

  it('keeps the head and the post-scriptum out of the message lines', () => {
    assert.equal(d.messageLines[0].text, 'Madame la Directrice,');
    assert.equal(d.messageLines[d.messageLines.length - 1].text, 'Camille Durand');
  });

  it('reads a letter with no greeting: the head ends with its last reference, subject or date', () => {
    const t = letter.replace('Madame la Directrice,\n\n', '');
    const p = parseDraft(t);
    assert.equal(p.greeting, undefined);
    assert.equal(p.messageLines[0].text, 'Je vous remercie pour votre courrier du 9 mars et pour le temps que vous');
    assert.equal(findings(t, 'salutation-manquante').length, 1);
  });

  it('reads a post-scriptum typed right under the name, with no blank line, as a post-scriptum', () => {
    const t = `Madame, Monsieur,\n\n${BODY}\n\nCordialement,\nHugo Vidal, infirmier libéral\nP.S. Merci pour la grille d’évaluation jointe, elle nous sera très utile.`;
    const p = parseDraft(t);
    assert.equal(slice(t, p.signature), JSON.stringify('Hugo Vidal, infirmier libéral'));
    assert.equal(p.parts[p.parts.length - 1].kind, 'postscript');
    assert.deepEqual(findings(t, 'signature-manquante'), []);
  });

  it('takes a sender block of a name and contact details, above the greeting, for a head', () => {
    const t = `Camille Durand\n06 12 34 56 78\ncamille.durand@exemple.fr\n\nMadame,\n\n${BODY}\n\n${SIGN}`;
    const p = parseDraft(t);
    assert.equal(slice(t, p.greeting), JSON.stringify('Madame,'));
    assert.deepEqual(p.parts.map((x) => x.kind).slice(0, 2), ['address', 'greeting']);
  });

  it('does not take a sentence before the greeting for a head', () => {
    const t = `Merci pour votre retour\nJe reste disponible\n\nSalut !\n\n${SIGN}`;
    const p = parseDraft(t);
    assert.equal(p.greeting, undefined);
    assert.equal(p.messageLines[0].text, 'Merci pour votre retour');
  });

  it('ends a long one-line message with its closing and name (read from the end of the line)', () => {
    const t = `---\ncanal: sms\n---\nBonjour Mme Lambert, ${'merci pour votre appel et pour votre franchise. '.repeat(8)}Bonne journée, Kévin Martin`;
    const p = parseDraft(t);
    assert.equal(slice(t, p.greeting), JSON.stringify('Bonjour Mme Lambert,'));
    assert.equal(slice(t, p.closing), JSON.stringify('Bonne journée,'));
    assert.equal(slice(t, p.signature), JSON.stringify('Kévin Martin'));
  });

  it('reads a first name typed in lower case after the closing as the signature, not a word of thanks', () => {
    const t = 'bonjour mme petit, merci d avoir pris le temps de m appeler ce matin.\nje reste dispo pour des remplacements si besoin.\nbonne journee a vous, julie (ide)';
    assert.equal(slice(t, parseDraft(t).signature), JSON.stringify('julie (ide)'));
    const u = 'bonjour,\nmerci pour le retour.\nbonne journee, merci';
    assert.equal(parseDraft(u).signature, undefined);
  });

  it('masks the message being answered, pasted below the reply without « > »', () => {
    const t = `Bonjour,\n\n${BODY}\n\n${SIGN}\n\nLe lun. 9 mars 2026 à 10:14, Hélène Roche <h.roche@exemple.fr> a écrit :\nNous avons le regret de vous informer que votre candidature n’a pas été retenue. C’EST AINSI.`;
    assert.deepEqual(
      analyze(t, defaultOptions()).filter((f) => f.severity === 'warning').map((f) => f.rule),
      [],
    );
  });
});
