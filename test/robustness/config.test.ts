// Configuration is data, validated once: the same hostile values through `.vanbanrc.json`,
// `--config` and the editor's `vanban.*` settings each give a problem on their source, the defaults stand,
// and linting goes on.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lint, localize } from '../../server/src/engine';
import { loadConfigFile, loadConfigFor } from '../../server/src/config';
import { checkSettings, lintOptions } from '../../server/src/lsp/settings';
import { ROOT } from '../helpers';
import { TestClient } from '../lsp/client';

const DRAFT = 'Văn bản có hai  dấu cách.\n';
const deep = (levels: number): unknown => { let value: unknown = 1; for (let i = 0; i < levels; i++) value = [value]; return value; };

/** Hostile settings objects, each with what must survive of it. */
const HOSTILE: { name: string; value: unknown }[] = [
  ...['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'].map((key) => ({
    name: `rules.${key}`, value: JSON.parse(`{ "rules": { "${key}": "off", "double-space": { "options": { "${key}": "x" } } } }`),
  })),
  { name: 'a severity "fatal"', value: { rules: { 'double-space': 'fatal', 'unicode-nfc': { severity: 'fatal' } } } },
  { name: 'arrays nested 6,000 deep', value: { rules: { 'double-space': { options: deep(6000) } } } },
  { name: 'a profile of the wrong type', value: { profile: { nd30: true }, messagesLanguage: 7, largeDocumentCharacters: 'many' } },
  { name: 'a rules array', value: { rules: ['off'] } },
];

describe('configuration of every wrong shape never stops linting', function () {
  this.timeout(60_000);

  describe('the editor settings (vanban.*)', () => {
    for (const { name, value } of HOSTILE) {
      it(`${name}: reported, defaults used, lint runs`, () => {
        const { settings, problems } = checkSettings(value);
        assert.ok(problems.length > 0, 'the problem is reported');
        for (const problem of problems) assert.ok(localize('vi', problem).length > 0);
        const found = lint(DRAFT, lintOptions(settings));
        assert.ok(found.some((d) => d.rule === 'double-space'), 'double-space keeps its default severity');
        assert.equal(found.find((d) => d.rule === 'double-space')!.severity, 'info');
      });
    }

    it('a valid setting is kept beside a wrong one', () => {
      const { settings, problems } = checkSettings({ profile: 'nd30', rules: { 'double-space': 'error', 'unicode-nfc': 'fatal', 'body-end': { options: { end: '.', constructor: 1 } } } });
      assert.equal(settings.profile, 'nd30');
      assert.deepEqual(settings.rules, { 'double-space': 'error', 'body-end': { options: { end: '.' } } });
      assert.equal(problems.length, 2);
    });
  });

  describe('over LSP: a settings problem is shown once, and the drafts still get diagnostics', () => {
    let client: TestClient;
    const shown: { type: number; message: string }[] = [];
    before(async function () {
      if (!existsSync(join(ROOT, 'dist', 'server.js'))) this.skip(); // built by `npm test` before mocha
      client = await TestClient.start({ settings: { messagesLanguage: 'en', rules: { 'double-space': 'fatal', 'body-end': { options: { constructor: 'x' } } } } });
      client.connection.onRequest('window/showMessageRequest', (params: { type: number; message: string }) => { shown.push(params); return null; });
      client.connection.onNotification('window/showMessage', (params: { type: number; message: string }) => shown.push(params));
    });
    after(async () => client?.stop());

    it('publishes diagnostics for two drafts and warns once per problem', async () => {
      const first = await client.open('file:///settings/a.vanban', DRAFT);
      const second = await client.open('file:///settings/b.vanban', DRAFT);
      for (const published of [first, second]) assert.equal(published.find((d) => d.code === 'double-space')?.severity, 3, 'the default severity (information)');
      await client.until(() => shown.length >= 2, 'the settings warnings');
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.deepEqual(shown.map((s) => s.message).sort(), [
        'Setting vanban.rules.body-end.options.constructor is ignored: The rule body-end has no option constructor: its options are end',
        'Setting vanban.rules.double-space is ignored: rules.double-space takes one of off, error, warning, info, hint',
      ]);
      assert.ok(shown.every((s) => s.type === 2), 'as warnings');
    });
  });

  describe('over LSP: a hostile .vanbanrc.json gets diagnostics on the file, and the draft still gets its own', () => {
    let client: TestClient;
    const folder = mkdtempSync(join(tmpdir(), 'vanban-hostile-rc-'));
    before(async function () {
      if (!existsSync(join(ROOT, 'dist', 'server.js'))) this.skip(); // built by `npm test` before mocha
      client = await TestClient.start({ settings: { messagesLanguage: 'en' } });
    });
    after(async () => { await client?.stop(); rmSync(folder, { recursive: true, force: true }); });

    it('constructor, __proto__ and a severity "fatal" in the file', async () => {
      const config = join(folder, '.vanbanrc.json');
      writeFileSync(config, '{\n  "constructor": "x", "__proto__": 1,\n  "rules": { "double-space": "fatal" }\n}\n');
      const draft = join(folder, 'draft.vanban');
      writeFileSync(draft, DRAFT);
      const published = await client.open(pathToFileURL(draft).href, DRAFT);
      assert.equal(published.find((d) => d.code === 'double-space')?.severity, 3, 'linted with the default severity');
      const configUri = pathToFileURL(config).href;
      await client.until(() => (client.published(configUri)?.length ?? 0) >= 3, 'the config file diagnostics');
      assert.deepEqual(client.published(configUri)!.map((d) => `${d.range.start.line}:${d.code}`).sort(), ['1:config', '1:config', '2:config']);
    });
  });

  describe('the CLI with --config', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-hostile-config-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    const cases: Record<string, string> = {
      'constructor.json': '{ "rules": { "constructor": "x", "__proto__": "y", "toString": 1 } }',
      'fatal.json': '{ "rules": { "double-space": "fatal" } }',
      'deep.json': `{ "rules": { "double-space": { "options": ${'['.repeat(6000)}${']'.repeat(6000)} } } }`,
    };
    it('a .vanbanrc.json that is a FIFO is reported, not read (no hang), and the defaults are used', function () {
      const folder = join(dir, 'fifo');
      mkdirSync(folder);
      if (spawnSync('mkfifo', [join(folder, '.vanbanrc.json')]).status !== 0) this.skip(); // mkfifo is absent
      const loaded = loadConfigFor(join(folder, 'draft.vanban'));
      assert.deepEqual(loaded.options, {});
      // findConfig looks for regular files only: a FIFO is not taken for a config file at all.
      assert.equal(loaded.configPath, undefined);
      const explicit = loadConfigFile(join(folder, '.vanbanrc.json'));
      assert.match(localize('en', explicit.problems[0].message), /cannot be read \(.*named pipe \(FIFO\), not a regular file/);
    });

    for (const [file, text] of Object.entries(cases)) {
      it(`${file}: a warning naming the file, then the lint with the defaults`, function () {
        if (!existsSync(join(ROOT, 'dist', 'cli.js'))) this.skip(); // built by `npm test` before mocha
        writeFileSync(join(dir, file), text);
        writeFileSync(join(dir, 'draft.vanban'), DRAFT);
        const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'lint', '--format', 'json', '--config', file, 'draft.vanban'], { cwd: dir, encoding: 'utf8' });
        assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`);
        assert.match(run.stderr, new RegExp(file.replace('.', '\\.')));
        const findings = JSON.parse(run.stdout).flatMap((entry: { diagnostics?: { rule?: string; code?: string; severity: string }[] }) => entry.diagnostics ?? []);
        assert.ok(findings.length > 0, 'the draft was linted');
      });
    }
  });
});
