// The client speaks Vietnamese by default whatever VS Code's display language, English on request
// (vanban.messagesLanguage = en): every string it passes to t() has its Vietnamese translation.

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { translate, useBundle } from '../client/src/l10nText';
import { ROOT } from './helpers';

// The extension reads the bundle from its package when it starts; the tests give it the same file.
useBundle(JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.vi.json'), 'utf8')) as Record<string, string>);

describe('client strings', () => {
  it('are Vietnamese by default and English on request, with arguments filled', () => {
    assert.equal(translate('vi', 'Open a folder to check its drafts.'), 'Hãy mở một thư mục để kiểm tra các dự thảo trong đó.');
    assert.equal(translate('en', 'Open a folder to check its drafts.'), 'Open a folder to check its drafts.');
    assert.match(translate('vi', 'Type: {0}', ['Kết luận']), /Kết luận/);
  });

  it('each t(...) of the client has a Vietnamese translation', () => {
    const vi = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.vi.json'), 'utf8')) as Record<string, string>;
    const dir = join(ROOT, 'client', 'src');
    const sources = readdirSync(dir).filter((name) => name.endsWith('.ts')).map((name) => readFileSync(join(dir, name), 'utf8')).join('\n');
    const texts = [...sources.matchAll(/\bt\(\s*'([^']+)'/g)].map((m) => m[1]);
    assert.ok(texts.length >= 10, `${texts.length} strings`);
    assert.deepEqual(texts.filter((text) => !(text in vi)), []);
  });
});
