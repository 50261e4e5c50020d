// Inline control comments, read by hand (issue 17: the former pattern
// backtracked on long runs of blanks; pairs were checked per finding).
import * as assert from 'node:assert/strict';
import { findDirectives, parseDirectives } from '../../src/core/directives';
import { summarizeText } from '../../src/core';
import { parseFrontMatter } from '../../src/core/frontmatter';
import { lineStarts } from '../../src/core/text';

function disabled(text: string, rule: string, category: string, marker: string): boolean {
  return parseDirectives(text, lineStarts(text)).isDisabled(rule, category, text.indexOf(marker));
}

describe('directives', () => {
  it('reads the kinds, the names separated by blanks or commas, and a name glued to -->', () => {
    const found = findDirectives('<!-- boomerang-disable ton, cris -->x<!--boomerang-enable-->y<!-- boomerang-disable-next-line excuses-->');
    assert.deepEqual(
      found.map((d) => [d.kind, d.names]),
      [
        ['disable', ['ton', 'cris']],
        ['enable', []],
        ['disable-next-line', ['excuses']],
      ],
    );
  });

  it('ignores comments that are not directives, and directives with a trailing comma or an unknown word', () => {
    assert.deepEqual(findDirectives('<!-- note --> <!-- boomerang-disabled --> <!-- boomerang-disable ton, --> <!-- boomerang-disable Ton -->'), []);
  });

  it('turns rules off and on by rule and by category, in order', () => {
    const text = '§a <!-- boomerang-disable ton --> §b <!-- boomerang-enable ton-agressif --> §c <!-- boomerang-enable --> §d';
    assert.equal(disabled(text, 'ton-agressif', 'ton', '§a'), false);
    assert.equal(disabled(text, 'ton-agressif', 'ton', '§b'), true);
    assert.equal(disabled(text, 'excuses', 'ton', '§b'), true);
    assert.equal(disabled(text, 'ton-agressif', 'ton', '§c'), false);
    assert.equal(disabled(text, 'excuses', 'ton', '§c'), true);
    assert.equal(disabled(text, 'excuses', 'ton', '§d'), false);
    assert.equal(disabled(text, 'cris', 'ton', '§b'), true);
    assert.equal(disabled(text, 'trop-de-lignes', 'longueur', '§b'), false);
  });

  it('disables the next line only, merging several directives on one line', () => {
    const text = '<!-- boomerang-disable-next-line cris --><!-- boomerang-disable-next-line excuses -->\n§un\n§deux';
    assert.equal(disabled(text, 'cris', 'ton', '§un'), true);
    assert.equal(disabled(text, 'excuses', 'ton', '§un'), true);
    assert.equal(disabled(text, 'drame', 'ton', '§un'), false);
    assert.equal(disabled(text, 'cris', 'ton', '§deux'), false);
  });

  it('reads an unclosed directive followed by a long run of blanks as no directive', () => {
    assert.deepEqual(findDirectives(`<!-- boomerang-disable${' '.repeat(300_000)}x`), []);
  });
});

describe('front matter fields', () => {
  const field = (line: string) => parseFrontMatter(`---\n${line}\n---\n`)?.fields.get('destinataire');

  it('reads a value followed by a long run of blanks, without the blanks', () => {
    const f = field(`destinataire: Mme Martin${' '.repeat(300_000)}`);
    assert.equal(f?.value, 'Mme Martin');
    assert.equal(f?.valueStart, 4 + 'destinataire: '.length);
  });

  it('reads a value with a long run of blanks inside it whole', () => {
    assert.equal(field(`destinataire: Mme${' '.repeat(300_000)}Martin  `)?.value, `Mme${' '.repeat(300_000)}Martin`);
  });

  it('reads an empty value and blanks before the colon, and refuses « clé:valeur »', () => {
    assert.equal(field('destinataire:')?.value, '');
    assert.equal(field('destinataire   :   Léa  ')?.value, 'Léa');
    assert.equal(field('destinataire:Léa'), undefined);
  });

  it('summarises 2,000 drafts whose header has a 64 KB line of blanks (the workspace index reads every header)', () => {
    const text = `---\ndestinataire: Mme Martin${' '.repeat(64_000)}x\ncanal: sms\n---\nBonjour,\n`;
    for (let i = 0; i < 2000; i++) {
      const s = summarizeText(`d${i}.reponse.md`, text);
      assert.equal(s.channel, 'sms');
      assert.equal(s.recipient, `Mme Martin${' '.repeat(64_000)}x`);
    }
  });
});
