// A stand-in Vietnamese language pack for the editor tests, so code-server can run with display language
// `vi`: no Vietnamese pack is reachable offline, and VS Code resolves a --locale it has no pack for to
// English. VS Code reads the installed packs from languagepacks.json in its user-data folder; this one
// lists `vi` with a translation file that translates nothing (the workbench stays English, but
// vscode.env.language is `vi` and the extension's texts resolve as for a Vietnamese user:
// package.nls.vi.json if there were one, else package.nls.json).
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const TRANSLATIONS = path.join(ROOT, 'test', 'editor', 'fixtures', 'language-pack-vi', 'translations', 'main.i18n.json');

/** Registers the stand-in pack for `locale` in the user-data folder code-server will use. */
function useLanguagePack(userDataDir, locale) {
  fs.mkdirSync(userDataDir, { recursive: true });
  const packs = { [locale]: { hash: `vanban-test-${locale}`, extensions: [{ extensionIdentifier: { id: `vanban-test.language-pack-${locale}` }, version: '1.0.0' }], translations: { vscode: TRANSLATIONS }, label: locale } };
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify(packs, null, 2));
}

module.exports = { useLanguagePack };
