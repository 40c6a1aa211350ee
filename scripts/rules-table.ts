// Prints the README's rules table from the rules' metadata and the fix class their pages state:
//   npx tsx scripts/rules-table.ts        (a test checks README.md holds exactly this table)
// and, from the rules' option declarations, the README's options table (--options) and each page's
// `## Options` section (--pages writes them).

import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROFILE_NAMES, PROFILES, rules } from '../server/src/engine';

const ROOT = resolve(__dirname, '..');

export function rulesTable(): string {
  const rows = rules().map((rule) => {
    const page = readFileSync(join(ROOT, 'docs', 'rules', `${rule.id}.md`), 'utf8');
    const fix = /· Fix: (\w+)$/m.exec(page)?.[1] ?? 'none';
    const regimes = rule.regimes.filter((regime) => regime !== 'unknown').join(', ');
    return `| [\`${rule.id}\`](docs/rules/${rule.id}.md) | ${rule.severity} | ${regimes} | ${rule.description} | ${fix === 'none' ? '—' : fix} |`;
  });
  return ['| id | severity | regimes | what it checks | fix |', '|---|---|---|---|---|', ...rows].join('\n');
}

if (require.main === module && process.argv.length <= 2) process.stdout.write(`${rulesTable()}\n`);

/**
 * The README's table of rule options, from the rules' declarations and the profiles' presets:
 *   npx tsx scripts/rules-table.ts --options      (test/config/options.test.ts checks README.md holds it)
 */
export function optionsTable(): string {
  const rows = rules().flatMap((rule) => Object.entries(rule.options ?? {}).map(([name, declaration]) => {
    const values = declaration.type === 'enum' ? declaration.values.map((value) => `\`${JSON.stringify(value)}\``).join(', ') : 'a list of strings';
    const presets = PROFILE_NAMES.flatMap((profile) => {
      const preset = PROFILES[profile].preset[rule.id];
      return preset && Object.hasOwn(preset, name) ? [`\`${JSON.stringify(preset[name])}\` in ${profile}`] : [];
    });
    return `| [\`${rule.id}\`](docs/rules/${rule.id}.md) | \`${name}\` | ${values} | \`${JSON.stringify(declaration.default)}\`${presets.length ? ` (${presets.join(', ')})` : ''} | ${declaration.description} |`;
  }));
  return ['| rule | option | values | default (preset) | what it sets |', '|---|---|---|---|---|', ...rows].join('\n');
}

/**
 * The `## Options` section of a rule's page (the last section), from its declarations; none without options:
 *   npx tsx scripts/rules-table.ts --pages         writes it into docs/rules/<id>.md (a test checks each page)
 */
export function optionsSection(rule: ReturnType<typeof rules>[number]): string | undefined {
  if (!rule.options) return undefined;
  const items = Object.entries(rule.options).map(([name, declaration]) => {
    const values = declaration.type === 'enum' ? declaration.values.map((value) => `\`${JSON.stringify(value)}\``).join(', ') : 'a list of strings';
    const presets = PROFILE_NAMES.flatMap((profile) => {
      const preset = PROFILES[profile].preset[rule.id];
      return preset && Object.hasOwn(preset, name) ? [`\`${JSON.stringify(preset[name])}\` in the ${profile} profile`] : [];
    });
    return `- \`${name}\` (${values}; default \`${JSON.stringify(declaration.default)}\`${presets.length ? `, ${presets.join(', ')}` : ''}): ${declaration.description}`;
  });
  return [
    '## Options',
    '',
    `Set in \`rules.${rule.id}.options\` (\`.vanbanrc.json\` or the \`vanban.rules\` setting), over the profile's preset:`,
    '',
    ...items,
  ].join('\n');
}

/** A page with its `## Options` section as the rule's declarations give it. */
export function pageWithOptions(page: string, rule: ReturnType<typeof rules>[number]): string {
  const at = page.indexOf('\n## Options\n');
  const before = (at < 0 ? page : page.slice(0, at)).trimEnd();
  const section = optionsSection(rule);
  return section ? `${before}\n\n${section}\n` : `${before}\n`;
}

if (require.main === module && process.argv.includes('--options')) process.stdout.write(`${optionsTable()}\n`);
if (require.main === module && process.argv.includes('--pages')) {
  for (const rule of rules()) {
    const path = join(ROOT, 'docs', 'rules', `${rule.id}.md`);
    const page = readFileSync(path, 'utf8');
    const updated = pageWithOptions(page, rule);
    if (updated !== page) writeFileSync(path, updated);
  }
}
