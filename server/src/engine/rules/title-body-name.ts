// A Party signer's title is the position alone, without the body's name: `PHÓ BÍ THƯ`, not
// `PHÓ BÍ THƯ TỈNH ỦY`; the body is named in the T/M line (HD 36 điểm 1.7, as summarised).

import { msg } from '../l10n/localize';
import { columns, rangeOf } from '../ranges';
import { defineRule } from './rule';

const TITLE_WITH_BODY = /^((?:PHÓ\s+)?BÍ THƯ)\s+((?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|ĐẢNG|XÃ|PHƯỜNG)\s+(?:ỦY|UỶ)|CHI BỘ|ĐẢNG BỘ|ĐẢNG ĐOÀN|BAN CÁN SỰ)(?![\p{L}]).*$/u;

export default defineRule({
  id: 'title-body-name',
  regimes: ['dang'],
  severity: 'warning',
  cheap: true,
  description: 'A Party signer’s title is the position alone, without the body’s name.',
  basis: { dang: 'HD 36-HD/VPTW, điểm 1.7 (theo bản tóm tắt)' },
  check({ model, report }) {
    for (const title of model.signature?.titles ?? []) {
      const match = TITLE_WITH_BODY.exec(title.text);
      if (!match) continue;
      const keep = match[1];
      report({
        range: rangeOf(title),
        message: msg('The title line names the position only ({0}); the body is named in the T/M line', keep),
        fix: { title: msg('Write {0}', keep), safety: 'guarded', edits: [{ range: columns(title.line, title.start, title.end), newText: keep }] },
      });
    }
  },
});
