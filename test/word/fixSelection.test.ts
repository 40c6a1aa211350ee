// One finding's fix (the quick fix of a formatting finding in the Word-check view) and one rule's: only the
// edits that put the chosen findings right, the other findings still reported on the result, every part no
// chosen change names byte-identical, and a changed part differing from the original only where the
// chosen changes are.

import * as assert from 'node:assert/strict';
import { strFromU8, unzipSync } from 'fflate';
import { fixDocxFormatting, lintDocx, type Diagnostic } from '../../server/src/engine';
import { buildFixture } from './build';

/** A state decision with slips of seven rules: margins, page number, and the body's font, size, alignment, indent, spacing. */
function fixture(): Promise<Uint8Array> {
  return buildFixture({
    margins: { top: 15, left: 25 }, part: 'body', font: 'Arial', size: 12, align: 'left', firstLineMm: 5, afterPt: 0, line240: 400,
    pageNumber: { align: 'right', size: 11, onFirstPage: true },
  });
}

const formatting = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => d.rule.startsWith('word-'));
const key = (d: Diagnostic) => `${d.rule}@${d.range.start.line}`;

/** The parts of a .docx by name. */
const partsOf = (bytes: Uint8Array) => unzipSync(bytes);

describe('vanban fix of chosen findings (the Word-check view\'s quick fix)', function () {
  this.timeout(60_000);
  let original: Uint8Array;
  let findings: Diagnostic[];

  before(async () => {
    original = await fixture();
    findings = formatting(lintDocx(original).diagnostics);
    const rules = new Set(findings.map((d) => d.rule));
    for (const rule of ['word-margins', 'word-font', 'word-part-size', 'word-page-number', 'word-line-spacing']) assert.ok(rules.has(rule), `the fixture has a ${rule} finding`);
  });

  it('fixes one finding only: it is gone from the result, every other finding is still reported, the text reads the same', () => {
    for (const finding of findings) {
      const result = fixDocxFormatting(original, { language: 'en', only: [{ rule: finding.rule, line: finding.range.start.line }] });
      if (!result.bytes) continue; // a finding the fix leaves (with its reason)
      assert.ok(result.changes.length > 0, `${key(finding)}: changes listed`);
      const after = formatting(lintDocx(result.bytes).diagnostics).map(key);
      assert.ok(!after.includes(key(finding)) || result.left.some((l) => key(l.diagnostic) === key(finding)), `${key(finding)} is fixed or listed as left`);
      const others = findings.filter((d) => d.rule !== finding.rule).map(key);
      for (const other of others) assert.ok(after.includes(other), `${key(finding)}'s fix leaves ${other} reported`);
      assert.equal(lintDocx(result.bytes).word.text, lintDocx(original).word.text);
      // Every part no chosen change names is byte-identical.
      const named = new Set(result.changes.map((c) => c.part));
      const before = partsOf(original);
      const fixed = partsOf(result.bytes);
      for (const name of Object.keys(before)) {
        if (!named.has(name)) assert.ok(Buffer.from(fixed[name]).equals(Buffer.from(before[name])), `${key(finding)}: ${name} is byte-identical`);
      }
    }
  });

  it('the margins\' finding changes the w:pgMar element and not one other byte of the main part', () => {
    const margins = findings.find((d) => d.rule === 'word-margins')!;
    const result = fixDocxFormatting(original, { language: 'en', only: [{ rule: 'word-margins', line: margins.range.start.line }] });
    assert.deepEqual(result.changes.map((c) => `${c.property.text}: ${c.from} -> ${c.to}`), ['top margin: 15 mm -> 20 mm', 'left margin: 25 mm -> 30 mm']);
    const before = strFromU8(partsOf(original)['word/document.xml']);
    const after = strFromU8(partsOf(result.bytes!)['word/document.xml']);
    const withoutMargins = (xml: string) => xml.replace(/<w:pgMar [^>]*\/>/, '<w:pgMar/>');
    assert.notEqual(after, before);
    assert.equal(withoutMargins(after), withoutMargins(before));
    assert.deepEqual(Object.keys(partsOf(result.bytes!)).filter((name) => !Buffer.from(partsOf(result.bytes!)[name]).equals(Buffer.from(partsOf(original)[name]))), ['word/document.xml']);
  });

  it('a grouped finding ("Arial in this paragraph and N others") is fixed in its whole group, and only its rule', () => {
    const font = findings.find((d) => d.rule === 'word-font' && /Arial/.test(d.message))!;
    const result = fixDocxFormatting(original, { language: 'en', only: [{ rule: 'word-font', line: font.range.start.line }] });
    const after = formatting(lintDocx(result.bytes!).diagnostics);
    assert.ok(!after.some((d) => d.rule === 'word-font' && /Arial/.test(d.message)), 'no paragraph in Arial is left');
    assert.ok(result.changes.every((c) => c.property.text.startsWith('font') || c.property.text === 'default font'));
    assert.deepEqual(after.filter((d) => d.rule !== 'word-font').map(key), findings.filter((d) => d.rule !== 'word-font').map(key));
  });

  it('fixes every finding of one rule, and the whole file when nothing is chosen', () => {
    const result = fixDocxFormatting(original, { language: 'en', only: [{ rule: 'word-page-number' }] });
    const after = formatting(lintDocx(result.bytes!).diagnostics);
    assert.ok(!after.some((d) => d.rule === 'word-page-number'));
    assert.deepEqual(after.map(key), findings.filter((d) => d.rule !== 'word-page-number').map(key));
    assert.ok(result.changes.every((c) => c.property.text.startsWith('page number')), result.changes.map((c) => c.property.text).join(', '));
    // The header holding the number and the main part (the first page without a number) changed; nothing else.
    const whole = fixDocxFormatting(original, { language: 'en' });
    assert.ok(whole.changes.length > result.changes.length);
    // Several findings at once: the union of their fixes.
    const two = fixDocxFormatting(original, { language: 'en', only: [{ rule: 'word-page-number' }, { rule: 'word-margins' }] });
    assert.deepEqual(formatting(lintDocx(two.bytes!).diagnostics).map(key), findings.filter((d) => d.rule !== 'word-page-number' && d.rule !== 'word-margins').map(key));
  });

  it('a finding of a rule with nothing to fix, or a line with no finding, changes nothing', () => {
    const result = fixDocxFormatting(original, { language: 'en', only: [{ rule: 'word-rule-lines', line: 0 }] });
    assert.equal(result.bytes, undefined);
    assert.deepEqual(result.changes, []);
  });
});
