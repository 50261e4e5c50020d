import * as assert from 'node:assert/strict';
import { applyFix, findingsOf, GOOD_MAIL } from './helpers';

describe('structure', () => {
  it('a complete reply has no structure finding', () => {
    const f = findingsOf(GOOD_MAIL, 'objet-manquant')
      .concat(findingsOf(GOOD_MAIL, 'salutation-manquante'))
      .concat(findingsOf(GOOD_MAIL, 'signature-manquante'))
      .concat(findingsOf(GOOD_MAIL, 'coordonnees-absentes'));
    assert.deepEqual(f, []);
  });

  it('reads a reply typed on a phone, and a name with an apostrophe under the signature, as a letter', () => {
    // « l equipe »: the apostrophe typed as a space; « Ben M'Sick »: a name, not « m' » glued to a verb.
    const phone = 'Objet : Concours BD\n\nBonjour a l equipe du festival,\n\nMerci pour le mail et pour le mot du jury.\nBonne fin de festival a tous,\n\nTheo Vasseur\n06 12 34 56 78\n';
    assert.deepEqual(findingsOf(phone, 'salutation-manquante'), []);
    const letter = "Objet : Bourse\n\nMonsieur le Directeur,\n\nMerci pour votre courrier.\n\nVeuillez agréer, Monsieur le Directeur, l'expression de mes salutations respectueuses.\n\nYoussef El Amrani\nDoctorant, Faculté des Sciences Ben M'Sick – Casablanca\n06 61 48 22 09\n";
    assert.deepEqual(findingsOf(letter, 'signature-manquante'), []);
    // An elided pronoun glued to its verb still makes a line a sentence, not a signature.
    assert.equal(findingsOf(letter.replace("Doctorant, Faculté des Sciences Ben M'Sick – Casablanca", "Je m'occupe de tout"), 'signature-manquante').length, 1);
    // An aside in brackets under the name (the entry of a prize, a child's parent) is part of the signature.
    const prize = 'Objet : Prix de la nouvelle\n\nBonjour à toute l’équipe,\n\nMerci pour votre message.\n\nAmicalement,\nClaire Vautrin\n(nouvelle n° 47, « Les Volets verts »)\n';
    assert.deepEqual(findingsOf(prize, 'signature-manquante'), []);
    // A company form or a degree after a full stop (« inc. », « ing. ») ends a signature line, not a sentence.
    const quebec = "Objet : Appel d'offres 2024-017\n\nBonjour Madame Gagnon,\n\nNous vous remercions pour la transmission des résultats.\n\nCordialement,\nMartin Bouchard, ing.\nDirecteur des soumissions – Construction Boréal inc.\n418 555-0142\n";
    assert.deepEqual(findingsOf(quebec, 'signature-manquante'), []);
    assert.equal(findingsOf(quebec.replace('Construction Boréal inc.', 'Nous restons disponibles pour la suite des travaux.'), 'signature-manquante').length, 1);
    // A particle before a family name after a civility, and a group named by what it does.
    for (const g of ['Bonjour Madame de Lanoy,', "Salut l'équipe programme,", "Bonjour l'équipe RH !"]) {
      assert.deepEqual(findingsOf(`Objet : Merci\n\n${g}\n\nMerci pour votre message.\n\nÀ bientôt,\nLéa – 06 12 34 56 78\n`, 'salutation-manquante'), [], g);
    }
    // A long title after a civility (seven words and more) is still the greeting.
    for (const g of ['Madame la Responsable du service de la commande publique,', 'Monsieur le Responsable du service de la commande publique de la Région,']) {
      assert.deepEqual(findingsOf(`Objet : Marché 2024-12\n\n${g}\n\nMerci pour votre courrier.\n\nCordialement,\nAnne Roy – 06 12 34 56 78\n`, 'salutation-manquante'), [], g);
    }
    assert.equal(findingsOf('Objet : Marché 2024-12\n\nMerci pour votre courrier.\n\nCordialement,\nAnne Roy – 06 12 34 56 78\n', 'salutation-manquante').length, 1);
    // « Salut toute l'équipe de l'asso, » greets a group.
    assert.deepEqual(findingsOf("Objet : Tremplin\n\nSalut toute l'équipe de l'asso,\n\nMerci pour votre message.\n\nÀ bientôt,\nLéa – 06 12 34 56 78\n", 'salutation-manquante'), []);

  });

  describe('objet-manquant', () => {
    it('asks a mail for a subject, with a fix that adds one', () => {
      const t = 'Bonjour,\nMerci pour votre retour.\nBien cordialement,\nLéa';
      const [f] = findingsOf(t, 'objet-manquant');
      assert.equal(f.severity, 'information');
      assert.ok(applyFix(t, f).startsWith('Objet : Merci pour votre retour\n\nBonjour,'));
    });
    it('accepts « **Objet :** » in bold', () => assert.deepEqual(findingsOf('**Objet :** Merci\n\nBonjour,', 'objet-manquant'), []));
    it('does not ask a LinkedIn message or an SMS for a subject', () => {
      assert.deepEqual(findingsOf('---\ncanal: linkedin\n---\nBonjour Julien, merci encore.', 'objet-manquant'), []);
      assert.deepEqual(findingsOf('---\ncanal: sms\n---\nBonjour, merci !', 'objet-manquant'), []);
    });
  });

  it('objet-vide offers the guide’s subjects', () => {
    const t = 'Objet :\n\nBonjour,';
    const [f] = findingsOf(t, 'objet-vide');
    assert.equal(f.fixes.length, 2);
    assert.ok(applyFix(t, f).startsWith('Objet : Merci pour votre retour — demande de feedback\n'));
  });

  describe('salutation-manquante', () => {
    const valid = ['Objet : Subvention 2025\n\nMadame l’Adjointe à la culture,\n\nMerci pour votre courrier.\n\nBien cordialement,\nSylvie Moreau', 'Objet : Merci\n\nBonjour [Nom],\nMerci.', 'Madame, Monsieur,\nMerci.', 'Chère Léa,\nMerci.', 'Objet : Merci\n\nBonsoir Julien, merci encore.', 'Objet : Chef d’équipe\n\nPatrick,\n\nMerci de m’avoir prévenu de vive voix.\n\nBien à toi,\nDidier'];
    for (const t of valid) it(`accepts ${JSON.stringify(t.split('\n').find((l) => !l.startsWith('Objet') && l))}`, () => assert.deepEqual(findingsOf(t, 'salutation-manquante'), []));
    const byName: [string, boolean][] = [
      ['---\ncanal: sms\n---\nMerci Lucas pour ton retour franc sur le devis. Mehdi', true],
      ['---\ncanal: linkedin\n---\nMerci beaucoup Mme Leroy pour votre réponse.\nPaul', true],
      ['---\ncanal: sms\n---\nMerci pour ton retour sur le devis. Mehdi', false],
      ['---\ncanal: linkedin\n---\nmerci pour la réponse.\nPaul', false],
      ['Objet : Merci\n\nMerci Lucas pour votre retour.\n\nBien à vous,\nMehdi', false],
      // A reply in a thread: the greeting was exchanged before.
      ['Objet : Re: Consultation audit\n\nMerci Lucas pour votre retour.\n\nBien à vous,\nMehdi', true],
      ['Objet : Re: Consultation audit\n\nMerci pour votre retour.\n\nBien à vous,\nMehdi', false],
      // Acknowledging by name in a thread (« Bien reçu Karine, … »), not in a first mail.
      ['Objet : Re: Formation 2025\n\nBien reçu Karine, et merci pour ta franchise.\n\nBelle journée,\nOlivier', true],
      ['Objet : Formation 2025\n\nBien reçu Karine, et merci pour ta franchise.\n\nBelle journée,\nOlivier', false],
      ['Objet : Re: Formation 2025\n\nBien reçu, et merci pour ta franchise.\n\nBelle journée,\nOlivier', false],
      ['Objet : Re: Formation 2025\n\nOK Karine, merci pour ta franchise.\n\nBelle journée,\nOlivier', true],
      // A sentence opening after « Ok » is no name.
      ['Objet : Re: Consultation audit\n\nOk Je comprends votre décision.\n\nBien à vous,\nMehdi', false],
      ['Objet : Re: Consultation audit\n\nParfait Merci beaucoup pour votre retour.\n\nBien à vous,\nMehdi', false],
      ['Merci Julie pour ton message, et pour ta franchise. À bientôt, Léo', true],
      ['Merci pour l’info Mme Hamel. Je reste inscrite sur la liste. Aline', true],
      ['Merci pour l’info. Je reste inscrite sur la liste. Aline', false],
    ];
    for (const [t, ok] of byName) {
      it(`${ok ? 'accepts' : 'flags'} an opening thanks ${JSON.stringify(t.slice(t.lastIndexOf('\n', 40) + 1, 60))} in ${t.includes('canal') ? 'a short message' : 'a mail'}`, () => {
        assert.equal(findingsOf(t, 'salutation-manquante').length, ok ? 0 : 1);
      });
    }
    it('never takes a closing formula alone in its paragraph for a bare-name greeting', () => {
      assert.equal(findingsOf('Objet : Merci\n\nCordialement,\n\nJe vous remercie pour votre appel.\n\nPaul', 'salutation-manquante').length, 1);
    });
    it('accepts a one-line title above the greeting, not two lines of body', () => {
      assert.deepEqual(findingsOf('Brouillon v2\n\nBonjour Paul,\n\nMerci pour votre retour.\n\nBien à vous,\nLéa', 'salutation-manquante'), []);
      assert.equal(findingsOf('Merci pour votre retour\nJe reste disponible\n\nSalut !\n\nBien à vous,\nLéa', 'salutation-manquante').length, 1);
    });
    it('is a warning in a mail, advice in a message pasted raw (no front matter, no subject: maybe a text message)', () => {
      const [raw] = findingsOf('ok pas de souci, merci de m’avoir prévenu. Je comprends pour le budget. Seb', 'salutation-manquante');
      assert.equal(raw.severity, 'information');
      assert.match(raw.message, /normal pour un SMS/);
      const [mail] = findingsOf('Objet : Devis\n\nok pas de souci, merci de m’avoir prévenu.\n\nBien à vous,\nSeb', 'salutation-manquante');
      assert.equal(mail.severity, 'warning');
      const [declared] = findingsOf('---\ncanal: mail\n---\nok pas de souci, merci de m’avoir prévenu. Seb', 'salutation-manquante');
      assert.equal(declared.severity, 'warning');
      // A declared SMS may open without « Bonjour »: advice.
      const [sms] = findingsOf('---\ncanal: sms\n---\nok pas de souci, merci de m’avoir prévenu 👍\nbonne soirée, Yannick', 'salutation-manquante');
      assert.equal(sms.severity, 'information');
      assert.match(sms.message, /SMS/);
    });
    it('signature-manquante is advice too on a raw message, a warning in a mail', () => {
      const body = 'Merci de m’avoir appelée hier soir, je comprends tout à fait.\nJe fais mon stage cet été au lycée agricole.\nJe reste disponible pour la saison prochaine si besoin.';
      const [raw] = findingsOf(`Bonjour Mme Bonnet,\n\n${body}`, 'signature-manquante');
      assert.equal(raw.severity, 'information');
      const [mail] = findingsOf(`Objet : Merci\n\nBonjour Mme Bonnet,\n\n${body}`, 'signature-manquante');
      assert.equal(mail.severity, 'warning');
    });
    it('accepts a military rank as the greeting (« Mon Capitaine, »)', () => {
      assert.deepEqual(findingsOf('Objet : Recrutement\n\nMon Capitaine,\n\nJe vous remercie pour votre courrier et pour l’accueil lors des tests.\n\nVeuillez agréer, mon Capitaine, mes salutations respectueuses.\n\nLéo Martin', 'salutation-manquante'), []);
    });
    it('accepts a greeting closed by an emoji instead of a comma (« Hello Marc 🙂 »)', () => {
      assert.deepEqual(findingsOf('---\ncanal: linkedin\n---\nHello Marc 🙂\n\nMerci pour ton message et pour le temps passé sur mon portfolio !\n\nBelle journée,\nLéa', 'salutation-manquante'), []);
    });
    it('accepts a short sender block (name, title) above the greeting of a letter', () => {
      const letter = 'Antoine Mercier\nDoctorant en histoire médiévale – EHESS\n\nMadame la Présidente,\n\nJe vous remercie de l’attention portée à mon dossier.\n\nJe vous prie d’agréer, Madame la Présidente, l’expression de mes salutations respectueuses.\n\nAntoine Mercier';
      assert.deepEqual(findingsOf(letter, 'salutation-manquante'), []);
      assert.equal(findingsOf(letter.replace('Doctorant en histoire médiévale – EHESS', 'Je vous écris au sujet de ma bourse'), 'salutation-manquante').length, 1, 'a sentence before the greeting is body');
    });
    it('accepts « Cher » before a civility and a title (« Cher Monsieur le Rédacteur en chef, »)', () => {
      for (const greeting of ['Cher Monsieur le Rédacteur en chef,', 'Chère Madame la Présidente du jury,']) {
        const letter = `${greeting}\n\nJe vous remercie de m’avoir transmis la décision du comité.\n\nBien cordialement,\nBertrand Lhomond`;
        assert.deepEqual(findingsOf(letter, 'salutation-manquante'), [], greeting);
      }
    });
    it('flags a reply that starts with the body, and the fix uses the recipient', () => {
      const t = '---\ndestinataire: M. Leroy\n---\nObjet : Merci\n\nMerci pour votre retour.\n\nBien cordialement,\nLéa Martin';
      const [f] = findingsOf(t, 'salutation-manquante');
      assert.ok(f);
      assert.match(applyFix(t, f), /\nBonjour M\. Leroy,\n\nMerci pour votre retour\./);
    });
  });

  describe('signature-manquante', () => {
    it('is advice, not a warning, on a text message typed in lower case that ends on « bonne journée » and gave the name up front', () => {
      const sms = 'bonjour mr Ferreira c lucas pour l’apprentissage\nmerci de m’avoir répondu et pour la visite de l’atelier\nsi jamais vous reprenez qqn en septembre je suis toujours partant 👍\nbonne journée';
      const [f] = findingsOf(sms, 'signature-manquante');
      assert.ok(f);
      assert.equal(f.severity, 'information');
    });
    const valid = [
      GOOD_MAIL,
      'Bonjour,\nMerci.\nQuoi qu’il en soit, je reste disponible.Bien cordialement,\nLéa Martin',
      '---\ncanal: linkedin\n---\nBonjour Julien, merci encore.\nAu plaisir de rester en contact, Samir.',
      'Bonjour,\nMerci pour votre temps et bon succès sur le projet,\nLéa',
      '---\ncanal: sms\n---\nBonjour, merci pour votre retour !',
      '---\ncanal: linkedin\n---\nBonjour Karim, merci pour nos échanges.\nJe reste preneur de vos actualités.\nJulien',
      '---\ncanal: linkedin\n---\nBonjour Karim, merci pour nos échanges.\nJulien Moreau',
    ];
    for (const t of valid) it(`accepts ${JSON.stringify(t.slice(-40))}`, () => assert.deepEqual(findingsOf(t, 'signature-manquante'), []));
    it('flags a reply with neither closing nor signature', () => {
      const [f] = findingsOf('Bonjour,\nMerci pour votre retour.\nJe reste disponible.', 'signature-manquante');
      assert.match(f.message, /Pas de formule de fin/);
    });
    it('still asks a mail that ends with a bare name for a closing formula, as advice (the signature is there)', () => {
      const t = 'Bonjour,\n\nMerci pour votre retour et pour le temps consacré à mon dossier.\n\nJulien';
      const [f] = findingsOf(t, 'signature-manquante');
      assert.equal(f.severity, 'information');
      assert.equal(applyFix(t, f), t.replace('Julien', 'Bien cordialement,\nJulien'));
    });
    it('a postal letter signed by hand (its name in the head) gets advice, not a warning', () => {
      const t = 'Jeanne ROBIN\n8, rue Pasteur\n67000 Strasbourg\n\nObjet : Votre réponse\n\nMadame,\n\nJe vous remercie pour votre décision.\n\nJe vous prie d’agréer, Madame, l’expression de mes salutations distinguées.';
      const [f] = findingsOf(t, 'signature-manquante');
      assert.equal(f.severity, 'information');
      assert.match(f.message, /signez à la main/);
    });
    it('flags a closing formula with no name after it', () => {
      const [f] = findingsOf('Bonjour,\nMerci pour votre retour.\nBien cordialement,', 'signature-manquante');
      assert.match(f.message, /sans signature/);
    });
  });

  describe('coordonnees-absentes', () => {
    const withContact = [
      'Bonjour,\nMerci.\nBien cordialement,\nLéa Martin\n06 12 34 56 78',
      'Bonjour,\nMerci.\nBien cordialement,\nLéa Martin – +33 6 12 34 56 78',
      'Bonjour,\nMerci.\nBien cordialement,\nLéa Martin – [LinkedIn](https://www.linkedin.com/in/lea)',
      'Bonjour,\nMerci.\nBien cordialement,\nLéa Martin – lea.martin@exemple.fr',
      // Numbers as they are written in Switzerland, Belgium, Québec and Senegal.
      'Bonjour,\nMerci.\nMeilleures salutations,\nCaroline Mottier – 078 641 29 30',
      'Bonjour,\nMerci.\nBien à vous,\nSophie Dewitte – 04 355 28 71',
      'Bonjour,\nMerci.\nAu plaisir,\nMartin Leblanc – cellulaire : 514 555-0193',
      'Bonjour,\nMerci.\nCordialement,\nAwa Ndiaye – 77 123 45 67',
    ];
    for (const t of withContact) it(`accepts ${JSON.stringify(t.slice(-30))}`, () => assert.deepEqual(findingsOf(t, 'coordonnees-absentes'), []));
    it('reads a long Québec signature line with its number as the signature', () => {
      const t = 'Bonjour Madame Gagnon,\n\nMerci pour votre courriel.\n\nAu plaisir de poursuivre nos échanges,\nGeneviève Ouellet, directrice générale – Le Tremplin des familles, Trois-Rivières – 819 555-0147\n';
      assert.deepEqual(findingsOf(t, 'signature-manquante'), []);
      assert.deepEqual(findingsOf(t, 'coordonnees-absentes'), []);
    });
    it('accepts the contact details of a letter’s sender block', () => {
      const t = 'Camille DURAND\n14, rue des Capucins\n69001 Lyon\n06 48 21 73 90\n\nObjet : Merci\n\nMadame,\n\nMerci.\n\nBien cordialement,\nCamille Durand';
      assert.deepEqual(findingsOf(t, 'coordonnees-absentes'), []);
      assert.deepEqual(findingsOf(t.replace('06 48 21 73 90\n', ''), 'coordonnees-absentes'), [], 'a postal address is a way to be reached');
      assert.equal(findingsOf(t.replace('06 48 21 73 90\n', '').replace('69001 Lyon\n', ''), 'coordonnees-absentes').length, 1);
    });
    it('advises a way to be reached', () => {
      const [f] = findingsOf('Bonjour,\nMerci.\nBien cordialement,\nLéa Martin', 'coordonnees-absentes');
      assert.equal(f.severity, 'information');
    });
  });
});

describe('brouillon-incomplet', () => {
  it('one piece of advice for an excerpt instead of two warnings', () => {
    const t = 'Merci pour votre retour, je comprends votre choix.';
    const [f] = findingsOf(t, 'brouillon-incomplet');
    assert.equal(f.severity, 'information');
    assert.match(f.message, /^Brouillon incomplet \?/);
    assert.deepEqual(findingsOf(t, 'salutation-manquante').concat(findingsOf(t, 'signature-manquante')), []);
    assert.equal(applyFix(t, f), `Bonjour,\n\n${t}\n\nBien cordialement,\n[Prénom Nom]`);
  });
  it('a whole message without greeting or ending still gets both warnings', () => {
    const t = Array.from({ length: 6 }, (_, i) => `Voici la phrase numéro ${i + 1}, assez longue pour remplir une ligne de lecture entière sans effort particulier de ma part.`).join('\n\n');
    assert.deepEqual(findingsOf(t, 'brouillon-incomplet'), []);
    assert.equal(findingsOf(t, 'salutation-manquante').length, 1);
    assert.equal(findingsOf(t, 'signature-manquante').length, 1);
  });
  it('a short message typed as one block, greeting included, is an excerpt too; a laid-out mail is not', () => {
    const block = 'Bonjour, merci d’avoir pris le temps de m’expliquer les raisons du refus. Bonne continuation.';
    const [f] = findingsOf(block, 'brouillon-incomplet');
    assert.match(f.message, /^Brouillon incomplet \? Pas de signature\./);
    assert.deepEqual(findingsOf(block, 'signature-manquante'), []);
    assert.equal(applyFix(block, f), `${block}\n[Prénom Nom]`);
    const laidOut = 'Bonjour,\n\nMerci d’avoir pris le temps de m’expliquer les raisons du refus.\n\nJe reste disponible.';
    assert.deepEqual(findingsOf(laidOut, 'brouillon-incomplet'), []);
    assert.equal(findingsOf(laidOut, 'signature-manquante').length, 1);
  });
  it('an SMS needs no ending: a missing greeting is its only finding', () => {
    const t = '---\ncanal: sms\n---\nmerci pour le retour, je comprends';
    assert.deepEqual(findingsOf(t, 'brouillon-incomplet'), []);
    assert.equal(findingsOf(t, 'salutation-manquante').length, 1);
  });
});
