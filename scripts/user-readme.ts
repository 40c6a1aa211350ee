// The user README (README.extension.md, the extension's page in the .vsix and the marketplace, packaged with
// `vsce package --readme-path README.extension.md`): its commands and settings tables and its rule count are
// generated from the manifest and the rules, so they cannot drift:
//   npx tsx scripts/user-readme.ts --write     rewrites the generated blocks (test/readme.test.ts checks them)

import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rules } from '../server/src/engine';

const ROOT = resolve(__dirname, '..');
export const USER_README = join(ROOT, 'README.extension.md');

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
const resolveNls = (value: string) => (value.startsWith('%') ? nls[value.slice(1, -1)] ?? value : value);

export function commandsTable(): string {
  const rows = (manifest.contributes.commands as { command: string; title: string; category: string }[])
    .map((c) => `| ${resolveNls(c.category)}: ${resolveNls(c.title)} | \`${c.command}\` |`);
  return ['| Lệnh (gõ `vanban` trong bảng lệnh) | Mã lệnh |', '|---|---|', ...rows].join('\n');
}

export function settingsTable(): string {
  const configuration = manifest.contributes.configuration;
  const properties = (Array.isArray(configuration) ? configuration[0] : configuration).properties as Record<string, { order?: number; default?: unknown; markdownDescription?: string; description?: string; markdownDeprecationMessage?: string }>;
  const rows = Object.entries(properties).sort((a, b) => (a[1].order ?? 99) - (b[1].order ?? 99)).map(([key, value]) => {
    const text = resolveNls(value.markdownDescription ?? value.description ?? '').split('\n')[0].replace(/\|/g, '\\|');
    return `| \`${key}\` | \`${JSON.stringify(value.default ?? null)}\` | ${text} |`;
  });
  return ['| Thiết lập | Mặc định | Ý nghĩa |', '|---|---|---|', ...rows].join('\n');
}

export function ruleCount(): string {
  const all = rules();
  const word = all.filter((rule) => rule.input === 'docx').length;
  return `${all.length} quy tắc (${all.length - word} quy tắc về văn bản, ${word} quy tắc về định dạng tệp Word)`;
}

const BLOCKS: Record<string, () => string> = { commands: commandsTable, settings: settingsTable, 'rule-count': ruleCount };

/** The README with each `<!-- name:start -->…<!-- name:end -->` block as generated. */
export function withGeneratedBlocks(readme: string): string {
  let out = readme;
  for (const [name, make] of Object.entries(BLOCKS)) {
    const start = `<!-- ${name}:start -->`;
    const end = `<!-- ${name}:end -->`;
    const from = out.indexOf(start);
    const to = out.indexOf(end);
    if (from < 0 || to < from) throw new Error(`README.extension.md has no ${name} block`);
    const inline = name === 'rule-count';
    out = `${out.slice(0, from + start.length)}${inline ? '' : '\n'}${make()}${inline ? '' : '\n'}${out.slice(to)}`;
  }
  return out;
}

if (require.main === module && process.argv.includes('--write')) {
  const readme = readFileSync(USER_README, 'utf8');
  const updated = withGeneratedBlocks(readme);
  if (updated !== readme) writeFileSync(USER_README, updated);
}
