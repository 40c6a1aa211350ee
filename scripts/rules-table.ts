// Prints the README's rules table from the rules' metadata and the fix class their pages state:
//   npx tsx scripts/rules-table.ts        (a test checks README.md holds exactly this table)
// and, from the rules' option declarations, the README's options table (--options). Each page's
// `## Options` section is written by scripts/rule-pages.ts --write.

import { readPage, statedFix } from './rule-pages';
import { PROFILE_NAMES, PROFILES, rules } from '../server/src/engine';

export function rulesTable(): string {
  const rows = rules().map((rule) => {
    const fix = statedFix(readPage(rule.id, 'en')) ?? 'none';
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

if (require.main === module && process.argv.includes('--options')) process.stdout.write(`${optionsTable()}\n`);
