// The JSON schema shipped for `.vanbanrc.json` (for editors: the engine checks a configuration from the
// declarations themselves) is generated from the rules' declarations and lists exactly the rules,
// profiles and rule options the engine knows; the extension contributes it through jsonValidation. It
// and the engine's check agree: ajv with the schema accepts a configuration exactly when parseConfig
// reports nothing.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROFILE_NAMES, rules } from '../../server/src/engine';
import Ajv from 'ajv';
import { parseConfig } from '../../server/src/engine/config/config';
import { SCHEMA, schemaText } from '../../scripts/config-schema';
import { ROOT } from '../helpers';

const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'vanbanrc.schema.json'), 'utf8'));

describe('config: JSON schema', () => {
  it('lists every rule id and no other', () => {
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), rules().map((rule) => rule.id).sort());
    assert.equal(schema.properties.rules.additionalProperties, false);
  });

  it('lists the profiles', () => {
    assert.deepEqual(schema.properties.profile.enum, [...PROFILE_NAMES]);
  });

  it('is the schema the rules\' declarations give (run `npm run schema` after adding a rule or an option)', () => {
    assert.equal(readFileSync(SCHEMA, 'utf8'), schemaText());
  });

  it('accepts and refuses the configurations the engine accepts and refuses', () => {
    const validate = new Ajv({ strict: false }).compile(schema);
    const withOptions = rules().filter((rule) => rule.options);
    const configurations: unknown[] = [
      {}, { profile: 'nd30' }, { profile: 'hd99' }, { language: 'en' }, { language: null }, { $schema: 3 }, { extra: true },
      { profileOptions: { bodyEnd: '.' } }, { words: ['a', 'b'] }, { words: ['a', 7] }, { words: 'a' }, { words: Array(10_001).fill('a') },
      { rules: [] }, { rules: { 'no-such-rule': 'off' } }, { rules: { 'double-space': 'loud' } }, { rules: { 'double-space': 3 } },
      { rules: { 'double-space': { severity: 'hint' } } }, { rules: { 'double-space': { severity: 'fatal' } } },
      { rules: { 'double-space': { colour: 1 } } }, { rules: { 'double-space': { options: { width: 2 } } } },
      { rules: { 'double-space': { options: [] } } }, { rules: { 'double-space': null } },
      ...withOptions.flatMap((rule) => Object.entries(rule.options!).flatMap(([name, declaration]) => [
        { rules: { [rule.id]: { options: { [name]: declaration.default } } } },
        { rules: { [rule.id]: { options: { [name]: declaration.type === 'enum' ? 'no-such-value' : [1] } } } },
        { rules: { [rule.id]: { severity: 'error', options: { [name]: 3, other: 1 } } } },
      ])),
    ];
    for (const configuration of configurations) {
      const text = JSON.stringify(configuration);
      assert.equal(parseConfig(text).problems.length === 0, validate(configuration), text);
    }
  });

  it('is contributed for .vanbanrc.json by the extension manifest', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.vanbanrc.json', url: './schemas/vanbanrc.schema.json' }]);
  });
});
