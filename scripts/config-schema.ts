// Generates, from the rules' declarations (id, description, options) and the profiles, the JSON schema of
// `.vanbanrc.json` (schemas/vanbanrc.schema.json), for editors: VS Code completes and checks the file with
// it. The engine does not read it (config/schema.ts checks a configuration from the same declarations).
// `npm run schema` after adding a rule or an option; test/config/schema.test.ts fails while it is stale.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROFILE_NAMES, rules } from '../server/src/engine';
import { LANGUAGES, MAX_WORDS, SEVERITIES } from '../server/src/engine/config/schema';
import type { OptionDeclaration } from '../server/src/engine/rules/rule';

const ROOT = join(__dirname, '..');
export const SCHEMA = join(ROOT, 'schemas', 'vanbanrc.schema.json');

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
      { enum: [...SEVERITIES] },
      { type: 'object', additionalProperties: false, properties: { severity: { enum: [...SEVERITIES] }, options } },
    ],
  };
}

/** The JSON schema of `.vanbanrc.json`. */
export function configSchema(): Record<string, unknown> {
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
      language: { description: 'Language of the messages.', enum: [...LANGUAGES] },
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

if (require.main === module) {
  writeFileSync(SCHEMA, schemaText());
  console.log(`wrote ${SCHEMA}`);
}
