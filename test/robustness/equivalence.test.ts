// A linear rewrite must keep the behaviour it replaces. Each is compared, on short strings (where the old
// patterns are fast), with what it replaced: the renderer's emphasis scanner (inline.ts), the edge
// emphasis stripping of a segment and the cell separators (text/source.ts).

import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { inlineRuns } from '../../server/src/engine/render/inline';
import { makeSegment } from '../../server/src/engine/text/source';

/** The pattern inline.ts used before it was made linear (quadratic on long lines, exact on short ones). */
const OLD_EMPHASIS = /\*\*(?=\S)(.+?)(?<=\S)\*\*|\*(?=[^\s*])([^*]+?)(?<=\S)\*/gu;

function oldRuns(text: string): { text: string; bold?: boolean; italic?: boolean }[] {
  const runs: { text: string; bold?: boolean; italic?: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(OLD_EMPHASIS)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index) });
    if (match[1] !== undefined) runs.push({ text: match[1], bold: true });
    else runs.push({ text: match[2], italic: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs.length ? runs : [{ text: '' }];
}

describe('linear rewrites keep the old behaviour', () => {
  const RUNS = Number(process.env.VANBAN_FUZZ_RUNS ?? 300) * 10;
  it(`the emphasis scanner finds the runs the old pattern found (${RUNS} strings of *, **, spaces, letters, line separators)`, () => {
    const piece = fc.constantFrom('*', '**', ' ', 'a', 'b', '\u2028', '\n', '\u00a0', '😀', '_', 'ờ');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')), (text) => {
      assert.deepEqual(inlineRuns(text), oldRuns(text));
    }), { numRuns: RUNS, seed: 1212 });
  });

  /** makeSegment's edge stripping before it was made linear: patterns re-run on the rest for every marker stripped. */
  function oldStrip(raw: string): [number, number] {
    let s = 0;
    let e = raw.length;
    const space = (code: number) => code === 32 || code === 9 || code === 0xa0 || code === 0x200b || code === 0xfeff || code === 0x3000;
    while (s < e && space(raw.charCodeAt(s))) s++;
    while (e > s && space(raw.charCodeAt(e - 1))) e--;
    for (;;) {
      const lead = /^(\*{1,3}|_{1,2})(?=\S)/.exec(raw.slice(s, e));
      const inner = lead ? raw.slice(s + lead[0].length, e) : '';
      if (lead && inner.length > 0 && !/^[*_]+$/.test(inner)) { s += lead[0].length; continue; }
      break;
    }
    for (;;) {
      const trail = /(?<=\S)(\*{1,3}|_{1,2})$/.exec(raw.slice(s, e));
      const inner = trail ? raw.slice(s, e - trail[0].length) : '';
      if (trail && inner.length > 0 && !/^[*_]+$/.test(inner) && !/\(\*$/.test(raw.slice(s, e))) { e -= trail[0].length; continue; }
      break;
    }
    while (s < e && space(raw.charCodeAt(s))) s++;
    while (e > s && space(raw.charCodeAt(e - 1))) e--;
    return [s, e];
  }

  it(`edge emphasis stripping keeps what the old patterns kept (${RUNS} strings)`, () => {
    const piece = fc.constantFrom('*', '**', '***', '_', '__', ' ', '\t', 'a', '(', ')', '\u00a0', 'ờ', '\v');
    fc.assert(fc.property(fc.array(piece, { maxLength: 20 }).map((parts) => parts.join('')), (raw) => {
      const segment = makeSegment(0, raw);
      assert.deepEqual([segment.start, segment.end], oldStrip(raw));
    }), { numRuns: RUNS, seed: 1212 });
  });

  it(`the cell separators are the old pattern's matches (${RUNS} strings)`, () => {
    const OLD_SEPARATOR = /[ \u00a0]*\t[ \t\u00a0]*|[ \u00a0]{3,}/g;
    const piece = fc.constantFrom(' ', '  ', '   ', '\t', '\u00a0', 'a', 'Số:', '\v', '/');
    fc.assert(fc.property(fc.array(piece, { maxLength: 20 }).map((parts) => parts.join('')), (raw) => {
      const old = [...raw.matchAll(OLD_SEPARATOR)].map((m) => [m.index, m[0].length]);
      const now = [...raw.matchAll(/[ \t\u00a0]+/g)].filter((m) => m[0].length >= 3 || m[0].includes('\t')).map((m) => [m.index, m[0].length]);
      assert.deepEqual(now, old);
    }), { numRuns: RUNS, seed: 1212 });
  });
});
