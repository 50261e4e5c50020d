import * as assert from 'node:assert/strict';
import {
  analyzeDraft,
  buildReport,
  defaultOptions,
  figureLines,
  shortSummary,
  RULES,
  type AnalyzeOptions,
  type Finding,
  type ReportData,
  type RowStatus,
} from '../../src/core';
import { GOOD_MAIL } from './helpers';

/** The refusals of these drafts arrive on Monday 9 March 2026 at 10:00 (Paris): judge them on Tuesday afternoon, inside the send window. */
const IN_WINDOW: AnalyzeOptions = { ...defaultOptions(), timeZone: 'Europe/Paris', now: new Date('2026-03-10T13:00:00Z') };

function report(text: string, options: AnalyzeOptions = IN_WINDOW): ReportData {
  return buildReport(analyzeDraft(text, options));
}

function statuses(r: ReportData): Record<number, RowStatus> {
  return Object.fromEntries(r.rows.map((row) => [row.section, row.status]));
}

const mail = (body: string, header = '---\ncanal: mail\nrefus_recu: 2026-03-09 10:00\n---\n') =>
  `${header}Objet : Merci pour votre retour\n\nBonjour Madame,\n\n${body}\n\nBien cordialement,\nLéa Martin – 06 12 34 56 78\n`;

const LINKEDIN = `---
canal: linkedin
refus_recu: 2026-03-09 10:00
---
Bonjour Julien, merci encore pour nos échanges.
Je reste preneur de vos actualités et je partagerai volontiers des ressources pertinentes sur la logistique urbaine.
Au plaisir de rester en contact, Samir.
`;

/** A finding as the first rule of a category would report it. */
function synthetic(text: string, category: Finding['category'], severity: Finding['severity']): Finding {
  const rule = RULES.find((r) => r.category === category);
  assert.ok(rule, category);
  const start = text.indexOf('Merci');
  return { rule: rule.id, category, severity, start, end: start + 5, message: `Constat ${category}. Détail.`, tip: rule.tip, fixes: [] };
}

describe('report', () => {
  describe('verdict', () => {
    const ready: [string, string][] = [
      ['the guide’s job-application example, filled in', mail('Merci pour votre retour et pour l’entretien du 4 mars. Je comprends votre choix.\nAuriez-vous un ou deux retours concrets ?\nJe reste disponible si vos besoins évoluent.')],
      ['a LinkedIn follow-up', LINKEDIN],
    ];
    for (const [name, text] of ready) {
      it(`« Prêt à envoyer » for ${name}`, () => {
        const r = report(text);
        assert.equal(r.verdict.kind, 'ready', JSON.stringify(r.findings.map((f) => f.message)));
        assert.equal(r.verdict.label, 'Prêt à envoyer');
        assert.match(r.verdict.reason, /^Aucun point à corriger/);
        assert.deepEqual(statuses(r), { 1: 'ok', 2: 'ok', 3: 'ok', 4: 'ok', 5: 'ok', 6: 'ok' });
      });
    }

    it('« À ne pas envoyer tel quel » when a placeholder is left, naming it', () => {
      const r = report(mail('Merci pour votre retour, [Nom]. Je reste disponible.'));
      assert.equal(r.verdict.kind, 'blocked');
      assert.equal(r.verdict.label, 'À ne pas envoyer tel quel');
      assert.equal(r.verdict.reason, 'Champ à remplir : « [Nom] ».');
      assert.equal(statuses(r)[6], 'fail');
    });

    it('names the most visible problem first and counts the others', () => {
      const r = report(mail('Merci [Nom].\n' + Array.from({ length: 10 }, (_, i) => `Ligne ${i + 1}.`).join('\n')));
      assert.equal(r.verdict.kind, 'blocked');
      assert.equal(r.verdict.reason, 'Champ à remplir : « [Nom] », et 1 autre point à corriger.');
    });

    it('« À retravailler » for a twelve-line message, with the line count as reason', () => {
      const r = report(mail(Array.from({ length: 12 }, (_, i) => `Ligne ${i + 1} du message.`).join('\n')));
      assert.equal(r.verdict.kind, 'rework');
      assert.equal(r.verdict.label, 'À retravailler');
      assert.match(r.verdict.reason, /^Le corps du message compte 12 lignes, au-delà des 8 conseillées/);
      assert.equal(statuses(r)[2], 'fail');
      assert.equal(statuses(r)[6], 'fail');
      assert.equal(statuses(r)[3], 'ok');
    });

    it('« À ne pas envoyer tel quel » for a 700-word « roman justificatif »', () => {
      const r = report(mail('mot '.repeat(720)));
      assert.equal(r.verdict.kind, 'blocked');
      assert.match(r.verdict.reason, /roman justificatif/);
    });

    it('« À retravailler » for an empty draft', () => {
      for (const text of ['', '---\ncanal: mail\n---\n', '\n\n  \n']) {
        const r = report(text);
        assert.equal(r.verdict.kind, 'rework', JSON.stringify(text));
        assert.match(r.verdict.reason, /vide/);
      }
    });

    it('« À ne pas envoyer tel quel » for a binary file, every other row unchecked', () => {
      const r = report('\u0000\u0001\u0002 binaire');
      assert.equal(r.verdict.kind, 'blocked');
      assert.match(r.verdict.reason, /ne ressemble pas à un brouillon/);
      assert.deepEqual(statuses(r), { 1: 'check', 2: 'check', 3: 'check', 4: 'check', 5: 'check', 6: 'fail' });
      assert.equal(r.figures.lines, 0);
    });

    it('structure advice never outweighs a tone warning: the threat is named, the missing signature only counted', () => {
      const r = report('---\ncanal: mail\n---\nObjet : Votre décision\n\nBonjour,\n\nVous le regretterez. Mon avocat vous contactera.');
      assert.equal(r.verdict.kind, 'blocked');
      assert.ok(r.findings.some((f) => f.rule === 'signature-manquante'));
      assert.doesNotMatch(r.verdict.reason, /formule de fin|signature/);
      assert.match(r.verdict.reason, /autres? points? à corriger/);
    });

    it('a warm letter with its letterhead, references and formal closing is ready, a threat is not', () => {
      const warm = `Camille DURAND\n14, rue des Capucins\n69001 Lyon\n\nÀ Lyon, le 12 mars 2026\n\nObjet : Votre réponse à ma candidature\n\nMadame la Directrice,\n\nJe vous remercie pour votre courrier et pour notre entretien. Je prends acte de votre décision.\n\nJe vous prie d'agréer, Madame la Directrice, l'expression de mes salutations distinguées.\n\nCamille Durand`;
      assert.equal(report(warm).verdict.kind, 'ready', JSON.stringify(report(warm).findings.map((f) => f.message)));
      const threat = warm.replace('Je prends acte de votre décision.', 'Vous le regretterez.');
      assert.equal(report(threat).verdict.kind, 'blocked');
    });

    it('« À retravailler » for an excerpt, with one piece of advice rather than two warnings', () => {
      const r = report('---\ncanal: mail\n---\nMerci pour votre retour, je comprends votre choix.');
      assert.deepEqual(r.findings.filter((f) => f.category === 'structure').map((f) => `${f.rule} ${f.severity}`).sort(), ['brouillon-incomplet information', 'objet-manquant information']);
      assert.equal(r.verdict.kind, 'rework');
      assert.match(r.verdict.reason, /^Brouillon incomplet \?/);
    });

    it('advice alone does not stop a draft from being ready', () => {
      // No contact details in the signature: information only.
      const text = '---\ncanal: mail\nrefus_recu: 2026-03-09 10:00\n---\nObjet : Merci\n\nBonjour Madame,\n\nMerci pour votre retour.\n\nBien cordialement,\nLéa Martin\n';
      const r = report(text);
      assert.equal(r.verdict.kind, 'ready');
      assert.equal(r.verdict.reason, 'Aucun point à corriger ; 1 conseil à regarder.');
      assert.equal(statuses(r)[6], 'check');
    });
  });

  describe('checklist rows', () => {
    it('has the six rows of the guide’s « Liste récapitulative », in order', () => {
      const r = report(GOOD_MAIL);
      assert.deepEqual(
        r.rows.map((row) => row.meme),
        ['« Pas de rage-reply. »', '« Merci ≠ roman triste. »', '« Feedback > ego. »', '« Rester dans le radar. »', '« Contester, mais pas la gravité. »', '« Anti-embrouilles. »'],
      );
      assert.match(r.rows[0].advice, /24–48 h/);
    });

    it('asks to check the timing when the date of the refusal is unknown', () => {
      const r = report(GOOD_MAIL);
      assert.equal(r.rows[0].status, 'check');
      assert.match(r.rows[0].notes[0].text, /refus_recu/);
      assert.equal(r.verdict.kind, 'ready');
      assert.match(r.verdict.reason, /1 point à vérifier vous-même/);
    });

    it('puts a missing subject under « Pas de rage-reply » (« avec un objet clair »)', () => {
      const text = mail('Merci pour votre retour.').replace('Objet : Merci pour votre retour\n\n', '');
      const r = report(text);
      const row = r.rows[0];
      assert.equal(row.status, 'check');
      assert.deepEqual(
        row.findings.map((i) => r.findings[i].rule),
        ['objet-manquant'],
      );
    });

    const mapping: [Finding['category'], number[]][] = [
      ['delai', [1]],
      ['questions', [3]],
      ['multicanal', [4, 6]],
      ['contestation', [5]],
      ['ton', [6]],
    ];
    for (const [category, rows] of mapping) {
      it(`maps a ${category} warning to row(s) ${rows.join(' and ')}, and lists it there`, () => {
        const text = mail('Merci pour votre retour.');
        const f = synthetic(text, category, 'warning');
        const r = buildReport({ ...analyzeDraft(text), findings: [f] });
        for (const row of r.rows) {
          const expected = rows.includes(row.section);
          assert.equal(row.status, expected ? 'fail' : 'ok', `row ${row.section}`);
          assert.deepEqual(row.findings, expected ? [0] : []);
        }
        assert.deepEqual(r.findings[0].rows, rows);
      });
    }

    it('makes a row « À vérifier » for advice and keeps it passed for style hints', () => {
      const text = mail('Merci pour votre retour.');
      const r = buildReport({ ...analyzeDraft(text), findings: [synthetic(text, 'contestation', 'information'), synthetic(text, 'questions', 'hint')] });
      assert.equal(r.rows[4].status, 'check');
      assert.equal(r.rows[4].summary, '1 conseil.');
      assert.equal(r.rows[2].status, 'ok');
      assert.equal(r.rows[2].summary, '1 remarque de style.');
      assert.equal(r.verdict.kind, 'ready');
    });

    it('blocks on tone, contest, timing and channel warnings but only asks to rework on questions', () => {
      const text = mail('Merci pour votre retour.');
      const analysis = analyzeDraft(text);
      for (const c of ['ton', 'contestation', 'delai', 'multicanal'] as const) {
        assert.equal(buildReport({ ...analysis, findings: [synthetic(text, c, 'warning')] }).verdict.kind, 'blocked', c);
      }
      const q = buildReport({ ...analysis, findings: [synthetic(text, 'questions', 'warning')] });
      assert.equal(q.verdict.kind, 'rework');
      assert.equal(q.verdict.reason, 'Constat questions.');
    });

    it('gives each finding its line, column and tip', () => {
      const text = mail('Merci pour votre retour, [Nom].');
      const r = report(text);
      const f = r.findings.find((x) => x.rule === 'champ-a-remplir');
      assert.ok(f);
      assert.equal(f.line, 9);
      assert.equal(f.column, 26);
      assert.equal(f.tipTitle, 'Un modèle se remplit avant l’envoi');
      assert.match(f.tipAdvice ?? '', /crochets/);
    });
  });

  describe('figures', () => {
    it('counts lines, words and questions of the message against the targets', () => {
      const r = report(mail('Merci pour votre retour.\nQuel élément a le plus pesé dans la décision ?\nEt quelle compétence renforcer ?!'));
      assert.equal(r.figures.lines, 3); // the body only: subject, greeting, closing and signature are not counted
      assert.equal(r.figures.questions, 2);
      assert.equal(r.figures.maxLines, 8);
      assert.equal(r.figures.minLines, 5);
      assert.ok(r.figures.words > 15 && r.figures.words < 30, String(r.figures.words));
    });

    it('does not count a question mark inside a link', () => {
      assert.equal(report(mail('Merci. Voici le lien https://exemple.fr/page?id=3 pour mémoire.')).figures.questions, 0);
    });

    const channels: [string, string[], boolean][] = [
      ['Je vous envoie une invitation LinkedIn et un SMS.', ['linkedin', 'sms'], true],
      ['Je vous envoie une invitation LinkedIn pour rester en veille sur vos actualités.', ['linkedin'], false],
      ['Je vous ai aussi écrit sur WhatsApp et laissé un message vocal.', ['whatsapp', 'telephone'], true],
      ['Je suis à portée de mail, ou par téléphone.', [], false],
      ['Merci pour votre retour sur l’appel d’offres.', [], false],
      ['Je vous appellerai la semaine prochaine.', ['telephone'], true],
    ];
    for (const [body, expected, pressure] of channels) {
      it(`shows the channels the multichannel rules find in ${JSON.stringify(body)}`, () => {
        const r = report(mail(body));
        assert.deepEqual(r.figures.channelsMentioned, expected);
        assert.equal(r.figures.channelPressure, pressure);
        assert.equal(r.findings.some((f) => f.rule === 'multicanal-annonce'), pressure);
        const line = figureLines(r.figures).find((l) => l.key === 'channel');
        assert.equal(line?.status, pressure ? 'fail' : expected.length > 0 ? 'check' : 'ok');
      });
    }

    it('does not count the LinkedIn link of the signature as a channel mentioned', () => {
      assert.deepEqual(report(GOOD_MAIL).figures.channelsMentioned, []);
    });

    it('shows the send window the timing rules judged, at the analysis’s own reference time', () => {
      const text = mail('Merci pour votre retour.');
      const line = (options: AnalyzeOptions) => {
        const analysis = analyzeDraft(text, options);
        return { line: figureLines(buildReport(analysis).figures).find((l) => l.key === 'delay'), early: analysis.findings.some((f) => f.rule === 'reponse-trop-rapide') };
      };
      const during = line(IN_WINDOW);
      assert.equal(during.line?.value, 'refus reçu le lun. 9 mars 2026 à 10:00 ; envoi conseillé du mar. 10 mars 2026 à 10:00 au mer. 11 mars 2026 à 10:00 : c’est le moment');
      assert.equal(during.line?.status, 'ok');
      assert.equal(during.early, false);
      const before = line({ ...IN_WINDOW, now: new Date('2026-03-09T15:00:00Z') });
      assert.equal(before.line?.value, 'refus reçu le lun. 9 mars 2026 à 10:00 ; envoi conseillé du mar. 10 mars 2026 à 10:00 au mer. 11 mars 2026 à 10:00 : trop tôt pour l’instant');
      assert.equal(before.line?.status, 'check');
      assert.equal(before.early, true);
    });

    it('summarises the draft for the status bar', () => {
      const good = report(mail('Merci pour votre retour.\nJe comprends votre décision.\nJe reste disponible.'));
      assert.match(shortSummary(good), /^3 lignes · (?:prêt|ton sobre)$/);
      assert.equal(shortSummary(report(mail('Merci [Nom].'))), '1 ligne · à ne pas envoyer');
      assert.equal(shortSummary(report(mail('Ligne.\n'.repeat(12)))), '12 lignes · à retravailler');
    });
  });
});
