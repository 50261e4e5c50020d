// Category `structure`: the parts of a reply the guide asks for (an effective
// subject, an opening, a closing, a visible signature) and a readable header.

import type { Draft } from '../draft';
import { hasContact, hasPostalAddress } from '../layout';
import type { RuleContext } from '../context';
import type { RuleDefinition } from '../rule';
import { dateProblems } from './delai';
import { measureBody } from './longueur';

const RECAP_STRUCTURE = { rows: [2], why: 'Remercier, accepter, rester disponible : la structure éclair de la section 2.' } as const;
const RECAP_SUBJECT = { rows: [1], why: 'Section 1 : « avec un objet clair ».' } as const;

/** A placeholder that promises a way to be reached: « [LinkedIn] », « [téléphone] » (bounded: linear on any input). */
const CONTACT_PLACEHOLDER = /\[[^\]\n]{0,40}?(?:linkedin|t[ée]l|mail|coordonn)/i;

/** At most this many lines and words, with neither greeting nor ending: an excerpt, not a whole message. */
const EXCERPT_LINES = 4;
const EXCERPT_WORDS = 80;

/**
 * A text that is clearly an excerpt, in a channel that asks for a greeting and
 * a signature: a few lines without a signature, and either without greeting and
 * closing, or typed as one short block (greeting, body and maybe a closing on
 * one or two lines, like a chat message). It gets one « Brouillon incomplet ? »
 * rather than one or two warnings.
 */
export function isExcerpt(draft: Draft, ctx: RuleContext): boolean {
  const lines = draft.messageLines;
  if (draft.signature || lines.length === 0) return false;
  if (draft.meta.channel !== 'mail' && draft.meta.channel !== 'linkedin') return false;
  const m = measureBody(draft, ctx.options.thresholds.lineWidth);
  if (m.lineCount > EXCERPT_LINES || m.words > EXCERPT_WORDS) return false;
  if (!draft.greeting && !draft.closing) return true;
  return lines.length === 1 || (lines.length === 2 && lines[1].index === lines[0].index + 1);
}

/** The greeting a fix adds: « Bonjour » and the recipient of the header, if any. */
function greetingFor(draft: Draft): string {
  const name = draft.meta.recipient;
  return name ? `Bonjour ${name},` : 'Bonjour,';
}

/** The closing and signature a fix adds, with the signature as a field to fill. */
const ENDING = '\n\nBien cordialement,\n[Prénom Nom]';

export const objetManquant: RuleDefinition = {
  id: 'objet-manquant',
  category: 'structure',
  severity: 'information',
  description: 'Un mail n’a pas de ligne « Objet : ».',
  tip: 'objet',
  recap: RECAP_SUBJECT,
  example: 'Bonjour Madame Martin,\nMerci pour votre retour. Je comprends votre décision.\n\nBien cordialement,\nLéa Martin – 06 12 34 56 78',
  counterExample: 'Objet : Merci pour votre retour\n\nBonjour Madame Martin,\nMerci pour votre retour. Je comprends votre décision.\n\nBien cordialement,\nLéa Martin – 06 12 34 56 78',
  *check(draft) {
    if (draft.meta.channel !== 'mail' || draft.subject || draft.messageLines.length === 0) return;
    const first = draft.messageLines[0];
    yield {
      start: first.start,
      end: first.end,
      message: 'Pas de ligne « Objet : » pour ce mail. Un objet clair aide : « Merci pour votre retour — demande de feedback ».',
      fixes: [
        {
          title: 'Ajouter « Objet : Merci pour votre retour »',
          edits: [{ start: first.start, end: first.start, newText: 'Objet : Merci pour votre retour\n\n' }],
          preferred: true,
        },
      ],
    };
  },
};

export const objetVide: RuleDefinition = {
  id: 'objet-vide',
  category: 'structure',
  severity: 'warning',
  description: 'La ligne « Objet : » est vide.',
  tip: 'objet',
  recap: RECAP_SUBJECT,
  example: 'Objet :\n\nBonjour Madame Martin,\nMerci pour votre retour.\n\nBien cordialement,\nLéa Martin – 06 12 34 56 78',
  counterExample: 'Objet : Merci pour votre retour — demande de feedback\n\nBonjour Madame Martin,\nMerci pour votre retour.\n\nBien cordialement,\nLéa Martin – 06 12 34 56 78',
  *check(draft) {
    const s = draft.subject;
    if (!s || draft.prose.slice(s.valueStart, s.end).trim() !== '') return;
    yield {
      start: s.start,
      end: s.end,
      message: 'L’objet est vide. Proposition : « Merci pour votre retour — demande de feedback ».',
      fixes: [
        { title: 'Objet : « Merci pour votre retour — demande de feedback »', edits: [{ start: s.valueStart, end: s.end, newText: ' Merci pour votre retour — demande de feedback' }], preferred: true },
        { title: 'Objet : « Suite à votre décision — reste disponible »', edits: [{ start: s.valueStart, end: s.end, newText: ' Suite à votre décision — reste disponible' }] },
      ],
    };
  },
};

/** A message pasted as is: no front matter naming its channel, no subject line. It may be a text message, not a mail. */
function pastedRaw(draft: Draft): boolean {
  return !draft.meta.channelExplicit && !draft.subject;
}

/** « Re: … », « RE : … », « TR: … »: the subject of a reply in a thread (the `Objet :` line or the front matter's `objet`). */
function inThread(draft: Draft): boolean {
  const value = draft.subject ? draft.text.slice(draft.subject.valueStart, draft.subject.end) : (draft.frontMatter?.fields.get('objet')?.value ?? '');
  return /^\s*["«]?\s*(?:re|tr|fwd?)\s*:/i.test(value);
}

/** « Merci Lucas », « Merci Mme Leroy », « Merci beaucoup Claire »: a capitalised name right after the thanks (not « Merci pour »). */
const THANKS_BY_NAME = /^\s*(?:[Mm]erci(?:\s+(?:beaucoup|encore|bien))?|(?:[Bb]ien\s+re[çc]u|[Oo][Kk]|[Nn]ot[ée]|[Pp]arfait)(?!\s+(?:Je|J['’]|Merci|Nous|Vous|Bonne|Belle|Cela|Ce|Ça|C['’]|Il|Elle|On|Pas|Super|Top|Parfait|Bien|Tout|Et|Mais|Donc)(?!\p{L})))\s+(?:(?:M|Mme|Mlle|Madame|Monsieur|Mademoiselle)\.?\s+)?\p{Lu}[\p{L}'’-]+(?![\p{L}\p{N}])/u;

/** « Merci pour l'info Mme Hamel. »: thanks, then a civility and a name before the first sentence ends. */
const THANKS_THEN_NAME = /^\s*[Mm]erci[^.!?\n]{0,60}?(?<![\p{L}])(?:M|Mme|Mlle|Madame|Monsieur|Mademoiselle)\.?\s+\p{Lu}/u;

export const salutationManquante: RuleDefinition = {
  id: 'salutation-manquante',
  category: 'structure',
  severity: 'warning',
  description: 'Le message ne commence pas par une salutation (« Bonjour [Nom], »).',
  tip: 'ouverture',
  recap: RECAP_STRUCTURE,
  example: 'Objet : Merci pour votre retour\n\nMerci pour votre retour. Je comprends votre décision.\n\nBien cordialement,\nLéa Martin – 06 12 34 56 78',
  counterExample: 'Objet : Merci pour votre retour\n\nBonjour Madame Martin,\nMerci pour votre retour. Je comprends votre décision.\n\nBien cordialement,\nLéa Martin – 06 12 34 56 78',
  *check(draft, ctx) {
    if (draft.greeting || draft.messageLines.length === 0 || isExcerpt(draft, ctx)) return;
    const first = draft.messageLines[0];
    // An SMS, a LinkedIn message or a message pasted raw (no front matter, no subject) may open by thanking
    // the reader by name (« Merci Lucas pour… », « Merci pour l'info Mme Hamel. »).
    const raw = pastedRaw(draft);
    // A reply in a thread (« Objet : Re: … ») may do so too: the greeting was exchanged in the messages before.
    const chat = draft.meta.channel === 'sms' || draft.meta.channel === 'linkedin' || raw || inThread(draft);
    const opening = draft.text.slice(first.start, first.end);
    if (chat && (THANKS_BY_NAME.test(opening) || THANKS_THEN_NAME.test(opening))) return;
    const greeting = greetingFor(draft);
    // A raw message may be a text message, where no greeting is usual: advice, not a warning. A declared SMS likewise.
    const sms = draft.meta.channel === 'sms';
    yield {
      start: first.start,
      end: first.end,
      ...(raw || sms ? { severity: 'information' as const } : {}),
      message: raw
        ? 'Le message commence sans salutation : normal pour un SMS, pas pour un mail. Si c’est un mail, ouvrez par « Bonjour [Nom], » (ou indiquez `canal: sms` dans l’en-tête).'
        : sms
          ? 'Le SMS commence sans salutation : c’est courant, mais « Bonjour [Nom], » rend la réponse plus chaleureuse.'
          : 'Le message commence sans salutation. Ouvrez par « Bonjour [Nom], » avant de remercier.',
      fixes: [{ title: `Ajouter « ${greeting} »`, edits: [{ start: first.start, end: first.start, newText: `${greeting}\n\n` }], preferred: true }],
    };
  },
};

export const signatureManquante: RuleDefinition = {
  id: 'signature-manquante',
  category: 'structure',
  severity: 'warning',
  description: 'Le message n’a pas de formule de fin suivie d’une signature.',
  tip: 'coordonnees',
  recap: { rows: [6], why: 'Section 6 : « Coordonnées visibles : signature claire ».' },
  example: 'Objet : Merci pour votre retour\n\nBonjour Madame Martin,\nMerci pour votre retour. Je comprends votre décision.\nJe reste disponible si vos besoins évoluent.',
  counterExample: 'Objet : Merci pour votre retour\n\nBonjour Madame Martin,\nMerci pour votre retour. Je comprends votre décision.\nJe reste disponible si vos besoins évoluent.\n\nBien cordialement,\nLéa Martin – 06 12 34 56 78',
  *check(draft, ctx) {
    const lines = draft.messageLines;
    const channel = draft.meta.channel;
    if (lines.length === 0 || channel === 'sms' || channel === 'telephone' || isExcerpt(draft, ctx)) return;
    const last = lines[lines.length - 1];
    if (draft.closing && !draft.signature) {
      // A postal letter gives the sender's name in its head and is signed by hand: advice only.
      if (draft.parts.some((p) => p.kind === 'address')) {
        yield { start: last.start, end: last.end, severity: 'information', message: 'Formule de fin sans nom : signez à la main sous la formule, ou ajoutez votre prénom et votre nom.' };
      } else if (pastedRaw(draft)) {
        // A text message typed in lower case (« bonjour mr Ferreira c lucas… bonne journée ») often gives the name up front: advice.
        yield { start: last.start, end: last.end, severity: 'information', message: 'Formule de fin sans signature : normal pour un SMS qui se présente en tête, pas pour un mail. Si c’est un mail, signez avec votre prénom et votre nom (ou indiquez `canal: sms` dans l’en-tête).' };
      } else yield { start: last.start, end: last.end, message: 'Formule de fin sans signature : signez avec votre prénom et votre nom.' };
      return;
    }
    if (draft.signature && (draft.closing || channel === 'linkedin')) return;
    if (draft.signature) {
      // A mail that ends with a name but no closing formula: the signature is there, the formula is advice.
      const s = draft.signature;
      yield {
        start: s.start,
        end: s.end,
        severity: 'information',
        message: 'Pas de formule de fin avant la signature. Ajoutez « Bien cordialement, » au-dessus de votre nom.',
        fixes: [{ title: 'Ajouter « Bien cordialement, »', edits: [{ start: s.start, end: s.start, newText: 'Bien cordialement,\n' }], preferred: true }],
      };
      return;
    }
    // A raw message may be a text message, signed by a first name or not at all: advice.
    const raw = pastedRaw(draft);
    yield {
      start: last.start,
      end: last.end,
      ...(raw ? { severity: 'information' as const } : {}),
      message: raw
        ? 'Pas de formule de fin ni de signature : normal pour un SMS, pas pour un mail. Si c’est un mail, terminez par « Bien cordialement, » puis votre prénom et votre nom (ou indiquez `canal: sms` dans l’en-tête).'
        : 'Pas de formule de fin ni de signature. Terminez par « Bien cordialement, » puis votre prénom et votre nom.',
      fixes: [{ title: 'Ajouter « Bien cordialement, » et une signature', edits: [{ start: last.end, end: last.end, newText: ENDING }], preferred: true }],
    };
  },
};

export const brouillonIncomplet: RuleDefinition = {
  id: 'brouillon-incomplet',
  category: 'structure',
  severity: 'information',
  description: 'Quelques lignes sans signature, sans salutation ni formule de fin ou tapées d’un bloc : un extrait plutôt qu’un message entier.',
  tip: 'ouverture',
  recap: RECAP_STRUCTURE,
  example: 'Merci pour votre retour, je comprends votre choix.',
  counterExample: 'Bonjour Madame Martin,\nMerci pour votre retour, je comprends votre choix.\n\nBien cordialement,\nLéa Martin – 06 12 34 56 78',
  *check(draft, ctx) {
    if (!isExcerpt(draft, ctx)) return;
    const first = draft.messageLines[0];
    const last = draft.messageLines[draft.messageLines.length - 1];
    const greeting = greetingFor(draft);
    const missing = [...(draft.greeting ? [] : ['salutation']), ...(draft.closing ? [] : ['formule de fin']), 'signature'];
    const edits = [
      ...(draft.greeting ? [] : [{ start: first.start, end: first.start, newText: `${greeting}\n\n` }]),
      { start: last.end, end: last.end, newText: draft.closing ? '\n[Prénom Nom]' : ENDING },
    ];
    yield {
      start: first.start,
      end: last.end,
      message: `Brouillon incomplet ? ${missing.length === 1 ? `Pas de ${missing[0]}` : `Ni ${missing.join(', ni ')}`}. Si c’est le message entier, ouvrez par « Bonjour [Nom], » et terminez par « Bien cordialement, » puis votre prénom et votre nom.`,
      fixes: [{ title: draft.greeting ? 'Ajouter une formule de fin et une signature' : `Ajouter « ${greeting} », une formule de fin et une signature`, edits, preferred: true }],
    };
  },
};

export const coordonneesAbsentes: RuleDefinition = {
  id: 'coordonnees-absentes',
  category: 'structure',
  severity: 'information',
  description: 'La signature d’un mail ne donne aucun moyen de vous joindre (lien LinkedIn, téléphone, adresse).',
  tip: 'coordonnees',
  recap: { rows: [6], why: 'Section 6 : « Coordonnées visibles : … lien LinkedIn ».' },
  example: 'Objet : Merci pour votre retour\n\nBonjour Madame Martin,\nMerci pour votre retour.\n\nBien cordialement,\nCamille Durand',
  counterExample: 'Objet : Merci pour votre retour\n\nBonjour Madame Martin,\nMerci pour votre retour.\n\nBien cordialement,\nCamille Durand – linkedin.com/in/camille-durand',
  *check(draft) {
    const sig = draft.signature;
    if (!sig || draft.meta.channel !== 'mail') return;
    const text = draft.text.slice(sig.start, sig.end);
    if (hasContact(text)) return;
    // A letter gives them in its head: a phone or an e-mail address, or the postal address of its first block (the sender's).
    const blocks = draft.parts.filter((p) => p.kind === 'address');
    if (blocks.some((p) => hasContact(draft.text.slice(p.start, p.end)))) return;
    if (blocks.length > 0 && hasPostalAddress(draft.text.slice(blocks[0].start, blocks[0].end))) return;
    // A placeholder such as [LinkedIn] or [téléphone] promises one: let the placeholder rule speak.
    if (CONTACT_PLACEHOLDER.test(text)) return;
    yield {
      start: sig.start,
      end: sig.end,
      message: 'Signature sans coordonnées : ajoutez un lien LinkedIn ou un numéro pour qu’on puisse revenir vers vous.',
    };
  },
};

export const enteteInvalide: RuleDefinition = {
  id: 'entete-invalide',
  category: 'structure',
  severity: 'information',
  description: 'L’en-tête (front matter) du brouillon est mal formé ou contient une valeur invalide.',
  tip: 'entete',
  recap: { rows: [6], why: 'Section 6 : « suivi organisé », « Trace pro » : l’en-tête garde la trace de l’échange.' },
  example: '---\ncanal: pigeon\nrefus_recu: 2026-02-30\n---\nBonjour Madame Martin,\nMerci pour votre retour.\n\nBien cordialement,\nLéa Martin – 06 12 34 56 78',
  counterExample: '---\ncanal: mail\nrefus_recu: 2026-02-27\n---\nBonjour Madame Martin,\nMerci pour votre retour.\n\nBien cordialement,\nLéa Martin – 06 12 34 56 78',
  *check(draft, ctx) {
    for (const p of draft.metaProblems) yield { start: p.start, end: p.end, message: p.message };
    // Dates placed in the writer's zone: a skipped local time, a window past 9999.
    yield* dateProblems(draft, ctx.options);
  },
};

export const structureRules: readonly RuleDefinition[] = [
  objetManquant,
  objetVide,
  salutationManquante,
  signatureManquante,
  brouillonIncomplet,
  coordonneesAbsentes,
  enteteInvalide,
];
