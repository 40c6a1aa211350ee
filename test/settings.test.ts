// The extension's settings follow VS Code's conventions: each has a scope, a Markdown description and, for
// an enum, a description per value; `vanban.rules` lists every rule id with the options it declares
// (generated from the registry by scripts/settings-schema.ts); `[vanban]` gets prose defaults; every
// %key% of the manifest has its text in package.nls.json (Vietnamese, the default for every display language).

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../server/src/engine';
import { rulesSettingSchema } from '../scripts/settings-schema';
import { ROOT } from './helpers';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
const settings = manifest.contributes.configuration.properties as Record<string, { scope?: string; markdownDescription?: string; enum?: unknown[]; enumDescriptions?: string[]; properties?: Record<string, unknown> }>;

describe('settings', () => {
  it('each has a scope, a Markdown description and a description per enum value', () => {
    for (const [name, setting] of Object.entries(settings)) {
      assert.ok(['application', 'machine', 'machine-overridable', 'window', 'resource', 'language-overridable'].includes(setting.scope ?? ''), `${name}: scope`);
      assert.ok(setting.markdownDescription, `${name}: markdownDescription`);
      if (setting.enum) assert.equal(setting.enumDescriptions?.length, setting.enum.length, `${name}: enumDescriptions`);
    }
  });

  it('per-document settings can be set per folder (resource scope), so "Choose the profile" can write them there', () => {
    for (const name of ['vanban.profile', 'vanban.rules', 'vanban.messagesLanguage', 'vanban.words', 'vanban.largeDocumentCharacters']) {
      assert.equal(settings[name].scope, 'resource', name);
    }
  });

  it('vanban.rules lists every rule id (regenerate: npx tsx scripts/settings-schema.ts --write)', () => {
    assert.deepEqual(Object.keys(settings['vanban.rules'].properties!).sort(), rules().map((rule) => rule.id).sort());
    const { scope: _scope, markdownDescription: _d, default: _default, order: _order, ...generated } = settings['vanban.rules'] as Record<string, unknown>;
    assert.deepEqual(generated, { type: 'object', ...rulesSettingSchema() });
  });

  it('vanban.rules offers each rule exactly the options it declares, described in Vietnamese', () => {
    const vi = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.vi.json'), 'utf8')) as Record<string, string>;
    type Entry = { anyOf: { properties?: { options: { properties: Record<string, { enum?: string[]; default: unknown; markdownDescription: string }> } } }[] };
    for (const rule of rules()) {
      const options = (settings['vanban.rules'].properties![rule.id] as Entry).anyOf[1].properties!.options.properties;
      assert.deepEqual(Object.keys(options), Object.keys(rule.options ?? {}), rule.id);
      for (const [name, declaration] of Object.entries(rule.options ?? {})) {
        assert.equal(options[name].markdownDescription, vi[declaration.description], `${rule.id}.${name}: Vietnamese description`);
        assert.deepEqual(options[name].default, declaration.default);
        if (declaration.type === 'enum') assert.deepEqual(options[name].enum, declaration.values);
      }
    }
  });

  it('describes every rule in Vietnamese (the description in the bundle), in the settings as in hover and SARIF', () => {
    const vi = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.vi.json'), 'utf8')) as Record<string, string>;
    assert.deepEqual(rules().filter((rule) => !(rule.description in vi)).map((rule) => rule.id), []);
  });

  it('gives [vanban] documents prose defaults: word wrap on, no word-based suggestions', () => {
    assert.deepEqual(manifest.contributes.configurationDefaults['[vanban]'], { 'editor.wordWrap': 'on', 'editor.wordBasedSuggestions': 'off' });
  });

  it('has every %key% of the manifest in package.nls.json, and no unused key', () => {
    const used = new Set([...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]));
    assert.deepEqual([...used].filter((key) => !(key in nls)), []);
    assert.deepEqual(Object.keys(nls).filter((key) => !used.has(key)), []);
  });
});
