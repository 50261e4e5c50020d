// Issue 17, item 7: file names shown from Uri.path without decoding twice, new
// drafts created without ever overwriting a file, sibling names in messages.
import * as assert from 'node:assert/strict';
import { analyzeWorkspace, defaultOptions } from '../../src/core';
import { createDraftFile, MAX_NAMES, type CreateResult, type DraftFileSystem, type StatResult } from '../../src/extension/draftFile';
import { fileNameOfPath } from '../../src/extension/uriName';

/** A folder in memory; `stat` and `createNew` can be made to fail or to race. */
function fakeFs(existing: string[], hooks: { stat?: (n: string) => StatResult | undefined; create?: (n: string) => CreateResult | undefined } = {}) {
  const files = new Map(existing.map((n) => [n, 'précieux']));
  const writes: string[] = [];
  const fs: DraftFileSystem = {
    async stat(name) {
      return hooks.stat?.(name) ?? (files.has(name) ? 'exists' : 'absent');
    },
    async createNew(name) {
      const forced = hooks.create?.(name);
      if (forced) return forced;
      if (files.has(name)) return 'exists';
      files.set(name, '');
      writes.push(name);
      return 'created';
    },
  };
  return { fs, files, writes };
}

const nameFor = (n: number) => `2026-03-10-radar-julien${n > 1 ? `-${n}` : ''}.reponse.md`;

describe('« Nouvelle réponse » never overwrites a file', () => {
  it('takes the first free name', async () => {
    const { fs, files, writes } = fakeFs([nameFor(1), nameFor(2)]);
    assert.deepEqual(await createDraftFile(fs, nameFor), { kind: 'created', name: nameFor(3) });
    assert.deepEqual(writes, [nameFor(3)]);
    assert.equal(files.get(nameFor(1)), 'précieux');
  });

  it('writes nothing when it cannot tell whether a name exists (a stat error other than « not found »)', async () => {
    const { fs, files, writes } = fakeFs([nameFor(1)], { stat: () => ({ error: 'EACCES' }) });
    assert.deepEqual(await createDraftFile(fs, nameFor), { kind: 'unchecked', name: nameFor(1), error: 'EACCES' });
    assert.deepEqual(writes, []);
    assert.equal(files.get(nameFor(1)), 'précieux');
  });

  it('moves on when the name appears between the check and the creation', async () => {
    const { fs, writes } = fakeFs([], { create: (n) => (n === nameFor(1) ? 'exists' : undefined) });
    assert.deepEqual(await createDraftFile(fs, nameFor), { kind: 'created', name: nameFor(2) });
    assert.deepEqual(writes, [nameFor(2)]);
  });

  it('says so when the folder refuses the file, or when every name is taken', async () => {
    const refused = fakeFs([], { create: () => ({ error: 'EROFS' }) });
    assert.deepEqual(await createDraftFile(refused.fs, nameFor), { kind: 'refused', name: nameFor(1), error: 'EROFS' });
    const full = fakeFs(Array.from({ length: MAX_NAMES }, (_, i) => nameFor(i + 1)));
    assert.deepEqual(await createDraftFile(full.fs, nameFor), { kind: 'all-taken', first: nameFor(1), last: nameFor(MAX_NAMES) });
    assert.deepEqual(full.writes, []);
  });
});

describe('file names as the user reads them', () => {
  it('shows the last segment of an already decoded Uri.path as it is', () => {
    assert.equal(fileNameOfPath('/home/léa/100%.reponse.md', 'x'), '100%.reponse.md');
    assert.equal(fileNameOfPath('/home/léa/a%41.reponse.md', 'x'), 'a%41.reponse.md');
    assert.equal(fileNameOfPath('/home/léa/refus acme.reponse.md', 'x'), 'refus acme.reponse.md');
    assert.equal(fileNameOfPath('/', 'untitled:Sans titre-1'), 'untitled:Sans titre-1');
  });

  it('names another draft by its real file name in messages across drafts (paths are not decoded, URIs once)', () => {
    const draft = (channel: string, date: string) => `---\ncanal: ${channel}\ndestinataire: Mme Martin\nenvoi_prevu: ${date}\n---\nBonjour,\n`;
    const options = { ...defaultOptions(), timeZone: 'Europe/Paris' };
    const fromPaths = analyzeWorkspace([{ file: 'dossier/a%41.reponse.md', text: draft('mail', '2026-03-09') }, { file: 'dossier/b.reponse.md', text: draft('sms', '2026-03-10') }], options);
    assert.match(fromPaths[1].findings.find((f) => f.rule === 'multicanal-destinataire')?.message ?? '', /\(a%41\.reponse\.md\)/);
    const fromUris = analyzeWorkspace([{ file: 'file:///d/refus%20acme.reponse.md', text: draft('mail', '2026-03-09') }, { file: 'file:///d/b.reponse.md', text: draft('sms', '2026-03-10') }], options);
    assert.match(fromUris[1].findings.find((f) => f.rule === 'multicanal-destinataire')?.message ?? '', /\(refus acme\.reponse\.md\)/);
  });
});
