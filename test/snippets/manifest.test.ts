// What the manifest contributes for editing: the grammar, the snippets, the profile command and the
// walkthrough, each pointing at files that exist, with every %key% translated in both languages; and
// every message the editing features and the status item show has its Vietnamese text.

import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8'));
const bundleVi = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.vi.json'), 'utf8'));
const BUILT_IN_COMMANDS = new Set(['workbench.action.files.newUntitledFile', 'workbench.actions.view.problems']);

function keysIn(value: unknown): string[] {
  return [...JSON.stringify(value).matchAll(/"%([^%"]+)%"/g)].map((match) => match[1]);
}

describe('manifest contributions for editing', () => {
  const contributes = pkg.contributes;

  it('registers the grammar with the scope the grammar file declares', () => {
    const [grammar] = contributes.grammars.filter((entry: any) => entry.language === 'vanban');
    const file = JSON.parse(readFileSync(join(ROOT, grammar.path), 'utf8'));
    assert.equal(grammar.scopeName, file.scopeName);
  });

  it('registers the snippets file for the language', () => {
    const [snippets] = contributes.snippets.filter((entry: any) => entry.language === 'vanban');
    assert.ok(Object.keys(JSON.parse(readFileSync(join(ROOT, snippets.path), 'utf8'))).length > 40);
  });

  it('has a walkthrough whose media exist and whose command links resolve', () => {
    const [walkthrough] = contributes.walkthroughs;
    const contributed = new Set(contributes.commands.map((command: any) => command.command));
    assert.ok(walkthrough.steps.length >= 5);
    for (const step of walkthrough.steps) {
      assert.ok(existsSync(join(ROOT, step.media.markdown)), `missing ${step.media.markdown}`);
      for (const table of [nls]) {
        const text: string = table[step.description.replace(/%/g, '')];
        for (const match of text.matchAll(/\(command:([\w.]+)/g)) {
          assert.ok(contributed.has(match[1]) || BUILT_IN_COMMANDS.has(match[1]), `unknown command ${match[1]} in ${step.id}`);
        }
      }
    }
    for (const event of walkthrough.steps.flatMap((step: any) => step.completionEvents ?? [])) {
      const command = /^onCommand:(.+)$/.exec(event)?.[1];
      if (command) assert.ok(contributed.has(command) || BUILT_IN_COMMANDS.has(command), `unknown command ${command}`);
    }
  });

  it('has the text of every %key% of the manifest in package.nls.json (Vietnamese, for every display language)', () => {
    for (const key of keysIn(contributes)) {
      assert.ok(key in nls, `package.nls.json lacks ${key}`);
    }
  });

  it('registers the profile command in the client', () => {
    assert.ok(contributes.commands.some((command: any) => command.command === 'vanban.selectProfile'));
    assert.match(readFileSync(join(ROOT, 'client', 'src', 'status.ts'), 'utf8'), /SELECT_PROFILE_COMMAND = 'vanban\.selectProfile'/);
  });

  it('has a Vietnamese text for every message of the editing features and the status item', () => {
    const files = [
      ...['server/src/lsp', 'server/src/engine/service', 'server/src/engine/edits', 'server/src/engine/outline', 'server/src/engine/model']
        .flatMap((dir) => readdirSync(join(ROOT, dir)).filter((name) => name.endsWith('.ts')).map((name) => join(ROOT, dir, name))),
      join(ROOT, 'client', 'src', 'status.ts'),
    ];
    const missing: string[] = [];
    let count = 0;
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/\b(?:msg|l10n\.t)\('((?:[^'\\]|\\.)*)'/g)) {
        count++;
        const text = match[1].replace(/\\'/g, "'");
        if (!(text in bundleVi)) missing.push(`${file.slice(ROOT.length + 1)}: ${text}`);
      }
    }
    assert.ok(count > 50, `only ${count} messages found: the pattern no longer matches the sources`);
    assert.deepEqual(missing, []);
  });
});
