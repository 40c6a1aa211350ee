// Document types and their symbol codes, per regime.
// Sources: domain.md A6 (Party, HD 36 / 399-QĐ/TW) and B5 (NĐ 30/2020 Phụ lục III); QPPL types per C.

import type { Regime } from './conventions';

export interface DocumentTypeInfo {
  /** Stable id, ASCII: 'ket-luan', 'quyet-dinh'... */
  readonly id: string;
  /** The type name as printed, upper case: 'KẾT LUẬN'. */
  readonly name: string;
  /** Accepted type codes per regime; the first is preferred. Empty: the type has no code there. */
  readonly codes: Partial<Record<Exclude<Regime, 'unknown'>, readonly string[]>>;
  /** True for the công văn: no type name is printed, its summary is a V/v line (state). */
  readonly isLetter?: boolean;
  /** True for types that need a Nơi nhận block (all but a few papers). */
  readonly needsRecipients: boolean;
  /** False for the papers whose NĐ 30 template has no trích yếu (Mẫu 1.8, 1.10). */
  readonly needsSummary?: boolean;
  /** False for the acts of the Quốc hội, dated in their closing passage, not under the number. */
  readonly needsPlaceDate?: boolean;
  /** True for the types whose template opens with grounds of issuance (NĐ 30 Phụ lục III Mẫu 1.1–1.3; the
   *  Party quy định, as QĐ 66 and 399 open). Elsewhere a `Căn cứ …` paragraph is body text, written as the
   *  office likes, and its form is not checked. */
  readonly enacts?: boolean;
}

const t = (id: string, name: string, codes: DocumentTypeInfo['codes'], extra: Partial<DocumentTypeInfo> = {}): DocumentTypeInfo =>
  ({ id, name, codes, needsRecipients: true, ...extra });

export const DOCUMENT_TYPES: readonly DocumentTypeInfo[] = [
  t('nghi-quyet', 'NGHỊ QUYẾT', { dang: ['NQ'], nd30: ['NQ'], qppl: ['NQ'] }, { enacts: true }),
  t('quyet-dinh', 'QUYẾT ĐỊNH', { dang: ['QĐ'], nd30: ['QĐ'], qppl: ['QĐ'] }, { enacts: true }),
  t('chi-thi', 'CHỈ THỊ', { dang: ['CT'], nd30: ['CT'] }),
  t('ket-luan', 'KẾT LUẬN', { dang: ['KL'] }),
  t('quy-che', 'QUY CHẾ', { dang: ['QC'], nd30: ['QC'] }),
  // Party quy định: QĐ and QĐi both occur in real practice (domain.md A6, UNVERIFIED): accept both.
  t('quy-dinh', 'QUY ĐỊNH', { dang: ['QĐ', 'QĐi'], nd30: ['QyĐ'] }, { enacts: true }),
  t('thong-tri', 'THÔNG TRI', { dang: ['TT'] }),
  t('huong-dan', 'HƯỚNG DẪN', { dang: ['HD'], nd30: ['HD'] }),
  t('thong-bao', 'THÔNG BÁO', { dang: ['TB'], nd30: ['TB'] }),
  t('thong-cao', 'THÔNG CÁO', { nd30: ['TC'] }),
  t('bao-cao', 'BÁO CÁO', { dang: ['BC'], nd30: ['BC'] }),
  t('ke-hoach', 'KẾ HOẠCH', { dang: ['KH'], nd30: ['KH'] }),
  t('chuong-trinh', 'CHƯƠNG TRÌNH', { dang: ['CTr'], nd30: ['CTr'] }),
  t('de-an', 'ĐỀ ÁN', { dang: ['ĐA'], nd30: ['ĐA'] }),
  t('phuong-an', 'PHƯƠNG ÁN', { dang: ['PA'], nd30: ['PA'] }),
  t('du-an', 'DỰ ÁN', { nd30: ['DA'] }),
  t('quy-hoach', 'QUY HOẠCH', {}),
  t('to-trinh', 'TỜ TRÌNH', { dang: ['TTr'], nd30: ['TTr'] }),
  t('bien-ban', 'BIÊN BẢN', { dang: ['BB'], nd30: ['BB'] }, { needsRecipients: false }),
  t('hop-dong', 'HỢP ĐỒNG', { nd30: ['HĐ'] }, { needsRecipients: false }),
  t('cong-dien', 'CÔNG ĐIỆN', { nd30: ['CĐ'] }),
  t('ban-ghi-nho', 'BẢN GHI NHỚ', { nd30: ['BGN'] }, { needsRecipients: false }),
  t('ban-thoa-thuan', 'BẢN THỎA THUẬN', { nd30: ['BTT'] }, { needsRecipients: false }),
  t('giay-uy-quyen', 'GIẤY ỦY QUYỀN', { nd30: ['GUQ'] }, { needsRecipients: false }),
  t('giay-moi', 'GIẤY MỜI', { nd30: ['GM'] }),
  t('giay-gioi-thieu', 'GIẤY GIỚI THIỆU', { nd30: ['GGT'] }, { needsRecipients: false, needsSummary: false }),
  t('giay-nghi-phep', 'GIẤY NGHỈ PHÉP', { nd30: ['GNP'] }, { needsSummary: false }),
  t('phieu-gui', 'PHIẾU GỬI', { nd30: ['PG'] }, { needsRecipients: false }),
  t('phieu-chuyen', 'PHIẾU CHUYỂN', { nd30: ['PC'] }, { needsRecipients: false }),
  t('phieu-bao', 'PHIẾU BÁO', { nd30: ['PB'] }, { needsRecipients: false }),
  // Papers outside Phụ lục III's list that real offices still issue (399-QĐ/TW's papers, sector licences):
  // known by name so the header ends there, but with no template asserted (no code, recipients or summary).
  t('giay-chung-nhan', 'GIẤY CHỨNG NHẬN', { dang: ['GCN'] }, { needsRecipients: false, needsSummary: false }),
  t('giay-di-duong', 'GIẤY ĐI ĐƯỜNG', { dang: ['GĐĐ'] }, { needsRecipients: false, needsSummary: false }),
  t('giay-phep', 'GIẤY PHÉP', {}, { needsRecipients: false, needsSummary: false }),
  t('giay-xac-nhan', 'GIẤY XÁC NHẬN', {}, { needsRecipients: false, needsSummary: false }),
  t('thu-cong', 'THƯ CÔNG', {}, { needsRecipients: false, needsSummary: false }),
  t('phieu-trinh', 'PHIẾU TRÌNH', {}, { needsRecipients: false }),
  t('ban-cam-ket', 'BẢN CAM KẾT', {}, { needsRecipients: false, needsSummary: false }),
  t('thong-tu', 'THÔNG TƯ', { qppl: ['TT'] }),
  t('nghi-dinh', 'NGHỊ ĐỊNH', { qppl: ['NĐ'] }),
  // A Luật or Bộ luật is signed by the Chủ tịch Quốc hội with no Nơi nhận by design (class 3).
  t('luat', 'LUẬT', { qppl: [] }, { needsRecipients: false, needsPlaceDate: false }),
  t('bo-luat', 'BỘ LUẬT', { qppl: [] }, { needsRecipients: false, needsPlaceDate: false }),
  t('hien-phap', 'HIẾN PHÁP', { qppl: [] }, { needsRecipients: false, needsPlaceDate: false }),
  t('phap-lenh', 'PHÁP LỆNH', { qppl: ['PL'] }),
  t('thong-tu-lien-tich', 'THÔNG TƯ LIÊN TỊCH', { qppl: ['TTLT'] }),
  t('cuong-linh', 'CƯƠNG LĨNH', {}),
  t('dieu-le', 'ĐIỀU LỆ', {}),
  t('chien-luoc', 'CHIẾN LƯỢC', {}),
  t('tuyen-bo', 'TUYÊN BỐ', {}),
  t('loi-keu-goi', 'LỜI KÊU GỌI', {}),
  // The công văn prints no type name. Party công văn carry CV; state ones carry no type code.
  t('cong-van', 'CÔNG VĂN', { dang: ['CV'], nd30: [] }, { isLetter: true }),
];

/** Type codes that NĐ 30 replaced (TT 01/2011 codes): domain.md B5. */
export const OUTDATED_STATE_CODES: Readonly<Record<string, string>> = { UQ: 'GUQ', GN: 'BGN', TTh: 'BTT', NP: 'GNP' };

/** Normative (QPPL) type ids: their numbers carry the year. */
export const NORMATIVE_TYPE_IDS: ReadonlySet<string> = new Set(['thong-tu', 'nghi-dinh', 'luat', 'bo-luat', 'hien-phap', 'phap-lenh', 'thong-tu-lien-tich']);

const byName = new Map<string, DocumentTypeInfo>();
for (const type of DOCUMENT_TYPES) {
  byName.set(type.name, type);
  // Both tone-mark styles name the same type (THỎA / THOẢ, ỦY / UỶ).
  byName.set(type.name.replace(/ỎA/g, 'OẢ').replace(/ỦY/g, 'UỶ'), type);
}

/** The type whose printed name is exactly `upperText` (already NFC and upper case), if any. */
export function typeByName(upperText: string): DocumentTypeInfo | undefined {
  return byName.get(upperText.replace(/\s+/g, ' ').trim());
}

export function typeById(id: string): DocumentTypeInfo | undefined {
  return DOCUMENT_TYPES.find((type) => type.id === id);
}

/** The types whose code in `regime` is `code`. */
export function typesByCode(regime: Exclude<Regime, 'unknown'>, code: string): DocumentTypeInfo[] {
  return DOCUMENT_TYPES.filter((type) => type.codes[regime]?.includes(code));
}

/** Type names by their first word, longest first: `typeAtStart` tries only the few that share the word. */
const byFirstWord = new Map<string, string[]>();
for (const name of byName.keys()) {
  const first = name.split(' ')[0];
  const list = byFirstWord.get(first) ?? [];
  list.push(name);
  list.sort((a, b) => b.length - a.length);
  byFirstWord.set(first, list);
}

/**
 * The type whose name opens `upperText` and is followed by more words: the type and the title on one
 * capitals line (`BIÊN BẢN THẨM ĐỊNH HỒ SƠ`, `THÔNG BÁO KẾT LUẬN CỦA …`). `words` is how many words of
 * the line the type name takes.
 */
export function typeAtStart(upperText: string): { type: DocumentTypeInfo; words: number } | undefined {
  const words = upperText.replace(/\s+/g, ' ').trim().split(' ');
  const candidates = byFirstWord.get(words[0]);
  if (!candidates || words.length < 2) return undefined;
  for (const name of candidates) {
    const count = name.split(' ').length;
    if (count >= words.length) continue;
    if (words.slice(0, count).join(' ') === name) return { type: byName.get(name)!, words: count };
  }
  return undefined;
}
