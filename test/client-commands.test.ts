// The editor commands without a server: every contributed command is registered by the client; the new
// document skeletons come from the snippets (regime, type, today's date variables); a new .vanbanrc.json is
// valid for the schema and the engine.

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { configSkeleton, CONFIG_SCHEMA_URL, templates } from '../client/src/templates';
import { parseConfig } from '../server/src/config';
import { ROOT } from './helpers';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('client commands', () => {
  it('registers every command the manifest contributes', () => {
    const manifest = JSON.parse(read('package.json'));
    const sources = (dir: string): string[] => readdirSync(join(ROOT, dir), { withFileTypes: true })
      .flatMap((entry) => (entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [read(join(dir, entry.name))] : []));
    const code = sources('client/src').join('\n');
    const constants = new Map([...code.matchAll(/export const (\w+) = '(vanban\.\w+)'/g)].map((m) => [m[1], m[2]]));
    const registered = new Set([...code.matchAll(/registerCommand\(\s*(?:'(vanban\.\w+)'|(\w+))/g)].map((m) => m[1] ?? constants.get(m[2])));
    const contributed = (manifest.contributes.commands as { command: string }[]).map((c) => c.command);
    assert.deepEqual(contributed.filter((command) => !registered.has(command)), []);
    for (const command of ['vanban.newDocument', 'vanban.createConfig', 'vanban.restartServer', 'vanban.openRulePage']) assert.ok(contributed.includes(command), command);
  });

  it('offers a skeleton per regime and type, dated today by VS Code\'s snippet variables', () => {
    const all = templates(read('snippets/vanban.code-snippets'));
    assert.deepEqual([...new Set(all.map((t) => t.regime))].sort(), ['NĐ 30', 'Đảng'].sort());
    assert.ok(all.length >= 30, `${all.length} templates`);
    assert.ok(!all.some((t) => t.regime === 'Khối'), 'blocks are not documents');
    for (const template of all) {
      assert.match(template.body, /ngày \$\{CURRENT_DATE\} tháng/, `${template.regime}: ${template.type}`);
      assert.match(template.body, /\$\{CURRENT_YEAR\}/);
    }
    assert.ok(all.some((t) => t.regime === 'NĐ 30' && /^Quyết định/.test(t.type)));
  });

  it('writes a .vanbanrc.json that names its schema and that both the schema and the engine accept', () => {
    const text = configSkeleton(CONFIG_SCHEMA_URL);
    const config = JSON.parse(text);
    assert.equal(config.$schema, CONFIG_SCHEMA_URL);
    assert.match(CONFIG_SCHEMA_URL, /\/schemas\/vanbanrc\.schema\.json$/);
    const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(read('schemas/vanbanrc.schema.json')));
    assert.ok(validate(config), JSON.stringify(validate.errors));
    assert.deepEqual(parseConfig(text).problems, []);
  });
});
