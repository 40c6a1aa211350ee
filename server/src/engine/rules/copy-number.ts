// A copy's own block gives its number with the code of its form: `Số: 05/SY-UBND` for a copy (SAO Y),
// SL for SAO LỤC, TrS for TRÍCH SAO (NĐ 30 Phụ lục I, Phần II). The block stands under the copied text, or,
// as e-office copies print it, above the copied header; both are read.

import type { DocumentModel, Segment } from '../model';
import { copyCodeOf, isCopyFormTitle } from '../catalog/forms';
import { msg } from '../l10n/localize';
import { columns, rangeOf } from '../ranges';
import { defineRule } from './rule';

/** `Số: 05/SY-UBND`: where the code after the number's slash starts and ends (it runs to `-`, a space or the end). */
const CODE = /^Số[\s:]*[^\s/:]*\/([^\s\-–/]*)/u;
/** How many lines under the form line the number may stand, in a block above the header. */
const NUMBER_SPAN = 3;

interface CopyBlock {
  readonly form: Segment;
  readonly number?: Segment;
}

/** The copies' blocks: those attached under the copied text, and one printed above the header (its noise lines). */
function copyBlocks(model: DocumentModel): CopyBlock[] {
  const blocks: CopyBlock[] = [];
  const above = (model.noise ?? []).filter((line) => line.kind === 'copy-form').map((line) => line.line);
  // The comment-masked line: a comment in it is not the copy's text.
  const segmentOf = (i: number): Segment => {
    const text = model.view.masked[i];
    const start = text.length - text.trimStart().length;
    return { line: i, start, end: text.trimEnd().length, text: text.trim() };
  };
  const formAt = above.findIndex((i) => isCopyFormTitle(model.view.masked[i]));
  if (formAt >= 0) {
    const number = above.slice(formAt + 1, formAt + 1 + NUMBER_SPAN).find((i) => /^\s*Số[\s:]/u.test(model.view.masked[i]));
    blocks.push({ form: segmentOf(above[formAt]), number: number === undefined ? undefined : segmentOf(number) });
  }
  for (const attachment of model.attachments ?? []) {
    if (attachment.kind === 'copy' && attachment.copyForm) blocks.push({ form: attachment.copyForm, number: attachment.copyNumber });
  }
  return blocks;
}

export default defineRule({
  id: 'copy-number',
  regimes: ['nd30', 'qppl', 'unknown'],
  severity: 'warning',
  cheap: true,
  description: 'A copy gives its number with the code of its form: SY (sao y), SL (sao lục), TrS (trích sao).',
  basis: {
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần II (số, ký hiệu bản sao); Phụ lục III (SY, SL, TrS)',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần II (số, ký hiệu bản sao); Phụ lục III (SY, SL, TrS)',
    unknown: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần II (số, ký hiệu bản sao); Phụ lục III (SY, SL, TrS)',
  },
  check({ model, report }) {
    for (const { form, number } of copyBlocks(model)) {
      const code = copyCodeOf(form.text);
      if (!code) continue;
      if (!number) {
        report({ range: rangeOf(form), message: msg('A copy gives its number under its form: Số: …/{0}-…', code) });
        continue;
      }
      const typed = CODE.exec(number.text);
      if (!typed) {
        report({ range: rangeOf(number), message: msg('A copy’s number carries the code of its form after the slash: Số: …/{0}-…', code) });
        continue;
      }
      if (typed[1] === code) continue;
      const start = number.start + typed[0].length - typed[1].length;
      const range = columns(number.line, start, start + typed[1].length);
      report({
        range,
        message: msg('{0} is a copy of the form {1}: its code is {2}, not {3}', number.text, form.text, code, typed[1] || '…'),
        fix: { title: msg('Write {0}', code), safety: 'guarded', edits: [{ range, newText: code }] },
      });
    }
  },
});
