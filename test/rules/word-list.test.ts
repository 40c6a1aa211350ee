// The word list: syllable-spelling leaves alone the words of its `words` option (in settings or
// .vanbanrc.json), and only those; the client's quick fix adds a word to that option.

import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';
import { parseConfig } from '../../server/src/config';
import { mergeWords, withWord } from '../../client/src/wordList.pure';

const TEXT = 'ĐẢNG CỘNG SẢN VIỆT NAM\n\nHội đồng xét đơn của ông ngiêm và bà kđăm.\n';
const spelling = (options?: object) => lint(TEXT, options as never).filter((d) => d.rule === 'syllable-spelling').map((d) => TEXT.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character));

describe('word list', () => {
  it('silences exactly the listed words, compared in NFC', () => {
    assert.deepEqual(spelling(), ['ngiêm', 'kđăm']);
    assert.deepEqual(spelling({ rules: { 'syllable-spelling': { severity: 'warning', options: { words: ['ngiêm'] } } } }), ['kđăm']);
    assert.deepEqual(spelling({ rules: { 'syllable-spelling': { severity: 'warning', options: { words: ['kđăm'.normalize('NFD'), 'ngiêm'] } } } }), []);
  });

  it('is read from .vanbanrc.json as the rule\'s option', () => {
    const { options, problems } = parseConfig('{ "rules": { "syllable-spelling": { "severity": "warning", "options": { "words": ["ngiêm"] } } } }');
    assert.deepEqual(problems, []);
    assert.deepEqual(spelling(options), ['kđăm']);
  });

  it('vanban.words reaches the rule as its words option, beside a list already there', () => {
    const merged = mergeWords({ profile: 'auto', words: ['ngiêm'], rules: { 'syllable-spelling': { options: { words: ['kđăm'] } } } });
    assert.deepEqual(spelling(merged), []);
    assert.deepEqual(mergeWords({ words: [] }), { words: [] }, 'nothing to add');
  });

  it('adds a word to the rule setting, keeping its severity and other options', () => {
    assert.deepEqual(withWord(undefined, 'ngiêm'), { 'syllable-spelling': { options: { words: ['ngiêm'] } } });
    assert.deepEqual(withWord({ 'syllable-spelling': 'info', 'double-space': 'off' }, 'a'), { 'syllable-spelling': { severity: 'info', options: { words: ['a'] } }, 'double-space': 'off' });
    assert.deepEqual(withWord({ 'syllable-spelling': { options: { words: ['a'], other: 1 } } }, 'a'), { 'syllable-spelling': { options: { words: ['a'], other: 1 } } });
  });
});
