// The forms NĐ 30/2020/NĐ-CP Phụ lục I lays out beside a main document (Phần II: bản sao; Phần I, mục
// II.10: marks; mục VI: phụ lục). The reader recognises them as what they are, so none is read as a part of
// the main document's header (a copy's title as the superior body, a mark as the issuer).

/** The title of a copy form (hình thức sao), printed in capitals: `SAO Y`, `SAO LỤC`, `TRÍCH SAO`. */
export const COPY_FORM_TITLES: readonly string[] = ['SAO Y BẢN CHÍNH', 'SAO Y', 'SAO LỤC', 'TRÍCH SAO'];

/** Whether a cell is a copy form's title (the old tone style `SAO Y BẢN CHÍNH` and `SAO Y BẢN SAO` too). */
export function isCopyFormTitle(text: string): boolean {
  const words = text.trim().replace(/\s+/g, ' ');
  return COPY_FORM_TITLES.includes(words) || words === 'SAO Y BẢN SAO';
}

/**
 * The code a copy's number carries for its form (NĐ 30 Phụ lục I, Phần II: one sequence of numbers for every
 * copy, with the code of its form): `Số: 05/SY-UBND`.
 */
export function copyCodeOf(title: string): 'SY' | 'SL' | 'TrS' | undefined {
  const words = title.trim().replace(/\s+/g, ' ');
  if (words.startsWith('SAO Y')) return 'SY';
  if (words === 'SAO LỤC') return 'SL';
  if (words === 'TRÍCH SAO') return 'TrS';
  return undefined;
}
