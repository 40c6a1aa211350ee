// Header parts that a portal or a layout splits over lines. Web copies (table cells become lines) put a
// label and its value on two lines (`Số:` / `15/2023/QĐ-UBND`) and break the place and date anywhere
// (`Tiền Giang, ngày` / `02 tháng 8 năm 2023`, `Sơn` / `La, ngày 16 tháng 11` / `năm 2018`); a two-column
// layout wraps its right cell (`… CHỦ NGHĨA VIỆT` / `NAM`). Each join is strict: the joined text must
// parse as the part, and each piece must be a short line of the header's shape, or nothing is joined
// (rather silent than wrong).

import type { NumberLine, PlaceDate, Segment, SourceLine, SplitPhrase } from '../model';
import { isBlank, splitCells } from '../text/source';
import { isMotto, isNationalName, parseNumberLine, parsePlaceDate, PART_MAX_LENGTH } from './classify';

type Visible = (i: number) => boolean;

/** A header line is short; a longer next line is body text and is not split into cells here (linear time). */
const LINE_LIMIT = 400;

/** The next visible line after `from`, looking past at most `skip` hidden lines (a portal's lone `|`). */
function nextLine(lines: readonly SourceLine[], from: number, visible: Visible, skip = 2): number {
  for (let i = from + 1; i < lines.length && i <= from + 1 + skip; i++) if (visible(i) && !isBlank(lines[i].text)) return i;
  return -1;
}

/** A line's text when it is one cell only (a table cell's line), else undefined. */
function soleCell(lines: readonly SourceLine[], i: number, maxLength: number): Segment | undefined {
  if (lines[i].text.length > LINE_LIMIT) return undefined;
  const cells = splitCells(i, lines[i].text);
  return cells.length === 1 && cells[0].text.length <= maxLength ? cells[0] : undefined;
}

/** The value of a number (`15/2023/QĐ-UBND`, `135/KH-UBND`, `02-KL/TU`): digits, a separator, a symbol. */
const NUMBER_VALUE = /^\d{1,6}(?:\.\d{1,4})?\s?[-/–]\s?\S/u;

/**
 * `Số:` (or `Số`) alone on its line and the number and symbol alone on the next: one number line, its
 * value on `symbolLine`. Only a line that is exactly the label, and a value that parses as a number.
 */
export function joinLabelledNumber(
  lines: readonly SourceLine[], line: number, cell: Segment, visible: Visible,
): { number: NumberLine; lastLine: number } | undefined {
  if (!/^Số\s?:?$/u.test(cell.text)) return undefined;
  const next = nextLine(lines, line, visible);
  if (next < 0) return undefined;
  const value = soleCell(lines, next, 60);
  if (!value || !NUMBER_VALUE.test(value.text)) return undefined;
  const number = parseNumberLine({ ...cell, text: `${cell.text} ${value.text}` }, lines[line].text, value);
  return number ? { number, lastLine: next } : undefined;
}

/** A date's first line broken after `ngày` (`Hà Nội, ngày`, `Hà Nội, ngày 23`). */
const DATE_HEAD = /^\p{Lu}[^,\d]{0,60}(?:,\s?|\s)ngày(?:\s?\d{1,2})?$/u;
/** A date's first line lacking its year (`La, ngày 16 tháng 11`), the year on the next line. */
const DATE_WITHOUT_YEAR = /^\p{Lu}[^,\d]{0,60},?\s?ngày\s?(?:\d{1,2}\s?)?tháng(?:\s?\d{1,2})?$/u;
/** A place broken inside its name (`Sơn` / `La, ngày …`): one or two capitalised words alone on a line. */
const PLACE_PIECE = /^\p{Lu}\p{Ll}{0,7}(?: \p{Lu}\p{Ll}{0,7})?$/u;
/** The rest of a place broken inside its name, then the date: `La, ngày …`, `Kỳ, ngày …`. */
const PLACE_REST = /^\p{Lu}\p{Ll}{0,7}(?: \p{Lu}\p{Ll}{0,7})?,\s?ngày(?!\p{L})/u;
/** A later piece of a broken date: `23 tháng`, `tháng 3 năm 2022`, `năm 2022`. */
const DATE_TAIL = /^(?:\d{1,2}\s?)?(?:tháng|năm)(?!\p{L})|^\d{1,2}\s+tháng(?!\p{L})/u;

/**
 * A place and date broken over up to four lines; the date keeps the first line's range and lists the
 * later lines as `pieces`. Every piece is one short cell; the joined text must parse as a place and date.
 */
export function joinSplitDate(
  lines: readonly SourceLine[], first: number, cell: Segment, visible: Visible,
): { date: PlaceDate; lastLine: number } | undefined {
  const text = cell.text.trimEnd();
  const placeSplit = PLACE_PIECE.test(text);
  if (text.length > PART_MAX_LENGTH || !(placeSplit || DATE_HEAD.test(text) || DATE_WITHOUT_YEAR.test(text))) return undefined;
  let joined = text;
  const pieces: Segment[] = [];
  for (let i = first, taken = 0; taken < 3; taken++) {
    i = nextLine(lines, i, visible);
    if (i < 0) return undefined;
    const next = soleCell(lines, i, 60);
    if (!next) return undefined;
    // Only the line right after a place's first piece may carry the place's rest; later ones are the date's.
    const shaped = placeSplit && taken === 0 ? PLACE_REST.test(next.text) : DATE_TAIL.test(next.text);
    if (!shaped) return undefined;
    // `Bộ Nội` above `Hà Nội, ngày … năm 2026`: a whole date on its own line is not a place's rest, unless
    // both pieces are one word (`Tam` / `Kỳ, ngày 19 tháng 6 năm 2007`).
    if (placeSplit && taken === 0 && (text.includes(' ') || /^\p{L}+ \p{L}/u.test(next.text)) && parsePlaceDate(next, lines[i].text)) return undefined;
    joined = `${joined} ${next.text}`;
    pieces.push(next);
    const date = parsePlaceDate({ ...cell, text: joined }, lines[first].text, true);
    if (date) return { date: { ...date, pieces }, lastLine: i };
  }
  return undefined;
}

/**
 * A piece of a place and date that could not be joined into one (`Vĩnh Long, ngày 09 tháng 4` with no
 * year after it; `Vĩnh` above `Long, ngày …`): the date is missing, but the header goes on past it, so its
 * type name below is still read (one cause, one finding).
 */
export function isBrokenDatePiece(lines: readonly SourceLine[], line: number, text: string, visible: Visible): boolean {
  if (text.length > 80) return false;
  if (DATE_HEAD.test(text) || DATE_WITHOUT_YEAR.test(text)) return true;
  if (PLACE_REST.test(text) && !/\d{4}$/u.test(text)) return true;
  if (!PLACE_PIECE.test(text)) return false;
  const next = nextLine(lines, line, visible);
  const rest = next >= 0 ? soleCell(lines, next, 60) : undefined;
  return rest !== undefined && PLACE_REST.test(rest.text);
}

/**
 * A fixed phrase of the header (the national name, the motto) broken over the same column of two
 * consecutive lines: `CỘNG HÒA XÃ` / `HỘI CHỦ NGHĨA VIỆT NAM`, or a two-column layout whose right cell
 * wraps (`UBND TỈNH X      CỘNG HÒA … VIỆT` / `BAN QUẢN LÝ …      NAM`). The cell at index `c` of its line
 * is joined with the cell at the same index of the next line, when both lines have as many cells (or with
 * a right cell standing alone on the next line).
 */
export function joinSplitPhrase(
  lines: readonly SourceLine[], line: number, cells: readonly Segment[], c: number, visible: Visible,
): { kind: 'nationalName' | 'motto'; phrase: SplitPhrase } | undefined {
  const cell = cells[c];
  if (cell.text.length > 60 || !/^[\p{Lu}Đđ]/u.test(cell.text)) return undefined;
  const next = nextLine(lines, line, visible);
  if (next < 0) return undefined;
  if (lines[next].text.length > LINE_LIMIT) return undefined;
  const nextCells = splitCells(next, lines[next].text);
  // The same index on a line of as many cells; or, for the right column, the next line's only cell when it
  // stands right of the left cell's end (the left column has nothing on that line).
  const rightAlone = nextCells.length === 1 && c > 0 && c === cells.length - 1 && nextCells[0].start >= cells[c - 1].end;
  if (nextCells.length !== cells.length && !rightAlone) return undefined;
  const rest = rightAlone ? nextCells[0] : nextCells[c];
  if (rest.text.length > 60) return undefined;
  const text = `${cell.text} ${rest.text}`;
  const joined = { ...cell, text };
  if (isNationalName(joined)) return { kind: 'nationalName', phrase: { ...joined, rest } };
  if (isMotto(joined)) return { kind: 'motto', phrase: { ...joined, rest } };
  return undefined;
}
