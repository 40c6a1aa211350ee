// The extension manifest offers the preview and the export where a user looks for them: commands with
// Vietnamese and English titles, an editor title button on .vanban files, Ctrl+K V; and the client
// registers exactly those commands, with every user-facing string translated.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('preview and export in the manifest', () => {
  const manifest = JSON.parse(read('package.json'));
  const nls = JSON.parse(read('package.nls.json'));

  it('contributes both commands with Vietnamese titles (package.nls.json, whatever the display language)', () => {
    const commands = manifest.contributes.commands as { command: string; title: string; category: string }[];
    const titles = (bundle: Record<string, string>, id: string) => {
      const command = commands.find((c) => c.command === id)!;
      return `${bundle[command.category.slice(1, -1)]}: ${bundle[command.title.slice(1, -1)]}`;
    };
    assert.equal(titles(nls, 'vanban.preview'), 'Văn bản (vanban): Xem trước bên cạnh');
    assert.equal(titles(nls, 'vanban.exportDocx'), 'Văn bản (vanban): Xuất ra .docx');
  });

  it('puts the preview button in the editor title of .vanban files and binds Ctrl+K V', () => {
    const button = manifest.contributes.menus['editor/title'].find((m: { command: string }) => m.command === 'vanban.preview');
    assert.deepEqual(button, { command: 'vanban.preview', when: 'resourceLangId == vanban', group: 'navigation' });
    const key = manifest.contributes.keybindings.find((k: { command: string }) => k.command === 'vanban.preview');
    assert.equal(key.key, 'ctrl+k v');
    assert.equal(key.mac, 'cmd+k v');
  });

  it('registers the commands it contributes, and translates what it says', () => {
    const sources = ['client/src/preview/panel.ts', 'client/src/export.ts'].map(read).join('\n');
    const registered = [...sources.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();
    assert.deepEqual(registered, ['vanban.exportDocx', 'vanban.preview']);
    const vi = JSON.parse(read('l10n/bundle.l10n.vi.json')) as Record<string, string>;
    const texts = [...sources.matchAll(/\bt\(\s*'([^']+)'/g)].map((m) => m[1]); // the client's t() (client/src/l10n.ts)
    assert.ok(texts.length >= 6);
    assert.deepEqual(texts.filter((text) => !(text in vi)), [], 'strings without a Vietnamese translation');
  });
});
