// Prints the README's rules table from the rules' metadata and the fix class their pages state:
//   npx tsx scripts/rules-table.ts        (a test checks README.md holds exactly this table)

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rules } from '../server/src/engine';

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

if (require.main === module) process.stdout.write(`${rulesTable()}\n`);
