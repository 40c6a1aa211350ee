// localize() takes its language as an argument and keeps no process-wide state: it gives what @vscode/l10n's
// t() gives once configured with the language's bundle, for every message of the bundle, and two languages
// asked for in turn never leak into each other.

import * as assert from 'node:assert/strict';
import * as l10n from '@vscode/l10n';
import vi from '../../l10n/bundle.l10n.vi.json';
import { localize, msg } from '../../server/src/engine';

const BUNDLE = vi as Record<string, string>;

describe('localize', () => {
  it('formats every message of the bundle as @vscode/l10n does, in both languages', () => {
    for (const key of Object.keys(BUNDLE)) {
      const args = Array.from({ length: (key.match(/{\d+}/g) ?? []).length }, (_, i) => (i % 2 ? 7 * i : `a${i}`));
      for (const language of ['vi', 'en'] as const) {
        l10n.config({ contents: language === 'vi' ? BUNDLE : {} });
        assert.equal(localize(language, msg(key, ...args)), l10n.t(key, ...args), `${language}: ${key}`);
      }
    }
  });

  it('keeps the languages apart when they alternate, a nested message in its sentence’s language', () => {
    const inner = msg('The file is too large to check');
    const outer = msg('{0}: {1}', 'x', inner);
    const vietnamese = localize('vi', outer);
    assert.equal(localize('en', outer), 'x: The file is too large to check');
    assert.equal(localize('vi', outer), vietnamese);
    assert.notEqual(vietnamese, 'x: The file is too large to check');
    assert.equal(localize('en', msg('{0} and {1} but {2}', 1)), '1 and {1} but {2}', 'a missing argument leaves its placeholder');
  });
});
