// The syllable grammar: onset + medial + nucleus + coda + tone with the orthography's
// constraints. It reports no syllable of a maintained Vietnamese word list (dictionary-vi, the hunspell
// dictionary: its words are syllables), and it reports the slips drafters make.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../server/src/engine';
import { checkSyllable, looksVietnamese, runTogether, vowelGroups } from '../../server/src/engine/rules/support/syllable';
import { ROOT } from '../helpers';

/** The list's entries that are not Vietnamese syllables: `têt` (a slip for `tết`: a stop final without sắc or nặng), `gỵa`. */
const NOT_SYLLABLES = ['gỵa', 'têt'];

function dictionarySyllables(): string[] {
  const dic = readFileSync(join(ROOT, 'node_modules', 'dictionary-vi', 'index.dic'), 'utf8');
  return dic.split('\n').slice(1).map((line) => line.split('/')[0].trim().normalize('NFC'))
    .filter((word) => /^\p{Ll}+$/u.test(word) && looksVietnamese(word) && vowelGroups(word) === 1);
}

describe('syllable grammar', () => {
  it('accepts every syllable of the dictionary-vi word list (thousands of them)', () => {
    const words = dictionarySyllables();
    assert.ok(words.length > 5000, `${words.length} syllables`);
    const rejected = words.filter((word) => checkSyllable(word) !== undefined);
    assert.deepEqual(rejected.sort(), NOT_SYLLABLES);
  });

  it('the rule reports none of them in running text', () => {
    const words = dictionarySyllables().filter((word) => !NOT_SYLLABLES.includes(word));
    const lines = [];
    for (let i = 0; i < words.length; i += 12) lines.push(`Nội dung ${words.slice(i, i + 12).join(' ')}.`);
    const text = `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n${lines.join('\n\n')}\n`;
    const found = lint(text, { language: 'en' }).filter((d) => d.rule === 'syllable-spelling').map((d) => d.message);
    assert.deepEqual(found, []);
  });

  it('stop finals take only sắc or nặng', () => {
    for (const word of ['viềc', 'hòc', 'tẩp', 'kềt', 'sạch'.replace('ạ', 'à')]) assert.equal(checkSyllable(word)?.problem, 'stop-tone', word);
    for (const word of ['việc', 'học', 'tập', 'kết', 'sạch', 'ách']) assert.equal(checkSyllable(word), undefined, word);
  });

  it('only the rhymes that occur: ơ takes m n p t, a lone ư c m n ng t', () => {
    for (const word of ['cơng', 'cơc', 'lưnh', 'lưch']) assert.equal(checkSyllable(word)?.problem, 'final', word);
    for (const word of ['công', 'thơm', 'sơn', 'lớp', 'ớt', 'hưng', 'lực', 'mứt']) assert.equal(checkSyllable(word), undefined, word);
  });

  it('oa, oe, uy before a final carry the tone on the second vowel in both styles; open, either', () => {
    for (const word of ['sóat', 'hóach', 'khỏang', 'tóan', 'húynh']) assert.equal(checkSyllable(word)?.problem, 'tone-on-glide', word);
    for (const word of ['soát', 'hoạch', 'khoảng', 'toán', 'huỳnh', 'hòa', 'hoà', 'khỏe', 'khoẻ', 'thủy', 'thuỷ']) assert.equal(checkSyllable(word), undefined, word);
  });

  it('gi and qu are initials: the tone on the next vowel', () => {
    for (const word of ['qúy', 'gía', 'qủa']) assert.equal(checkSyllable(word)?.problem, 'tone-on-glide', word);
    for (const word of ['quý', 'giá', 'quả', 'giữ', 'giếng', 'quyết', 'gì', 'gìn', 'giê']) assert.equal(checkSyllable(word), undefined, word);
  });

  it('ia, ua, ưa and a vowel before a glide carry it on the first vowel', () => {
    for (const word of ['muà', 'cuả', 'miá', 'tuí']) assert.equal(checkSyllable(word)?.problem, 'tone-on-glide', word);
    for (const word of ['mùa', 'của', 'mía', 'túi', 'lửa', 'người', 'chuối', 'hoài']) assert.equal(checkSyllable(word), undefined, word);
  });

  it('splits two syllables run together, and leaves a joined loanword alone', () => {
    assert.equal(runTogether('thànhphần'), 'thành phần');
    assert.equal(runTogether('gócphải'), 'góc phải');
    assert.equal(runTogether('nhậnthức'), 'nhận thức');
    for (const word of ['cácbon', 'axít', 'ôxy', 'việc']) assert.equal(runTogether(word), undefined, word);
  });

  it('the rule reports a run-together word with its split as a guarded fix, and not one of the word list', () => {
    const text = 'ĐẢNG CỘNG SẢN VIỆT NAM\n\nCác thànhphần hồ sơ nộp tại gócphải.\n';
    const findings = lint(text, { language: 'en' }).filter((d) => d.rule === 'syllable-spelling');
    assert.deepEqual(findings.map((d) => [d.fix?.safety, d.fix?.edits[0].newText]), [['guarded', 'thành phần'], ['guarded', 'góc phải']]);
    const listed = lint(text, { language: 'en', rules: { 'syllable-spelling': { severity: 'warning', options: { words: ['thànhphần'] } } } } as never);
    assert.equal(listed.filter((d) => d.rule === 'syllable-spelling').length, 1);
  });
});
