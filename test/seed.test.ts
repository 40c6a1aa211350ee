// The seed conclusion this project started from: exactly the four findings the design names.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lint, parse } from '../server/src/engine';
import { needsShared, SEED } from './helpers';

const CORE = new Set([
  'header-title', 'issuer', 'number', 'number-format', 'date', 'date-format', 'type-name', 'section-numbering',
  'recipients', 'recipients-format', 'signature', 'signature-authority',
]);

describe('the seed conclusion', () => {
  if (needsShared()) return;
  const text = readFileSync(SEED, 'utf8');

  it('is read as a Party conclusion with its number, date, type name, recipients and signature', () => {
    const model = parse(text);
    assert.equal(model.regime, 'dang');
    assert.equal(model.typeName?.type?.id, 'ket-luan');
    assert.equal(model.header.number?.line, 5);
    assert.equal(model.header.placeDate?.place, 'Hà Nội');
    assert.equal(model.recipients?.items.length, 8);
    assert.equal(model.signature?.authorities[0]?.prefix, 'K/T');
    assert.equal(model.signature?.titles[0]?.text, 'PHÓ TRƯỞNG BAN THƯỜNG TRỰC');
    assert.equal(model.signature?.name?.text, 'Nguyễn Thanh Bình');
  });

  it('gives exactly header-title, issuer, number-format on line 6 and recipients-format on line 79', () => {
    const findings = lint(text).filter((d) => CORE.has(d.rule) && (d.severity === 'error' || d.severity === 'warning'));
    assert.deepEqual(
      findings.map((d) => [d.rule, d.rule === 'number-format' || d.rule === 'recipients-format' ? d.range.start.line + 1 : '-']),
      [['header-title', '-'], ['issuer', '-'], ['number-format', 6], ['recipients-format', 79]],
    );
  });

  it('says what to write, in Vietnamese by default', () => {
    const numberFormat = lint(text).find((d) => d.rule === 'number-format')!;
    assert.match(numberFormat.message, /^Số và ký hiệu sai định dạng/);
    assert.match(numberFormat.message, /Số 02-KL\/BTCTW/);
    assert.equal(numberFormat.fix?.safety, 'safe');
    assert.deepEqual(numberFormat.fix?.edits.map((edit) => edit.newText), ['Số 02-KL/BTCTW']);
    const english = lint(text, { language: 'en' }).find((d) => d.rule === 'header-title')!;
    assert.equal(english.message, 'Missing the title ĐẢNG CỘNG SẢN VIỆT NAM');
  });
});
