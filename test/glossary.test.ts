// One vocabulary: every Vietnamese text the user reads uses the glossary's term for each concept
// (docs/glossary.md), never one of the variants the glossary bans.

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** The banned variants: the last column of the glossary's table. */
function bannedVariants(): string[] {
  const rows = read('docs/glossary.md').split('\n').filter((line) => /^\|/.test(line) && !/^\|(---|\s*concept)/.test(line));
  return rows.flatMap((row) => row.split('|')[3].split(',').map((term) => term.trim()).filter(Boolean));
}

/** The Vietnamese texts users read, each with where it comes from. */
function vietnameseTexts(): [string, string][] {
  const texts: [string, string][] = [];
  for (const [key, value] of Object.entries(JSON.parse(read('package.nls.json')) as Record<string, string>)) texts.push([`package.nls.json ${key}`, value]);
  for (const [key, value] of Object.entries(JSON.parse(read('l10n/bundle.l10n.vi.json')) as Record<string, string>)) texts.push([`bundle.l10n.vi.json "${key}"`, value]);
  for (const name of readdirSync(join(ROOT, 'media', 'walkthrough'))) texts.push([`media/walkthrough/${name}`, read(join('media', 'walkthrough', name))]);
  texts.push(['server/src/cli/usage.ts (the command line\'s help)', read('server/src/cli/usage.ts')]);
  return texts;
}

describe('glossary', () => {
  const banned = bannedVariants();

  it('bans variants for the core concepts', () => {
    for (const term of ['hồ sơ', 'bản thảo', 'bảng Problems']) assert.ok(banned.includes(term), term);
  });

  it('no Vietnamese text uses a banned variant', () => {
    const found: string[] = [];
    for (const [where, text] of vietnameseTexts()) {
      const lower = text.toLocaleLowerCase('vi');
      for (const term of banned) if (lower.includes(term.toLocaleLowerCase('vi'))) found.push(`${where}: "${term}"`);
    }
    assert.deepEqual(found, []);
  });

  it('would catch one (the check is not vacuous)', () => {
    const lower = 'Chọn Hồ sơ cho bản thảo'.toLocaleLowerCase('vi');
    assert.deepEqual(banned.filter((term) => lower.includes(term)), ['hồ sơ', 'bản thảo']);
  });
});
