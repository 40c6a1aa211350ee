// The proofs every file the Word fix writes must pass: the text reads the same, every part not named by a
// change is byte-identical (and its compressed bytes too), a changed part differs only inside formatting
// properties, and the formatting rules report nothing the fix claimed to fix.

import * as assert from 'node:assert/strict';
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { readDocx, type DocxFixResult } from '../../server/src/engine';

/** Rules whose every finding the fix puts right (the others may leave one, with a reason). */
export const FIXED_RULES = ['word-margins', 'word-part-size', 'word-part-emphasis', 'word-body-alignment', 'word-first-line-indent', 'word-paragraph-spacing', 'word-line-spacing', 'word-letter-summary-gap', 'word-heading-lines'];

/** Every text node of a part in order, with the elements it sits in, formatting properties left out. */
function contentOf(xml: string): string[] {
  const out: string[] = [];
  const parser = new SaxesParser({ xmlns: false });
  let skipping = 0;
  const FORMATTING = new Set(['w:rPr', 'w:pPr', 'w:sectPr']);
  parser.on('opentag', (tag) => {
    if (skipping || FORMATTING.has(tag.name)) { skipping++; return; }
    out.push(`<${tag.name} ${Object.entries(tag.attributes).map(([k, v]) => `${k}=${String(v)}`).join(' ')}>`);
  });
  parser.on('closetag', (tag) => {
    if (skipping) { skipping--; return; }
    out.push(`</${tag.name}>`);
  });
  parser.on('text', (text) => { if (!skipping) out.push(text); });
  parser.write(xml).close();
  return out;
}

/** Each entry's local record (header and compressed data) as it sits in the zip. */
function rawEntries(bytes: Uint8Array): Map<string, Buffer> {
  const buffer = Buffer.from(bytes);
  const out = new Map<string, Buffer>();
  const eocd = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buffer.readUInt16LE(eocd + 10);
  const offsets: { name: string; offset: number; size: number }[] = [];
  for (let at = buffer.readUInt32LE(eocd + 16), i = 0; i < count; i++) {
    const nameLength = buffer.readUInt16LE(at + 28);
    offsets.push({ name: buffer.subarray(at + 46, at + 46 + nameLength).toString('utf8'), offset: buffer.readUInt32LE(at + 42), size: buffer.readUInt32LE(at + 20) });
    at += 46 + nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
  }
  for (const { name, offset, size } of offsets) {
    const header = 30 + buffer.readUInt16LE(offset + 26) + buffer.readUInt16LE(offset + 28);
    out.set(name, buffer.subarray(offset + header, offset + header + size));
  }
  return out;
}

/** The proofs every fixed file must pass. */
export function assertMinimal(original: Uint8Array, result: DocxFixResult, label: string): void {
  const fixed = result.bytes!;
  assert.ok(fixed, `${label}: a file was written`);
  assert.equal(readDocx(fixed).text, readDocx(original).text, `${label}: the text reads the same`);
  const before = unzipSync(original);
  const after = unzipSync(fixed);
  assert.deepEqual(Object.keys(after), Object.keys(before), `${label}: the same entries, in the same order`);
  const named = new Set(result.changes.filter((c) => c.applied).map((c) => c.part));
  const rawBefore = rawEntries(original);
  const rawAfter = rawEntries(fixed);
  for (const name of Object.keys(before)) {
    if (named.has(name)) {
      assert.deepEqual(contentOf(strFromU8(after[name])), contentOf(strFromU8(before[name])), `${label}: ${name} differs only inside formatting properties`);
    } else {
      assert.ok(Buffer.from(after[name]).equals(Buffer.from(before[name])), `${label}: ${name} is byte-identical`);
      assert.ok(rawAfter.get(name)!.equals(rawBefore.get(name)!), `${label}: ${name} keeps its compressed bytes`);
    }
  }
  const claimed = result.after!.diagnostics.filter((d) => FIXED_RULES.includes(d.rule));
  assert.deepEqual(claimed.map((d) => `${d.rule}: ${d.message}`), [], `${label}: no finding left of a rule the fix puts right`);
  const leftRules = result.left.map((l) => l.diagnostic.rule).sort();
  assert.deepEqual(leftRules, result.after!.diagnostics.filter((d) => d.rule.startsWith('word-')).map((d) => d.rule).sort(), `${label}: every finding left is listed with its reason`);
}
