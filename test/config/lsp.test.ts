// The language server reads `.vanbanrc.json` over a real connection: the nearest config applies over the
// editor settings, a broken config is reported on the config file itself and the defaults are used, and a
// change to a watched config file re-lints the open documents.

import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../helpers';
import { TestClient } from '../lsp/client';

describe('config: the language server over a real connection', function () {
  this.timeout(20000);
  let client: TestClient;
  let folder: string;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'vanban-lsp-config-'));
    mkdirSync(join(folder, 'drafts'));
    client = await TestClient.start({ watchedFiles: true });
  });

  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('registers a watcher for config files', async () => {
    await client.until(() => client.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'), 'the watcher registration');
    const watcher = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.deepEqual(watcher?.registerOptions, { watchers: [{ globPattern: '**/.vanbanrc.json' }] });
  });

  it('applies the nearest config, reports a broken one on the file, and re-lints on change', async () => {
    const configPath = join(folder, '.vanbanrc.json');
    const configUri = pathToFileURL(configPath).toString();
    writeFileSync(configPath, '{\n  // house rules\n  "rules": { "double-space": "error", "paragraph-case": "off" }\n}\n');
    const draftPath = join(folder, 'drafts', 'draft.vanban');
    const text = readFileSync(join(ROOT, 'test', 'fixtures', 'rules', 'double-space', 'bad-nd30.vanban'), 'utf8');
    writeFileSync(draftPath, text);
    const uri = pathToFileURL(draftPath).toString();
    const doubleSpace = () => client.published(uri)?.find((d) => d.code === 'double-space');
    const changed = () => client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });

    await client.open(uri, text);
    await client.until(() => doubleSpace() !== undefined, 'the draft\'s diagnostics');
    assert.equal(doubleSpace()!.severity, 1, 'the config raises double-space to an error');
    assert.equal(client.published(configUri), undefined, 'a valid config gets no diagnostics');

    // Broken: the config file gets an error diagnostic where it breaks, and the draft the defaults.
    writeFileSync(configPath, '{\n  "rules": { "double-space": "error" }\n  "profile": "nd30"\n}\n');
    await changed();
    await client.until(() => (client.published(configUri)?.length ?? 0) > 0 && doubleSpace()?.severity === 3, 'the broken config reported');
    const problem = client.published(configUri)![0];
    assert.equal(problem.severity, 1);
    assert.equal(problem.code, 'config');
    assert.equal(problem.range.start.line, 2);
    assert.match(problem.message, /JSON/);
    assert.match(problem.message, /mặc định/, 'in Vietnamese, the default language');

    // Wrongly typed: an unknown rule id is a warning on its key; the valid entries still apply.
    writeFileSync(configPath, '{ "rules": { "double-space": "error", "no-such-rule": "off" } }');
    await changed();
    await client.until(() => client.published(configUri)?.[0]?.severity === 2 && doubleSpace()?.severity === 1, 'the unknown rule reported');
    assert.equal(client.published(configUri)!.length, 1);

    // Repaired: the config's diagnostics are cleared.
    writeFileSync(configPath, '{ "rules": { "double-space": "off" } }');
    await changed();
    await client.until(() => client.published(configUri)?.length === 0 && doubleSpace() === undefined, 'the config repaired');
  });
});

describe('config: the file wins over the editor settings, key by key (real connection)', function () {
  this.timeout(20000);
  let client: TestClient;
  let folder: string;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'vanban-lsp-settings-'));
    // The editor's settings: vanban.rules, with a rule option and a wrong one.
    client = await TestClient.start({
      settings: {
        profile: 'auto', messagesLanguage: 'en',
        rules: { 'double-space': 'warning', 'punctuation-spacing': 'off', 'tone-consistency': { options: { style: 'main-vowel' } }, 'body-end': { options: { end: 'nonsense' } } },
      },
    });
  });

  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('applies the settings, then the config file over them', async () => {
    writeFileSync(join(folder, '.vanbanrc.json'), '{ "rules": { "double-space": "error" } }');
    const text = 'Văn bản có hai  dấu cách , và việc hòa giải.\n';
    const uri = pathToFileURL(join(folder, 'draft.vanban')).toString();
    writeFileSync(join(folder, 'draft.vanban'), text);
    const found = await client.open(uri, text);
    const byRule = (rule: string) => found.filter((d) => d.code === rule).map((d) => d.severity);
    assert.deepEqual(byRule('double-space'), [1], 'the config file wins: error');
    assert.deepEqual(byRule('punctuation-spacing'), [], 'the editor setting turns it off');
    assert.deepEqual(byRule('tone-consistency'), [2], 'the editor\'s house style makes it a warning');
    assert.match(found.find((d) => d.code === 'double-space')!.message, /spaces/, 'messages in the editor\'s language');
  });
});

describe('config: problems in the editor’s language (real connection)', function () {
  this.timeout(20000);
  let client: TestClient;
  let folder: string;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'vanban-lsp-config-en-'));
    client = await TestClient.start({ settings: { messagesLanguage: 'en' } });
  });

  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('reports a broken config file in English when the editor speaks English', async () => {
    const configPath = join(folder, '.vanbanrc.json');
    writeFileSync(configPath, '{ "rules": { "double-space": "loud" } }');
    const text = 'Văn bản có hai  dấu cách.\n';
    await client.open(pathToFileURL(join(folder, 'draft.vanban')).toString(), text);
    const configUri = pathToFileURL(configPath).toString();
    await client.until(() => (client.published(configUri)?.length ?? 0) > 0, 'the config problem');
    const message = client.published(configUri)![0].message as string;
    assert.doesNotMatch(message, /mặc định|không/u, message);
    assert.match(message, /off, error, warning, info, hint/, message);
  });
});
