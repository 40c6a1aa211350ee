// text/plain.ts: a text of plain characters is taken as NFC with no control character and nothing the view
// folds, without those checks running. Checked here against the checks themselves, character by character
// and pair by pair (NFC composes a starter with what follows it, so pairs are where a change would show).

import * as assert from 'node:assert/strict';
import { isPlainText } from '../../server/src/engine/text/plain';
import { hasFoldable } from '../../server/src/engine/text/normalise';
import { lint, parse } from '../../server/src/engine';

const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

function plainCharacters(): string[] {
  const chars: string[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    const ch = String.fromCharCode(code);
    if (isPlainText(ch)) chars.push(ch);
  }
  return chars;
}

describe('plain text (text/plain.ts)', () => {
  const plain = plainCharacters();

  it('holds the letters, digits and punctuation of a Vietnamese draft', () => {
    assert.ok(isPlainText('Điều 1. Quyết định này có hiệu lực kể từ ngày ký – “Nơi nhận:” …\n\tHà Nội, ngày 20 tháng 5 năm 2026\r\n'));
    assert.ok(isPlainText(''));
  });

  it('excludes every character a whole-text check looks for', () => {
    for (const ch of ['\u0000', '\u0007', '\u001B', '\f', '\u000B', '\u00A0', '\u00D0', '\u00F0', '\u0189', 'А', 'о', 'Ο',
      '\u2000', '\u2001', '\u200B', '\u202F', '\u2060', '\uFEFF', '\uFFFE', '\uD800', '\uDC00', '\u0301', '\u0323', '\u212B', '\u2126', '\uF900']) {
      assert.equal(isPlainText(`Điều ${ch}1`), false, `U+${ch.charCodeAt(0).toString(16)}`);
    }
  });

  it('finds a character that is not plain at any place of a text of any length (the scan reads four at a time)', () => {
    for (let length = 1; length <= 11; length++) {
      assert.ok(isPlainText('ạ'.repeat(length)), `length ${length}`);
      for (let at = 0; at < length; at++) {
        const text = 'ạ'.repeat(at) + '\u0301' + 'ạ'.repeat(length - at - 1);
        assert.equal(isPlainText(text), false, `length ${length}, at ${at}`);
      }
    }
  });

  it('no plain character is a control character, folded by the view, or changed by NFC', () => {
    for (const ch of plain) {
      const code = `U+${ch.charCodeAt(0).toString(16)}`;
      assert.equal(CONTROL.test(ch), false, code);
      assert.equal(hasFoldable(ch), false, code);
      assert.equal(ch.normalize('NFC'), ch, code);
    }
  });

  it('no pair of plain characters composes or reorders under NFC', () => {
    // Each pair between line breaks (a starter nothing composes with): one normalize per first character.
    for (const first of plain) {
      const pairs = plain.map((second) => first + second).join('\n');
      if (pairs.normalize('NFC') === pairs) continue;
      const changed = plain.find((second) => (first + second).normalize('NFC') !== first + second) ?? '';
      assert.fail(`U+${first.charCodeAt(0).toString(16)} U+${changed.charCodeAt(0).toString(16)}`);
    }
  });

  it('the model says whether the text was plain, and the checks still find what a text that is not holds', () => {
    assert.equal(parse('Điều 1. Phạm vi điều chỉnh – “mẫu”\n').plainText, true);
    assert.equal(parse('Điều 1. Pha\u0323m vi\n').plainText, false);
    const ids = (text: string) => lint(text).map((finding) => finding.rule);
    assert.ok(ids('Điều 1. Pha\u0323m vi\n').includes('unicode-nfc'));
    assert.ok(ids('Điều 1. Phạm\u0007 vi\n').includes('control-character'));
    assert.ok(ids('Điều 1. Phạm vi đіều chỉnh\n').includes('lookalike-character'));
  });
});
