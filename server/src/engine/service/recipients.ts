// Recipients for completion: those drafters often write, per regime, and those another draft's model
// holds. Written without the line's end mark: the separator is the document's own.

import { AS_ABOVE } from '../catalog/conventions';
import { familyOf } from '../catalog/conventions';
import type { DocumentModel, Regime } from '../model';

export const COMMON_RECIPIENTS: Readonly<Record<'dang' | 'nd30', readonly string[]>> = {
  dang: [
    AS_ABOVE,
    'Thường trực Ban Bí thư (để báo cáo)',
    'Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương',
    'Ban Thường vụ Tỉnh ủy (để báo cáo)',
    'Các đồng chí Ủy viên Ban Thường vụ',
    'Các đảng ủy, chi bộ trực thuộc',
    'Các ban đảng, Văn phòng',
  ],
  nd30: [
    AS_ABOVE,
    'Văn phòng Chính phủ',
    'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ',
    'UBND các tỉnh, thành phố trực thuộc Trung ương',
    'Chủ tịch, các Phó Chủ tịch UBND tỉnh',
    'Các sở, ban, ngành thuộc tỉnh',
    'Cổng Thông tin điện tử',
  ],
};

/** A recipient item as text: the `- ` and the end mark dropped, wrapped lines joined; the archive line left out. */
export function recipientTexts(model: DocumentModel): string[] {
  return (model.recipients?.items ?? []).map((item) =>
    [item, ...item.continuation].map((part) => part.text).join(' ').replace(/^[-–•]\s*/u, '').replace(/[;,.]\s*$/u, '').trim())
    .filter((text) => text.length > 0 && !/^Lưu\b/u.test(text));
}

/** Whether a draft of regime `of` may lend its recipients to one of `to`: the same family, or either unknown. */
export function sameFamily(of: Regime, to: Regime | undefined): boolean {
  if (!to || to === 'unknown' || of === 'unknown') return true;
  return familyOf(of) === familyOf(to);
}
