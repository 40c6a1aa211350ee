// Every message the code writes through msg() has its Vietnamese translation, and no translation is stale.

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../server/src/engine';
import { ROOT } from './helpers';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** `msg('…')` and `l10n.t('…')`; with `client`, also the client's `t('…')` (client/src/l10n.ts). */
function messagesIn(files: string[], client = false): Set<string> {
  const call = client ? /\b(?:msg|l10n\.t|t)\(\s*'((?:[^'\\]|\\.)*)'/g : /\b(?:msg|l10n\.t)\(\s*'((?:[^'\\]|\\.)*)'/g;
  const found = new Set<string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(call)) found.add(match[1].replace(/\\'/g, "'"));
  }
  return found;
}

describe('localisation', () => {
  const bundle = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.vi.json'), 'utf8')) as Record<string, string>;
  // The client's t() and the rules' one-line descriptions (settings, hover, SARIF) and option descriptions are translated too.
  const used = new Set([...messagesIn(sources(join(ROOT, 'server', 'src'))), ...messagesIn(sources(join(ROOT, 'client', 'src')), true), ...rules().flatMap((rule) => [rule.description, ...Object.values(rule.options ?? {}).map((option) => option.description)])]);

  it('finds the messages the code uses', () => {
    assert.ok(used.size > 40, `only ${used.size} messages found`);
  });

  it('has a Vietnamese translation for every message', () => {
    assert.deepEqual([...used].filter((text) => !(text in bundle)), []);
  });

  it('keeps the placeholders of each message in its translation', () => {
    for (const [english, vietnamese] of Object.entries(bundle)) {
      const wanted = [...english.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
      const got = [...vietnamese.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
      assert.deepEqual(got, wanted, `placeholders differ for: ${english}`);
    }
  });

  it('has no translation for a message the code no longer uses', () => {
    assert.deepEqual(Object.keys(bundle).filter((text) => !used.has(text)), []);
  });
});
