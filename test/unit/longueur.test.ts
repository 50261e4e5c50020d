import * as assert from 'node:assert/strict';
import { findingsOf, GOOD_MAIL } from './helpers';
import { defaultOptions } from '../../src/core';

const mail = (body: string) => `Objet : Merci\n\nBonjour Madame,\n\n${body}\n\nBien cordialement,\nLéa Martin – 06 12 34 56 78\n`;

describe('longueur', () => {
  describe('trop-de-lignes', () => {
    const valid = [GOOD_MAIL, mail('Merci pour votre retour.\nJe comprends votre décision.\nJe reste disponible.\nBelle suite à vous.')];
    const invalid = [
      mail(Array.from({ length: 9 }, (_, i) => `Ligne ${i + 1} du message.`).join('\n')),
      // Three lines of 350 characters (too long to be a mail client's wrapping): a reading pane shows each as 3 lines.
      mail(Array.from({ length: 3 }, () => 'Je voulais vous dire que '.repeat(14)).join('\n')),
    ];
    for (const t of valid) it(`stays quiet on ${JSON.stringify(t.slice(0, 40))}…`, () => assert.deepEqual(findingsOf(t, 'trop-de-lignes'), []));
    for (const t of invalid) {
      it(`flags ${JSON.stringify(t.slice(25, 70))}…`, () => {
        const [f] = findingsOf(t, 'trop-de-lignes');
        assert.ok(f, 'expected a finding');
        assert.equal(f.severity, 'warning');
        assert.match(f.message, /au-delà des 8 conseillées/);
      });
    }
    it('follows the maxLines threshold', () => {
      const t = mail('Un.\nDeux.\nTrois.');
      assert.equal(findingsOf(t, 'trop-de-lignes').length, 0);
      const opts = { thresholds: { ...defaultOptions().thresholds, maxLines: 2 } };
      assert.equal(findingsOf(t, 'trop-de-lignes', opts).length, 1);
    });
    it('counts the body only: not the subject, the greeting, the closing or a long signature block', () => {
      const t = `Objet : Merci\n\nBonjour,\n${'Une ligne.\n'.repeat(8)}Bien cordialement,\nLéa Martin\nCheffe de projet\nACME\n06 12 34 56 78\nlinkedin.com/in/lea\n`;
      assert.deepEqual(findingsOf(t, 'trop-de-lignes'), []);
      const [f] = findingsOf(t.replace('Une ligne.\n', 'Une ligne.\nUne autre.\n'), 'trop-de-lignes');
      assert.match(f.message, /compte 9 lignes/);
    });
    it('counts a post-scriptum under the signature: a P.S. novel is a long reply', () => {
      const sig = `Objet : Merci\n\nBonjour,\n${'Une ligne.\n'.repeat(4)}\nBien cordialement,\nLéa Martin\n\n`;
      assert.deepEqual(findingsOf(`${sig}P.S. Je serai au salon de Lille en mai.\n`, 'trop-de-lignes'), []);
      const [f] = findingsOf(`${sig}P.S. Je voulais vous expliquer mon parcours.\n${'Une ligne de plus.\n'.repeat(6)}`, 'trop-de-lignes');
      assert.match(f?.message ?? '', /compte 11 lignes/);
    });
    it('counts each line of a message broken by hand, even inside a sentence, but joins the lines a client wrapped', () => {
      // Eleven lines typed on a phone, some of them one sentence over two lines: each next word would have fitted above.
      const sms = "salut Léo merci pour ton msg pour l'équipe de rugby\nje comprends trop que vous avez déjà beaucoup d'ailiers\nen vrai j'ai commencé le rugby à 8 ans à Dax avec mon oncle\naprès on a déménagé à Bordeaux et j'ai arrêté deux ans\nj'ai repris au lycée en UNSS, on a fait les championnats académiques\nl'an dernier je me suis blessé à la cheville mais là ça va mieux\nje fais de la muscu 3 fois par semaine avec mon pote Enzo\net je cours le dimanche au parc bordelais\nbref je voulais juste te raconter un peu\nje reste chaud pour la saison pro si y a de la place\nmerci encore et bonne saison 🏉\nTom\n";
      const [f] = findingsOf(sms, 'trop-de-lignes');
      assert.match(f?.message ?? '', /compte (9|10|11) lignes/);
      // The same words wrapped by a client at 70 characters: a few long lines, not a line per break.
      const words = sms.split('\n').slice(1, 11).join(' ').split(' ');
      const lines: string[] = [];
      let line = '';
      for (const w of words) {
        if (line && line.length + 1 + w.length > 70) {
          lines.push(line);
          line = w;
        } else line = line ? `${line} ${w}` : w;
      }
      lines.push(line);
      assert.deepEqual(findingsOf(`Objet : Rugby\n\nSalut Léo,\n\n${lines.join('\n')}.\n\nBonne saison,\nTom – 06 12 34 56 78\n`, 'trop-de-lignes'), []);
    });
    it('does not count quoted lines, comments or code', () => {
      const quoted = Array.from({ length: 20 }, () => '> Nous avons le regret de vous informer…').join('\n');
      const t = mail(`Merci pour votre retour.\n\n${quoted}\n\n<!--\n${'note\n'.repeat(20)}-->\n\`\`\`\n${'code\n'.repeat(20)}\`\`\``);
      assert.deepEqual(findingsOf(t, 'trop-de-lignes'), []);
    });
  });

  describe('trop-de-mots', () => {
    it('stays quiet on a short reply', () => assert.deepEqual(findingsOf(GOOD_MAIL, 'trop-de-mots'), []));
    it('warns past 135 words, about eight lines of a mail client', () => {
      assert.deepEqual(findingsOf(mail('mot '.repeat(120)), 'trop-de-mots'), []);
      const [f] = findingsOf(mail('mot '.repeat(150)), 'trop-de-mots');
      assert.match(f.message, /pavé/);
      assert.equal(f.tip, 'concision');
    });
    it('calls 700 words a « roman justificatif »', () => {
      const [f] = findingsOf(mail('mot '.repeat(720)), 'trop-de-mots');
      assert.match(f.message, /roman justificatif/);
      assert.equal(f.tip, 'roman');
    });
  });

  describe('phrase-trop-longue', () => {
    it('flags a sentence of 40 words, as a hint', () => {
      const long = `${'et puis '.repeat(20)}voilà.`;
      const [f] = findingsOf(mail(`Merci. ${long} Bonne suite.`), 'phrase-trop-longue');
      assert.ok(f);
      assert.equal(f.severity, 'hint');
    });
    const runOns: [string, number, 'hint' | 'warning'][] = [
      ['a 50-word sentence stays a hint', 50, 'hint'],
      ['a 60-word run-on sentence is a warning', 60, 'warning'],
    ];
    for (const [name, n, severity] of runOns) {
      it(name, () => {
        const words = Array.from({ length: n - 1 }, (_, i) => (i % 2 === 0 ? 'dossier' : 'complet')).join(' ');
        const [f] = findingsOf(mail(`Merci. ${words} voilà. Bonne suite.`), 'phrase-trop-longue');
        assert.ok(f);
        assert.equal(f.severity, severity);
        if (severity === 'warning') assert.match(f.message, /Phrase-fleuve de 60 mots/);
      });
    }
    it('a 60-word run-on at the very end of a draft with no final line break is still a warning', () => {
      const words = Array.from({ length: 59 }, (_, i) => (i % 2 === 0 ? 'dossier' : 'complet')).join(' ');
      const [f] = findingsOf(`Bonjour Madame Martin,\n\nMerci. ${words} voilà.`, 'phrase-trop-longue');
      assert.ok(f);
      assert.equal(f.severity, 'warning');
    });
    it('a 60-word sentence typed in lines without full stops stays advice: its line breaks are its pauses', () => {
      const line = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 'dossier' : 'complet')).join(' ');
      const [f] = findingsOf(mail(`merci pour le retour ${line(16)}\net ${line(20)}\ndonc ${line(20)}`), 'phrase-trop-longue');
      assert.ok(f);
      assert.equal(f.severity, 'hint');
    });
    it('the guide’s longest example sentence stays quiet', () => {
      const t = mail('Si c’est possible, auriez-vous 1 ou 2 retours concrets (compétences à renforcer, exemple manquant, point d’alignement) ?');
      assert.deepEqual(findingsOf(t, 'phrase-trop-longue'), []);
    });
    it('does not split after « M. » and keeps short sentences quiet', () => {
      assert.deepEqual(findingsOf(mail('Merci M. Dupont pour votre retour. Je comprends votre choix.'), 'phrase-trop-longue'), []);
    });
  });
});
