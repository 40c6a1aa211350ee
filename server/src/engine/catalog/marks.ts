// The marks a header may carry above the type name, as the regulations spell them: urgency and secrecy
// (domain.md A13, B3 ô 10: Quy định 66-QĐ/TW Điều 16; NĐ 30 Phụ lục I, II.10) and the circulation and
// draft marks drafters add. Read by the parser (to place them) and by mark-spelling (to check them).

/** Urgency marks, in the new tone style. */
export const URGENCY_MARKS: readonly string[] = ['HỎA TỐC', 'THƯỢNG KHẨN', 'KHẨN'];
/** Secrecy marks. */
export const SECRECY_MARKS: readonly string[] = ['MẬT', 'TỐI MẬT', 'TUYỆT MẬT'];
/** The timed form of the fastest urgency: `HỎA TỐC HẸN GIỜ`. */
const TIMED = `${URGENCY_MARKS[0]} HẸN GIỜ`;
/** The old tone style of `HỎA` (`HOẢ`), accepted as written. */
const oldToneStyle = (mark: string) => mark.replace('HỎA', 'HOẢ');

/** Every spelling of an urgency or secrecy mark that is correct as written. */
export const ALLOWED_MARKS: readonly string[] = [
  URGENCY_MARKS[0], oldToneStyle(URGENCY_MARKS[0]), TIMED, oldToneStyle(TIMED), ...URGENCY_MARKS.slice(1), ...SECRECY_MARKS,
];

/** Circulation and draft marks: recognised as header marks, not checked. */
export const OTHER_MARKS: readonly string[] = ['DỰ THẢO', 'LƯU HÀNH NỘI BỘ', 'XEM XONG TRẢ LẠI', 'XONG HỘI NGHỊ TRẢ LẠI'];
