// The schemas of the `vanban.rules` and `vanban.profileOptions` settings in package.json, generated from the
// rule registry, each rule's declared options and the legacy profile options, so the settings editor and
// settings.json complete every rule id and option:
//   npx tsx scripts/settings-schema.ts          prints them
//   npx tsx scripts/settings-schema.ts --write  writes them into package.json (a test checks it is current)

import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { localize, rules } from '../server/src/engine';
import { LEGACY_PROFILE_OPTIONS, PROFILE_OPTIONS } from '../server/src/engine/config/options';
import type { OptionDeclaration } from '../server/src/engine/rules/rule';

const ROOT = resolve(__dirname, '..');
const SEVERITIES = ['off', 'error', 'warning', 'info', 'hint'];
// Vietnamese: the settings' default language (package.nls.json).
const SEVERITY_DESCRIPTIONS = ['Tắt quy tắc', 'Lỗi', 'Cảnh báo', 'Thông tin', 'Gợi ý'];

const vi = (text: string) => localize('vi', { text, args: [] });

/** An option's setting schema, described in Vietnamese (the bundle's translation of its declaration). */
function optionSetting(declaration: OptionDeclaration): Record<string, unknown> {
  switch (declaration.type) {
    case 'enum':
      return { type: 'string', enum: declaration.values, default: declaration.default, markdownDescription: vi(declaration.description) };
    case 'string[]':
      return { type: 'array', items: { type: 'string' }, default: declaration.default, markdownDescription: vi(declaration.description) };
  }
}

/** One entry per rule: a severity, or `{ severity, options }` with its declared options; the description is the rule's, in Vietnamese. */
export function rulesSettingSchema(): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const rule of rules()) {
    const options = Object.fromEntries(Object.entries(rule.options ?? {}).map(([name, declaration]) => [name, optionSetting(declaration)]));
    properties[rule.id] = {
      markdownDescription: `${vi(rule.description)} ([${rule.id}](https://github.com/vanban/vanban/blob/main/docs/rules/${rule.id}.md))`,
      anyOf: [
        { type: 'string', enum: SEVERITIES, enumDescriptions: SEVERITY_DESCRIPTIONS },
        {
          type: 'object',
          additionalProperties: false,
          properties: {
            severity: { type: 'string', enum: SEVERITIES, enumDescriptions: SEVERITY_DESCRIPTIONS },
            options: { type: 'object', additionalProperties: false, properties: options },
          },
        },
      ],
    };
  }
  return { type: 'object', additionalProperties: false, properties };
}

/** The legacy profile options, each pointing at the rule option that replaces it. */
export function profileOptionsSettingSchema(): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [key, target] of Object.entries(LEGACY_PROFILE_OPTIONS)) {
    const replacement = `\`vanban.rules\` → \`${target.rule}\` → \`options.${target.option}\``;
    properties[key] = {
      type: 'string',
      enum: PROFILE_OPTIONS[key as keyof typeof PROFILE_OPTIONS],
      markdownDeprecationMessage: `Đã thay bằng ${replacement}.`,
      markdownDescription: `Đã thay bằng ${replacement}.`,
    };
  }
  return { type: 'object', additionalProperties: false, markdownDeprecationMessage: '%config.profileOptions.deprecated%', properties };
}

if (require.main === module) {
  const path = join(ROOT, 'package.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  const settings = manifest.contributes.configuration.properties;
  Object.assign(settings['vanban.rules'], rulesSettingSchema());
  Object.assign(settings['vanban.profileOptions'], profileOptionsSettingSchema());
  if (process.argv.includes('--write')) writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
  else process.stdout.write(`${JSON.stringify({ rules: settings['vanban.rules'], profileOptions: settings['vanban.profileOptions'] }, null, 2)}\n`);
}
