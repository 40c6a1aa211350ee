// Times New Roman for every run (NĐ 30 Phụ lục I, Phần I, Mục I; HD 36 as summarised, domain.md A14, B2).
// A metric-compatible equivalent (Liberation Serif, Tinos…) draws the same page and passes. The font is the
// one Word resolves for Vietnamese letters (w:hAnsi), through direct formatting, styles, defaults and the
// theme; a font named only by a theme slot the file does not define cannot be known: information at most.

import { msg } from '../l10n/localize';
import { METRIC_EQUIVALENTS, TIMES_NEW_ROMAN } from '../catalog/formatting';
import type { WordParagraph } from '../docx/model';
import { paragraphRange } from './support/formatting';
import { defineRule } from './rule';

const ALLOWED = new Set([TIMES_NEW_ROMAN, ...METRIC_EQUIVALENTS].map((name) => name.toLowerCase()));

/** The family of a face name: `Times New Roman Bold` is Times New Roman (files name the face sometimes). */
function family(name: string): string {
  const words = name.trim().toLowerCase().split(/\s+/);
  while (words.length > 1 && FACES.has(words[words.length - 1])) words.pop();
  return words.join(' ');
}
const FACES = new Set(['bold', 'italic', 'oblique', 'regular']);

export default defineRule({
  id: 'word-font',
  regimes: ['nd30', 'dang', 'qppl'],
  severity: 'warning',
  input: 'docx',
  description: 'Every run of a Word file is in Times New Roman (or a metric-compatible equivalent).',
  basis: {
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I',
    dang: 'HD 36-HD/VPTW (Times New Roman, as summarised by vinhuni.edu.vn)',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I (applied to normative documents)',
  },
  check({ word, report }) {
    if (!word) return;
    let undecided = false;
    const groups = new Map<string, { paragraph: WordParagraph; symbolsOnly: boolean; mathOnly: boolean; others: number }>();
    for (const paragraph of word.paragraphs) {
      const wrong = new Set<string>();
      let symbolsOnly = true;
      let mathOnly = true;
      for (const run of paragraph.runs) {
        const text = paragraph.text.slice(run.start, run.end);
        if (text.trim() === '') continue;
        if (run.font.kind === 'named') {
          if (ALLOWED.has(family(run.font.name))) continue;
          wrong.add(run.font.name);
          // An equation is set in the equation editor's font (Cambria Math): worth a look, not a slip.
          if (!run.math && /[\p{L}\p{N}]/u.test(text)) symbolsOnly = false;
          if (!run.math) mathOnly = false;
        } else if (!undecided) {
          undecided = true;
          report({
            range: paragraphRange(word, paragraph),
            severity: 'info',
            message: run.font.kind === 'theme-unresolved'
              ? msg('The font is named only by the theme slot {0}, which the file does not define: check that it is Times New Roman', run.font.slot)
              : msg('No font is set in the file (runs, styles or defaults): Word will use its own default; set Times New Roman'),
          });
        }
      }
      if (wrong.size === 0) continue;
      const key = [...wrong].sort().join(', ');
      const group = groups.get(key);
      if (group) group.others++;
      else groups.set(key, { paragraph, symbolsOnly, mathOnly, others: 0 });
    }
    // One cause, one finding: the paragraphs in one wrong font are reported at the first of them.
    for (const [fonts, { paragraph, symbolsOnly, mathOnly, others }] of groups) {
      if (mathOnly) {
        report({
          range: paragraphRange(word, paragraph), severity: 'info',
          message: msg('Paragraph {0} holds an equation set in {1}, the equation editor\'s font: check that it prints like the text around it', paragraph.index + 1, fonts),
        });
        continue;
      }
      report({
        range: paragraphRange(word, paragraph),
        // Equations, and signs (≥, ×) set in another font, change little on the page: information.
        severity: symbolsOnly ? 'info' : undefined,
        message: others > 0
          ? msg('Paragraph {0} and {1} more are set in {2}; use {3}', paragraph.index + 1, others, fonts, TIMES_NEW_ROMAN)
          : msg('Paragraph {0} is set in {1}; use {2}', paragraph.index + 1, fonts, TIMES_NEW_ROMAN),
      });
    }
  },
});
