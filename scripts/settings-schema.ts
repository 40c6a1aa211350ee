// The schemas of the `vanban.rules` and `vanban.profileOptions` settings in package.json, generated from the
// rule registry and the profile options, so the settings editor and settings.json complete every rule id:
//   npx tsx scripts/settings-schema.ts          prints them
//   npx tsx scripts/settings-schema.ts --write  writes them into package.json (a test checks it is current)

import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { localize, rules } from '../server/src/engine';
import { PROFILE_OPTIONS } from '../server/src/engine/config/config';

const ROOT = resolve(__dirname, '..');
const SEVERITIES = ['off', 'error', 'warning', 'info', 'hint'];
// Vietnamese: the settings' default language (package.nls.json).
const SEVERITY_DESCRIPTIONS = ['Tắt quy tắc', 'Lỗi', 'Cảnh báo', 'Thông tin', 'Gợi ý'];

/** One entry per rule: a severity, or `{ severity, options }`; the description is the rule's, in Vietnamese. */
export function rulesSettingSchema(): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const rule of rules()) {
    properties[rule.id] = {
      markdownDescription: `${localize('vi', { text: rule.description, args: [] })} ([${rule.id}](https://github.com/vanban/vanban/blob/main/docs/rules/${rule.id}.md))`,
      anyOf: [
        { type: 'string', enum: SEVERITIES, enumDescriptions: SEVERITY_DESCRIPTIONS },
        {
          type: 'object',
          additionalProperties: false,
          properties: {
            severity: { type: 'string', enum: SEVERITIES, enumDescriptions: SEVERITY_DESCRIPTIONS },
            options: { type: 'object' },
          },
        },
      ],
    };
  }
  return { type: 'object', additionalProperties: false, properties };
}

const OPTION_DESCRIPTIONS: Record<string, string> = {
  recipientSeparator: 'Dấu cuối mỗi dòng Nơi nhận (trừ dòng cuối): `,` hoặc `;`, hoặc `either` (chấp nhận cả hai).',
  bodyEnd: 'Dấu kết thúc phần nội dung: `./.`, `.` hoặc `either` (chấp nhận cả hai).',
  toneStyle: 'Kiểu đặt dấu thanh: `any` (chỉ yêu cầu thống nhất trong văn bản), `main-vowel` (trên nguyên âm chính: hoà, khoá), `first-vowel` (hòa, khóa).',
  paddedMonthSeverity: 'Mức độ khi văn bản của Đảng ghi tháng 3 đến 12 có số 0 phía trước (`tháng 05`): `warning`, `error` hoặc `off`.',
  partyRegulationCode: 'Chữ viết tắt của Quy định trong văn bản của Đảng: `QĐ`, `QĐi` hoặc `either`.',
};

export function profileOptionsSettingSchema(): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [key, values] of Object.entries(PROFILE_OPTIONS)) {
    properties[key] = { type: 'string', enum: values, markdownDescription: OPTION_DESCRIPTIONS[key] ?? key };
  }
  return { type: 'object', additionalProperties: false, properties };
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
