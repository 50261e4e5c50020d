import * as assert from 'node:assert/strict';
import { analyze, analyzeDraft, defaultOptions, resolveOptions, RULES, type AnalyzeOptions, type Finding } from '../../src/core';
import { applyFix, GOOD_MAIL } from './helpers';

/** Wraps a body into a complete reply so that only the wording varies. */
const mail = (body: string) => `Objet : Merci pour votre retour\n\nBonjour Madame Martin,\n\n${body}\n\nBien cordialement,\nCamille Durand – 06 12 34 56 78\n`;

const WORDING = new Set(['ton', 'contestation', 'questions']);
const wordingFindings = (text: string, options?: Partial<AnalyzeOptions>): Finding[] =>
  analyze(text, { ...defaultOptions(), ...options }).filter((f) => WORDING.has(f.category));
const warnings = (text: string) => analyze(text).filter((f) => f.severity === 'warning');

describe('tone, contestation and questions rules', () => {
  describe('near misses: sincere or negated wording stays free of warnings', () => {
    const sincere = [
      'Bonne chance pour la suite du projet.',
      'Si jamais ça t’intéresse, je t’ajoute à notre lettre trimestrielle ; un simple « non merci » me va très bien aussi.',
      'Merci pour ton retour, et bravo pour la rapidité du process !',
      'Je vous souhaite bonne chance pour ce recrutement.',
      'Bonne continuation avec le candidat retenu.',
      'Je comprends. Merci quand même ; je travaillerai ma prise de parole à court terme.',
      'Je ne suis pas désolé de vous avoir écrit : merci pour cet échange.',
      'Désolé pour ce délai de réponse. Merci pour votre retour.',
      'Petite précision factuelle : le document a bien été transmis le 3 mars.',
      'Sauf erreur de ma part, l’attestation figurait bien dans le dossier du 3 mars.',
      'Je ne conteste pas votre décision et je vous remercie pour votre temps.',
      'Nul doute que la personne retenue fera du bon travail.',
      'Je suis un peu déçu, mais je comprends votre choix.',
      'Je vous remercie de tout cœur pour cet échange.',
      'Il ne serait pas injuste de dire que l’échange m’a beaucoup appris.',
      'Si jamais vous changez d’avis, je reste joignable.',
      'Si cela change votre évaluation, je peux fournir la preuve ci-jointe.',
      'Je regrette de ne pas avoir pu vous présenter mon portfolio, mais merci pour l’échange.',
      'Je ne suis pas découragé : je vais renforcer mon anglais.',
      'Bravo à toute l’équipe pour le lancement du produit.',
      'J’ai apprécié votre professionnalisme tout au long du processus.',
      'Le service RH et la PME partenaire m’ont transmis votre réponse ; mon CV est à jour.',
      'J’ai lu l’annonce sur Indeed et je reste attentif à vos offres.',
      'Le recours à un prestataire externe était un choix logique.',
      'Quel élément a le plus pesé dans la décision ? Quelle compétence devrais-je renforcer ?',
      'Auriez-vous 1 ou 2 retours concrets (compétences à renforcer, exemple manquant) ?',
      'Je ne sais pas si c’est possible ou pas, mais je reste disponible.',
      'Je reste convaincue que nos chemins se recroiseront.',
      'Je comprends que vous n’ayez pas retenu ma candidature.',
      'Tout était parfait dans l’organisation de l’entretien, merci.',
      'Un exemple plus concret aurait fait la différence, je le note.',
      'Mon portfolio était un peu léger en UX : je vais le compléter.',
      'On verra bien si une autre occasion se présente, je reste motivé.',
      'Nous sollicitons, comme le prévoit le code de la commande publique, la communication des motifs détaillés du rejet.',
      'C’est une déception, je ne vais pas le cacher, mais je comprends vos arguments.',
      'Je ne vous cache pas ma déception, mais je respecte votre choix.',
      'Je vous remercie de tout cœur pour votre bienveillance.',
      'Pas de souci, je comprends tout à fait.',
      'Je vous souhaite le meilleur pour la suite.',
      'Je suis désolée d’apprendre que le poste a été supprimé.',
      'Merci pour votre retour, même si ce n’est pas la réponse que j’espérais.',
      'Je comprends que vous ayez privilégié un profil déjà opérationnel sur Salesforce.',
      'Je reste convaincu de l’intérêt de votre projet et je suivrai son évolution avec attention.',
      'Je vous remercie pour la qualité des échanges et pour votre transparence sur le calendrier.',
      'Votre retour sur ma présentation m’a été très utile, je vais retravailler la partie chiffrée.',
      'Je suis déçue, je ne vais pas vous mentir, mais je comprends parfaitement votre décision.',
      'Je vous souhaite une excellente collaboration avec le prestataire retenu.',
      'Félicitations à la personne retenue, et merci encore pour votre accueil.',
      'Je prends bonne note de votre décision et vous remercie pour le temps consacré à notre offre.',
      'Si un besoin similaire se présente, je serais ravi d’en discuter à nouveau.',
      'Puis-je vous demander quel critère a été déterminant ?',
      'Je me permets de vous transmettre mon portfolio mis à jour, au cas où un besoin se présenterait.',
      'Je vous prie d’excuser ma réponse tardive : j’étais en congés.',
      'Sans vouloir abuser de votre temps, accepteriez-vous un échange de dix minutes ?',
      'Je ne vous cache pas que j’aurais aimé rejoindre votre équipe.',
      'J’ai bien conscience que le choix a dû être difficile entre plusieurs bons profils.',
      'C’est une belle opportunité qui m’échappe, mais l’expérience m’a beaucoup appris.',
      'Je vous remercie également pour vos conseils sur la structuration de mon mémoire.',
      'Nous restons à votre disposition pour un débriefing si vous le jugez utile.',
      'Nous ne remettons pas en cause l’analyse de la commission.',
      'Je serai heureux de candidater de nouveau lors de la prochaine campagne.',
      'Je vous souhaite beaucoup de réussite dans ce nouveau projet, sincèrement.',
      'Merci encore et à bientôt peut-être sur un autre projet !',
      'Petite précision : mon attestation de diplôme était bien jointe au dossier (pièce 4).',
      'J’ai pris le temps de relire votre message et je comprends les raisons de votre choix.',
      'Je reste à l’écoute de vos actualités et je vous invite à me contacter si un poste s’ouvre.',
      'Je sais que vous recevez beaucoup de candidatures, merci d’avoir pris le temps de répondre.',
      'Votre décision est compréhensible au regard de vos contraintes budgétaires.',
      'Je suis preneuse de tout conseil pour progresser.',
      'Le projet me tenait à cœur et je garde un très bon souvenir de notre rencontre.',
      'Si jamais le candidat retenu ne donnait pas suite, je reste intéressé.',
      'Je ne manquerai pas de suivre vos prochaines offres.',
      'J’ai été ravie d’échanger avec vous et votre équipe.',
      'Je comprends, c’est le jeu, et je vous remercie pour votre franchise.',
      'Bonne réussite pour la suite du recrutement !',
      'Je retiens vos remarques sur mon manque d’expérience en gestion d’équipe.',
      'Pour ma part, je vais continuer à me former sur Python et la data.',
      'Je vous remercie de m’avoir tenue informée, même tardivement.',
      'Merci pour votre honnêteté, c’est rare et appréciable.',
      'Nous avons bien reçu votre décision et vous remercions pour votre confiance lors de la consultation.',
      'Je ne regrette pas d’avoir postulé : l’entretien m’a beaucoup apporté.',
      'Je n’ai aucun doute que vous trouverez la bonne personne.',
      'À titre d’information, j’ai obtenu depuis la certification AWS Solutions Architect.',
      'Je suis sûre que le projet sera une réussite.',
      'Je vous rappellerai volontiers dans quelques mois pour prendre des nouvelles.',
      'Je n’ai pas su montrer toute ma motivation lors de l’entretien, je vais y travailler.',
    ];
    for (const body of sincere) {
      it(JSON.stringify(body), () => {
        const w = warnings(mail(body));
        assert.deepEqual(
          w.map((f) => `${f.rule}: ${mail(body).slice(f.start, f.end)}`),
          [],
        );
      });
    }
    it('the guide’s own examples are free of wording findings', () => {
      assert.deepEqual(wordingFindings(GOOD_MAIL).filter((f) => f.severity !== 'hint'), []);
    });
  });

  describe('scare quotes', () => {
    const quoteFindings = (body: string) => {
      const text = mail(body);
      const q = text.indexOf('«');
      return analyze(text).filter((f) => f.category === 'ton' && f.start <= q + 2 && q < f.end);
    };
    it('flags one evaluative word quoted at the reader, and its first fix takes the quotation marks away', () => {
      const text = mail('Merci pour votre « retour » si complet.');
      const found = quoteFindings('Merci pour votre « retour » si complet.');
      assert.deepEqual(found.map((f) => [f.rule, f.severity]), [['passif-agressif', 'warning']]);
      assert.ok(!applyFix(text, found[0]).includes('« retour »'));
    });
    for (const body of [
      'Merci pour votre courrier et pour l’examen de notre demande au titre du FDVA « projets innovants ».',
      'Merci pour votre évaluation du critère « valeur technique ».',
      'Merci pour votre courrier concernant la bourse « jeune installé » du syndicat.',
      'Votre mail mentionne un diplôme « non obtenu » : il m’a été délivré le 4 juillet.',
      'Merci pour votre réponse : « pas pour cette fois, mais gardons contact ».',
      'Le « non » fait partie du métier, et le vôtre était très courtoisement formulé.',
    ]) {
      it(`leaves a named label or a citation alone: ${JSON.stringify(body)}`, () => {
        assert.deepEqual(quoteFindings(body).map((f) => f.rule), []);
      });
    }
  });

  describe('what must be flagged, in which rule', () => {
    const table: [string, string, string][] = [
      ['Bonne chance quand même.', 'passif-agressif', 'Bonne chance quand même'],
      ['bonne chance\nquand meme', 'passif-agressif', 'bonne chance\nquand meme'],
      ['Bonne continuation avec votre candidat idéal.', 'passif-agressif', 'Bonne continuation avec votre candidat idéal'],
      ['Cordialement (ou pas).', 'passif-agressif', 'ou pas'],
      ['Moi aussi j’ai le regret de vous informer que je ne suis plus disponible.', 'passif-agressif', 'Moi aussi j’ai le regret'],
      ['Je suppose que vous avez vos raisons.', 'passif-agressif', 'Je suppose que vous avez vos raisons'],
      ["Merci de m'avoir fait perdre mon temps.", 'passif-agressif', "Merci de m'avoir fait perdre mon temps"],
      ['C’est honteux.', 'ton-agressif', 'honteux'],
      ['C’est du grand n’importe quoi.', 'ton-agressif', 'du grand n’importe quoi'],
      ['c est du grand n importe quoi', 'ton-agressif', 'du grand n importe quoi'],
      ['Vous n’avez même pas lu mon dossier.', 'ton-agressif', 'Vous n’avez même pas lu'],
      ['Vos recruteurs sont incompétents.', 'ton-agressif', 'incompétents'],
      ['Vous le regretterez.', 'ton-agressif', 'Vous le regretterez'],
      ['Je vais laisser un avis négatif.', 'ton-agressif', 'laisser un avis négatif'],
      ['Je sais que je ne suis pas à la hauteur.', 'excuses', 'je ne suis pas à la hauteur'],
      ['Je n’aurais pas dû postuler.', 'excuses', 'Je n’aurais pas dû postuler'],
      ['Votre décision est injuste.', 'drame', 'injuste'],
      ['Je ne m’en remettrai pas.', 'drame', 'Je ne m’en remettrai pas'],
      ['Après tout ce que j’ai investi, rien.', 'drame', 'Après tout ce que j’ai investi'],
      ['Je ne suis pas d’accord avec votre décision.', 'conteste-la-decision', 'Je ne suis pas d’accord'],
      ['Vous faites une erreur.', 'conteste-la-decision', 'Vous faites une erreur'],
      ['Je vous demande de reconsidérer votre décision.', 'conteste-la-decision', 'Je vous demande de reconsidérer'],
      ['Je suis le meilleur candidat.', 'conteste-la-decision', 'Je suis le meilleur candidat'],
      ['VOUS N’AVEZ RIEN COMPRIS.', 'cris', 'VOUS N’AVEZ RIEN COMPRIS'],
      ['Je suis TRÈS DÉÇU.', 'cris', 'TRÈS DÉÇU'],
      ['Bien reçu votre message. JE PRENDS NOTE. Merci pour l’entretien.', 'cris', 'JE PRENDS NOTE'],
      ['J’avais été clair : j’étais DISPONIBLE IMMÉDIATEMENT.', 'cris', 'DISPONIBLE IMMÉDIATEMENT'],
      ['Trois semaines !!!', 'cris', '!!!'],
      ['Vraiment ?!?!', 'cris', '?!?!'],
      ['Merci 😡', 'cris', '😡'],
    ];
    for (const [body, rule, words] of table) {
      it(`${JSON.stringify(body)} → ${rule}`, () => {
        const text = mail(body);
        const f = wordingFindings(text).filter((x) => x.rule === rule);
        assert.ok(f.length > 0, `no ${rule} in ${JSON.stringify(body)}: ${JSON.stringify(wordingFindings(text).map((x) => x.rule))}`);
        assert.ok(f.some((x) => text.slice(x.start, x.end).includes(words) || words.includes(text.slice(x.start, x.end))), f.map((x) => text.slice(x.start, x.end)).join(' | '));
      });
    }
  });

  describe('a short comment reads the sentence before it', () => {
    const jab = (body: string) => wordingFindings(mail(body)).filter((f) => f.rule === 'passif-agressif');
    it('« Leçon retenue ! » after owning a mistake is sincere', () => {
      assert.deepEqual(jab('J’avoue, j’ai fait une erreur en sous-estimant la partie recherche. Leçon retenue !'), []);
      // Two sentences back, through one that names the reader only to accept the decision; a colon after « mon erreur » frames
      // what follows it in its own sentence, not the next one.
      assert.deepEqual(jab('En relisant mon dossier, j’ai vu mon erreur : ma lettre citait une autre entreprise. Pas mon meilleur moment, et je comprends d’autant mieux votre décision ! La leçon est retenue.'), []);
      assert.equal(jab('J’ai vu mon erreur : vous avez été injustes. Leçon retenue !').length, 1);
    });
    it('« Leçon retenue ! » after blaming the reader, or alone, stays a jab', () => {
      assert.equal(jab('J’ai eu tort de vous faire confiance. Leçon retenue !').length, 1);
      assert.equal(jab('Trois mois sans réponse pour un poste pourvu en interne. Leçon retenue !').length, 1);
    });
  });

  describe('the subject line and the signature’s tagline are read too', () => {
    const letter = (subject: string, tagline: string) =>
      `Objet : ${subject}\n\nBonjour Madame Garnier,\n\nMerci pour votre message et pour le temps consacré à mon dossier.\nJe reste disponible si un besoin proche se présente.\n\nBien cordialement,\nLaurent Mercier\nArchitecte logiciel\n${tagline}\n06 42 18 77 03\n`;
    const tone = (text: string) => wordingFindings(text).filter((f) => f.category === 'ton' || f.category === 'contestation');
    it('flags a jab in the subject and a bitter motto under the name', () => {
      const subject = letter('Refus n°3 chez vous — toujours un plaisir', '');
      assert.ok(tone(subject).some((f) => subject.slice(f.start, f.end).includes('toujours un plaisir')));
      const motto = letter('Suite à votre réponse', '« 30 ans de métier, visiblement moins convaincants qu’un devis à −15 % »');
      const [f] = tone(motto);
      assert.ok(f, 'the motto is read');
      assert.ok(f.start > motto.indexOf('Laurent Mercier'), 'the finding is on the motto');
    });
    it('leaves a plain subject and a kind motto alone', () => {
      assert.deepEqual(tone(letter('Merci pour votre retour', '« Le bois a toujours quelque chose à nous apprendre »')), []);
    });
  });

  describe('a post-scriptum is read like the body', () => {
    const withPs = (ps: string) => `${mail('Merci pour votre retour. Je comprends votre décision.')}\nP.S. ${ps}\n`;
    it('its irony and its asks count, with offsets in the post-scriptum', () => {
      const text = withPs('J’ai vu que l’annonce était de nouveau en ligne : bon courage pour trouver la perle rare.');
      const tone = wordingFindings(text).filter((f) => f.category === 'ton');
      assert.ok(tone.length > 0 && tone.every((f) => f.start > text.indexOf('P.S.')), JSON.stringify(tone.map((f) => f.rule)));
      const asks = withPs('Quel élément a pesé ? Quelle compétence renforcer ? Le poste rouvrira-t-il ?');
      assert.equal(wordingFindings(asks).filter((f) => f.rule === 'trop-de-questions').length, 1);
    });
    it('so is a « Copie : » line under the signature: copying the director is leverage, and the signature stays whole', () => {
      const text = `${mail('Merci pour votre courrier. J’en prends bonne note.')}\nCopie : M. le Directeur régional\n`;
      const found = wordingFindings(text);
      assert.ok(found.some((f) => f.rule === 'ton-agressif' && f.start >= text.indexOf('Copie :')), JSON.stringify(found.map((f) => f.rule)));
      assert.ok(!found.some((f) => f.rule === 'signature-manquante'), JSON.stringify(found.map((f) => f.rule)));
    });
    it('a closing that asks is read for its asks, a plain « Dans l’attente de votre réponse » is not', () => {
      const closing = (c: string) => `Objet : Merci\n\nBonjour Madame Martin,\n\nMerci pour votre réponse. Je prends note de votre décision.\n\n${c}\n\nCamille Durand – 06 12 34 56 78\n`;
      const asking = closing('Dans l’attente de savoir quel prestataire vous avez retenu, à quel tarif, et ce qui a manqué à notre offre, je vous adresse mes salutations cordiales.');
      assert.equal(wordingFindings(asking).filter((f) => f.rule === 'trop-de-questions').length, 1);
      assert.deepEqual(wordingFindings(closing('Dans l’attente de votre réponse, je vous prie d’agréer mes salutations distinguées.')).filter((f) => f.rule === 'trop-de-questions'), []);
    });
    it('a kind post-scriptum stays quiet and does not lengthen the message', () => {
      const text = withPs('Mon portfolio est en ligne si vous souhaitez le garder sous le coude : https://exemple.fr/portfolio');
      assert.deepEqual(warnings(text), []);
    });
  });

  // Faults read as a meeting of classes (data/cues.ts) or as an inventory of costs: each flags its sentences in wordings
  // no list names, with a warning the user can fix, and leaves the sincere sentences that share its words.
  const readings: { title: string; rule: string; message: string; flags: string; flagged: string[]; leaves: string; left: string[] }[] = [
    {
      title: 'irony carried by figures: praise of speed or care that a count belies',
      rule: 'passif-agressif',
      message: 'Ironie par les chiffres',
      flags: 'speed praised beside weeks of waiting, care praised beside minutes for dozens of pages or two lines for three interviews',
      flagged: [
        'Mon dossier de cinquante pages a été étudié en vingt minutes, je salue votre esprit de synthèse.',
        'Deux lignes pour conclure quatre entretiens : c’est d’une concision remarquable.',
        'Votre réponse m’est parvenue onze semaines après mon entretien. Merci pour cette célérité.',
      ],
      leaves: 'sincere praise: a fast answer, care over weeks, a denied compliment',
      left: [
        'Merci pour votre réponse rapide, reçue deux jours après l’entretien.',
        'Merci pour l’attention portée à mon dossier pendant ces trois semaines d’étude.',
        'Ce n’est pas la rapidité que je retiens, mais la qualité de nos trois entretiens.',
      ],
    },
    {
      title: 'favouritism insinuated: a tie to the house and a wink at what it bought',
      rule: 'passif-agressif',
      message: 'Favoritisme sous-entendu',
      flags: 'the tie with the wink, in the same sentence or the next',
      flagged: [
        'Le lauréat est un ami du président du jury, mais ce n’est sans doute qu’une coïncidence.',
        'Je ne doute pas que ses années de stage chez vous ont un peu aidé, et je lui souhaite bonne réussite.',
      ],
      leaves: 'the tie told alone, or as a fair reason',
      left: [
        'Félicitations à la personne retenue, qui connaît déjà bien la maison.',
        'Je comprends que vous ayez privilégié une candidature interne, c’est bien normal.',
        'La candidate retenue connaît bien l’équipe, ce qui l’aidera à démarrer vite.',
      ],
    },
    {
      title: 'word of mouth announced: the writer will tell third parties',
      rule: 'ton-agressif',
      message: 'Bouche-à-oreille',
      flags: 'a future telling with third parties in the sentence or the one before',
      flagged: [
        'Beaucoup de parents du quartier nous demandent comment s’est passée notre démarche. Nous leur raconterons, tout simplement.',
        'Les propriétaires de la résidence me demanderont pourquoi je ne suis plus retenu ; je leur expliquerai les choses telles qu’elles se sont passées.',
      ],
      leaves: 'kind words passed on, and a telling with no one to hear it',
      left: ['Je dirai à mes collègues combien votre accueil a été chaleureux.', 'Je vous expliquerai volontiers mon projet lors d’un prochain échange.'],
    },
    {
      title: 'sour grapes: what was lost, run down',
      rule: 'passif-agressif',
      message: 'Raisins trop verts',
      flags: 'the flat or the post run down after the refusal',
      flagged: ['L’appartement était de toute façon un peu sombre et bruyant.', 'Le poste était mal payé de toute façon.'],
      leaves: 'praise of what was lost, and a size that simply did not fit',
      left: ['Merci, l’appartement était lumineux et bien situé.', 'Je comprends, le studio est un peu petit pour trois personnes, c’est logique.'],
    },
    {
      title: 'condescension about the reader’s size: not ready yet',
      rule: 'passif-agressif',
      message: 'Condescendance',
      flags: 'the reader’s organisation sized up beside what it is not ready for',
      flagged: ['Pour une structure de votre taille, ce type de démarche peut sembler un peu en avance.', 'Votre jeune équipe n’a pas encore les repères pour évaluer ce profil.'],
      leaves: 'a size told as a fact, without a verdict on the reader',
      left: ['Je comprends qu’une structure de votre taille doive faire des choix budgétaires.'],
    },
    {
      title: 'an unfavourable comparison: another house that did what the reader did not',
      rule: 'passif-agressif',
      message: 'Comparaison défavorable',
      flags: 'another house named beside a courtesy it did',
      flagged: ['Votre concurrent direct, lui, a pris le temps de m’appeler pour m’expliquer son choix.', 'D’autres cabinets savent encore répondre aux candidats, je le note.'],
      leaves: 'another house named as news, and a courtesy shared with thanks',
      left: ['J’ai depuis rejoint une autre agence, qui m’a proposé un CDI.', 'Votre concurrent direct m’a aussi répondu rapidement, et je vous en remercie tous les deux.'],
    },
    {
      title: 'facts set side by side: what the reader asked for, and what the reader chose',
      rule: 'passif-agressif',
      message: 'Faits mis côte à côte',
      flags: 'the reader’s stated requirement beside the reader’s choice in one sentence',
      flagged: [
        'Vous vouliez quelqu’un de disponible, j’étais disponible, vous avez choisi quelqu’un qui commence en janvier.',
        'On m’a demandé dix ans d’expérience, j’en ai douze, et c’est quelqu’un qui sort d’école qui est pris.',
        'Vous cherchiez de l’innovation, et vous retenez le projet qui ressemble à celui de l’an dernier.',
      ],
      leaves: 'the same two facts told with acceptance, and a requirement recalled alone',
      left: [
        'Vous cherchiez un profil plus senior et vous avez retenu une candidate expérimentée, je le comprends.',
        'Vous cherchiez quelqu’un de disponible dès janvier, ce qui n’était pas mon cas.',
      ],
    },
    {
      title: 'investment counted back as an inventory of costs',
      rule: 'drame',
      message: 'Investissement compté',
      flags: 'two counted costs of applying in one sentence, in a parenthesis or after thanks',
      flagged: [
        'Merci pour votre retour et pour ces trois mois d’échanges (quatre entretiens, un cas pratique rendu un dimanche, deux allers-retours à Lille).',
        'Je prends note de votre décision, intervenue après cinq entretiens et deux jours de congé posés pour venir.',
        // Work given for free is a counted cost too.
        'J’ai bien noté que vous ne donniez pas suite, après les trois réunions, la maquette et l’audit que j’avais préparés sans facturer.',
      ],
      leaves: 'one count, an offer described, and figures told as a gain',
      left: [
        'Après trois entretiens, je comprends mieux vos attentes.',
        'Notre offre comprenait trois techniciens, douze mois de maintenance et deux visites annuelles.',
        'Les trois entretiens et les deux tests m’ont permis de mieux connaître votre équipe.',
        // The gain told in the next sentence of the same paragraph.
        'Trois entretiens et un test technique, je ne pensais pas être aussi stressé !? En tout cas, j’ai beaucoup appris en préparant le tout.',
      ],
    },
  ];
  for (const r of readings) {
    describe(r.title, () => {
      const found = (body: string) => wordingFindings(mail(body)).filter((f) => f.rule === r.rule && f.message.startsWith(r.message));
      it(`flags ${r.flags}`, () => {
        for (const body of r.flagged) {
          const all = found(body);
          assert.equal(all.length, 1, body);
          assert.equal(all[0].severity, 'warning', body);
          assert.ok(all[0].fixes.length > 0, `${body}: the sentence can be replaced or removed`);
        }
      });
      it(`leaves ${r.leaves}`, () => {
        for (const body of r.left) assert.deepEqual(found(body), [], body);
      });
    });
  }

  describe('reponse-seche: a reply with no thanks and no kind word', () => {
    const curt = 'Bonjour,\n\nBien reçu. Je prends note.\n\nCordialement,\nT. Perrin\n';
    it('is advice on the body’s first word, fixed by thanking first', () => {
      const [f] = analyze(curt).filter((x) => x.rule === 'reponse-seche');
      assert.equal(f.severity, 'information');
      assert.equal(curt.slice(f.start, f.end), 'Bien');
      assert.equal(applyFix(curt, f), curt.replace('Bien reçu.', 'Merci pour votre retour. Bien reçu.'));
    });
    it('stays quiet once one warm word is there: thanks, understanding, a wish, availability, or a subject that thanks', () => {
      for (const warm of ['Bien reçu, merci.', 'Bien reçu, je comprends votre décision.', 'Reçu avec regret, bonne continuation.', 'Votre décision est entendue, je reste disponible.', 'Je vous serais reconnaissant de garder mon CV.']) {
        assert.deepEqual(analyze(curt.replace('Bien reçu.', warm)).filter((x) => x.rule === 'reponse-seche'), [], warm);
      }
      assert.deepEqual(analyze(`Objet : Merci pour votre retour\n\n${curt}`).filter((x) => x.rule === 'reponse-seche'), []);
    });
    it('reads a bare « Noté. » opening as curt whatever courtesy follows, unless the reply thanks', () => {
      for (const dry of ['Noté. Bonne continuation.', 'Pris note. Merci de supprimer mes données personnelles de votre base.', 'Bien reçu. Je reste disponible.']) {
        const text = curt.replace('Bien reçu. Je prends note.', dry);
        const [f] = analyze(text).filter((x) => x.rule === 'reponse-seche');
        assert.ok(f, dry);
        assert.match(f.message, /« noté » sec/);
      }
      for (const thanked of ['Noté, merci ! Bonne continuation.', 'Bien reçu. Merci pour votre retour, bonne continuation.', 'Noté. Je vous remercie pour votre temps.']) {
        assert.deepEqual(analyze(curt.replace('Bien reçu. Je prends note.', thanked)).filter((x) => x.rule === 'reponse-seche'), [], thanked);
      }
    });
    it('leaves a check-in alone: months later, it needs no thanks', () => {
      assert.deepEqual(analyze(`---\nscenario: check-in\n---\n${curt}`).filter((x) => x.rule === 'reponse-seche'), []);
    });
  });

  describe('apologies: one ordinary apology is fine, a pile is not', () => {
    it('a single apology for a late answer is not flagged', () => {
      assert.deepEqual(wordingFindings(mail('Désolé pour ce délai de réponse. Merci pour votre retour.')), []);
    });
    it('a single mild apology is advice (information)', () => {
      const f = wordingFindings(mail('Désolée de vous déranger. Merci pour votre retour.'));
      assert.deepEqual(f.map((x) => [x.rule, x.severity]), [['excuses', 'information']]);
    });
    it('a pile of apologies is a warning on each, the ordinary one included', () => {
      const f = wordingFindings(mail('Désolé pour ce délai de réponse. Je m’excuse aussi pour mon entretien. Pardon encore.'));
      assert.equal(f.filter((x) => x.rule === 'excuses' && x.severity === 'warning').length, 3);
      assert.match(f[0].message, /3 excuses/);
    });
    it('self-deprecation is a warning even alone', () => {
      const f = wordingFindings(mail('Je ne suis pas à la hauteur.'));
      assert.equal(f[0].severity, 'warning');
    });
  });

  describe('shouting', () => {
    const quiet = [
      'Le service RH m’a transmis votre réponse ; mon CV et mon PDF sont à jour.',
      'J’ai travaillé à la SNCF puis chez BNP PARIBAS REAL ESTATE.',
      'Merci pour votre retour sur le poste de DÉVELOPPEUR JAVA.',
      // A diploma whose second word is also a French word (« es »).
      'J’obtiendrai mon diplôme EPD ES en juin.',
      'Titulaire du BTS MUC et du BAC PRO, je reste disponible.',
      // An institution's name in capitals, opened by its organisation noun.
      'Merci pour la réponse concernant la bourse doctorale de la FONDATION SENGHOR POUR LA RECHERCHE.',
    ];
    for (const body of quiet) it(`quiet on ${JSON.stringify(body)}`, () => assert.deepEqual(wordingFindings(mail(body)).filter((f) => f.rule === 'cris'), []));
    it('ignores a name written in capitals in the signature and a job title in the subject', () => {
      const t = 'Objet : RE: CANDIDATURE AU POSTE DE CHEF DE PROJET EN CDI\n\nBonjour Madame,\n\nMerci pour votre retour.\n\nBien cordialement,\nMARIE-CLAIRE DE LA TOUR – 06 12 34 56 78\n';
      assert.deepEqual(wordingFindings(t).filter((f) => f.rule === 'cris'), []);
    });
    it('hears a run of capitals that holds a date, and a long word beside short ones', () => {
      const f = wordingFindings(mail('J’avais pourtant précisé que j’étais DISPONIBLE DÈS LE 1ER JUIN.')).filter((x) => x.rule === 'cris');
      assert.equal(f.length, 1);
      assert.equal(f[0].severity, 'warning');
    });
    it('hears one adverb of manner in capitals (« EXPLICITEMENT ») as a raised voice, as information', () => {
      const f = wordingFindings(mail('Même si j’avais EXPLICITEMENT indiqué ma disponibilité, je comprends votre choix.')).filter((x) => x.rule === 'cris');
      assert.equal(f.length, 1);
      assert.equal(f[0].severity, 'information');
      assert.deepEqual(wordingFindings(mail('Mon mémoire porte sur le DÉVELOPPEMENT durable des territoires.')).filter((x) => x.rule === 'cris').length, 1, 'an ordinary noun in -ment in capitals is a voice too');
      assert.deepEqual(wordingFindings(mail('J’ai suivi le module MGMT du master.')).filter((x) => x.rule === 'cris'), []);
      assert.deepEqual(wordingFindings(mail('LOGEMENT\nMerci pour votre réponse au sujet du T2 de la rue Nationale.')).filter((x) => x.rule === 'cris'), [], 'a heading alone on its line');
    });
    it('hears a count or a plea in capitals (« DIX ANS », « VALOIR QUELQUE CHOSE ») as a voice, not a code', () => {
      for (const body of ['J’ai enseigné DIX ANS en classe d’accueil.', 'Mon parcours devrait VALOIR QUELQUE CHOSE.']) {
        const f = wordingFindings(mail(body)).filter((x) => x.rule === 'cris');
        assert.equal(f.length, 1, body);
        assert.equal(f[0].severity, 'warning');
      }
    });
    it('rewrites the shouted words in lower case, keeping acronyms', () => {
      const text = mail('Merci. VOUS N’AVEZ PAS LU MON CV.');
      const f = wordingFindings(text).find((x) => x.rule === 'cris');
      assert.ok(f);
      assert.equal(applyFix(text, f), mail('Merci. Vous n’avez pas lu mon CV.'));
    });
  });

  it('refusals counted as a fact of the road, with the writer going on, are no « roman triste »; counted against the reader they are', () => {
    const drame = (body: string) => wordingFindings(mail(body)).filter((f) => f.rule === 'drame');
    for (const fine of [
      'C’est ma deuxième tentative auprès de votre institution et je continue de me former en fiscalité pour une prochaine session.',
      'Troisième refus, mais je suis têtu et toujours aussi motivé !',
      'C’est la deuxième fois qu’elle n’aboutit pas, et je sais que les places sont rares.',
    ]) assert.deepEqual(drame(fine), [], fine);
    assert.ok(drame('Toujours la même réponse, je commence à avoir l’habitude.').length > 0);
    assert.ok(drame('C’est le quatrième appel d’offres que nous perdons, et je ne sais plus très bien pourquoi nous continuons à répondre.').length > 0);
  });

  describe('questions', () => {
    /** The findings of the question count on a mail with this body. */
    const asks = (body: string) => wordingFindings(mail(body)).filter((f) => f.rule === 'trop-de-questions');
    it('counts each verb of telling a frame governs, orders, indirect « si » and « ainsi que » as asks', () => {
      for (const three of [
        'Pourriez-vous me dire quels éléments ont manqué, me préciser le profil retenu et m’indiquer si une session est prévue ?',
        'Dites-moi ce qui n’a pas convenu, indiquez-moi les compétences à travailler et faites-moi savoir quand ouvrira la prochaine session.',
        'Je me demandais ce qui vous avait le moins convaincue, si vous accepteriez de relire une version retravaillée, et si vous pourriez me conseiller une agence.',
        'J’aimerais savoir ce qui a fait la différence, et comprendre aussi comment mon étude de cas a été perçue, ainsi que les points de mon CV à retravailler.',
        // « curieuse de savoir » frames the asks: « ce qui » right after it is the first, not a purpose.
        'Si vous avez un moment, je serais curieuse de savoir ce qui a fait la différence, sur quels points je pourrais progresser et si un autre contrat pourrait s’ouvrir à la rentrée.',
        // « n'hésitez pas à nous dire » asks like « à me dire »; « et plus largement » does not hide the third item.
        'N’hésitez pas à nous dire tout ce qui pourrait nous aider, ce que nous pourrions améliorer de manière générale, et plus largement ce que vous attendez des porteurs de projets.',
        // A formal « je sollicite de votre bienveillance de bien vouloir » frames three asks; « me faire savoir » is one of them.
        'Je sollicite de votre bienveillance de bien vouloir m’indiquer les motifs du rejet, me faire savoir si mon dossier sera conservé, et me préciser les pièces à compléter.',
      ]) {
        const [f] = asks(three);
        assert.ok(f, three);
        assert.match(f.message, /^3 questions/, three);
      }
      for (const more of [
        'Merci pour votre retour, sur lequel j’aurais aimé, si cela ne vous dérange pas, obtenir quelques précisions, notamment sur la façon dont votre comité a évalué notre traction, sur le niveau de valorisation attendu, sur les fonds de votre réseau, et enfin sur le calendrier de votre prochain comité.',
        'pk jai pas ete prise ya eu combien de candidats et cest qui qui a ete prise',
      ]) assert.equal(asks(more).length, 1, more);
      // « …, et si … » after a verb of telling is one more ask; after « je reste preneur », « si elle peut vous être utile » is a condition.
      assert.equal(asks('Pourriez-vous m’indiquer mon rang sur la liste complémentaire, la date à laquelle elle sera close, et si un report à l’an prochain est envisageable ?').length, 1);
      assert.deepEqual(asks('Je reste preneur de vos actualités et je vous enverrai volontiers, d’ici quelques semaines, notre étude sur les coûts, si elle peut vous être utile.'), []);
      for (const four of [
        'J’aimerais connaître ma note à l’oral, mon rang sur la liste complémentaire, savoir si je peux recandidater l’an prochain et si une admission en cours d’année est envisageable.',
        'Pourriez-vous me transmettre vos notes de comité, me dire quel multiple vous jugeriez acceptable et me présenter à un ou deux fonds plus adaptés ?',
      ]) assert.equal(asks(four).length, 1, four);
      // A polite aside between commas adds no ask.
      assert.deepEqual(asks('Nous aimerions connaître, si c’est possible, le principal point faible relevé dans notre proposition.'), []);
      // A meeting asked with « est-ce que », for a purpose: one ask.
      assert.deepEqual(asks('Est-ce qu’on pourrait caler un point en juin pour voir ce que je dois renforcer ? Merci encore.'), []);
      // Two questions announced, then asked as list items: two asks, not three; a « si » that sets a condition asks nothing.
      const announced = 'Si vous en avez le temps, j’aurais deux questions :\n- à partir de quel chapitre l’histoire vous a-t-elle retenue, s’il y en a eu un ?\n- conseilleriez-vous de couper le prologue ?';
      assert.deepEqual(asks(announced), []);
    });
    it('counts « qu’est-ce que » and inverted questions opening a clause, not an inversion after an interrogative', () => {
      for (const three of [
        'Qu’est-ce qui n’allait pas, qu’est-ce que je dois améliorer, et est-ce que je peux repostuler ?',
        'Avez-vous reçu beaucoup de dossiers, combien ont été acceptés, et quel était le profil des locataires retenus ?',
        'Combien de candidats avez-vous vus, à quel stade ai-je été écarté, et le poste sera-t-il republié ?',
        // « ou est-ce … » opens a third yes-or-no question, not an alternative inside the second.
        'Est-ce que l’entretien s’est mal passé, est-ce que mes prétentions étaient trop élevées ou est-ce une question de timing ?',
        // A reason asked about as three alternatives puts each one to the reader.
        'Franchement, c’était mon âge, mon accent ou mon parcours ?',
        'Du coup c’était quoi le problème, mon expérience, mon salaire demandé ou ma personnalité ?',
        // « , si c’est l’entretien qui … » names a cause; « du A, du B et de C » lists three topics.
        'Pouvez-vous me dire si mon test était raté, si c’est l’entretien qui a bloqué ou si le poste a été gelé ?',
        'Pouvez-vous me préciser ce que le jury a pensé du scénario, du budget et de l’équipe technique ?',
        // Three acts asked about after one inverted auxiliary.
        'Avez-vous lu mon portfolio, consulté mes références et regardé la vidéo jointe ?',
        // Three acts asked under one modal.
        'Est-ce que je peux vous appeler cette semaine, vous envoyer mon nouveau portfolio et rencontrer votre directeur artistique ?',
        // « c’est parce que je … ? » asks the reader for the reason: one more ask, not a question to oneself.
        'c’est parce que je suis pas dispo le dimanche ?? vous avez pris quelqu’un d’autre du coup ? et pour cet hiver vous recrutez ?',
      ]) {
        const [f] = asks(three);
        assert.ok(f, three);
        assert.match(f.message, /^3 questions/, three);
      }
      // « dans A, dans B » lists the places asked about as « sur A, sur B » lists topics.
      assert.match(asks('J’aimerais savoir ce qui a péché dans le budget, dans la méthodologie et dans le partenariat.')[0]?.message ?? '', /^3 questions/);
      for (const one of [
        'Pourquoi avez-vous choisi un autre profil ?',
        'Avez-vous un moment pour un appel la semaine prochaine ?',
        // The other side of the same ask: « …, ou préférez-vous… ».
        'Le dossier papier était-il le bon format, ou préférez-vous un lien vers un portfolio ?',
        // Options to choose from, and an interrogative's own detail, are one ask.
        'Préférez-vous un appel, un mail ou un rendez-vous ?',
        // « si c’est le cas » sets a condition; « le choix du jury et des délais » is one thing asked.
        'Pourriez-vous me dire ce qui a manqué, si c’est le cas ?',
        'Avez-vous lu et apprécié mon dossier ?',
        'Une seule question : qu’est-ce qui a le plus pesé, le tarif journalier ou le délai de démarrage ?',
        // Days offered for one call are one ask.
        'Puis-je vous rappeler lundi, mardi ou mercredi ?',
      ]) assert.deepEqual(asks(one), [], one);
      // The reader's time or wish set aside between commas asks nothing: two questions after it stay two.
      for (const two of [
        'Deux questions, si tu as un moment : le frein principal était-il le prix ou l’intégration ? Et seriez-vous ouverts à un pilote ?',
        'Pourriez-vous, si vous le souhaitez, me dire ce qui a manqué et quand le poste rouvrira ?',
        'Deux questions rapides, si vous le permettez : quel critère nous a le plus pénalisés, et la note technique était-elle au niveau attendu ?',
        'Deux questions, si vous en avez le temps : quel critère a le plus pesé, et notre proposition d’hébergement était-elle claire ?',
        // « plutôt » asks the reader to pick one option: one targeted question.
        'Pour m’améliorer : est-ce plutôt le prix, le menu ou la disponibilité qui a fait la différence ?',
        // A rule's leave set aside: « si la procédure le permet ».
        'Nous aimerions savoir, si la procédure le permet, quel critère a le plus pesé, afin d’ajuster notre dossier pour l’appel de l’automne.',
      ]) assert.deepEqual(asks(two), [], two);
    });
    it('counts « que » and an inversion opening a clause, topics repeated with their preposition, and an item after an aside', () => {
      for (const three of [
        'Qui a obtenu la place, sur quels critères, et aurais-je eu une chance avec un autre dossier ?',
        // Three alternatives put as the subject of a yes-or-no question, or opened by « de » after the first.
        'Pouvez-vous me dire si mon âge, mon statut d’indépendant ou mon garant ont joué dans votre choix ?',
        'Est-ce que mon âge, mon école ou mon manque d’expérience a joué ?',
        'Est-ce une question de budget, de calendrier ou de compétences ?',
        'Est-ce que ma fille pourra être sur liste d’attente, jusqu’à quand, et que faut-il faire pour remonter dans la liste ?',
        'Que pensez-vous de mon CV, de mon profil LinkedIn et de mon portfolio ?',
        'Serait-il possible d’avoir un entretien téléphonique, un retour écrit détaillé et, si possible, une copie des notes du jury ?',
        'Je voulais comprendre depuis quand la décision était prise, pourquoi personne ne m’a parlé d’un souci, et quelle agence reprend les vidéos.',
      ]) {
        const [f] = asks(three);
        assert.ok(f, three);
        assert.match(f.message, /^[34] questions/, three);
      }
      // An inverted verb of asking in the middle of a list is one more ask; a question of three listed things asks three.
      for (const three of [
        'Pour l’appartement, y a-t-il une liste d’attente, puis-je visiter d’autres biens, et quels documents manquaient ?',
        'Qu’est-ce qui cloche chez moi, en fait ? Mon CV, ma lettre, mon entretien ?',
        'Que faudrait-il changer dans notre offre, dans notre équipe et dans notre business plan pour que vous investissiez ?',
      ]) assert.equal(asks(three).length, 1, three);
      for (const three of [
        // « est-il » asks unless it frames « possible »; « qu'auriez-vous fait » asks; « selon vous ? » is the reader's view asked.
        'Le logement est-il toujours disponible, pourquoi mon dossier a-t-il été refusé et d’autres biens sont-ils libres ?',
        'Qu’auriez-vous fait à ma place, quelles formations me conseillez-vous et qui devrais-je contacter ?',
        'Quels sont mes points faibles, mes points forts et mes axes de progression selon vous ?',
        'Pouvez-vous m’expliquer la décision, me donner les rapports complets et me dire si un recours est possible ?',
      ]) assert.equal(asks(three).length, 1, three);
      assert.deepEqual(asks('Serait-il possible de savoir pourquoi ?'), []);
      // « selon vous » inside a question asks the reader's view; « celle du candidat retenu » is one more thing asked.
      assert.equal(asks('Quelles sont selon vous mes forces, mes faiblesses et mes axes de progression ?').length, 1);
      assert.equal(asks('Je voudrais connaître ma note, celle du candidat retenu ainsi que le détail de chaque critère.').length, 1);
      assert.deepEqual(asks('Pourriez-vous me transmettre ma note et celle du candidat retenu ?'), []);
      // « Est-ce que vous pourriez me dire …, me conseiller … et me recommander … » asks three things; so does « me tenir informée ».
      assert.equal(asks('Est-ce que vous pourriez me dire ce qui manquait, me conseiller une formation, et me recommander à une autre agence ?').length, 1);
      assert.equal(asks('Pourriez-vous me détailler votre décision, me conseiller pour la suite et me tenir informée de vos futurs appels ?').length, 1);
      assert.deepEqual(asks('Est-ce que vous pourriez me dire ce qui manquait ?'), []);
      // « Je sollicite la communication de A, de B et de C » asks three things; « me mettre en contact » is one more ask.
      assert.equal(asks('Je sollicite la communication des motifs, du procès-verbal de la commission et des offres concurrentes.').length, 1);
      assert.equal(asks('Pourriez-vous me préciser les raisons de votre refus, me dire si d’autres logements se libèrent et me mettre en contact avec le propriétaire ?').length, 1);
      // An inversion after the writer's own clause asks the reader: three questions over three sentences.
      assert.equal(asks('Est-ce que l’entretien technique s’est mal passé ? Avez-vous retenu quelqu’un de l’interne ? Je reste disponible, et d’ailleurs, le poste de second sera-t-il ouvert plus tard ?').length, 1);
      assert.equal(asks('Pourriez-vous m’orienter vers d’autres postes, me recommander auprès de vos partenaires et garder mon CV pour la suite ?').length, 1);
      // « de A, du B et de C »: « du » continues a list of « de » topics; « motiver le refus » is one more ask.
      assert.equal(asks('J’aimerais un débrief détaillé de l’entretien, du test et de ma lettre.').length, 1);
      assert.deepEqual(asks('J’aimerais un débrief détaillé de l’entretien du mardi.'), []);
      assert.equal(asks('Pouvez-vous me renvoyer mes pièces, confirmer l’effacement de mes données et motiver le refus ?').length, 1);
      // Numbered items after a formal request: « 1° …; 2° …; 3° … » asks three things.
      assert.equal(asks('Je me permets de solliciter de votre bienveillance quelques éclaircissements : 1° les motifs du rejet ; 2° la possibilité d’être versé dans votre réserve ; 3° les dates du prochain test.').length, 1);
      assert.deepEqual(asks('Je me permets de solliciter de votre bienveillance quelques éclaircissements : 1° les motifs du rejet ; 2° la date du prochain test.'), []);
      // A request frame after « et » is one more ask: three over two sentences.
      assert.equal(asks('Serait-il possible de recevoir la grille du jury ? J’aimerais aussi obtenir l’enregistrement de mon audition, et je vous demanderais également une rencontre de 20 minutes.').length, 1);
      assert.deepEqual(asks('Serait-il possible de recevoir la grille du jury ? J’aimerais aussi obtenir l’enregistrement de mon audition.'), []);
      // A preamble before a colon is not the question: « nous souhaitons… : quel calendrier ? » asks the reader.
      assert.equal(asks('Le dossier est-il arrivé complet de votre côté ? Le montant demandé a-t-il joué dans la décision ? Nous souhaitons redéposer l’an prochain : quel calendrier faut-il prévoir ?').length, 1);
      // « Qu’est-ce que je retiens de tout ça ? » is asked of oneself, « je me suis posé la question : A ou B ? » too.
      assert.deepEqual(asks('Qu’est-ce que je retiens de tout ça ? Je me suis posé la question toute la soirée : le portfolio ou les notes ? Quel élément a le plus pesé ?'), []);
      // Two things may be one question and its detail.
      assert.deepEqual(asks('Auriez-vous un conseil sur quoi travailler en priorité, le placement ou le cardio ?'), []);
      // Wondering aloud, or « c’est ce que je… », asks nothing of the reader.
      for (const none of [
        'Est-ce que j’ai trop parlé produit et pas assez marché ? Je crois que oui, et c’est ce que je vais retravailler. Auriez-vous un exemple de deck ?',
        'Que pensez-vous de mon dossier ?',
      ]) assert.deepEqual(asks(none), [], none);
    });
    it('counts three things asked in one sentence: a list ending on « et ce que », a list after an inverted question, three inverted verbs ending on « ou », three degrees', () => {
      for (const three of [
        // After a verb of telling, « et ce qui … » closing a list of things is one more of them.
        'Pouvez-vous me communiquer ma note finale, mon classement, et ce qui a le plus pesé dans votre choix ?',
        // An interrogative, its inverted verb, then three things listed as its object.
        'Comment avez-vous perçu mon portfolio, ma lettre et mon entretien ?',
        // Three inverted verbs chained by commas, the last one after « ou »: three asks, not one alternative.
        'Le budget était-il trop élevé, le délai paraissait-il trop long, ou préfériez-vous un prestataire local ?',
        // Three degrees or manners side by side.
        'Que devrions-nous faire de plus, de moins ou différemment pour la prochaine édition ?',
        // A spoken yes/no question (« vous accepteriez … ») opening a clause between two others.
        'Quels sont les points à retravailler, vous accepteriez un second dossier, et à partir de quand ?',
      ]) {
        assert.equal(analyzeDraft(mail(three)).figures.questions, 3, three);
        assert.match(asks(three)[0]?.message ?? '', /^3 questions/, three);
      }
      // Two things, one alternative, a comma summing up the clause: the count does not rise.
      for (const [body, n] of [
        ['Pourriez-vous me donner votre avis sur ma maquette et mon devis ?', 2],
        ['Comment avez-vous trouvé ma maquette et mon devis ?', 1],
        ['Préférez-vous un échange plutôt en mars ou en avril ?', 1],
        // « vous pourriez me dire quand » frames the ask that follows; a lone spoken question after thanks is one ask.
        ['Quels sont les points à retravailler, vous pourriez me dire quand ?', 2],
        ['Merci, vous auriez un moment cette semaine ?', 1],
        ['Avez-vous bien reçu mon dossier, ou préférez-vous que je le renvoie ?', 1],
        ['Pourriez-vous m’envoyer la grille d’évaluation, ce qui m’aiderait à progresser ?', 1],
        // Indirect questions ending on « et ce que »: heads() counts them, the list adds nothing.
        ['Je serais curieuse de savoir, de manière générale, comment mon dossier a été lu et ce que vous en avez pensé.', 2],
        // « de manière générale » after a comma is an aside, not « de » + one more infinitive asked for.
        ['Pourriez-vous me dire ce qui a manqué et comment progresser, de manière générale ?', 2],
        ['J’aimerais savoir ce qui a manqué, de manière générale, et quand vous recruterez.', 2],
      ] as const) assert.equal(analyzeDraft(mail(body)).figures.questions, n, body);
    });
    it('counts a question clause by clause: each clause that asks (an interrogative, an inversion, a spoken question to the reader, a leave asked) is one ask', () => {
      for (const three of [
        'c quoi qui a bloqué, vous avez retenu qui, et je peux retenter quand ?',
        'Le stage est-il pourvu, à quelle date saurai-je pour le suivant, et qui gère les conventions ?',
        'bonsoir, c etait quoi le souci, vous gardez mon dossier, et vous recrutez encore en mars ?',
        'Sur quoi s’est faite la sélection, combien étions-nous à l’oral et la session rouvrira-t-elle en juin ?',
        'Est-ce que vous gardez ma candidature, pour combien de temps et je dois vous relancer ou pas ?',
        // A request typed without a question mark: its frame, then a « si … » and a « qui … » asked after it.
        'bonsoir, c pour savoir pk ma fille a pas été prise, si y a une liste d attente et qui contacter pour la rentrée',
        'Savez-vous si la salle se libère en mai, si le tarif change et si vous gardez ma demande ?',
        // An inverted « il » asks the reader about a fact, whatever « je » says in its long subject.
        'Pourriez-vous m’indiquer le motif du refus ? Le fait que j’aie changé d’employeur a-t-il joué ? Et au bout de combien de temps puis-je redemander ?',
        // After « quels sont », each clause that names one more thing is one more thing asked.
        'Quels sont mes points faibles, mes points forts, et par quoi dois-je commencer ?',
        // Feedback asked on three things, and numbered asks in one line.
        'Avez-vous des retours sur mes illustrations, ma technique et mes tarifs ?',
        'Pouvez-vous m’indiquer : 1) la note technique, 2) la note prix, 3) le rang obtenu ?',
        'Me permettriez-vous une seule demande : savoir (1) quel critère a été déterminant, (2) comment je me situais et (3) si le poste peut rouvrir ?',
        // Infinitives behind their object pronouns, and « ou » typed for « où » after a verb of telling.
        'Auriez-vous un moment pour m’expliquer les motifs du refus, m’orienter vers d’autres dispositifs et me dire si ma demande peut attendre ?',
        'vous pourriez me dire ou se situait ma candidature, ce qui la differenciait de celle retenue et si un poste va s’ouvrir ?',
        // A greeting or a « svp » typed before the first ask, « c X ou Y » between two causes, « c possible d'avoir A, B et C ».
        'bjr svp c quoi le motif, c qui ki a été pris, et vs pouvez me renvoyer mes originaux ?',
        'frere dis moi franchement, c mon dossier ou mon accent, qui a eu le poste, et y a moyen de repasser l’entretien ?',
        'c possible d’avoir le retour du jury, la grille et la date des prochaines inscriptions ?',
        // « avant quelle date », « cest qui », « qui a vu », « sur quoi » closing a clause, and « et je peux … » after a short aside.
        'Merci de me dire quels documents faisaient défaut, à qui les adresser et avant quelle date.',
        'cest qui qui decide, sur quels criteres, et on peut faire appel ?',
        'pk ma fille a pas ete prise, qui a vu son audition et on peut avoir la video ?',
        'le proprio a choisi qui, sur quoi, et je peux recup mes docs ?',
        'la place en creche ca se joue sur quoi, on est combien sur la liste et on saura quand ?',
      ]) assert.equal(analyzeDraft(mail(three)).figures.questions, 3, three);
      // « (il) faut … » after an ask asks whether it is needed; « C'était le prix ou le délai ? » stays one ask.
      assert.equal(analyzeDraft(mail('combien de temps faut attendre avant de repostuler, faut un nouvel extrait de casier ?')).figures.questions, 2);
      assert.equal(analyzeDraft(mail('C’était le prix ou le délai ?')).figures.questions, 1);
      assert.equal(analyzeDraft(mail('Je sais que c’est possible de repostuler, merci.')).figures.questions, 0);
      // Not understanding, the writer asks the reader what follows the colon; wondering aloud, they ask nothing.
      assert.equal(analyzeDraft(mail('Je comprends pas tout : c’est pour mon âge ou pour mon français ?')).figures.questions, 1);
      assert.equal(analyzeDraft(mail('Je me suis posé la question : le portfolio ou les notes ?')).figures.questions, 0);
      // « est-ce » after a colon, an inversion behind a long subject, a choice of the writer's next step put to the reader.
      assert.equal(analyzeDraft(mail('Pour nous améliorer : est-ce surtout le prix qui a fait la différence?')).figures.questions, 1);
      assert.equal(analyzeDraft(mail('Les délais vous convenaient-ils, et le rendu 3D vous a-t-il été utile?')).figures.questions, 2);
      assert.equal(analyzeDraft(mail('Et pr l’an prochain je repostule sur le site ou direct par mail ?')).figures.questions, 1);
      assert.equal(analyzeDraft(mail('Qu’est-ce que je retiens ?')).figures.questions, 0);
      // Right after a request, a sentence that only adds one more thing asked.
      assert.equal(analyzeDraft(mail('J’aimerais, si possible, connaître le nombre de candidatures reçues. Savoir aussi si mon projet a été écarté pour son thème. Et enfin, si une nouvelle candidature aurait du sens.')).figures.questions, 3);
      assert.equal(analyzeDraft(mail('Pourriez-vous me dire ce qui a manqué ? Et si vous avez besoin de quelqu’un, je suis là.')).figures.questions, 1);
      // An inversion behind an interrogative is that one ask; « s'il y en a eu un » sets a condition on it.
      assert.equal(analyzeDraft(mail('À partir de quel chapitre l’histoire a-t-elle commencé à vous retenir, s’il y en a eu un ?')).figures.questions, 1);
      assert.equal(analyzeDraft(mail('P.-S. Les délais vous convenaient-ils, et le rendu 3D vous a-t-il été utile ?')).figures.questions, 2);
      // What the review of the eighteenth session caught: a condition or a reason after a request, an interrogative left
      // after its verb before a new clause, a relative « , qui a lu … » after a name, « s'il y en a d'autres ».
      assert.equal(analyzeDraft(mail('Quel élément a le plus pesé ? Quelle compétence devrais-je renforcer ? Si un poste proche se libère je serais ravie d’en être informée.')).figures.questions, 2);
      assert.equal(analyzeDraft(mail('Quel élément a le plus pesé ? Comprendre ce point m’aidera pour la suite.')).figures.questions, 1);
      assert.equal(analyzeDraft(mail('Vous recrutez quand, vous avez d’autres postes ?')).figures.questions, 2);
      assert.equal(analyzeDraft(mail('Pourriez-vous transmettre mes remerciements à Mme Roux, qui a lu mon dossier avec attention ?')).figures.questions, 1);
      assert.equal(analyzeDraft(mail('Savez-vous si le poste sera rouvert, et s’il y en a d’autres à venir ?')).figures.questions, 2);
      // Shorthand (« cmb », « cmt », « yaura »), an interrogative left after the writer's verb, « jpeux avoir A, B et C ».
      for (const three of ['c est quoi les criteres, qui decide et cmt on fait un recours ?', 'jpeux avoir le detail de la note, le commentaire du jury et l adresse pr envoyer une nouvelle version ?']) assert.equal(analyzeDraft(mail(three)).figures.questions, 3, three);
      assert.equal(analyzeDraft(mail('jai eu cmb a l ecrit ?')).figures.questions, 1);
      // « si vous pouviez » softens a request into the past; « vous me direz » asks in the future; « curieuse d'apprendre »; « cb ».
      for (const three of [
        'Je me demandais si vous pouviez me renvoyer ma copie annotée, me donner ma note et me dire ce qui a fait la différence.',
        'Vous me direz ce qui a manqué, si le poste rouvre et si je peux repostuler ?',
        'Je serais curieuse d’apprendre comment les dossiers ont été départagés, quelle part a joué l’entretien et si une liste d’attente a été constituée.',
        'jvoulais savoir ou j etais classe, cb de places y avait et si ya une liste d attente',
      ]) assert.equal(analyzeDraft(mail(three)).figures.questions, 3, three);
      assert.equal(analyzeDraft(mail('Je me demandais si vous pouviez me renvoyer ma copie.')).figures.questions, 1);
      assert.equal(analyzeDraft(mail('Vous me direz si je peux aider.')).figures.questions, 1);
      // « vous auriez pas d'autres … » asks, question mark or not; « vous avez d'autres priorités » states.
      assert.equal(analyzeDraft(mail('merci pour la reponse. aussi vous auriez pas d autres apparts dans le quartier')).figures.questions, 1);
      assert.equal(analyzeDraft(mail('Vous avez d’autres priorités cette année, je le comprends.')).figures.questions, 0);
      assert.equal(analyzeDraft(mail('Qu’est-ce que je retiens ?')).figures.questions, 0);
      for (const [body, n] of [
        ['Avez-vous des retours sur ma lettre et mon CV ?', 1],
        ['Avez-vous des retours sur mon CV, et ma lettre ?', 1],
        ['Avez-vous des retours sur mon CV, ma lettre, et mon portfolio ?', 3],
        ['Pourriez-vous me dire si ça vient de mon CV, de ma lettre ou de mon entretien ?', 3],
        ['Quel est le programme, la semaine prochaine ?', 1],
        ['Quelle est la date limite, le 15 ou le 20 ?', 1],
        // « ou est-ce … » after an inverted question is its other side, not one more ask.
        ['Le test SQL était-il éliminatoire, ou est-ce l’entretien métier qui a fait la différence ?', 1],
        ['Quels sont les délais, les pièces à fournir ?', 2],
        ['Pouvez-vous vérifier les points 1) et 2) de mon dossier ?', 1],
        ['Pouvez-vous vérifier les points (1) et (2) de mon dossier ?', 1],
        ['Pourriez-vous m’envoyer la grille et me dire si le poste rouvrira ?', 2],
        // « ou » after a noun or between two verbs is « or »; after a verb of knowing, opening a clause, it is « où ».
        ['Pourriez-vous me dire si c’est ma demande ou mon profil qui posait problème, et quand repostuler ?', 2],
        ['J’aimerais comprendre ou du moins savoir quel critère a pesé et si le poste rouvrira.', 2],
        ['Je voudrais savoir ou en est mon dossier, quand la commission se réunit et si je dois renvoyer mes pièces.', 3],
        // « si je peux me présenter » asks; « si je puis me permettre » is a courtesy; years in parentheses are no list.
        ['vous gardez mon dossier, vous recrutez en janvier, et si je peux me présenter à la session de mars ?', 3],
        ['Le rapport (2023) montrait une hausse, l’étude (2024) une baisse, et le bilan (2025) confirme : pourquoi ce refus ?', 1],
        ['Pourriez-vous me dire si c’est le CV ou la lettre qui a coincé ?', 1],
      ] as const) assert.equal(analyzeDraft(mail(body)).figures.questions, n, body);
      for (const [body, n] of [
        // A short interrogative aside, then the clause it belongs to: two asks, not three.
        ['Pourriez-vous me dire quand, et sous quelle forme, je peux renvoyer mon dossier ?', 2],
        // Thanks and a remark before the question ask nothing.
        ['Merci pour votre retour, vous avez raison, et pourriez-vous me dire quel point a pesé ?', 1],
        ['Merci beaucoup, c’est très clair, et je peux repostuler dans six mois ?', 1],
        // A relative clause after a comma is no question.
        ['Savez-vous s’il est possible de consulter l’avis du second expert, qui ne figure pas au dossier ?', 1],
        // Alternatives, and a chain of « ou » that must not stall the count.
        ['Avez-vous reçu mon dossier, ou ou préférez-vous, ou et ou, que je le renvoie ?', 1],
        // « si » that sets a condition, and a frame whose object comes after an aside, add nothing.
        ['J’aimerais savoir ce qui a manqué, si vous avez un moment.', 1],
        ['Je voulais aussi savoir, par curiosité, quand la prochaine session aura lieu.', 1],
        // Courtesy after « si » asks nothing; « où » opening a clause asks where; a frame that ends the sentence asks nothing more.
        ['vous reprenez des gens en janvier, s’il vous plaît ?', 1],
        ['je peux savoir ma note, si vous voulez bien ?', 1],
        ['vous reprenez des gens en janvier, où je dois envoyer mon CV ?', 2],
        ['Pourrai-je repasser demain, je voulais savoir.', 1],
        // A hedge about the reader's time (« t' » typed for « tu ») is no reason asked about, and « mais » opens another clause.
        ['Jsp si t’as le temps, mais d’après toi je dois bosser quoi en priorité, la défense ou le physique ?', 1],
        ['Pouvez-vous me dire si c’était le prix, le délai ou la méthode ?', 3],
        // A plea typed without a stop before the next sentence closes a spoken ask (« jpeux avoir un retour stp Je reste dispo »).
        ['jpeux avoir ma note stp Je reste dispo pour en parler.', 1],
      ] as const) assert.equal(analyzeDraft(mail(body)).figures.questions, n, body);
    });
    it('reads advice on what to improve, asked inverted or bare, as vague unless it names what', () => {
      for (const vague of ['Que dois-je améliorer ?', 'Comment m’améliorer ?', 'Bah du coup je fais quoi ?', 'Vous en avez pensé quoi globalement ?', 'Que pensez-vous de tout cela ?', 'Que devrais-je retravailler, selon vous ?'])
        assert.ok(wordingFindings(mail(`Merci pour votre réponse. ${vague}`)).some((f) => f.rule === 'question-vague'), vague);
      for (const named of ['Que dois-je améliorer dans mon portfolio ?', 'Comment m’améliorer en anglais écrit ?', 'Que dois-je faire pour compléter mon dossier ?', 'Que pensez-vous de mon portfolio ?'])
        assert.ok(!wordingFindings(mail(`Merci pour votre réponse. ${named}`)).some((f) => f.rule === 'question-vague'), named);
    });
    it('reads a request for everything at once as vague', () => {
      for (const all of [
        'Je voudrais un retour détaillé sur tous les points de mon dossier.',
        'Pourriez-vous me donner tous les éléments qui ont conduit à cette décision ?',
        'Dites-moi tout ce que vous pouvez sur les raisons de ce refus.',
        'Pouvons-nous organiser un appel pour revoir ensemble ma candidature point par point ?',
        'Vous auriez des tips pour que ça passe la prochaine fois ?',
        'Je voudrais tout savoir sur la façon dont les candidatures ont été évaluées.',
        'Pourriez-vous me dire ce qui cloche, en gros, de manière générale ?',
        'Vous pouvez m’expliquer un peu tout ça, le pourquoi du comment ?',
      ]) assert.ok(wordingFindings(mail(all)).some((f) => f.rule === 'question-vague'), all);
      assert.ok(!wordingFindings(mail('Quel point de mon dossier a le plus pesé dans votre décision ?')).some((f) => f.rule === 'question-vague'));
    });
    it('reads an ask for advice with nothing named as vague, however it is worded', () => {
      for (const ask of ['Ok merci. Quelque chose à améliorer ?', 'Vous me conseilleriez quoi ?', 'Qu’est-ce que vous me recommanderiez ?', 'Vous avez des tuyaux ?', 'Tu verrais quoi comme piste pour moi ?']) {
        assert.ok(wordingFindings(mail(ask)).some((f) => f.rule === 'question-vague'), ask);
      }
      for (const named of ['Y a-t-il quelque chose à améliorer en priorité dans mon dossier technique ?', 'Vous me conseilleriez plutôt le master de Lyon ou celui de Grenoble ?']) {
        assert.ok(!wordingFindings(mail(named)).some((f) => f.rule === 'question-vague'), named);
      }
    });
    it('counts real questions only: not inside « » nor in a URL', () => {
      const body = 'Vous m’aviez écrit « pourquoi pas ? » et mon site https://exemple.fr/?page=1 le montre. Quel élément a pesé ? Quelle compétence renforcer ?';
      assert.deepEqual(wordingFindings(mail(body)).filter((f) => f.rule === 'trop-de-questions'), []);
    });
    it('flags more than the threshold, from the first extra question', () => {
      const text = mail('Quel élément a pesé ? Quelle compétence renforcer ? Le poste rouvrira-t-il ?');
      const [f] = wordingFindings(text).filter((x) => x.rule === 'trop-de-questions');
      assert.equal(text.slice(f.start, f.end), 'Le poste rouvrira-t-il ?');
      assert.equal(f.severity, 'warning');
    });
    it('counts thanks and acknowledgements as no ask, and a list by its items', () => {
      const thanks = 'Je vous remercie de m’avoir reçue et de m’avoir répondu. Je prends acte de votre décision. Je prends bonne note de vos remarques.';
      assert.deepEqual(wordingFindings(mail(thanks)).filter((f) => f.rule === 'trop-de-questions'), []);
      const twoPoints = 'Si possible, un mot sur deux points me serait précieux :\n- l’adéquation de mon projet avec le laboratoire ;\n- l’évaluation de la partie enseignement.';
      assert.deepEqual(wordingFindings(mail(twoPoints)).filter((f) => f.rule === 'trop-de-questions'), []);
      const alternative = 'Un point nous serait utile :\n- le critère qui a le plus pesé ;\n- ou, à défaut, l’élément manquant de notre mémoire.\nQuel délai pour la prochaine consultation ?';
      assert.deepEqual(wordingFindings(mail(alternative)).filter((f) => f.rule === 'trop-de-questions'), []);
      const threeItems = 'J’aimerais savoir :\n- le critère décisif ;\n- le prix retenu ;\n- la note technique.';
      assert.equal(wordingFindings(mail(threeItems)).filter((f) => f.rule === 'trop-de-questions').length, 1);
    });
    it('counts thanks for what was told (« de me l’avoir annoncé ») and the reason given for an ask (« Cela m’aiderait à… ») as no more asks', () => {
      const told = 'Je vous remercie de me l’avoir annoncé aussi clairement. Quel point a le plus pesé dans la décision finale ? Cela m’aiderait à mieux préparer mes prochains entretiens.';
      assert.deepEqual(wordingFindings(mail(told)).filter((f) => f.rule === 'trop-de-questions'), []);
      // The same reason asking for something more is one more ask.
      const more = 'Quel point a le plus pesé ? Quelle compétence renforcer ? Cela m’aiderait d’avoir aussi la grille.';
      assert.equal(wordingFindings(mail(more)).filter((f) => f.rule === 'trop-de-questions').length, 1);
      // « connaître la note » asks for the note: an object pronoun-like article does not make it « prendre note ».
      const note = 'Je souhaiterais connaître la note obtenue, le classement et le calendrier de la prochaine session.';
      assert.equal(wordingFindings(mail(note)).filter((f) => f.rule === 'trop-de-questions').length, 1);
    });
    it('reads advice asked on how to do better as a vague ask, whatever its words, unless it names a skill or a criterion', () => {
      for (const ask of [
        'Comment je peux faire pour être prise la prochaine fois ?',
        'Qu’est-ce que vous me suggérez pour m’améliorer ?',
        'Vous feriez quoi à ma place ?',
        'Auriez-vous quelques pistes, n’importe lesquelles, pour que je progresse ?',
        'Je fais comment pour progresser, selon vous ?',
        'Que pensez-vous que je devrais travailler ?',
        'Qu’est-ce qui pourrait faire la différence à l’avenir, d’après vous ?',
      ]) {
        assert.equal(wordingFindings(mail(`Merci pour votre réponse. ${ask}`)).filter((f) => f.rule === 'question-vague').length, 1, ask);
      }
      for (const ask of ['Comment pourrais-je renforcer mon anglais écrit pour ce type de poste ?', 'Quelle compétence devrais-je travailler en priorité pour progresser ?']) {
        assert.deepEqual(wordingFindings(mail(`Merci pour votre réponse. ${ask}`)).filter((f) => f.rule === 'question-vague'), [], ask);
      }
    });
    it('reads the closing offer « Je reste à votre disposition pour toute information » as no ask', () => {
      for (const offer of ['Je reste à votre disposition pour toute information complémentaire.', 'Pour toute information, je reste joignable.']) {
        const text = mail(`Merci pour votre réponse. Quel critère a le plus pesé ? Quelle compétence renforcer en priorité ? ${offer}`);
        assert.deepEqual(wordingFindings(text).filter((f) => f.category === 'questions'), [], offer);
      }
    });
    it('reads « Me permettez-vous une seule question : … » as leave to ask, and « …, ou faudra-t-il … ? » as the other side of the same ask', () => {
      const one = 'Me permettez-vous une seule question : l’appel sera-t-il reconduit à l’automne, ou faudra-t-il attendre la session 2026 ? Quel critère a le plus pesé ?';
      assert.deepEqual(wordingFindings(mail(one)).filter((f) => f.rule === 'trop-de-questions'), []);
    });
    it('counts « ainsi qu’un rendez-vous » as one more thing asked', () => {
      const three = 'Pourriez-vous m’indiquer mon classement ? Je souhaiterais également recevoir le détail de mes résultats, ainsi qu’un rendez-vous avec un conseiller.';
      assert.equal(wordingFindings(mail(three)).filter((f) => f.rule === 'trop-de-questions').length, 1);
    });
    it('counts « et qui a été pris » closing a list of things asked as one more ask', () => {
      const three = 'vous pouvez me dire ma note, mon classement et qui a ete pris svp';
      assert.equal(wordingFindings(mail(three)).filter((f) => f.rule === 'trop-de-questions').length, 1);
      const two = 'Pourriez-vous me dire ma note et le nom du candidat qui a été retenu ?';
      assert.deepEqual(wordingFindings(mail(two)).filter((f) => f.rule === 'trop-de-questions'), []);
    });
    it('counts an announced series of requests and a wish as asks, a condition at the start of a sentence as none', () => {
      const several = 'Je me permets plusieurs demandes. Pourriez-vous transmettre mon CV à l’équipe DevOps ? Et si vous avez un moment, un café me ferait très plaisir.';
      assert.equal(wordingFindings(mail(several)).filter((f) => f.rule === 'trop-de-questions').length, 1);
      const one = 'Et si vous avez un moment, un café me ferait plaisir.';
      assert.deepEqual(wordingFindings(mail(one)).filter((f) => f.rule === 'trop-de-questions'), []);
    });
    it('counts the interrogatives after a verb of asking, an adverb between them or not, and a « c’est … ? » as an ask', () => {
      const indirect = 'J’aimerais savoir quel profil a été retenu et savoir également si d’autres postes vont s’ouvrir. Je serais aussi preneuse du compte rendu.';
      assert.equal(wordingFindings(mail(indirect)).filter((f) => f.rule === 'trop-de-questions').length, 1);
      const raw = 'c’était quoi le souci ? c’est le salaire que j’ai demandé ? et vous reprenez des gens en septembre ?';
      assert.equal(wordingFindings(mail(raw)).filter((f) => f.rule === 'trop-de-questions').length, 1);
    });
    it('counts each « de » + infinitive of a formal list of requests, not « d’ici quelques semaines »', () => {
      const formal = 'Je vous serais reconnaissante de bien vouloir m’indiquer les critères du refus, de me préciser si une garantie changerait votre position, et de m’adresser une simulation.';
      assert.equal(wordingFindings(mail(formal)).filter((f) => f.rule === 'trop-de-questions').length, 1);
      const offer = 'Je reste preneur de vos actualités et je vous enverrai volontiers, d’ici quelques semaines, notre étude.';
      assert.deepEqual(wordingFindings(mail(offer)).filter((f) => f.rule === 'trop-de-questions'), []);
    });
    it('counts « et qui … », « et est-ce que … » and a spoken « c’est quoi … » inside one sentence', () => {
      const raw = 'est ce qu’il existe une formation pour les nouveaux bénévoles ? et qui je peux appeler pour en parler, et est ce que je peux venir à l’AG ?';
      assert.equal(wordingFindings(mail(raw)).filter((f) => f.rule === 'trop-de-questions').length, 1);
      assert.deepEqual(wordingFindings(mail('Est-ce que je peux venir à l’AG ?')).filter((f) => f.rule === 'trop-de-questions'), []);
    });
    it('counts each verb of asking a frame governs, and asks without a question mark (« vous pourriez me dire », « dites moi »)', () => {
      const three = 'J’aimerais comprendre ce qui a fait la différence, savoir quelles compétences renforcer et connaître le profil retenu.';
      assert.equal(wordingFindings(mail(three)).filter((f) => f.rule === 'trop-de-questions').length, 1);
      const raw = 'dites moi ce qui a coincé, si je peux repostuler dans 6 mois et à qui je dois envoyer mon portfolio';
      assert.equal(wordingFindings(mail(raw)).filter((f) => f.rule === 'trop-de-questions').length, 1);
      const kind = 'J’aimerais vous remercier, rester en contact et suivre vos projets.';
      assert.deepEqual(wordingFindings(mail(kind)).filter((f) => f.rule === 'trop-de-questions'), [], 'wishes are not asks');
    });
    it('follows the maxQuestions threshold', () => {
      const text = mail('Quel élément a pesé ? Quelle compétence renforcer ? Le poste rouvrira-t-il ?');
      const options = defaultOptions();
      options.thresholds.maxQuestions = 3;
      assert.deepEqual(analyze(text, options).filter((x) => x.rule === 'trop-de-questions'), []);
    });
    it('counts the things listed after the first verb and each further verb, what a verb of telling governs after a comma, and spoken « par hasard »', () => {
      const three = asks('Pouvez-vous m’envoyer mes notes, le compte rendu du jury et me dire quand ouvre la prochaine session ?');
      assert.equal(three.length, 1);
      assert.match(three[0].message, /^3 questions/);
      const four = asks('Pouvez-vous m’indiquer son rang sur la liste complémentaire, combien de places restent, s’il y a souvent des désistements en juillet et s’il serait utile qu’il vous écrive ?');
      assert.match(four[0]?.message ?? '', /^4 questions/);
      // Two things to send and one verb: two asks, under the limit.
      assert.deepEqual(asks('Pouvez-vous m’envoyer mes notes et le compte rendu du jury ?'), []);
      // « s’il y a » without a verb of telling before it stays a condition.
      assert.deepEqual(asks('Je reste disponible pour un appel, s’il y a un créneau en juin, et merci encore.'), []);
      const sms = 'ok merci. c qui qui a eu la chambre finalement? vous gardez mon dossier au cas ou?\net vous connaissez pas d’autres colocs dans le quartier par hasard';
      assert.equal(wordingFindings(mail(sms)).filter((f) => f.rule === 'trop-de-questions').length, 1);
      assert.deepEqual(asks('ok merci. vous gardez mon dossier au cas ou?\nje suis passée devant par hasard'), []);
      // A line that opens on « c quoi » or « est-ce que » asks without its question mark.
      assert.equal(wordingFindings(mail('ok merci.\nc quoi le motif exact, y a une liste d’attente, et je peux appeler qui pour en parler\n')).filter((f) => f.rule === 'trop-de-questions').length, 1);
      assert.deepEqual(asks('ok merci.\nc’est le jeu, y a pas de souci\n'), []);
      assert.equal(wordingFindings(mail('ok merci.\nest-ce que vous gardez mon cv, y a d’autres postes, et je peux rappeler qui\n')).filter((f) => f.rule === 'trop-de-questions').length, 1);
      // « c'est quoi ce délire » exclaims; it asks nothing.
      assert.equal(analyzeDraft(mail('ok merci.\nc’est quoi ce délire, y a pas de souci vous inquiétez pas\n')).figures.questions, 0);
    });
    it('does not count a past wish, an aside (« quand vous pourrez », « si ce n’est pas confidentiel »), a closing courtesy or « ce qui » after a comma as asks', () => {
      for (const fine of [
        'Je voulais comprendre le métier de l’intérieur, d’où ma candidature. Je souhaitais aussi un poste près de chez moi. Pourriez-vous me dire ce qui a manqué ?',
        'Pourriez-vous m’envoyer la grille d’évaluation et me dire, quand vous pourrez, ce qui a manqué ?',
        'Pourriez-vous m’indiquer ce qui a manqué ? Je voulais aussi savoir, par curiosité, quand la prochaine session aura lieu, je suis preneuse.',
        'Pourriez-vous m’indiquer, si ce n’est pas confidentiel, ce qui a manqué ?',
        'Si vous pouviez m’indiquer, quand vous aurez le temps, ce qui a manqué, ce serait précieux.',
        'Quel critère a été le plus déterminant dans votre choix, si je puis me permettre ?',
      ]) assert.deepEqual(asks(fine), [], fine);
      assert.deepEqual(asks('Pourriez-vous m’indiquer ce qui a manqué et, si c’est possible, la date de la prochaine session ?'), []);
    });
    it('counts « en quoi », an opening « Est-ce une … ? », a long subject before an inversion and « possible de savoir ce qui … » as asks', () => {
      for (const three of [
        'Serait-il possible de savoir ce qui vous a manqué, ce que vous avez apprécié et ce que je devrais travailler ?',
        'Le dossier du locataire retenu était-il plus solide, aviez-vous d’autres critères et l’appartement est-il toujours disponible ?',
        'Quel profil cherchiez-vous exactement, en quoi le mien ne convenait pas et le poste sera-t-il republié ?',
        'Est-ce une question d’expérience ou de salaire, que me conseillez-vous et est-ce que ça peut évoluer ?',
        'Je me demandais si vous pourriez me préciser les compétences qui m’ont manqué, m’indiquer les formations utiles, et me dire si d’autres postes vont s’ouvrir.',
        // Inversions after a long subject or « Était-ce », each one more ask.
        'Était-ce une question de budget, le calendrier posait-il problème et le jury a-t-il lu l’annexe financière ?',
        'Mon salaire posait-il problème, mon contrat en période d’essai vous a-t-il inquiété et l’absence de garant physique a-t-elle été décisive ?',
        'Avez-vous reçu toutes mes pièces, ont-elles été lues et ma lettre de recommandation a-t-elle été prise en compte ?',
        // Spoken questions with the interrogative after the verb, « apprendre » and « en discuter » as asks.
        'pourquoi moi, c’était quoi le problème, et vous avez pris qui du coup ?',
        'OK, mais il s’est passé quoi exactement, qui a tranché et est-ce que c’est définitif ?',
        'Entendu, j’aimerais comprendre pourquoi, savoir par qui et apprendre ce qu’il aurait fallu faire.',
        'Je souhaiterais comprendre la décision, en discuter avec le responsable et savoir s’il est possible de la revoir.',
        // « à » + verb after a comma or « et », and « me faire part de ».
        'N’hésitez pas à me faire part de toutes vos remarques sur le dossier, à m’indiquer les pièces qui vous ont le moins convaincus et à me transmettre les dossiers lauréats.',
      ]) assert.match(asks(three)[0]?.message ?? '', /^3 questions/, three);
      for (const one of ['Je me demande en quoi mon profil ne convenait pas, et je vais y réfléchir.', 'Était-ce trop tôt ?']) assert.deepEqual(asks(one), [], one);
      // « nous aimerions en savoir un peu plus sur A, sur B, ainsi que sur C »: three topics asked about.
      assert.match(asks('Nous aimerions en savoir un peu plus sur tout ce qui a motivé cette décision, sur la manière dont les dossiers ont été départagés, ainsi que sur les possibilités qui s’offrent à nous maintenant.')[0]?.message ?? '', /^3 questions/);
      // « vous pensez que … ? » asks the reader's opinion: it is not reported speech.
      const spread = asks('Vous pourriez me dire ce qui a fait la différence ? Et est-ce que mon salaire demandé était trop haut ? Et vous pensez que je devrais retenter chez vous dans six mois ?');
      assert.match(spread[0]?.message ?? '', /^3 questions/);
    });
    it('counts « , si c’était une question de … » after a frame as one more thing asked, not a condition', () => {
      const three = asks('J’aimerais savoir ce qui n’a pas fonctionné, si c’était une question de budget et ce que je pourrais faire différemment.');
      assert.match(three[0]?.message ?? '', /^3 questions/);
    });
    it('reads « je voulais savoir », « et me demandais si », a line closed by « stp », and « si vous accepteriez de me dire ce qui… » as one ask', () => {
      const spread = 'Je voulais savoir si vous accepteriez de me dire ce qui a manqué. Je reste intéressé et me demandais si vous recrutiez des alternants.\nP.S. : serait-il possible d’avoir le nom de la personne à contacter ?';
      assert.match(asks(spread)[0]?.message ?? '', /^3 questions/);
      // « si vous accepteriez de me dire ce qui a manqué » is one ask, not two: with the P.S., two in all.
      assert.deepEqual(asks('Je voulais savoir si vous accepteriez de me dire ce qui a manqué.\nP.S. : serait-il possible d’avoir le nom de la personne à contacter ?'), []);
      const sms = 'tu pourrais me dire ce qui a coincé ? et si ça vaut le coup de retenter en juin ?\net aussi à qui je peux écrire côté RH stp';
      assert.equal(asks(sms).length, 1);
    });
    it('« Avez-vous des retours ? » is information, with the guide’s targeted questions as rewrites', () => {
      const text = mail('Merci pour votre retour. Avez-vous des retours ?');
      const [f] = wordingFindings(text);
      assert.equal(f.rule, 'question-vague');
      assert.equal(f.severity, 'information');
      assert.equal(applyFix(text, f), mail('Merci pour votre retour. Quel élément a le plus pesé dans la décision ?'));
    });
  });

  describe('quick fixes edit only their own range', () => {
    it('replaces « Bonne chance quand même » with a sincere wish', () => {
      const text = mail('Merci pour votre retour. Bonne chance quand même !');
      const f = wordingFindings(text).find((x) => x.rule === 'passif-agressif');
      assert.ok(f && f.fixes[0].preferred);
      assert.equal(applyFix(text, f), mail('Merci pour votre retour. Bonne continuation !'));
    });
    it('« Supprimer la phrase » removes the sentence and its space, nothing else', () => {
      const text = mail('Merci pour votre retour. Je suppose que vous avez vos raisons. Je reste disponible.');
      const f = wordingFindings(text).find((x) => x.rule === 'passif-agressif');
      assert.ok(f);
      const i = f.fixes.findIndex((x) => x.title === 'Supprimer la phrase');
      assert.equal(applyFix(text, f, i), mail('Merci pour votre retour. Je reste disponible.'));
    });
    it('« Supprimer la phrase » removes a whole line when the sentence is the line', () => {
      const text = mail('Merci pour votre retour.\nC’est honteux.\nJe reste disponible.');
      const f = wordingFindings(text).find((x) => x.rule === 'ton-agressif');
      assert.ok(f);
      const i = f.fixes.findIndex((x) => x.title === 'Supprimer la phrase');
      assert.equal(applyFix(text, f, i), mail('Merci pour votre retour.\nJe reste disponible.'));
    });
  });

  describe('quoted lines, code and comments are not checked', () => {
    it('stays quiet on the quoted refusal', () => {
      assert.deepEqual(wordingFindings(mail('> C’est honteux, bonne chance quand même.\n\nMerci pour votre retour.')), []);
    });
  });

  describe('user expressions and exceptions', () => {
    const resolve = (raw: unknown) => resolveOptions(raw, RULES, 'boomerang');
    it('flags a user phrase with the same normalisation (case, accents, apostrophes, line breaks)', () => {
      const { options, problems } = resolve({ expressions: ['c’est du vol', { phrase: 'ça m’apprendra', rule: 'drame', rewrites: ['Je retiens la leçon'] }] });
      assert.deepEqual(problems, []);
      const text = mail("C'EST DU\nvol. Ca m'apprendra.");
      const f = wordingFindings(text, options);
      assert.ok(f.some((x) => x.rule === 'ton-agressif' && text.slice(x.start, x.end) === "C'EST DU\nvol"));
      const d = f.find((x) => x.rule === 'drame');
      assert.ok(d);
      assert.equal(applyFix(text, d), mail("C'EST DU\nvol. Je retiens la leçon."));
    });
    it('an exception silences a built-in finding inside it', () => {
      const { options } = resolve({ exceptions: ['bonne chance quand même pour le marathon'] });
      assert.deepEqual(wordingFindings(mail('Bonne chance quand même pour le marathon de dimanche.'), options), []);
    });
    it('a regular expression is taken literally and cannot freeze the matcher', () => {
      const { options } = resolve({ expressions: ['(a+)+$', '.*'] });
      const text = mail(`${'a'.repeat(5000)}!`);
      assert.deepEqual(wordingFindings(text, options).filter((f) => f.rule === 'ton-agressif'), []);
    });
    it('gives one French message per bad entry and never throws', () => {
      const { options, problems } = resolve({ expressions: [42, { phrase: '' }, { phrase: 'ok', rule: 'inconnue' }, 'valable'], exceptions: 'pas une liste' });
      assert.equal(problems.length, 4, problems.join('\n'));
      assert.ok(problems.every((p) => /^boomerang\.(expressions|exceptions)/.test(p)));
      assert.deepEqual(options.expressions.map((e) => e.phrase), ['valable']);
      assert.deepEqual(options.exceptions, []);
    });
  });
});

describe('tone messages', () => {
  it('do not repeat the quoted words when the explanation already opens with them', () => {
    const f = analyze('Bonjour,\nBonne chance quand même.\nBien cordialement,\nLéa – 06 12 34 56 78').find((x) => x.rule === 'passif-agressif');
    assert.ok(f);
    assert.equal(f.message.split('« Bonne chance quand même »').length - 1, 1, f.message);
  });
});

describe('question messages', () => {
  it('do not repeat the vague question', () => {
    const f = analyze('Bonjour,\nAvez-vous des retours ?\nBien cordialement,\nLéa – 06 12 34 56 78').find((x) => x.rule === 'question-vague');
    assert.ok(f);
    assert.ok(!/« Avez-vous des retours » : « Avez-vous des retours/.test(f.message), f.message);
  });
});

describe('cris: bursts of exclamation marks', () => {
  it('reads « !!! » in a message that smiles and frowns nowhere as enthusiasm (advice), elsewhere as a warning', () => {
    const cris = (body: string) => analyze(mail(body), defaultOptions()).filter((f) => f.rule === 'cris');
    assert.deepEqual(cris('Bravo à celle qui a eu la chambre (la terrasse !!!) 🙏🏼').map((f) => f.severity), ['information']);
    assert.deepEqual(cris('Trois semaines pour me répondre !!!').map((f) => f.severity), ['warning']);
    assert.deepEqual(cris('Trois semaines pour me répondre !!! 😊 🙄').map((f) => f.severity), ['warning', 'warning']);
  });
});
