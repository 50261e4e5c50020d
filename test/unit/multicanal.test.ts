import * as assert from 'node:assert/strict';
import { analyze, analyzeDraft, analyzeWorkspace, buildReport, defaultOptions, sameRecipient, type AnalyzeOptions, type Finding } from '../../src/core';
import { applyFix } from './helpers';

const PARIS = { ...defaultOptions(), timeZone: 'Europe/Paris' };

function mail(body: string, channel = 'mail', signature = 'Léa Martin – 06 12 34 56 78 – linkedin.com/in/lea-martin'): string {
  return `---\ncanal: ${channel}\n---\nObjet : Merci pour votre retour\n\nBonjour Madame,\n\nMerci pour votre retour. ${body}\n\nBien cordialement,\n${signature}\n`;
}

function announced(text: string): Finding[] {
  return analyze(text, PARIS).filter((f) => f.rule === 'multicanal-annonce');
}

describe('relance-annoncee: a follow-up announced too soon', () => {
  const announcedFollowUp = (text: string, options: AnalyzeOptions = PARIS) => analyze(text, options).filter((f) => f.rule === 'relance-annoncee');
  const trigger: [string, string?][] = [
    ['Je reviendrai vers vous la semaine prochaine pour savoir si le poste est toujours ouvert.'],
    ['Je vous relancerai vendredi.'],
    ['Je me permettrai de vous relancer d’ici la fin de la semaine.'],
    ['Je vous recontacterai sans faute dès lundi.'],
    ['Nous reviendrons vers vous dans trois jours avec une offre ajustée.'],
    ['Je te réécrirai demain.', 'linkedin'],
  ];
  for (const [body, channel] of trigger) {
    it(`flags « ${body} »`, () => {
      const t = mail(body, channel);
      const f = announcedFollowUp(t);
      assert.equal(f.length, 1, JSON.stringify(f));
      assert.equal(f[0].severity, 'warning');
      assert.equal(t.slice(f[0].start, f[0].end), body);
      assert.match(f[0].message, /à moins de 7 jours/);
      assert.equal(applyFix(t, f[0]), t.replace(body, 'Je reste disponible si vos besoins évoluent.'));
    });
  }
  const quiet = [
    'Je reviendrai vers vous dans quinze jours avec l’article dont nous avions parlé.',
    'Je reviens vers vous suite à votre message de lundi.',
    'Je vous écrirai à nouveau si un poste proche s’ouvre.',
    'Je vous recontacterai dans deux mois, pour un check-in discret.',
    'Demain est un autre jour : je reste disponible.',
    'Je reviendrai vers vous quand j’aurai renforcé mes compétences en gestion de projet, sans doute la semaine prochaine.',
  ];
  for (const body of quiet) it(`stays quiet on « ${body} »`, () => assert.deepEqual(announcedFollowUp(mail(body)), []));
  it('leaves a call announced on another channel to multicanal-annonce', () => {
    const t = mail('Je vous appellerai demain.');
    assert.equal(announced(t).length, 1);
    assert.deepEqual(announcedFollowUp(t), []);
  });
  it('follows followUpDays, and is off at 0', () => {
    const t = mail('Je vous recontacterai dans une semaine.');
    assert.deepEqual(announcedFollowUp(t), []);
    const stricter = { ...PARIS, thresholds: { ...PARIS.thresholds, followUpDays: 10 } };
    assert.match(announcedFollowUp(t, stricter)[0]?.message ?? '', /à moins de 10 jours/);
    const off = { ...PARIS, thresholds: { ...PARIS.thresholds, followUpDays: 0 } };
    assert.deepEqual(announcedFollowUp(mail('Je vous relancerai demain.'), off), []);
  });
  it('asks only to rework the draft: it does not block sending', () => {
    const t = mail('Je vous relancerai vendredi.');
    const r = buildReport(analyzeDraft(t, PARIS));
    assert.ok(r.findings.some((f) => f.rule === 'relance-annoncee'));
    assert.equal(r.verdict.kind, 'rework', r.verdict.reason);
    assert.deepEqual(r.rows.filter((row) => row.status === 'fail').map((row) => row.section), [4, 6]);
  });
});

describe('relance-insistante: reproaching the silence', () => {
  const insist = (text: string) => analyze(text, PARIS).filter((f) => f.rule === 'relance-insistante');
  const trigger: [string, string?][] = [
    ['Sans réponse de votre part, je me permets de vous relancer.'],
    ['Je n’ai pas eu de retour à mon mail d’hier, pouvez-vous me rappeler ?'],
    ['Mon précédent message étant resté sans réponse, je reviens vers vous.'],
    ['Toujours sans nouvelles, je reviens vers toi.', 'linkedin'],
  ];
  for (const [body, channel] of trigger) {
    it(`flags « ${body} »`, () => {
      const t = mail(body, channel);
      const f = insist(t);
      assert.equal(f.length, 1, JSON.stringify(f));
      assert.equal(f[0].severity, 'warning');
      assert.equal(f[0].category, 'multicanal');
      assert.equal(t.slice(f[0].start, f[0].end), body);
    });
  }
  const quiet = [
    'Je me permets de revenir vers vous suite à votre retour.',
    'Pardon pour ma réponse un peu tardive.',
    'Merci pour votre réponse rapide.',
  ];
  for (const body of quiet) it(`stays quiet on « ${body} »`, () => assert.deepEqual(insist(mail(body)), []));
  it('leaves the verdict to multicanal-annonce when another channel is announced', () => {
    assert.deepEqual(insist(mail('Je vous ai aussi écrit sur LinkedIn. Sans réponse de votre part, je me permets d’insister.')), []);
  });
});

describe('multicanal-annonce: other channels announced in the draft', () => {
  const trigger: [string, string?][] = [
    ['Je vous ai aussi écrit sur LinkedIn.'],
    ['Je vous ai laissé un message vocal ce matin.'],
    ['J’ai laissé un message vocal à votre assistante.'],
    ['Je vous envoie également un SMS pour être sûre que vous l’ayez vu.'],
    ['Je me permets de vous relancer par SMS.'],
    ['Je vous ai envoyé un message sur WhatsApp hier.'],
    ['Je vous ai appelé ce matin, sans succès.'],
    ['J’ai essayé de vous joindre hier.'],
    ['Suite à mon texto d’hier, je reviens vers vous.'],
    ['Je vous ai aussi adressé un courrier par la poste.'],
    ['Je vais vous écrire sur Messenger.'],
    ['Je vous ai écrit un mail hier.', 'sms'],
    ['Je vous ai aussi laissé un message sur LinkedIn.', 'sms'],
    ['Sans réponse de votre part, je vous envoie une invitation LinkedIn pour rester en veille.'],
    ['JE VOUS AI AUSSI ÉCRIT SUR LINKEDIN.'],
    ["Je vous ai aussi ecrit sur LinkedIn (sans accents, apostrophe droite : j'insiste)."],
    ['Je t’ai écrit par mail et je t’ai aussi laissé un vocal.', 'linkedin'],
    ['Je te relancerai par SMS demain.'],
    ['Je vous envoie aussi un petit SMS, et je passerai samedi à la boutique pour vous remercier de vive voix.'],
    ['Je passerai à l’agence lundi pour en parler.'],
    ['Je vous ai envoyé un mail et un message sur l’ENT, et je passerai demain matin à la grille pour en parler avec vous.'],
    ['Je vais t’écrire sur WhatsApp.'],
    ['Je vous l’adresse également par LinkedIn et par courrier recommandé.'],
    ['Je me permettrai de vous appeler jeudi à 10 h.'],
    ['jvous ai laissé un vocal et un msg sur insta aussi au cas ou', 'sms'],
    ['Je vous ai doublé ce mail par SMS et sur WhatsApp, et je rappellerai votre assistante demain.'],
  ];
  for (const [body, channel] of trigger) {
    it(`flags « ${body} »${channel ? ` in a ${channel}` : ''}`, () => {
      const t = mail(body, channel);
      const f = announced(t);
      assert.equal(f.length, 1, JSON.stringify(f));
      assert.equal(f[0].severity, 'warning');
      assert.equal(t.slice(f[0].start, f[0].end), body);
      assert.match(f[0].message, /Multicanal envahissant/);
    });
  }

  const quiet: [string, string, string?, string?][] = [
    ['a signature with LinkedIn and a phone number', 'Je reste disponible si vos besoins évoluent.', 'mail', 'Léa Martin – mon mail : lea@exemple.fr – mon LinkedIn : linkedin.com/in/lea-martin – 06 12 34 56 78 – WhatsApp : +33 6 12 34 56 78'],
    ['the guide’s calm LinkedIn invitation in a mail', 'Je vous envoie une invitation LinkedIn pour rester en veille sur vos actualités.'],
    ['the guide’s LinkedIn invitation in a LinkedIn message', 'Je vous envoie une invitation LinkedIn pour rester en veille sur vos actualités.', 'linkedin'],
    ['an invitation to reach the sender', 'N’hésitez pas à m’appeler au 06 12 34 56 78 ou à m’écrire sur LinkedIn.'],
    ['the history of the application', 'Je vous ai envoyé ma candidature via LinkedIn le mois dernier.'],
    ['an ad seen on LinkedIn', 'J’ai vu votre annonce sur LinkedIn et je reste intéressée.'],
    ['an attachment', 'Je vous ai joint mon CV mis à jour.'],
    ['a tender', 'Merci pour votre retour sur l’appel d’offres et sur mon appel d’offres précédent.'],
    ['the draft’s own channel', 'Je vous écris par mail pour vous remercier.'],
    ['a visit made before, in the history of the application', 'J’ai déposé mon CV en main propre le mois dernier, merci pour l’accueil.'],
    ['an e-mail address left in an SMS', 'Je vous laisse mon adresse mail : lea@exemple.fr.', 'sms'],
    ['a quoted line (the message being answered)', '\n\n> Je vous ai aussi écrit sur LinkedIn et par SMS.\n\nJe reste disponible.'],
    ['a relaunch alone, on the draft’s channel', 'Sans réponse de votre part, je me permets de vous relancer.'],
    ['picking up a child at school', 'Je passerai chercher mon fils à l’école ce soir, comme chaque jour.'],
  ];
  for (const [name, body, channel, signature] of quiet) {
    it(`stays quiet on ${name}`, () => {
      assert.deepEqual(announced(mail(body, channel, signature)), []);
    });
  }

  it('tutoiement: the guide’s LinkedIn invitation stays quiet', () => {
    assert.deepEqual(announced(mail('Je t’envoie une invitation ici pour rester en veille sur vos actus.', 'linkedin')), []);
  });

  it('names every channel and counts them: Mail + LinkedIn + SMS', () => {
    const t = mail('Je vous ai aussi écrit sur LinkedIn. Je vous envoie également un SMS.');
    const f = announced(t);
    assert.equal(f.length, 2);
    assert.match(f[0].message, /ce mail annonce aussi LinkedIn et SMS : 3 canaux pour une seule personne/);
    assert.equal(f[0].related?.length, 1);
  });

  it('reads a « petit coup de fil » passed and a « saut » on a stand, and « de vive voix » on the phone is no visit', () => {
    const three = announced(mail('Je vous ai ajouté sur LinkedIn ce matin, je vous passerai un petit coup de fil jeudi pour en parler de vive voix, et je ferai un saut sur votre stand au salon.'));
    assert.match(three[0]?.message ?? '', /LinkedIn, téléphone et visite : 4 canaux/);
    const call = announced(mail('Je vous passerai un petit coup de fil jeudi pour en parler de vive voix.'));
    assert.match(call[0]?.message ?? '', /ce mail annonce aussi téléphone\./);
    const visit = announced(mail('Je passerai vous voir pour en parler de vive voix, et je vous écris sur LinkedIn.'));
    assert.match(visit[0]?.message ?? '', /LinkedIn et visite : 3 canaux/);
  });

  it('reads channels recounted in the past perfect and a letter dropped off in person', () => {
    const f = announced(mail('Je vous avais aussi écrit par SMS et sur LinkedIn ; je passerai également déposer une lettre à l’accueil lundi.'));
    assert.equal(f.length, 1);
    assert.match(f[0].message, /SMS/);
    assert.match(f[0].message, /LinkedIn/);
    assert.match(f[0].message, /visite/i);
  });

  it('a company writing « nous » announces its channels too', () => {
    const t = mail('Nous nous permettrons de doubler ce courriel d’un message LinkedIn à votre responsable achats.');
    assert.match(announced(t)[0]?.message ?? '', /ce mail annonce aussi LinkedIn/);
    const call = mail('Nous vous avons aussi écrit sur LinkedIn et nous vous appellerons jeudi.');
    assert.match(announced(call)[0]?.message ?? '', /LinkedIn et téléphone : 3 canaux/);
  });

  it('an SMS that resent a mail, wrote on Instagram and will call the agency names three channels', () => {
    const t = mail('merci pour la réponse ! je vous ai renvoyé un mail et un msg sur insta aussi, je rappelle l’agence demain au cas où.', 'sms');
    assert.match(announced(t)[0]?.message ?? '', /3 canaux|4 canaux/);
  });

  it('a visit made, a call set for the morning and a number sent on WhatsApp are three more channels', () => {
    const t = mail('Je suis passée à l’agence cet après-midi déposer une copie de mon dossier. Je vous rappelle demain matin, et je vous envoie mon numéro sur WhatsApp.');
    assert.match(announced(t)[0]?.message ?? '', /4 canaux/);
    // The interview itself is not a visit, and « je vous rappelle » alone may mean « I remind you ».
    assert.deepEqual(announced(mail('Je suis venu à l’agence pour l’entretien de mardi. Je vous rappelle que mon dossier est complet.')), []);
    // Nor is the day of the convocation, told to set a date right.
    assert.deepEqual(announced(mail('La convocation mentionnait le vendredi 15 mars à 10 h, jour où je suis venue à l’accueil.')), []);
  });

  it('a list of follow-ups after « je me permets de » names each channel', () => {
    const t = mail('Je me permets de vous ajouter sur LinkedIn, de vous envoyer un SMS la semaine prochaine et de rappeler votre assistante jeudi.');
    assert.match(announced(t)[0]?.message ?? '', /LinkedIn, SMS et téléphone : 4 canaux/);
  });

  it('a call implied by its verb counts beside a channel the sentence names', () => {
    const t = mail('Je vous ai répondu par mail hier et j’ai aussi essayé de vous joindre au standard ce matin.', 'linkedin');
    const f = announced(t);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /ce message LinkedIn annonce aussi mail et téléphone : 3 canaux/);
  });

  it('a message without front matter that says « ici » of its channel is not the mail it recounts', () => {
    const body = 'Bonjour Monsieur Hamel, je vous ai également répondu par mail hier, je repasse par ici au cas où mon message se serait perdu. Merci encore pour votre retour ; je reste disponible. Lucie Marchais';
    const f = analyze(body, PARIS).filter((x) => x.rule === 'multicanal-annonce');
    assert.equal(f.length, 1, JSON.stringify(f));
    assert.match(f[0].message, /ce message annonce aussi mail/);
    // Without « ici », the same recounted mail in a draft taken for a mail is the draft's own channel.
    assert.deepEqual(analyze(body.replace('je repasse par ici', 'je reviens vers vous'), PARIS).filter((x) => x.rule === 'multicanal-annonce'), []);
    // And a front matter that names the channel decides.
    assert.deepEqual(announced(mail('Je vous ai également répondu par mail hier, je repasse par ici au cas où.')), []);
  });

  it('a relaunch adds to the verdict', () => {
    const f = announced(mail('Je vous ai aussi écrit sur LinkedIn. Sans réponse de votre part, je me permets d’insister.'));
    assert.equal(f.length, 1);
    assert.match(f[0].message, /La relance \(« Sans réponse de votre part »\) ajoute à la pression/);
  });

  it('« Supprimer la phrase » removes the announcement and nothing else', () => {
    const t = mail('Je vous ai aussi écrit sur LinkedIn. Je reste disponible.');
    const fixed = applyFix(t, announced(t)[0]);
    assert.match(fixed, /Merci pour votre retour\. Je reste disponible\./);
    assert.deepEqual(announced(fixed), []);
  });

  it('can be silenced by a comment', () => {
    const t = mail('<!-- boomerang-disable-next-line multicanal-annonce -->\nJe vous ai aussi écrit sur LinkedIn.');
    assert.deepEqual(announced(t), []);
  });
});

describe('recipients match loosely', () => {
  const same: [string, string][] = [
    ['Mme Martin', 'Madame Martin'],
    ['Mme Martin', 'MADAME MARTIN'],
    ['M. Dupont', 'Monsieur Dupont'],
    ['Mme Hélène Dupré', 'madame helene dupre'],
    ['Mme Martin', 'Martin'],
    ['Mme Martin (Acme)', 'Mme Martin'],
    ['Dr Léa Roux', 'Mme Léa Roux'],
  ];
  for (const [a, b] of same) it(`« ${a} » = « ${b} »`, () => assert.equal(sameRecipient(a, b), true));
  const different: [string, string][] = [
    ['Mme Martin', 'M. Martin'],
    ['Mme Martin', 'Mme Martinez'],
    ['Claire Martin', 'Martin'],
    ['Mme', 'Madame'],
  ];
  for (const [a, b] of different) it(`« ${a} » ≠ « ${b} »`, () => assert.equal(sameRecipient(a, b), false));
});

interface Spec {
  file: string;
  canal: string;
  destinataire?: string;
  envoye?: string;
  envoi_prevu?: string;
  scenario?: string;
}

function header(s: Spec): string {
  const keys = ['canal', 'destinataire', 'envoye', 'envoi_prevu', 'scenario'] as const;
  return `---\n${keys
    .filter((k) => s[k] !== undefined)
    .map((k) => `${k}: ${s[k]}`)
    .join('\n')}\n---\nBonjour Madame Martin, merci pour votre retour.\n`;
}

function workspace(specs: Spec[], options: Partial<AnalyzeOptions> = {}): Map<string, Finding[]> {
  const files = specs.map((s) => ({ file: s.file, text: header(s) }));
  const results = analyzeWorkspace(files, { ...PARIS, now: new Date('2026-03-09T08:00:00Z'), ...options });
  return new Map(results.map((r) => [r.file, r.findings.filter((f) => f.category === 'multicanal')]));
}

const rules = (fs: Finding[] | undefined) => (fs ?? []).map((f) => f.rule);

describe('across drafts: one recipient, several channels or too often', () => {
  const THREE: Spec[] = [
    { file: 'refus/merci.reponse.md', canal: 'mail', destinataire: 'Mme Martin', envoye: '2026-03-09 10:00' },
    { file: 'refus/linkedin.reponse.md', canal: 'linkedin', destinataire: 'Madame Martin', envoi_prevu: '2026-03-09 16:00' },
    { file: 'refus/sms.reponse.md', canal: 'sms', destinataire: 'madame MARTIN', envoi_prevu: '2026-03-10 09:00' },
  ];

  it('mail, LinkedIn and SMS within two days: findings on the later drafts, naming the others and their dates', () => {
    const r = workspace(THREE);
    assert.deepEqual(rules(r.get('refus/merci.reponse.md')), []);
    const [linkedin] = r.get('refus/linkedin.reponse.md') ?? [];
    assert.equal(linkedin.rule, 'multicanal-destinataire');
    assert.equal(linkedin.severity, 'warning');
    assert.equal(
      linkedin.message,
      'Madame Martin reçoit déjà un mail envoyé le lundi 9 mars (merci.reponse.md). Avec ce message LinkedIn, cela fait 2 canaux le même jour : multicanal envahissant (« Mail + LinkedIn + SMS = pression »). Gardez un seul canal.',
    );
    assert.deepEqual(
      linkedin.related?.map((x) => [x.file, x.position?.line]),
      [['refus/merci.reponse.md', 2]],
    );
    const sms = r.get('refus/sms.reponse.md') ?? [];
    assert.deepEqual(rules(sms), ['multicanal-destinataire']);
    assert.match(sms[0].message, /un mail envoyé le lundi 9 mars \(merci\.reponse\.md\) et un message LinkedIn prévu le lundi 9 mars \(linkedin\.reponse\.md\)\. Avec ce SMS, cela fait 3 canaux sur 2 jours/);
    assert.deepEqual(
      sms[0].related?.map((x) => x.file),
      ['refus/merci.reponse.md', 'refus/linkedin.reponse.md'],
    );
  });

  it('the finding sits on the destinataire of the later draft', () => {
    const files = THREE.map((s) => ({ file: s.file, text: header(s) }));
    const sms = analyzeWorkspace(files, PARIS)[2];
    const f = sms.findings.find((x) => x.rule === 'multicanal-destinataire');
    assert.ok(f);
    assert.equal(files[2].text.slice(f.start, f.end), 'madame MARTIN');
  });

  const cases: [string, Spec[], Partial<AnalyzeOptions>, string[]][] = [
    ['another recipient', [THREE[0], { ...THREE[1], destinataire: 'M. Martin' }], {}, []],
    ['another channel a week later (outside the 7-day window)', [THREE[0], { ...THREE[1], envoi_prevu: '2026-03-16 10:00' }], {}, []],
    ['the same, with a 10-day window', [THREE[0], { ...THREE[1], envoi_prevu: '2026-03-16 10:00' }], { thresholds: { ...PARIS.thresholds, channelWindowDays: 10 } }, ['multicanal-destinataire']],
    ['the same channel two days later: too often', [THREE[0], { ...THREE[0], file: 'b.reponse.md', envoye: undefined, envoi_prevu: '2026-03-11 10:00' }], {}, ['relance-trop-rapprochee']],
    ['a resource 10 days later', [THREE[0], { ...THREE[0], file: 'b.reponse.md', envoye: undefined, envoi_prevu: '2026-03-19 10:00', scenario: 'ressource' }], {}, []],
    ['a check-in a month later: before 2–3 months', [THREE[0], { ...THREE[0], file: 'b.reponse.md', envoye: undefined, envoi_prevu: '2026-04-09 10:00', scenario: 'checkin' }], {}, ['relance-trop-rapprochee']],
    ['a check-in three months later', [THREE[0], { ...THREE[0], file: 'b.reponse.md', envoye: undefined, envoi_prevu: '2026-06-09 10:00', scenario: 'check-in' }], {}, []],
    ['an undated other draft is not compared', [{ ...THREE[0], envoye: undefined }, THREE[1]], {}, []],
    ['an undated draft being written is compared with now', [THREE[0], { ...THREE[1], envoi_prevu: undefined }], { now: new Date('2026-03-10T08:00:00Z') }, ['multicanal-destinataire']],
  ];
  for (const [name, specs, options, expected] of cases) {
    it(`${name} → ${expected.join(', ') || 'nothing'} on the last draft`, () => {
      const r = workspace(specs, options);
      const last = specs[specs.length - 1].file;
      assert.deepEqual(rules(r.get(last)), expected);
      for (const s of specs.slice(0, -1)) if (s.file !== last) assert.deepEqual(rules(r.get(s.file)), [], s.file);
    });
  }

  it('only the later draft gets the finding, whatever the order of the files', () => {
    const r = workspace([
      { ...THREE[1], file: 'z.reponse.md', envoi_prevu: '2026-03-20 10:00' },
      { ...THREE[0], file: 'a.reponse.md', envoye: '2026-03-19 10:00' },
    ]);
    assert.deepEqual(rules(r.get('a.reponse.md')), []);
    assert.deepEqual(rules(r.get('z.reponse.md')), ['multicanal-destinataire']);
  });

  it('a check-in too early is information; a follow-up within days is a warning', () => {
    const early = workspace([THREE[0], { ...THREE[0], file: 'b.reponse.md', envoye: undefined, envoi_prevu: '2026-04-09 10:00', scenario: 'check-in' }]).get('b.reponse.md') ?? [];
    assert.equal(early[0].severity, 'information');
    assert.match(early[0].message, /un check-in discret vient 2 à 3 mois après le dernier échange\. Attendez le vendredi 8 mai\./);
    const soon = workspace([THREE[0], { ...THREE[0], file: 'b.reponse.md', envoye: undefined, envoi_prevu: '2026-03-11 10:00' }]).get('b.reponse.md') ?? [];
    assert.equal(soon[0].severity, 'warning');
    assert.equal(
      soon[0].message,
      'Un autre message à Mme Martin 2 jours plus tôt : un mail envoyé le lundi 9 mars (merci.reponse.md). Le guide espace les suivis : une ressource utile 1 à 2 semaines après, puis un check-in discret après 2 à 3 mois. Attendez le lundi 16 mars.',
    );
  });

  it('compares calendar days in the writer’s time zone', () => {
    // Sent at 23:30 UTC on 9 March: already 10 March in Paris, six days before 16 March; seven in UTC.
    const specs: Spec[] = [
      { file: 'a.reponse.md', canal: 'mail', destinataire: 'Mme Martin', envoye: '2026-03-09T23:30:00Z' },
      { file: 'b.reponse.md', canal: 'sms', destinataire: 'Mme Martin', envoi_prevu: '2026-03-16 12:00' },
    ];
    assert.deepEqual(rules(workspace(specs).get('b.reponse.md')), ['multicanal-destinataire']);
    assert.deepEqual(rules(workspace(specs, { timeZone: 'UTC' }).get('b.reponse.md')), []);
  });
});

describe('multicanal-annonce in a post-scriptum', () => {
  const draft = (ps: string) => `Objet : Merci pour votre retour\n\nBonjour Madame Martin,\n\nMerci pour votre retour. Je comprends votre décision.\n\nBien cordialement,\nCamille Durand\n\nP.S. ${ps}\n`;
  it('reads another channel announced below the signature', () => {
    assert.ok(analyze(draft('Je vous ai aussi écrit sur LinkedIn et laissé un message vocal.')).some((f) => f.rule === 'multicanal-annonce'));
  });
  it('leaves a portfolio link in the post-scriptum alone', () => {
    assert.ok(!analyze(draft('Mon portfolio : https://exemple.fr/portfolio')).some((f) => f.rule === 'multicanal-annonce'));
  });
});


describe('multicanal-annonce: a voice message, a visit without a place, a connection made', () => {
  const mail = (body: string) => `Objet : Merci pour votre retour\n\nBonjour Madame Pujol,\n\nMerci pour votre retour. ${body}\n\nBien cordialement,\nRomain Texier\n06 89 14 52 37\n`;
  const announced = (body: string) => analyze(mail(body)).filter((f) => f.rule === 'multicanal-annonce');
  it('reads « je vous laisserai un message vocal » as the telephone', () => {
    const f = announced('Je vous laisserai aussi un petit message vocal demain matin.');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /téléphone/);
  });
  it('counts « je vous ai ajoutée sur LinkedIn » with a voice message as three channels', () => {
    const f = announced('Je vous laisserai un message vocal demain, et je vous ai ajoutée sur LinkedIn pour suivre vos événements.');
    assert.match(f[0]?.message ?? '', /LinkedIn et téléphone : 3 canaux/);
  });
  it('reads « je passerai samedi vous déposer des échantillons » as a visit', () => {
    assert.match(announced('Je passerai samedi midi vous déposer quelques échantillons.')[0]?.message ?? '', /visite/);
  });
  it('leaves a connection alone and a sample sent by post alone', () => {
    assert.deepEqual(announced('Je vous ai ajoutée sur LinkedIn pour suivre vos actualités.'), []);
    assert.deepEqual(announced('Je vous enverrai quelques échantillons par la poste.'), []);
  });
});
