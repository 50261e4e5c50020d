// Category `contestation` (section 5 « On conteste… parfois »): contesting
// the decision or an opinion — judging it wrong, telling the reader they are
// mistaken, pleading one's value, asking them to reconsider. A correction that
// carries a verifiable fact (a date, an amount, a reference, a document) is
// what the guide allows; entries about opinions step aside for it. The
// entries are in data/contestation.ts.

import { CONTESTATION } from '../data/contestation';
import { deleteProseSentence, quoteThen, replaceProseSentence } from '../fixes';
import { PLEA_CUES, PLEA_THRESHOLD, SOFTENERS } from '../data/cues';
import { listLabels, scoreSentences } from '../prose/cues';
import { classIn, proseOf, type ProseAnalysis } from '../prose/analysis';
import type { Report } from '../types';
import { sentenceHasFact, wordingHits, wordingReports } from '../prose/wording';
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
    const rebuttal = pointByPoint(a);
    if (rebuttal && !reports.some((r) => r.start < rebuttal.end && rebuttal.start < r.end)) reports.push(rebuttal);
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
  const points: { start: number; end: number }[] = [];
  for (let i = 0; i < a.sentences.length; i++) {
    if (a.parts[i] !== 'body') continue;
    const s = a.sentences[i];
    for (let t = s.first; t <= s.last; t++) {
      const e = a.memo.end('topic_opener', t);
      if (e <= t) continue;
      // The clause that follows the topic, up to the next topic or the end of the sentence.
      let stop = e;
      while (stop <= s.last && !(stop > e && a.memo.end('topic_opener', stop) > stop)) stop++;
      if (!classIn(a, 'acceptance', e, stop)) points.push({ start: toks.start[t], end: toks.end[Math.max(t, stop - 1)] });
      t = stop - 1;
    }
  }
  if (points.length < 2) return undefined;
  return {
    start: points[0].start,
    end: points[points.length - 1].end,
    message: `${points.length} points du retour repris un à un pour y répondre : c’est plaider sa cause, et le destinataire y lit une contestation (section 5). Retenez un apprentissage, ou ne corrigez qu’un fait vérifiable.`,
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
    const taken = new Set(wordingHits(a, CONTESTATION).map((h) => h.sentence));
    for (const c of scoreSentences(a, ['writer_thing', 'writer_self'], PLEA_CUES, SOFTENERS)) {
      if (c.score < PLEA_THRESHOLD || taken.has(c.sentence) || sentenceHasFact(a, c.sentence)) continue;
      const s = a.sentences[c.sentence];
      yield {
        start: s.start,
        end: s.end,
        message: `À relire : cette phrase sur votre dossier cumule ${listLabels(c.labels)}. Elle peut se lire comme un plaidoyer contre la décision ; le guide : ne revenir que sur un fait vérifiable.`,
        fixes: [replaceProseSentence(s.start, s.end, 'Je comprends votre décision.', draft.excluded), deleteProseSentence(draft.text, s.start, s.end, draft.excluded)],
      };
    }
  },
};

export const contestationRules: readonly RuleDefinition[] = [contesteLaDecision, plaidoyerImplicite];
