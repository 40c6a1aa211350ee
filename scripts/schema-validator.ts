// Generates, from the rules' declarations (id, description, options) and the profiles:
//   schemas/vanbanrc.schema.json                        the JSON schema of `.vanbanrc.json` (the editor completes
//                                                       and checks the file with it; the server validates with it)
//   server/src/engine/config/validators.generated.ts    that schema compiled by ajv's standalone code: plain code
//                                                       compiled ahead of time, so the server (and its web worker)
//                                                       needs neither ajv nor `new Function` at run time.
// `npm run schema:validator` after adding a rule or an option; test/config/schema.test.ts fails while
// either file is out of date.

import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROFILE_NAMES, rules } from '../server/src/engine';
import { LEGACY_PROFILE_OPTIONS, PROFILE_OPTIONS } from '../server/src/engine/config/options';
import type { OptionDeclaration } from '../server/src/engine/rules/rule';

const ROOT = join(__dirname, '..');
export const GENERATED = join(ROOT, 'server', 'src', 'engine', 'config', 'validators.generated.ts');
export const SCHEMA = join(ROOT, 'schemas', 'vanbanrc.schema.json');

const SEVERITIES = ['off', 'error', 'warning', 'info', 'hint'];
/** The most words a word list holds (a house list is a few hundred). */
const MAX_WORDS = 10000;

/** An option's schema, from its declaration. */
export function optionSchema(declaration: OptionDeclaration): Record<string, unknown> {
  switch (declaration.type) {
    case 'enum':
      return { description: declaration.description, enum: declaration.values, default: declaration.default };
    case 'string[]':
      return { description: declaration.description, type: 'array', maxItems: MAX_WORDS, items: { type: 'string' }, default: declaration.default };
  }
}

/** A rule's setting: a severity, or `{ severity, options }` with the options it declares and no other. */
function ruleSchema(rule: ReturnType<typeof rules>[number]): Record<string, unknown> {
  if (!rule.options) return { description: rule.description, $ref: '#/definitions/ruleSetting' };
  const options = Object.fromEntries(Object.entries(rule.options).map(([name, declaration]) => [name, optionSchema(declaration)]));
  return { description: rule.description, ...settingSchema({ type: 'object', additionalProperties: false, properties: options }) };
}

/** A severity, or `{ severity, options }` with `options` as given. */
function settingSchema(options: Record<string, unknown>): Record<string, unknown> {
  return {
    oneOf: [
      { enum: SEVERITIES },
      { type: 'object', additionalProperties: false, properties: { severity: { enum: SEVERITIES }, options } },
    ],
  };
}

/** The JSON schema of `.vanbanrc.json`. */
export function configSchema(): Record<string, unknown> {
  const legacy = Object.fromEntries(Object.entries(LEGACY_PROFILE_OPTIONS).map(([key, target]) => [key, {
    description: `Deprecated: rules.${target.rule}.options.${target.option}.`,
    enum: PROFILE_OPTIONS[key as keyof typeof PROFILE_OPTIONS],
  }]));
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://vanban.invalid/schemas/vanbanrc.schema.json',
    title: 'vanban configuration (.vanbanrc.json)',
    description: 'Configuration of the vanban linter for Vietnamese official documents; the nearest file above a document applies, over the VS Code settings vanban.*.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      profile: { description: 'auto detects the regime; the others fix it and preset some rule options.', enum: [...PROFILE_NAMES] },
      language: { description: 'Language of the messages.', enum: ['vi', 'en'] },
      words: {
        description: 'The word list: names and terms the spelling rule (syllable-spelling) does not know; added to its words option and to the vanban.words setting.',
        type: 'array', maxItems: MAX_WORDS, items: { type: 'string' },
      },
      rules: {
        description: 'Per-rule severity ("off" turns the rule off) or { severity, options }.',
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(rules().map((rule) => [rule.id, ruleSchema(rule)])),
      },
      profileOptions: {
        description: 'Deprecated: each of these is now an option of a rule (rules.<id>.options); still read, under the rule options.',
        deprecationMessage: 'Deprecated: write the rule option instead (rules.<id>.options), as each property says.',
        type: 'object',
        additionalProperties: false,
        properties: legacy,
      },
    },
    definitions: {
      ruleSetting: {
        description: 'A severity ("off" turns the rule off), or { severity, options }.',
        ...settingSchema({ description: 'This rule takes no options.', type: 'object', additionalProperties: false }),
      },
    },
  };
}

export function schemaText(): string {
  return `${JSON.stringify(configSchema(), null, 2)}\n`;
}

/**
 * The editor's settings: the same schema parts under the names VS Code gives them (other keys pass), by
 * reference, so the rules' validator is compiled once for both.
 */
function settingsSchema() {
  return {
    $id: 'vanban-settings',
    type: 'object',
    properties: {
      profile: { $ref: 'vanbanrc#/properties/profile' },
      messagesLanguage: { $ref: 'vanbanrc#/properties/language' },
      rules: { $ref: 'vanbanrc#/properties/rules' },
      profileOptions: { $ref: 'vanbanrc#/properties/profileOptions' },
      largeDocumentCharacters: { type: 'number', minimum: 1000 },
    },
  };
}

/** The validators' code, compiled from the schema as written in schemas/ (so both must be current). */
export function generate(): string {
  const schema = JSON.parse(readFileSync(SCHEMA, 'utf8'));
  // allErrors: every wrong value is reported, not only the first; verbose: errors carry their schema and data.
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: false, validateSchema: false, inlineRefs: false, code: { source: true, esm: true, lines: true } });
  ajv.addSchema({ ...schema, $id: 'vanbanrc' });
  ajv.addSchema(settingsSchema());
  const code = standaloneCode(ajv, { config: 'vanbanrc', settings: 'vanban-settings' });
  if (/\brequire\(/.test(code)) throw new Error('the generated validator needs ajv at run time: keep the schema to keywords that compile to plain code');
  return `// @ts-nocheck\n// Generated by scripts/schema-validator.ts from schemas/vanbanrc.schema.json: do not edit.\n${code}\n`;
}

if (require.main === module) {
  writeFileSync(SCHEMA, schemaText());
  console.log(`wrote ${SCHEMA}`);
  writeFileSync(GENERATED, generate());
  console.log(`wrote ${GENERATED}`);
}
