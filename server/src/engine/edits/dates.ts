// Today's date in the regulated form: days below 10 and months 1 and 2 take a leading zero, months 3 to
// 12 take none (NĐ 30 Phụ lục I, II.4.b; HD 36 điểm 1.4).

export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

/** The regulated day, month and year of a calendar date (local time of the server). */
export function regulatedDate(date: Date): DateParts {
  const month = date.getMonth() + 1;
  return {
    day: String(date.getDate()).padStart(2, '0'),
    month: month <= 2 ? String(month).padStart(2, '0') : String(month),
    year: String(date.getFullYear()),
  };
}

/** `ngày 05 tháng 02 năm 2026`: the date part of the place-and-date line. */
export function dateWords(date: Date): string {
  const { day, month, year } = regulatedDate(date);
  return `ngày ${day} tháng ${month} năm ${year}`;
}
