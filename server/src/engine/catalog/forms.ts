// The forms NĐ 30/2020/NĐ-CP Phụ lục I lays out beside a main document (Phần II: bản sao; Phần I, mục
// II.10: marks; mục VI: phụ lục). The reader recognises them as what they are, so none is read as a part of
// the main document's header (a copy's title as the superior body, a mark as the issuer).

/**
 * The titles of the copy forms (hình thức sao), printed in capitals, with the code a copy's number carries for
 * its form (NĐ 30 Phụ lục I, Phần II: one sequence of numbers for every copy, with the code of its form:
 * `Số: 05/SY-UBND`; Phụ lục III). The old style's `SAO Y BẢN CHÍNH` and `SAO Y BẢN SAO` are copies too.
 */
const COPY_FORMS = new Map<string, 'SY' | 'SL' | 'TrS'>([
  ['SAO Y', 'SY'], ['SAO Y BẢN CHÍNH', 'SY'], ['SAO Y BẢN SAO', 'SY'], ['SAO LỤC', 'SL'], ['TRÍCH SAO', 'TrS'],
]);

/** The code of a copy form's title, or undefined when the text is no copy form's title. */
export function copyCodeOf(text: string): 'SY' | 'SL' | 'TrS' | undefined {
  return COPY_FORMS.get(text.trim().replace(/\s+/g, ' '));
}

/** Whether a cell is a copy form's title. */
export function isCopyFormTitle(text: string): boolean {
  return copyCodeOf(text) !== undefined;
}
