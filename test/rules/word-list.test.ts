// The word list: syllable-spelling leaves alone the words of its `words` option (in settings or
// .vanbanrc.json), and only those; the server reads the editor's vanban.words as that option, and offers
// on a spelling finding to add its word (the editor's vanban.addWord command writes the setting).

import * as assert from 'node:assert/strict';
import { createLanguageService, lint, PLAIN_CLIENT } from '../../server/src/engine';
import { analyse } from '../../server/src/engine/service';
import { parseConfig } from '../../server/src/config';
import { checkSettings, lintOptions } from '../../server/src/lsp/settings';

const TEXT = 'ĐẢNG CỘNG SẢN VIỆT NAM\n\nHội đồng xét đơn của ông ngiêm và bà kđăm.\n';
const spelling = (options?: object) => lint(TEXT, options as never).filter((d) => d.rule === 'syllable-spelling').map((d) => TEXT.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character));

describe('word list', () => {
  it('silences exactly the listed words, compared in NFC', () => {
    assert.deepEqual(spelling(), ['ngiêm', 'kđăm']);
    assert.deepEqual(spelling({ rules: { 'syllable-spelling': { severity: 'warning', options: { words: ['ngiêm'] } } } }), ['kđăm']);
    assert.deepEqual(spelling({ rules: { 'syllable-spelling': { severity: 'warning', options: { words: ['kđăm'.normalize('NFD'), 'ngiêm'] } } } }), []);
  });

  it('is read from .vanbanrc.json as the rule\'s option, or as the top-level words', () => {
    const { options, problems } = parseConfig('{ "rules": { "syllable-spelling": { "severity": "warning", "options": { "words": ["ngiêm"] } } } }');
    assert.deepEqual(problems, []);
    assert.deepEqual(spelling(options), ['kđăm']);
    assert.deepEqual(spelling(parseConfig('{ "words": ["kđăm"] }').options), ['ngiêm']);
  });

  it('vanban.words reaches the rule as its words option, beside a list already there (the server\'s settings reader)', () => {
    const { settings, problems } = checkSettings({ words: ['ngiêm'], rules: { 'syllable-spelling': { options: { words: ['kđăm'] } } } });
    assert.deepEqual(problems, []);
    assert.deepEqual(spelling(lintOptions(settings)), []);
    assert.deepEqual(spelling(lintOptions(checkSettings({ words: [] }).settings)), ['ngiêm', 'kđăm'], 'nothing to add');
    const wrong = checkSettings({ words: ['ngiêm', 3] });
    assert.equal(wrong.problems.length, 1, 'a word that is not a string is reported');
    assert.deepEqual(spelling(lintOptions(wrong.settings)), ['kđăm'], 'and the others kept');
  });

  it('offers, on a spelling finding only, to add its word to the word list', () => {
    const service = createLanguageService({ client: PLAIN_CLIENT, now: () => new Date(2026, 2, 7) });
    const analysis = analyse(TEXT, { language: 'en' }, { uri: 'file:///a.vanban', version: 1 });
    const diagnostics = service.getDiagnostics(analysis);
    const offered = diagnostics.flatMap((diagnostic) => service.getCodeActions(analysis, { diagnostics: [diagnostic] })
      .filter((action) => action.command?.command === 'vanban.addWord').map((action) => [diagnostic.code, action.title, action.command!.arguments]));
    assert.deepEqual(offered, [
      ['syllable-spelling', 'Add “ngiêm” to the word list', ['file:///a.vanban', 'ngiêm']],
      ['syllable-spelling', 'Add “kđăm” to the word list', ['file:///a.vanban', 'kđăm']],
    ]);
    assert.ok(diagnostics.some((diagnostic) => diagnostic.code !== 'syllable-spelling'), 'other findings, offered nothing of the kind');
  });
});
