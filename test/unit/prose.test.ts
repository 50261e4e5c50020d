import * as assert from 'node:assert/strict';
import { compileForTest } from '../../src/core/prose/compile';
import { ClassMemo, Engine, PatternMatcher } from '../../src/core/prose/patterns';
import { computeScopes, negatedFromOutside, Scope } from '../../src/core/prose/scopes';
import { splitSentences } from '../../src/core/prose/sentences';
import { Flag, tokenize } from '../../src/core/prose/tokens';
import { fold } from '../../src/core/text';
import { analyze } from '../../src/core';

function tokens(s: string) {
  return tokenize(s, fold(s));
}

function sentencesOf(s: string): string[] {
  const toks = tokens(s);
  return splitSentences(toks).map((x) => s.slice(x.start, x.end));
}

describe('prose analysis', () => {
  describe('tokens', () => {
    it('splits elisions and hyphens, keeps « aujourd’hui » whole, and keeps offsets', () => {
      const s = 'J’ai vu, aujourd’hui : avez-vous lu ?';
      const t = tokens(s);
      assert.deepEqual(t.norm, ["j'", 'ai', 'vu', ',', "aujourd'hui", ':', 'avez', 'vous', 'lu', '?']);
      assert.equal(s.slice(t.start[4], t.end[4]), 'aujourd’hui');
      assert.ok(t.flags[7] & Flag.HyphenBefore);
    });

    it('reads an elision typed with a space as an elision (« j ai », « l equipe »), not a capital letter or a unit', () => {
      assert.deepEqual(tokens('j ai lu l annonce, c est dommage qu il pleuve').norm, ["j'", 'ai', 'lu', "l'", 'annonce', ',', "c'", 'est', 'dommage', "qu'", 'il', 'pleuve']);
      assert.deepEqual(tokens('taille L ou XL, 3 m en hauteur, plan B').norm, ['taille', 'l', 'ou', 'xl', ',', '3', 'm', 'en', 'hauteur', ',', 'plan', 'b']);
      assert.deepEqual(tokens('les points a, b, c et d ; 3  m en hauteur').norm, ['les', 'points', 'a', ',', 'b', ',', 'c', 'et', 'd', ';', '3', 'm', 'en', 'hauteur']);
      // What the rules read through it: « c est n importe quoi » is the same judgement as « c'est n'importe quoi ».
      const judged = (t: string) => analyze(`Objet : Merci\n\nBonjour,\n\nMerci. ${t}\n\nCamille\n06 12 34 56 78\n`).some((f) => f.category === 'ton');
      assert.ok(judged('c est n importe quoi'));
    });

    it('reads a lone « c » or « g » typed on a phone as « c’est » or « j’ai » where a clause opens, and « pr » as « pour » in lower case', () => {
      assert.deepEqual(tokens('ok merci c sympa, g vu l annonce mais c pas grave').norm, ['ok', 'merci', "c'", 'est', 'sympa', ',', "j'", 'ai', 'vu', "l'", 'annonce', 'mais', "c'", 'est', 'pas', 'grave']);
      // A grade, a unit, a label and a title stay as typed.
      assert.deepEqual(tokens('catégorie c de la fonction publique, 3 g de sel, les points a, b, c et d, Pr Morel').norm, ['categorie', 'c', 'de', 'la', 'fonction', 'publique', ',', '3', 'g', 'de', 'sel', ',', 'les', 'points', 'a', ',', 'b', ',', 'c', 'et', 'd', ',', 'pr', 'morel']);
      assert.deepEqual(tokens('merci pr rien').norm, ['merci', 'pour', 'rien']);
      // A letter after another letter label and « et », « ou » or a comma is one more label.
      assert.deepEqual(tokens('les questions b et c portent, les points f et g sont validés, a, b, c sont faits').norm.filter((w) => w === "c'" || w === "j'"), []);
      const judged = (t: string) => analyze(`Objet : Merci\n\nBonjour,\n\nMerci. ${t}\n\nCamille\n06 12 34 56 78\n`).some((f) => f.category === 'ton');
      assert.ok(judged('merci pr rien'));
      assert.ok(judged('vs pensez vraiment que c juste ?'));
      assert.ok(!judged('merci pr votre retour, c sympa d avoir pris le temps'));
    });

    it('reads numbers, repeated punctuation, emoji and capitals', () => {
      const s = 'Le 12/03 à 10h30, 3,5 % !!! 😡 VOUS';
      const t = tokens(s);
      assert.deepEqual(t.norm, ['le', '12/03', 'a', '10h30', ',', '3,5', '%', '!!!', '😡', 'vous']);
      assert.ok(t.flags[9] & Flag.AllCaps);
    });

    it('marks list items and paragraphs', () => {
      const t = tokens('Intro :\n\n- le prix\n- le délai');
      const items = t.norm.filter((_, i) => t.flags[i] & Flag.ItemStart);
      assert.deepEqual(items, ['le', 'le']);
    });

    it('reads an e-mail address as one token after a hyphenated word or in the middle of one, and not a failed address', () => {
      const t = tokens('Jean-Pierre, jean-pierre.durand@exemple.fr ou a-b-c@d puis fin');
      assert.deepEqual(t.norm, ['jean', 'pierre', ',', 'jean-pierre.durand@exemple.fr', 'ou', 'a', 'b', 'c', '@', 'd', 'puis', 'fin']);
      const u = tokens('a-a-a-a-a durand@exemple.fr');
      assert.deepEqual(u.norm.slice(-1), ['durand@exemple.fr']);
    });

    it('reads phone shorthand as the words it stands for, on the original span, and leaves names and file types alone', () => {
      const s = 'jvous ai laissé un msg, jsp trop, dsl. Jpeg et jpg, Jbara.';
      const t = tokens(s);
      assert.deepEqual(t.norm, ['je', 'vous', 'ai', 'laisse', 'un', 'message', ',', 'je', 'sais', 'pas', 'trop', ',', 'desole', '.', 'jpeg', 'et', 'jpg', ',', 'jbara', '.']);
      assert.equal(s.slice(t.start[0], t.end[1]), 'jvous');
      assert.equal(s.slice(t.start[7], t.end[9]), 'jsp');
      const u = tokens('jai postulé, cest dommage');
      assert.deepEqual(u.norm, ["j'", 'ai', 'postule', ',', "c'", 'est', 'dommage']);
      assert.ok(u.flags[0] & Flag.Elided);
      // A phone sentence starts with a capital all the same; a name, an acronym and « J » + a name stay as typed.
      const v = tokens('Jsuis sûr. Cest dommage. Jbara et JSP, CEST.');
      assert.deepEqual(v.norm, ['je', 'suis', 'sur', '.', "c'", 'est', 'dommage', '.', 'jbara', 'et', 'jsp', ',', 'cest', '.']);
      // « je suis pas daccord » contests as « pas d'accord » does.
      assert.deepEqual(tokens('merci de mavoir dit, mais je suis pas daccord').norm, ['merci', 'de', "m'", 'avoir', 'dit', ',', 'mais', 'je', 'suis', 'pas', "d'", 'accord']);
      const text = 'salut coach merci de mavoir dit les choses franchement\npar contre je suis pas daccord, jai fait toute la phase aller titulaire\nIlyes\n';
      assert.ok(analyze(text).some((f) => f.category === 'contestation'));
    });
  });

  describe('sentences', () => {
    it('knows abbreviations, initials and « p. ex. »', () => {
      assert.deepEqual(sentencesOf('J’ai vu M. Durand et Mme. Martin. J. Moreau a signé p. ex. le dossier n° 12. Merci.'), [
        'J’ai vu M. Durand et Mme. Martin.',
        'J. Moreau a signé p. ex. le dossier n° 12.',
        'Merci.',
      ]);
      // A capital letter and its full stop at the end of a line close the sentence (a team, a building, a grade).
      assert.deepEqual(sentencesOf('Il continue avec l’équipe B.\nSans rancune évidemment.'), ['Il continue avec l’équipe B.', 'Sans rancune évidemment.']);
    });

    it('keeps a hard-wrapped sentence whole, splits short lines without punctuation, list items and emoji stops', () => {
      const wrapped = 'Je vous remercie pour votre courrier et je comprends votre\ndécision, même si elle me déçoit un peu car j’avais beaucoup\naimé nos échanges. Je reste disponible.';
      assert.equal(sentencesOf(wrapped).length, 2);
      assert.deepEqual(sentencesOf('Merci pour ton retour\nJe reste dispo 🙏 Bonne journée'), ['Merci pour ton retour', 'Je reste dispo 🙏', 'Bonne journée']);
      // An emoji closing a line closes its sentence, whatever opens the next line.
      assert.deepEqual(sentencesOf('bravo à Karim, il va très bien faire ça 👏\n22 ans de maison et toujours le trac !'), ['bravo à Karim, il va très bien faire ça 👏', '22 ans de maison et toujours le trac !']);
      assert.deepEqual(sentencesOf('Mes questions :\n- le prix\n- le délai'), ['Mes questions :', 'le prix', 'le délai']);
    });

    it('splits a line typed in lower case when the next opens on « merci », « pourquoi »…, not a wrapped « quand même »', () => {
      assert.deepEqual(sentencesOf('bonjour cest Lou pour le stage\npk jai pas ete prise\nmerci'), ['bonjour cest Lou pour le stage', 'pk jai pas ete prise', 'merci']);
      assert.equal(sentencesOf('bonne chance\nquand même').length, 1);
    });

    it('splits a line the next one’s first word would have fitted on (broken by hand), not a paragraph wrapped at a width', () => {
      // The widest line is 104 characters: « merci » would have fitted after the first one, so the writer broke it there.
      const phone = 'pas de souci, je comprends que tu avais besoin de qqn dispo les dimanches aussi\nmerci encore pour le test a la plancha, j\'ai appris plus en 2h qu\'en 1 an de pates au beurre mdr';
      assert.equal(sentencesOf(phone).length, 2);
      assert.equal(sentencesOf('je reste chaud pour la saison pro si y a de la place vraiment\nje fais de la muscu trois fois par semaine avec mon pote Enzo au parc bordelais').length, 2);
      // Wrapped at 60 characters by a client: each next word would not have fitted, one sentence.
      const wrapped = 'Je vous remercie pour votre message et pour le temps que vous\navez consacré à mon dossier de candidature pour le poste de\ncoordinatrice, je comprends votre décision.';
      assert.equal(sentencesOf(wrapped).length, 1);
      // The next line's first word counts up to its space (« Saint-Denis. »), and a line wider than any wrap (a URL) says
      // nothing of the paragraph's width.
      assert.equal(sentencesOf('Merci beaucoup pour votre réponse rapide et pour la visite de la rue\nSaint-Denis. Je comprends tout à fait votre choix, et je reste vraiment très\nintéressée si un autre appartement se libère bientôt.').length, 2);
      assert.equal(sentencesOf('Je vous remercie pour votre message concernant le CDD de technicien\nSAV, je comprends votre choix et reste disponible pour la suite.\nhttps://www.exemple.fr/un/lien/vers/mon/portfolio/en-ligne/avec/beaucoup/de/segments/2024').length, 2);
      // A lower-case line that does not open a sentence goes on, fitted or not.
      assert.equal(sentencesOf('merci pour votre réponse rapide et pour votre gentillesse\nsurtout après ce long entretien de deux heures hier matin à Lyon').length, 1);
    });

    it('does not end a sentence at an ellipsis followed by a lower-case word, nor at « ! » inside a quotation', () => {
      assert.equal(sentencesOf('C’est… comment dire, surprenant. Il m’a dit « Bravo ! » puis il est parti.').length, 2);
    });
  });

  describe('scopes', () => {
    function scopeOf(s: string, word: string) {
      const toks = tokens(s);
      const sc = computeScopes(toks, splitSentences(toks));
      const i = toks.norm.indexOf(word);
      return { toks, sc, i };
    }

    it('opens a clause at a line that starts on a subject or « si » after a word that can end one, not after « il » or on « vous »', () => {
      const a = scopeOf('merci pour le test mdr\nsi tu cherches un renfort fais moi signe', 'mdr');
      assert.notEqual(a.sc.clause[a.i], a.sc.clause[a.toks.norm.indexOf('tu')]);
      const b = scopeOf('Je vous le renvoie au cas où il\nvous aurait échappé', 'il');
      assert.equal(b.sc.clause[b.i], b.sc.clause[b.i + 1]);
      const c = scopeOf('Merci pour le dossier que je vous ai transmis\nvous le trouverez en pièce jointe', 'transmis');
      assert.equal(c.sc.clause[c.i], c.sc.clause[c.i + 1]);
    });

    it('sees a negation around a word, and not one inside the phrase', () => {
      const { sc, i } = scopeOf('Cela ne me désole pas du tout.', 'desole');
      assert.ok(negatedFromOutside(sc, i, i + 1));
      const b = scopeOf('Je ne suis pas en colère, juste curieux.', 'colere');
      assert.ok(negatedFromOutside(b.sc, b.i, b.i + 1));
      const c = scopeOf('Je ne suis pas en colère, juste curieux.', 'curieux');
      assert.ok(!negatedFromOutside(c.sc, c.i, c.i + 1), 'a comma ends the negation');
      const d = scopeOf('Ce n’est pas sérieux.', 'pas');
      assert.ok(!negatedFromOutside(d.sc, d.i, d.i + 2), '« pas sérieux » carries its own negation');
      const e = scopeOf('Je n’ai que des éloges.', 'eloges');
      assert.ok(!negatedFromOutside(e.sc, e.i, e.i + 1), '« ne … que » restricts');
    });

    it('ends a negation at the comma that closes a denying aside (« , on ne sait jamais, »)', () => {
      const a = scopeOf('Je garde votre numéro, on ne sait jamais, vous pourriez avoir besoin de renfort.', 'renfort');
      assert.ok(!negatedFromOutside(a.sc, a.i, a.i + 1), 'what follows the aside is said');
      const b = scopeOf('Je garde votre numéro, on ne sait jamais, vous pourriez avoir besoin de renfort.', 'sait');
      assert.ok(negatedFromOutside(b.sc, b.i, b.i + 1), 'the aside itself is denied');
      const c = scopeOf('Son dossier était, de loin, le plus complet.', 'complet');
      assert.equal(c.sc.clause[c.i], c.sc.clause[c.toks.norm.indexOf('etait')], 'an aside that denies nothing stays inside its clause');
      const d = scopeOf('Son offre était, de plus, la moins chère.', 'chere');
      assert.equal(d.sc.clause[d.i], d.sc.clause[d.toks.norm.indexOf('etait')], '« de plus » is an aside, not a negation');
    });

    it('reads « pas le premier … » as a litotes: what follows is said', () => {
      const a = scopeOf('Vous n’êtes pas le premier incompétent que je croise.', 'incompetent');
      assert.ok(!negatedFromOutside(a.sc, a.i, a.i + 1));
      const b = scopeOf('Vous n’êtes pas le premier incompétent que je croise.', 'premier');
      assert.ok(negatedFromOutside(b.sc, b.i, b.i + 1), '« premier » itself is denied');
      const c = scopeOf('Vous n’êtes pas un incompétent.', 'incompetent');
      assert.ok(negatedFromOutside(c.sc, c.i, c.i + 1), 'a plain negation still denies');
    });

    it('reads a litotes with an object pronoun before its verb (« je ne vais pas vous cacher que … ») as said, with or without « ne »', () => {
      for (const s of ['Je ne vais pas vous cacher que mon avis sera moins positif.', 'Je vais pas vous cacher que mon avis sera moins positif.']) {
        const a = scopeOf(s, 'avis');
        assert.ok(!negatedFromOutside(a.sc, a.i, a.i + 1), s);
      }
      const before = scopeOf('j’hésiterai pas à vous recontacter si un poste s’ouvre.', 'recontacter');
      assert.ok(!negatedFromOutside(before.sc, before.i, before.i + 1), 'the litotes’ verb before a bare « pas »');
      const article = scopeOf('Ce n’est pas le manque d’expérience qui vous a desservi.', 'desservi');
      assert.ok(negatedFromOutside(article.sc, article.i, article.i + 1), '« le » is an article there, not a pronoun before a litotes');
      const plain = scopeOf('Je ne vais pas vous envoyer mon avis.', 'avis');
      assert.ok(negatedFromOutside(plain.sc, plain.i, plain.i + 1), 'a verb that is no litotes still denies');
    });

    it('ends a report at the writer’s own version set against it after a comma (« , alors que … »)', () => {
      const a = scopeOf('Vous dites que je manque de leadership, alors que j’ai encadré une équipe de douze personnes.', 'encadre');
      assert.ok(!(a.sc.bits[a.i] & Scope.Reported), 'the writer’s version is said');
      const b = scopeOf('Vous dites que je manque de leadership, alors que j’ai encadré une équipe de douze personnes.', 'leadership');
      assert.ok(b.sc.bits[b.i] & Scope.Reported, 'the reason reported stays reported');
    });

    it('reads « tu pourrais pas … ? » as a spoken request, not a denial', () => {
      const a = scopeOf('Tu pourrais pas en reparler avec Sophie avant de valider ?', 'reparler');
      assert.ok(!negatedFromOutside(a.sc, a.i, a.i + 1));
      const b = scopeOf('Tu pourrais pas en reparler avec Sophie.', 'reparler');
      assert.ok(negatedFromOutside(b.sc, b.i, b.i + 1), 'without the question mark, it denies');
    });

    it('reads « il n’est pas exclu que … » as an announcement, what follows said', () => {
      const a = scopeOf('Il n’est pas exclu que cela se ressente dans le baromètre social.', 'ressente');
      assert.ok(!negatedFromOutside(a.sc, a.i, a.i + 1), 'a litotes: the consequence is announced');
      const b = scopeOf('Je n’exclus pas que l’équipe le prenne mal.', 'prenne');
      assert.ok(!negatedFromOutside(b.sc, b.i, b.i + 1));
      const c = scopeOf('Il n’est pas certain que cela se ressente dans le baromètre social.', 'ressente');
      assert.ok(negatedFromOutside(c.sc, c.i, c.i + 1), '« pas certain que » still denies');
    });

    it('leaves an indirect question after a negated verb said, not denied', () => {
      const a = scopeOf('Je ne sais pas comment je vais m’en relever.', 'relever');
      assert.ok(!negatedFromOutside(a.sc, a.i, a.i + 1), '« comment je vais m’en relever » is what the writer wonders');
      const b = scopeOf('Je ne comprends pas pourquoi vous avez choisi un junior.', 'choisi');
      assert.ok(!negatedFromOutside(b.sc, b.i, b.i + 1));
      const d = scopeOf('Je comprends pas comment un dossier complet peut passer derrière les autres.', 'passer');
      assert.ok(!negatedFromOutside(d.sc, d.i, d.i + 1), 'without « ne » too, the indirect question is said');
      const only = scopeOf('Il ne me reste plus qu’à vous souhaiter une bonne saison.', 'souhaiter');
      assert.ok(!(only.sc.bits[only.i] & Scope.Negated), '« ne … plus qu’à » restricts, it denies nothing');
      const more = scopeOf('Je ne veux plus que vous m’appeliez.', 'appeliez');
      assert.ok(more.sc.bits[more.i] & Scope.Negated, '« ne … plus que » + a clause still negates');
      const rel = scopeOf('Une coopérative qui ne fait pas de place aux jeunes ne devrait pas s’étonner de vieillir.', 'etonner');
      assert.equal(rel.sc.negator[rel.i], rel.toks.norm.indexOf('ne', rel.toks.norm.indexOf('jeunes')), 'the main clause has its own negation, not the relative clause’s');
      const sans = scopeOf('Livrer en avance et sans défaut n’est plus un critère chez vous.', 'critere');
      assert.ok(!negatedFromOutside(sans.sc, sans.toks.norm.indexOf("n'"), sans.i + 1), '« sans » denies « défaut »; « n’est plus un critère » carries its own negation');
      const idiom = scopeOf('Vous trouverez sans peine une autre famille prête à payer.', 'prete');
      assert.ok(!negatedFromOutside(idiom.sc, idiom.i, idiom.i + 1), '« sans peine » is an adverb, it denies nothing');
      const sansWord = scopeOf('Livrer en avance et sans défaut n’est plus un critère chez vous.', 'defaut');
      assert.equal(sansWord.sc.negator[sansWord.i], sansWord.toks.norm.indexOf('sans'));
      const under = scopeOf('Je ne dis pas que vous n’avez pas lu mon dossier.', 'lu');
      assert.ok(negatedFromOutside(under.sc, under.i, under.i + 1), 'a completive stays under the first negation');
      const c = scopeOf('Je ne pense pas que votre décision soit injuste.', 'injuste');
      assert.ok(negatedFromOutside(c.sc, c.i, c.i + 1), '« que » stays under the negation');
    });

    it('sees quotations, scare quotes, reported speech and suppositions', () => {
      const q = scopeOf('Vous m’avez écrit que le profil était « trop junior ».', 'junior');
      assert.ok(q.sc.bits[q.i] & Scope.Reported);
      const own = scopeOf('Je vous remercie, je note que les belles paroles s’arrêtent à votre porte.', 'paroles');
      assert.ok(!(own.sc.bits[own.i] & Scope.Reported), 'the writer noting something is not the reader reporting it');
      const comment = scopeOf('Votre lettre précise que mon profil est intéressant, ce qui est sans doute le mot poli pour dire inutile.', 'poli');
      assert.ok(!(comment.sc.bits[comment.i] & Scope.Reported), '« , ce qui … » after the report is the writer commenting it');
      const still = scopeOf('Votre lettre précise que mon profil est intéressant, ce qui est sans doute le mot poli pour dire inutile.', 'interessant');
      assert.ok(still.sc.bits[still.i] & Scope.Reported);
      const again = scopeOf('Vous m’aviez dit que j’étais le profil idéal, vous le dites à tout le monde ?', 'monde');
      assert.ok(!(again.sc.bits[again.i] & Scope.Reported), 'the reader named again as a new subject after a comma: the writer speaking');
      const ideal = scopeOf('Vous m’aviez dit que j’étais le profil idéal, vous le dites à tout le monde ?', 'ideal');
      assert.ok(ideal.sc.bits[ideal.i] & Scope.Reported);
      const listed = scopeOf('Vous m’aviez dit que le poste était ouvert, que vous, vous vouliez un junior.', 'junior');
      assert.ok(listed.sc.bits[listed.i] & Scope.Reported, '« que vous, vous … » goes on reporting');
      const back = scopeOf('Vous m’aviez dit que j’étais votre premier choix, je suppose que les promesses s’envolent.', 'promesses');
      assert.ok(!(back.sc.bits[back.i] & Scope.Reported), 'the writer speaking again in the first person after a comma ends the report');
      const moi = scopeOf('Vous dites que mon projet est trop ambitieux, moi je pense que vous passez à côté.', 'passez');
      assert.ok(!(moi.sc.bits[moi.i] & Scope.Reported), '« , moi je … » is the writer again');
      const quoted = scopeOf('Vous m’avez écrit « nous manquons de temps » et je vous ai proposé un autre créneau.', 'temps');
      assert.ok(quoted.sc.bits[quoted.i] & Scope.Reported, 'the quotation after the reporting verb is reported');
      const after = scopeOf('Faut-il vraiment écrire « LLM » en page 1 pour qu’un investisseur lise jusqu’à la page 3 ?', 'investisseur');
      assert.ok(!(after.sc.bits[after.i] & Scope.Reported), 'a report made of a quotation ends at its closing mark');
      const told = scopeOf('Je vous signale que le dossier était complet.', 'complet');
      assert.ok(!(told.sc.bits[told.i] & Scope.Reported), '« je vous signale que »: the writer speaks');
      const s = scopeOf('Merci pour ce "retour" éclairant.', 'retour');
      assert.ok(s.sc.bits[s.i] & Scope.ScareQuoted);
      const h = scopeOf('Si jamais vous vous rendez compte d’une erreur, écrivez-moi.', 'erreur');
      assert.ok(h.sc.bits[h.i] & Scope.Hypothetical);
      const rel = scopeOf('Je reste disponible si le poste se libère, ce qui, vu la fréquence de l’annonce, n’est pas exclu.', 'frequence');
      assert.ok(!(rel.sc.bits[rel.i] & Scope.Hypothetical), '« , ce qui, … » opens a clause of its own: it is no incidental inside the supposition');
      const inc = scopeOf('Si le poste, par chance, se libère, je postulerai.', 'libere');
      assert.ok(inc.sc.bits[inc.i] & Scope.Hypothetical, 'an incidental between commas stays inside the supposition');
      const k = scopeOf('Si jamais vous vous rendez compte d’une erreur, écrivez-moi.', 'ecrivez');
      assert.ok(!(k.sc.bits[k.i] & Scope.Hypothetical), 'the main clause is not supposed');
      const w = scopeOf('Je me demande si mon âge a compté.', 'age');
      assert.ok(!(w.sc.bits[w.i] & Scope.Hypothetical), '« se demander si » opens an indirect question: what follows is said');
      const n = scopeOf('Je ne sais pas si mon dossier était complet.', 'complet');
      assert.ok(!(n.sc.bits[n.i] & Scope.Hypothetical));
      const p = scopeOf('Pas de problème, c’est votre choix, je ne vais plus vous déranger.', 'choix');
      assert.ok(!(p.sc.bits[p.i] & Scope.Negated), '« pas de problème » is an idiom, it denies nothing');
      const g = scopeOf('Ce n’est pas grave, je m’en remettrai, j’ai connu pire.', 'pire');
      assert.ok(!(g.sc.bits[g.i] & Scope.Negated), '« ce n’est pas grave » denies « grave » only, not the clauses after it');
      const g2 = scopeOf('Ce n’est pas grave, je m’en remettrai, j’ai connu pire.', 'grave');
      assert.ok(g2.sc.bits[g2.i] & Scope.Negated);
      const c = scopeOf('Elle connaît la maison, si j’en crois ses photos avec votre directeur.', 'photos');
      assert.ok(!(c.sc.bits[c.i] & Scope.Hypothetical), '« si j’en crois » names a source: what follows is said, not supposed');
      const i = scopeOf('Merci pour ce retour si détaillé.', 'si');
      assert.equal(i.sc.intensifierSi[i.i], 1, '« si » + adjective intensifies');
    });
  });

  describe('patterns', () => {
    const entries = [
      { id: 'a', forms: ['@decision … {est|était|reste} @bad'] },
      { id: 'b', forms: ['désolé[e][s] de vous déranger'], except: ['pas désolé[e][s] de vous déranger'] },
      { id: 'c', forms: ['vous {vous |}foutez de'] },
      { id: 'd', forms: ['{<reetudier>|<reexaminer>} {ma|sa} candidature'] },
    ];
    const classes = new Engine(compileForTest({ test: entries }, { decision: ['{votre|la|cette} {decision|choix|grille}'], bad: ['aberrant[e][s]', 'injuste[s]'] }));
    const m = new PatternMatcher(classes, [entries], (_l, j) => j);
    function hits(s: string): string[] {
      const f = fold(s);
      const toks = tokenize(s, f);
      const sentences = splitSentences(toks);
      const ends = new Int32Array(toks.count);
      for (const x of sentences) ends.fill(x.last + 1, x.first, x.last + 1);
      const memo = new ClassMemo({ toks, classes }, (t) => ends[t]);
      return m.matches(memo, 0, toks.count, (t) => ends[t]).map((h) => `${h.entry.id}:${s.slice(toks.start[h.first], toks.end[h.end - 1])}`);
    }

    it('composes classes with gaps and inflections', () => {
      assert.deepEqual(hits('Votre méthode de sélection est aberrante.'), []);
      assert.deepEqual(hits('Votre décision est vraiment aberrante.'), []);
      assert.deepEqual(hits('Votre grille de notation était injuste.'), ['a:Votre grille de notation était injuste']);
    });

    it('matches elisions both ways, optional words, and scopes exceptions to their entry', () => {
      assert.deepEqual(hits('Désolée de vous déranger.'), ['b:Désolée de vous déranger']);
      assert.deepEqual(hits('Je ne suis pas désolé de vous déranger.'), []);
      assert.deepEqual(hits('Vous vous foutez de moi. Vous foutez de moi.'), ['c:Vous vous foutez de', 'c:Vous foutez de']);
    });

    it('matches every conjugated form of each verb in a group of verbs', () => {
      assert.deepEqual(hits('Merci de réétudier sa candidature.'), ['d:réétudier sa candidature']);
      assert.deepEqual(hits('Vous réexamineriez ma candidature.'), ['d:réexamineriez ma candidature']);
      assert.deepEqual(hits('Ils réétudièrent sa candidature.'), ['d:réétudièrent sa candidature']);
    });

    /** The texts a list of entries finds in a string, each hit as the words it covers. */
    const foundBy = (more: { id: string; forms: string[] }[]) => {
      const engine = new Engine(compileForTest({ test: more }, {}));
      const pm = new PatternMatcher(engine, [more], (_l, j) => j);
      return (s: string) => {
        const toks = tokenize(s, fold(s));
        const memo = new ClassMemo({ toks, classes: engine }, () => toks.count);
        return pm.matches(memo, 0, toks.count, () => toks.count).map((h) => s.slice(toks.start[h.first], toks.end[h.end - 1]));
      };
    };

    it('reads a negation without its « ne », as French is typed (« je comprends pas », « j’ai pas »)', () => {
      const more = [{ id: 'n', forms: ['je ne comprends pas {votre|ce} choix', "je n'ai pas été {retenu|retenue}"] }];
      const found = foundBy(more);
      assert.deepEqual(found('Je ne comprends pas ce choix'), ['Je ne comprends pas ce choix']);
      assert.deepEqual(found('je comprends pas ce choix'), ['je comprends pas ce choix']);
      assert.deepEqual(found('j’ai pas été retenue'), ['j’ai pas été retenue']);
      assert.deepEqual(found('je comprends ce choix'), [], 'the « pas » stays required');
    });

    it('drops the « ne » at the start of a form and inside alternatives when a negation is sure to follow (« le jury a pas lu »)', () => {
      const more = [
        { id: 'a', forms: ["le jury {n'a|n'ont} {vraiment |}pas lu", "n'a pas compris"] },
        { id: 'b', forms: ["ne {pas |}partage {pas |}votre enthousiasme"] },
      ];
      const found = foundBy(more);
      assert.deepEqual(found('franchement le jury a pas lu'), ['le jury a pas lu']);
      assert.deepEqual(found('le jury ont vraiment pas lu'), ['le jury ont vraiment pas lu']);
      assert.deepEqual(found('il a pas compris'), ['a pas compris']);
      assert.deepEqual(found('le jury a lu'), [], 'the « pas » stays required');
      assert.deepEqual(found('je partage votre enthousiasme'), [], 'no « ne » dropped where no negation is sure to follow');
      assert.deepEqual(found('je ne partage pas votre enthousiasme'), ['ne partage pas votre enthousiasme']);
    });

    it('never drops the « ne » before « plus » or « personne » at a form’s start, nor where only the negation would be left', () => {
      const more = [{ id: 'p', forms: ["{n'est|ne sont} plus valorisé[e][s]", 'ne plus', "{n'a|n'ont} personne"] }];
      const found = foundBy(more);
      assert.deepEqual(found('l’expérience est plus valorisée que les diplômes'), [], '« plus » compares');
      assert.deepEqual(found('l’expérience n’est plus valorisée'), ['n’est plus valorisée']);
      assert.deepEqual(found('je veux plus de temps'), []);
      assert.deepEqual(found('il a personne'), []);
    });

    it('never matches across a sentence end', () => {
      assert.deepEqual(hits('Votre décision. Est injuste.'), []);
    });

    it('steps over one or two transparent adverbs between the elements of a form, never before its first word', () => {
      const more = [
        { id: 'e', forms: ['je suis déçu[e]', 'vous avez raison'] },
        { id: 'f', forms: ['{votre|ce} choix est @bad'] },
      ];
      const engine = new Engine(compileForTest({ test: more }, { bad: ['injuste[s]'], transparent: ['vraiment', 'tres', 'sans doute', 'franchement'] }));
      const pm = new PatternMatcher(engine, [more], (_l, j) => j);
      const found = (s: string) => {
        const toks = tokenize(s, fold(s));
        const memo = new ClassMemo({ toks, classes: engine }, () => toks.count);
        return pm.matches(memo, 0, toks.count, () => toks.count).map((h) => `${h.entry.id}:${s.slice(toks.start[h.first], toks.end[h.end - 1])}`);
      };
      assert.deepEqual(found('Je suis vraiment très déçue'), ['e:Je suis vraiment très déçue']);
      assert.deepEqual(found('Vous avez sans doute raison'), ['e:Vous avez sans doute raison']);
      assert.deepEqual(found('Vous avez, sans doute, raison'), ['e:Vous avez, sans doute, raison'], 'set off by commas');
      assert.deepEqual(found('Vous avez, sans doute raison'), [], 'one comma is a clause break, not a parenthesis');
      assert.deepEqual(found('Votre choix est franchement injuste'), ['f:Votre choix est franchement injuste']);
      // Three adverbs are a sentence of their own, not a stress.
      assert.deepEqual(found('Je suis vraiment très franchement déçue'), []);
      // The first word is never skipped into: « vraiment » alone does not start a form.
      assert.deepEqual(found('Vraiment déçue'), []);
      // Any other word still breaks the form.
      assert.deepEqual(found('Je suis peu déçue'), []);
    });
  });
});
