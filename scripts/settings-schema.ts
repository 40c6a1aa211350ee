// The schema of the `vanban.rules` setting in package.json, generated from the rule registry and each rule's
// declared options, so the settings editor and settings.json complete every rule id and option:
//   npx tsx scripts/settings-schema.ts          prints them
//   npx tsx scripts/settings-schema.ts --write  writes them into package.json (a test checks it is current)

import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { localize, rules } from '../server/src/engine';
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

if (require.main === module) {
  const path = join(ROOT, 'package.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  const settings = manifest.contributes.configuration.properties;
  Object.assign(settings['vanban.rules'], rulesSettingSchema());
  if (process.argv.includes('--write')) writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
  else process.stdout.write(`${JSON.stringify(settings['vanban.rules'], null, 2)}\n`);
}
