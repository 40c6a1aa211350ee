// The JSON schema shipped for `.vanbanrc.json` is generated from the rules' declarations and lists exactly
// the rules, profiles, rule options and legacy profile options the engine knows; the extension contributes
// it through jsonValidation.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROFILE_NAMES, rules } from '../../server/src/engine';
import { PROFILE_OPTIONS } from '../../server/src/engine/config/config';
import { generate, GENERATED, SCHEMA, schemaText } from '../../scripts/schema-validator';
import { ROOT } from '../helpers';

const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'vanbanrc.schema.json'), 'utf8'));

describe('config: JSON schema', () => {
  it('lists every rule id and no other', () => {
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), rules().map((rule) => rule.id).sort());
    assert.equal(schema.properties.rules.additionalProperties, false);
  });

  it('lists the profiles and the profile options with their values', () => {
    assert.deepEqual(schema.properties.profile.enum, [...PROFILE_NAMES]);
    for (const [key, values] of Object.entries(PROFILE_OPTIONS)) {
      assert.deepEqual(schema.properties.profileOptions.properties[key].enum, values, key);
    }
    assert.deepEqual(Object.keys(schema.properties.profileOptions.properties).sort(), Object.keys(PROFILE_OPTIONS).sort());
  });

  it('is the schema the rules\' declarations give (run `npm run schema:validator` after adding a rule or an option)', () => {
    assert.equal(readFileSync(SCHEMA, 'utf8'), schemaText());
  });

  it('has its generated validator up to date (run `npm run schema:validator`)', () => {
    assert.equal(readFileSync(GENERATED, 'utf8'), generate());
  });

  it('is contributed for .vanbanrc.json by the extension manifest', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.vanbanrc.json', url: './schemas/vanbanrc.schema.json' }]);
  });
});
