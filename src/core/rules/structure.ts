// Category `structure`: the parts of a reply the guide asks for (an effective
// subject, an opening, a closing, a visible signature) and a readable header.

import { channelContacts } from '../channels';
import type { RuleDefinition } from '../rule';

/** Ways to reach the sender that a signature can show: a link, or a channel's contact (the channel model: e-mail address, phone number, LinkedIn profile). */
const LINK = /https?:\/\/\S+|www\.\S+/i;

const RECAP_STRUCTURE = { rows: [2], why: 'Remercier, accepter, rester disponible : la structure éclair de la section 2.' } as const;
const RECAP_SUBJECT = { rows: [1], why: 'Section 1 : « avec un objet clair ».' } as const;

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

/** « Merci Lucas », « Merci Mme Leroy », « Merci beaucoup Claire »: a capitalised name right after the thanks (not « Merci pour »). */
const THANKS_BY_NAME = /^\s*[Mm]erci(?:\s+(?:beaucoup|encore|bien))?\s+(?:(?:M|Mme|Mlle|Madame|Monsieur|Mademoiselle)\.?\s+)?\p{Lu}[\p{L}'’-]+(?![\p{L}\p{N}])/u;

export const salutationManquante: RuleDefinition = {
  id: 'salutation-manquante',
  category: 'structure',
  severity: 'warning',
  description: 'Le message ne commence pas par une salutation (« Bonjour [Nom], »).',
  tip: 'ouverture',
  recap: RECAP_STRUCTURE,
  example: 'Objet : Merci pour votre retour\n\nMerci pour votre retour. Je comprends votre décision.\n\nBien cordialement,\nLéa Martin – 06 12 34 56 78',
  counterExample: 'Objet : Merci pour votre retour\n\nBonjour Madame Martin,\nMerci pour votre retour. Je comprends votre décision.\n\nBien cordialement,\nLéa Martin – 06 12 34 56 78',
  *check(draft) {
    if (draft.greeting || draft.messageLines.length === 0) return;
    const first = draft.messageLines[0];
    // An SMS or a LinkedIn message may open by thanking the reader by name (« Merci Lucas pour… »).
    if ((draft.meta.channel === 'sms' || draft.meta.channel === 'linkedin') && THANKS_BY_NAME.test(draft.text.slice(first.start, first.end))) return;
    const name = draft.meta.recipient;
    const greeting = name ? `Bonjour ${name},` : 'Bonjour,';
    yield {
      start: first.start,
      end: first.end,
      message: 'Le message commence sans salutation. Ouvrez par « Bonjour [Nom], » avant de remercier.',
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
  *check(draft) {
    const lines = draft.messageLines;
    if (lines.length === 0 || draft.meta.channel === 'sms' || draft.meta.channel === 'telephone') return;
    if (draft.signature) return;
    const last = lines[lines.length - 1];
    const message = draft.closing
      ? 'Formule de fin sans signature : signez avec votre prénom et votre nom.'
      : 'Pas de formule de fin ni de signature. Terminez par « Bien cordialement, » puis votre prénom et votre nom.';
    yield {
      start: last.start,
      end: last.end,
      message,
      fixes: draft.closing
        ? []
        : [{ title: 'Ajouter « Bien cordialement, » et une signature', edits: [{ start: last.end, end: last.end, newText: '\n\nBien cordialement,\n[Prénom Nom]' }], preferred: true }],
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
    if (LINK.test(text) || channelContacts().some((re) => re.test(text))) return;
    // A placeholder such as [LinkedIn] or [téléphone] promises one: let the placeholder rule speak.
    if (/\[[^\]]*(?:linkedin|t[ée]l|mail|coordonn)/i.test(text)) return;
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
  *check(draft) {
    for (const p of draft.metaProblems) yield { start: p.start, end: p.end, message: p.message };
  },
};

export const structureRules: readonly RuleDefinition[] = [
  objetManquant,
  objetVide,
  salutationManquante,
  signatureManquante,
  coordonneesAbsentes,
  enteteInvalide,
];
