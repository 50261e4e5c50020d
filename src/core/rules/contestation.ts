// Category `contestation` (section 5 « On conteste… parfois »): contesting
// the decision or an opinion — judging it wrong, telling the reader they are
// mistaken, pleading one's value, asking them to reconsider. A correction that
// carries a verifiable fact (a date, an amount, a reference, a document) is
// what the guide allows; entries about opinions step aside for it. The
// entries are in data/contestation.ts.

import { CONTESTATION } from '../data/contestation';
import { deleteProseSentence, quoteThen, replaceProseSentence } from '../fixes';
import { PLEA_CUES, PLEA_THRESHOLD, SOFTENERS } from '../data/cues';
import { listLabels, scoreSentences, type CueScore } from '../prose/cues';
import { classIn, isReadSentence, mostlyQuoted, nextClassStart, proseOf, type ProseAnalysis } from '../prose/analysis';
import { modelFlags, strongestWords } from '../prose/models';
import { Scope } from '../prose/scopes';
import { Kind } from '../prose/tokens';
import type { Draft } from '../draft';
import type { Report } from '../types';
import { classSaidIn, sentenceArgues, sentenceCorrectsFact, wordingHits, wordingReports } from '../prose/wording';
import type { RuleDefinition } from '../rule';

export const contesteLaDecision: RuleDefinition = {
  id: 'conteste-la-decision',
  category: 'contestation',
  severity: 'warning',
  description: 'Contester la décision ou un avis (« vous avez tort », « mon offre était clairement la meilleure », « merci de reconsidérer ») ; corriger un fait calmement reste permis.',
  tip: 'contester',
  recap: { rows: [5], why: '« Contester, mais pas la gravité » : seulement un fait ou une mise à jour majeure.' },
  blocks: { why: 'Plaider sa cause « crispe » et risque de griller la relation.' },
  expressions: 'main',
  example: 'Je ne suis pas d’accord avec votre décision : je suis le meilleur candidat.',
  counterExample: 'Petite précision factuelle : l’attestation que vous mentionnez figurait en page 4 du dossier.',
  check(draft, ctx) {
    const a = proseOf(draft);
    const reports: Report[] = wordingReports(a, CONTESTATION, 'conteste-la-decision', ctx.options, (e, q) => quoteThen(e.explanation, q)).map((r) =>
      r.entry?.severity ? { ...r, severity: r.entry.severity } : r,
    );
    for (const rebuttal of [pointByPoint(a), ...reasonsRebutted(a).map((r) => r.report)]) {
      if (rebuttal && !reports.some((r) => r.start < rebuttal.end && rebuttal.start < r.end)) reports.push(rebuttal);
    }
    return reports.sort((x, y) => x.start - y.start);
  },
};

/**
 * A rebuttal point by point: two or more topics of the reader's feedback taken
 * up in turn (« Sur la faisabilité, … ; sur la bibliographie, … ; quant au
 * calendrier, … ») with no word of acceptance. Taking up feedback to accept it
 * (« sur la bibliographie, je retiens votre remarque ») is fine.
 */
function pointByPoint(a: ProseAnalysis): Report | undefined {
  const { toks } = a;
  const topic = a.memo.engine.classId('topic_opener');
  const points: { start: number; end: number }[] = [];
  // From one topic to the next (not sentence by sentence: most sentences have none).
  for (let t = nextClassStart(a, topic, 0, toks.count); t >= 0; ) {
    const i = a.sentenceIndex[t];
    const s = a.sentences[i];
    if (!s || t < s.first || t > s.last || a.parts[i] !== 'body') {
      t = nextClassStart(a, topic, s && t <= s.last ? s.last + 1 : t + 1, toks.count);
      continue;
    }
    const e = a.memo.endOf(topic, t);
    // The clause that follows the topic, up to the next topic or the end of the sentence.
    const next = nextClassStart(a, topic, e + 1, s.last + 1);
    const stop = next >= 0 ? next : s.last + 1;
    if (!classIn(a, 'acceptance', e, stop)) points.push({ start: toks.start[t], end: toks.end[Math.max(t, stop - 1)] });
    t = next >= 0 ? next : nextClassStart(a, topic, s.last + 1, toks.count);
  }
  if (points.length < 2) return undefined;
  return {
    start: points[0].start,
    end: points[points.length - 1].end,
    message: `${points.length} points du retour repris un à un pour y répondre : c’est plaider sa cause, et le destinataire y lit une contestation (section 5). Retenez un apprentissage, ou ne corrigez qu’un fait vérifiable.`,
  };
}

/** Each analysis's rebutted reasons: conteste-la-decision reports them, plaidoyer-implicite leaves their sentences alone. */
const rebuttedCache = new WeakMap<ProseAnalysis, { sentence: number; report: Report }[]>();

function reasonsRebutted(a: ProseAnalysis): { sentence: number; report: Report }[] {
  let known = rebuttedCache.get(a);
  if (!known) rebuttedCache.set(a, (known = findReasonsRebutted(a)));
  return known;
}

/**
 * The reader's reason answered with one's own version in the same sentence:
 * the reason quoted, reported or named (« vous évoquez », « il fallait
 * “plus de séniorité” »), then « alors que », « pourtant », « en réalité »…
 * and a claim about oneself or one's file. That disputes an assessment, not a
 * fact; a sentence that carries a document or a date is a factual correction
 * and stays free. Accepting the reason first (« je retiens qu’il fallait… »)
 * does not undo the rebuttal that follows. A point granted (« certes », « il
 * est vrai que ») then « mais » and a claim about one's file is the same
 * rebuttal, politer.
 */
function findReasonsRebutted(a: ProseAnalysis): { sentence: number; report: Report }[] {
  const bits = a.scopes.bits;
  const readerReason = a.memo.engine.classId('reader_reason');
  const concession = a.memo.engine.classId('concession');
  const out: { sentence: number; report: Report }[] = [];
  const attributed = Scope.Quoted | Scope.ScareQuoted | Scope.Reported;
  for (let i = 0; i < a.sentences.length; i++) {
    if (a.parts[i] !== 'body') continue;
    const s = a.sentences[i];
    if (s.first < a.checkedFirst || s.first >= a.checkedEnd) continue;
    const to = s.last + 1;
    // The first of: a quoted or reported word, the reader's reason named, a point granted (only their possible starts are tried).
    let quoted = -1;
    for (let t = s.first; t < to && quoted < 0; t++) if (bits[t] & attributed) quoted = t;
    const named = nextClassStart(a, readerReason, s.first, quoted >= 0 ? quoted : to);
    const granted = nextClassStart(a, concession, s.first, Math.min(quoted >= 0 ? quoted : to, named >= 0 ? named : to));
    const reason = granted >= 0 ? granted : quoted >= 0 && (named < 0 || quoted < named) ? quoted : named;
    const conceded = granted >= 0;
    if (reason < 0) continue;
    // After a point granted (« certes … »), « mais » is the turn; after the reader's reason, only the stronger markers.
    const turn = (t: number) => a.memo.end('rebut_contrast', t) > t || (conceded && (a.toks.norm[t] === 'mais' || a.toks.norm[t] === 'toutefois' || a.toks.norm[t] === 'neanmoins' || a.toks.norm[t] === 'cependant'));
    let contrast = -1;
    for (let t = reason + 1; t < to && contrast < 0; t++) {
      if (!(bits[t] & attributed) && turn(t)) contrast = t;
    }
    if (contrast < 0) continue;
    const claims = conceded ? ['writer_thing', 'value_claim', 'fit_claim', 'superiority', 'others_praise', 'argued_fact'] : ['writer_self', 'writer_thing', 'others_praise', 'argued_fact', 'superiority', 'fit_claim'];
    if (!claims.some((c) => classSaidIn(a, c, contrast, to))) continue;
    if (classSaidIn(a, 'self_blame', s.first, to) || classSaidIn(a, 'fact', s.first, to)) continue;
    if (conceded && (classSaidIn(a, 'grateful_marks', s.first, to) || classSaidIn(a, 'acceptance_strong', contrast, to))) continue;
    // « …, alors que j'avais postulé pour celui d'assistant comptable, mais cela ne change rien à votre réponse »: a mix-up
    // set right, the decision left standing.
    if (classSaidIn(a, 'decision_stands', contrast, to)) continue;
    // What is granted is the writer's own feeling (« certes, la nouvelle m'a déçu, mais… »), not the reader's point.
    if (conceded && classSaidIn(a, 'own_feeling', reason, contrast)) continue;
    if (hasDate(a, s.first, to)) continue;
    out.push({
      sentence: i,
      report: {
        start: s.start,
        end: s.end,
        message: `${conceded ? 'Un point concédé (« certes… ») puis votre version (« mais… »)' : 'Le motif du refus repris pour y opposer votre version'} : c’est contester une appréciation, et le destinataire y lit un désaccord (section 5). Retenez un apprentissage, ou ne corrigez qu’un fait vérifiable, pièce à l’appui.`,
        fixes: [replaceProseSentence(s.start, s.end, 'Merci pour ce retour, que je garde en tête pour la suite.', a.draft.excluded), deleteProseSentence(a.draft.text, s.start, s.end, a.draft.excluded)],
      },
    });
  }
  return out;
}

/** A date or a time (03/03, 2026, 10h30, « le 14 avril ») in tokens [from, to): the mark of a factual correction. */
function hasDate(a: ProseAnalysis, from: number, to: number): boolean {
  for (let t = from; t < to; t++) {
    if (a.toks.kind[t] !== Kind.Number) continue;
    if (/[/:h]|\d{4}/.test(a.toks.norm[t]) || (t + 1 < to && MONTHS.has(a.toks.norm[t + 1]))) return true;
  }
  return false;
}

const MONTHS = new Set(['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre', 'janv', 'fevr', 'sept', 'oct', 'nov', 'dec']);

/** A plea on a whole sentence, fixed by accepting the decision instead or by deleting it. */
function pleaReport(draft: Draft, s: { start: number; end: number }, message: string): Report {
  return {
    start: s.start,
    end: s.end,
    message,
    fixes: [replaceProseSentence(s.start, s.end, 'Je comprends votre décision.', draft.excluded), deleteProseSentence(draft.text, s.start, s.end, draft.excluded)],
  };
}

export const plaidoyerImplicite: RuleDefinition = {
  id: 'plaidoyer-implicite',
  category: 'contestation',
  severity: 'information',
  description: 'Une phrase sur votre dossier qui cumule des indices de plaidoyer (valeur affirmée, adéquation, supériorité, conviction, opposition, demande de révision) sans acceptation de la décision.',
  tip: 'contester',
  recap: { rows: [5], why: '« Contester, mais pas la gravité » : seulement un fait ou une mise à jour majeure.' },
  example: 'Mon expérience de six ans en logistique me semblait pourtant répondre à votre besoin.',
  counterExample: 'Mon dossier comportait bien l’attestation du 3 mars ; je comprends votre décision.',
  *check(draft) {
    const a = proseOf(draft);
    const taken = entrySentences(a);
    for (const c of pleas(a)) {
      if (taken.has(c.sentence) || sentenceCorrectsFact(a, c.sentence)) continue;
      yield pleaReport(draft, a.sentences[c.sentence], `À relire : cette phrase sur votre dossier cumule ${listLabels(c.labels)}. Elle peut se lire comme un plaidoyer contre la décision ; le guide : ne revenir que sur un fait vérifiable.`);
    }
  },
};

const entryCache = new WeakMap<ProseAnalysis, Set<number>>();

/** Sentences a contestation entry or a rebutted reason flags (once per analysis). */
function entrySentences(a: ProseAnalysis): Set<number> {
  let out = entryCache.get(a);
  if (!out) {
    out = new Set(wordingHits(a, CONTESTATION).map((h) => h.sentence));
    for (const r of reasonsRebutted(a)) out.add(r.sentence);
    entryCache.set(a, out);
  }
  return out;
}

const pleaCache = new WeakMap<ProseAnalysis, CueScore[]>();

/** The sentences about one's file whose plea cues reach the threshold (scored once per analysis). */
function pleas(a: ProseAnalysis): CueScore[] {
  let out = pleaCache.get(a);
  if (!out) {
    out = scoreSentences(a, ['writer_thing', 'writer_self'], PLEA_CUES, SOFTENERS).filter((c) => c.score >= PLEA_THRESHOLD);
    pleaCache.set(a, out);
  }
  return out;
}

const contestedSets = new WeakMap<ProseAnalysis, Set<number>>();

/** Sentences the other contestation rules flag (entries, rebuttals, a point-by-point rebuttal, pleas made of cues), once per analysis. */
export function contestedSentences(a: ProseAnalysis): Set<number> {
  let out = contestedSets.get(a);
  if (!out) {
    out = new Set(entrySentences(a));
    const point = pointByPoint(a);
    if (point) for (let i = 0; i < a.sentences.length; i++) if (a.sentences[i].start < point.end && point.start < a.sentences[i].end) out.add(i);
    for (const c of pleas(a)) out.add(c.sentence);
    contestedSets.set(a, out);
  }
  return out;
}

export const contestationProbable: RuleDefinition = {
  id: 'contestation-probable',
  category: 'contestation',
  severity: 'information',
  description: 'Une phrase tournée comme celles qui contestent la décision ou plaident son dossier (« mon profil correspondait », « je reste convaincu », « il me semble injuste »), quoi qu’elle dise : un modèle appris sur des phrases étiquetées la repère là où aucune liste ne la nomme. Une correction factuelle (date, montant, document) n’est jamais signalée.',
  tip: 'contester',
  recap: { rows: [5], why: '« Contester, mais pas la gravité » : seulement un fait ou une mise à jour majeure.' },
  example: 'Sur le plan technique, notre offre n’avait rien à envier à celle du lauréat.',
  counterExample: 'Petite précision : l’attestation du 3 mars figurait bien en page 4 du dossier.',
  *check(draft) {
    const a = proseOf(draft);
    const { toks } = a;
    const unread = { bits: a.scopes.bits, mask: Scope.Quoted };
    for (let i = 0; i < a.sentences.length; i++) {
      if (!isReadSentence(a, i)) continue;
      const s = a.sentences[i];
      // The score first (one pass over the sentence): most sentences stop here, before the dearer checks.
      const r = modelFlags('contestation', toks, s, unread);
      if (!r || contestedSentences(a).has(i)) continue;
      // A fact corrected is what the guide allows; figures that back a value claim are not that.
      if (sentenceCorrectsFact(a, i) && !sentenceArgues(a, i)) continue;
      // A sentence the writer mostly quotes or reports is not their plea (the model reads none of its quoted words).
      if (mostlyQuoted(a, s)) continue;
      yield pleaReport(draft, s, `À relire : cette phrase est tournée comme celles qui contestent la décision ou plaident son dossier${strongestWords(draft.text, toks, r)}. Le guide : ne revenir que sur un fait vérifiable (une date, un montant, un document).`);
    }
  },
};

export const contestationRules: readonly RuleDefinition[] = [contesteLaDecision, plaidoyerImplicite, contestationProbable];
