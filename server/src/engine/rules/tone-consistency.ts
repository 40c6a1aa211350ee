// Tone-mark placement is consistent within a document (`hoà` and `hòa` not both). Neither style is an
// error (domain.md section 3: the official texts mix them), so mixing is information; a house style set
// by the option `style` (main-vowel as QĐ 1989/QĐ-BGDĐT, or first-vowel) makes it a warning.

import { msg } from '../l10n/localize';
import { columns } from '../ranges';
import { defineRule } from './rule';
import { textSegments } from './support/text';
import type { ToneStyle } from './support/tone';
import { wordScans } from './support/wordScan';

export default defineRule({
  id: 'tone-consistency',
  regimes: ['dang', 'nd30', 'qppl', 'unknown'],
  severity: 'info',
  description: 'Tone marks on oa, oe, uy are placed in one style throughout (or the house style).',
  basis: {
    dang: 'QĐ 1989/QĐ-BGDĐT Điều 8 (chỉ khi chọn kiểu riêng); HD 36-HD/VPTW đặt dấu trên nguyên âm chính',
    nd30: 'NĐ 30/2020/NĐ-CP không quy định (chính văn bản dùng cả hai kiểu): chỉ xét sự thống nhất',
    qppl: 'Không có quy định: chỉ xét sự thống nhất',
  },
  options: {
    style: {
      type: 'enum', values: ['any', 'main-vowel', 'first-vowel'], default: 'any',
      description: 'The house style of tone marks on oa, oe, uy: any (one style throughout, whichever), main-vowel (hoà, khoẻ, thuỷ) or first-vowel (hòa, khỏe, thủy).',
    },
  },
  check({ model, options, shared, report }) {
    const found: { line: number; start: number; end: number; word: string; style: ToneStyle; other: string }[] = [];
    // The toned words come from the one scan of the words (support/wordScan.ts), which the spelling rules share.
    const scans = wordScans(model, shared);
    textSegments(model, shared).forEach((segment, i) => {
      for (const word of scans[i].toned) {
        found.push({ line: segment.line, start: segment.start + word.from, end: segment.start + word.end, word: word.word, style: word.style, other: word.other });
      }
    });
    if (found.length === 0) return;
    const house = options.style === 'any' ? undefined : options.style;
    let wanted: ToneStyle;
    if (house) wanted = house;
    else {
      const main = found.filter((word) => word.style === 'main-vowel').length;
      if (main === 0 || main === found.length) return;
      wanted = main * 2 >= found.length ? 'main-vowel' : 'first-vowel';
    }
    // One finding per word written in the other style, at its first place, with the count and the
    // other places (a long guide spells khoá a dozen times: one line says it, not thirty).
    const byWord = new Map<string, typeof found>();
    for (const word of found) {
      if (word.style === wanted) continue;
      const places = byWord.get(word.word);
      if (places) places.push(word);
      else byWord.set(word.word, [word]);
    }
    for (const [text, places] of byWord) {
      const ranges = places.map((place) => columns(place.line, place.start, place.end));
      const { other } = places[0];
      const times = places.length;
      const message = house
        ? times > 1 ? msg('{0} ({1} times): the house style places the tone mark as in {2}', text, times, other) : msg('{0}: the house style places the tone mark as in {1}', text, other)
        : times > 1 ? msg('{0} ({1} times) places the tone mark in the other style from the rest of the document ({2})', text, times, other) : msg('{0} places the tone mark in the other style from the rest of the document ({1})', text, other);
      report({
        range: ranges[0],
        severity: house ? 'warning' : undefined,
        message,
        related: ranges.slice(1).map((range) => ({ range, message: msg('{0} again', text) })),
        fix: { title: times > 1 ? msg('Write {0} ({1} places)', other, times) : msg('Write {0}', other), safety: 'guarded', edits: ranges.map((range) => ({ range, newText: other })) },
      });
    }
  },
});
