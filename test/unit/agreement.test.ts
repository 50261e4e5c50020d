// The report and the diagnostics never disagree on a channel or a count.
// Drafts are generated from pieces that mix channels (announced, offered,
// look-alikes, in the signature), questions (real, in a link, quoted), dates
// (before, inside and after the send window, sent or not) and lengths, under
// random thresholds; for each one, what the report shows is compared with
// what the rules reported.

import { plural } from '../../src/core/french';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeDraft, buildReport, channelList, defaultOptions, figureLines, type AnalyzeOptions, type Finding, type ReportData } from '../../src/core';

const CHANNEL_VALUES = ['mail', 'linkedin', 'sms', 'telephone', 'texto', 'courriel'] as const;

/** Sentences of a body: channels, questions, relaunches, plain prose. */
const SENTENCES = [
  'Merci pour votre retour.',
  'Je comprends votre décision et vous remercie pour la considération portée à ma candidature.',
  'Je reste disponible si vos besoins évoluent à l’avenir.',
  'Je vous ai aussi écrit sur WhatsApp et laissé un message vocal.',
  'Je vous ai envoyé un SMS ce matin.',
  'Je vous appellerai la semaine prochaine.',
  'Je vous écris également sur LinkedIn.',
  'Je t’ai laissé un message sur Messenger.',
  'Je vous envoie une invitation LinkedIn pour rester en veille sur vos actualités.',
  'Je vous envoie une invitation LinkedIn et un SMS.',
  'Je suis joignable par téléphone ou par mail.',
  'Merci pour votre réponse à l’appel d’offres.',
  'Mon adresse mail n’a pas changé.',
  'Je vous adresse aussi un courrier postal.',
  'Sans réponse de votre part, je me permets de vous relancer.',
  'Je me permets de revenir vers vous.',
  'Quel élément a le plus pesé dans la décision ?',
  'Pourquoi ?',
  'Qui a été retenu ?!',
  'Sur quels critères ??',
  'Voici le lien https://exemple.fr/page?id=3 pour mémoire.',
  'Vous m’avez demandé « Avez-vous des questions ? » lors de l’entretien.',
  'Avez-vous des retours ?',
  'J’ai préparé ce dossier pendant trois semaines, relu chaque pièce deux fois, ajouté des références récentes et joint un exemple de projet complet.',
];

const SIGNATURES = ['Léa Martin', 'Léa Martin – 06 12 34 56 78', 'Léa Martin\nLinkedIn : linkedin.com/in/lea-martin', 'Léa Martin | SMS au 06 12 34 56 78', ''];

/** A date of March 2026 in the front matter's notation. */
const date = fc.record({ day: fc.integer({ min: 2, max: 20 }), hour: fc.integer({ min: 0, max: 23 }), minute: fc.constantFrom(0, 15, 30) }).map(({ day, hour, minute }) => `2026-03-${String(day).padStart(2, '0')} ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);

const draft = fc
  .record({
    canal: fc.option(fc.constantFrom(...CHANNEL_VALUES), { nil: undefined }),
    refus: fc.option(date, { nil: undefined }),
    planned: fc.option(date, { nil: undefined }),
    sent: fc.option(date, { nil: undefined }),
    subject: fc.boolean(),
    greeting: fc.boolean(),
    paragraphs: fc.array(fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 4 }), { minLength: 0, maxLength: 7 }),
    closing: fc.boolean(),
    signature: fc.constantFrom(...SIGNATURES),
  })
  .map((d) => {
    const header = [d.canal && `canal: ${d.canal}`, d.refus && `refus_recu: ${d.refus}`, d.planned && `envoi_prevu: ${d.planned}`, d.sent && `envoye: ${d.sent}`].filter(Boolean);
    let text = header.length > 0 ? `---\n${header.join('\n')}\n---\n` : '';
    if (d.subject) text += 'Objet : Merci pour votre retour\n\n';
    if (d.greeting) text += 'Bonjour Madame Martin,\n\n';
    text += d.paragraphs.map((p) => p.join(' ')).join('\n\n');
    if (d.closing) text += '\n\nBien cordialement,';
    if (d.signature) text += `\n${d.signature}`;
    return `${text}\n`;
  });

const options = fc
  .record({
    maxLines: fc.integer({ min: 1, max: 12 }),
    maxWords: fc.integer({ min: 10, max: 200 }),
    novelWords: fc.integer({ min: 10, max: 400 }),
    maxQuestions: fc.integer({ min: 0, max: 3 }),
    now: fc.integer({ min: Date.UTC(2026, 2, 1), max: Date.UTC(2026, 2, 25) }),
  })
  .map(({ now, ...t }): AnalyzeOptions => {
    const o = defaultOptions();
    return { ...o, timeZone: 'Europe/Paris', now: new Date(now), thresholds: { ...o.thresholds, ...t } };
  });

/** Every way the report and the findings could disagree, as a list (empty when they agree). */
function disagreements(findings: readonly Finding[], report: ReportData, o: AnalyzeOptions, sent: boolean): string[] {
  const out: string[] = [];
  const t = o.thresholds;
  const fig = report.figures;
  const of = (rule: string) => findings.filter((f) => f.rule === rule);
  const status = (key: string) => figureLines(fig).find((l) => l.key === key)?.status;
  const check = (ok: boolean, what: string) => {
    if (!ok) out.push(what);
  };

  // Channels: the report's « autres canaux évoqués » is the multichannel rules' own finding.
  const announce = of('multicanal-annonce');
  check(announce.length > 0 === fig.channelPressure, `multicanal-annonce ×${announce.length} but channelPressure ${fig.channelPressure}`);
  check(!fig.channelsMentioned.includes(fig.channel), `the report lists the draft's own channel ${fig.channel}`);
  if (announce.length > 0) {
    check(fig.channelsMentioned.length > 0, 'multicanal-annonce while the report says no other channel');
    for (const f of announce) check(f.message.includes(`annonce aussi ${channelList(fig.channelsMentioned)}`), `multicanal-annonce names other channels than the report (${fig.channelsMentioned.join(', ')}): ${f.message}`);
  }
  check(status('channel') === (fig.channelPressure ? 'fail' : fig.channelsMentioned.length > 0 ? 'check' : 'ok'), `channel figure status ${status('channel')}`);

  // Lines, words, questions: the rule fires exactly when the figure is over its threshold, and says the same number.
  const lines = of('trop-de-lignes');
  check(lines.length > 0 === fig.lines > t.maxLines, `trop-de-lignes ×${lines.length} with ${fig.lines} lines (max ${t.maxLines})`);
  for (const f of lines) check(f.message.includes(`compte ${fig.lines} lignes`), `trop-de-lignes says another count than ${fig.lines}: ${f.message}`);
  check((status('lines') === 'fail') === lines.length > 0, `lines figure status ${status('lines')} with trop-de-lignes ×${lines.length}`);

  const words = of('trop-de-mots');
  check(words.length > 0 === fig.words > t.maxWords, `trop-de-mots ×${words.length} with ${fig.words} words (max ${t.maxWords})`);
  for (const f of words) check(f.message.startsWith(`${fig.words} mots`), `trop-de-mots says another count than ${fig.words}: ${f.message}`);
  check((status('words') === 'fail') === words.length > 0, `words figure status ${status('words')} with trop-de-mots ×${words.length}`);

  const questions = of('trop-de-questions');
  check(questions.length > 0 === fig.questions > t.maxQuestions, `trop-de-questions ×${questions.length} with ${fig.questions} questions (max ${t.maxQuestions})`);
  for (const f of questions) check(f.message.startsWith(plural(fig.questions, 'question', 'questions')), `trop-de-questions says another count than ${fig.questions}: ${f.message}`);
  check((status('questions') === 'fail') === questions.length > 0, `questions figure status ${status('questions')} with trop-de-questions ×${questions.length}`);

  // The send window: judged once, at the analysis's reference time.
  const position = fig.sendWindow?.position;
  const early = of('reponse-trop-rapide').length > 0;
  const late = of('reponse-tardive').length > 0;
  check(early === (fig.refusalReceived !== undefined && !sent && position === 'before'), `reponse-trop-rapide ${early} with the window ${position ?? 'none'} (sent: ${sent})`);
  check(late === (fig.refusalReceived !== undefined && !sent && position === 'after'), `reponse-tardive ${late} with the window ${position ?? 'none'} (sent: ${sent})`);
  if (sent) check(position === undefined, 'a sent draft is judged against the window');
  return out;
}

describe('the report and the diagnostics agree', () => {
  it('on the issue’s draft: WhatsApp and a voicemail are the report’s other channels too', () => {
    const text = 'Bonjour Madame Martin,\n\nMerci pour votre retour. Je vous ai aussi écrit sur WhatsApp et laissé un message vocal.\n\nBien cordialement,\nLéa Martin\n';
    const analysis = analyzeDraft(text);
    const report = buildReport(analysis);
    assert.ok(analysis.findings.some((f) => f.rule === 'multicanal-annonce'));
    assert.deepEqual(report.figures.channelsMentioned, ['whatsapp', 'telephone']);
    assert.deepEqual(disagreements(analysis.findings, report, analysis.options, false), []);
  });

  it('on every generated draft mixing channels, questions, dates and lengths, under any thresholds', () => {
    fc.assert(
      fc.property(draft, options, (text, o) => {
        const analysis = analyzeDraft(text, o);
        const report = buildReport(analysis);
        const problems = disagreements(analysis.findings, report, o, analysis.draft.meta.sentAt !== undefined);
        assert.deepEqual(problems, [], text);
      }),
      { numRuns: 400 },
    );
  });
});
