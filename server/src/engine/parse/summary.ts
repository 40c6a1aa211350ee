// The summary (trích yếu) under the type name, with the `-----` rule under a Party summary; and Kính gửi
// with its items, right after the header. Each reads from a cursor and says where it stopped.

import type { AddresseeItem, Addressees, Segment } from '../model';
import { matchAuthority } from '../catalog/signingForms';
import { alternation, PARTY_GROUNDS_OPENERS } from '../catalog/conventions';
import { isUpperText } from '../text/source';
import { isAddresseesLabel, isRule } from './classify';
import { parseHeading } from './headings';
import type { ReaderView } from './view';

/** A line opening with a grounds opener: the body begins, the summary has ended. */
// Not `\b`: it knows only ASCII letters, so it never matched after `Căn cứ` or `Theo đề nghị`.
const GROUNDS_OPENER = new RegExp(`^(?:${alternation(PARTY_GROUNDS_OPENERS)})(?![\\p{L}\\d])`, 'u');

export function readSummary(view: ReaderView, from: number, begun = false): { summary: Segment[]; rule?: Segment; next: number } {
  const { lines } = view;
  const visible = view.visibility();
  const summary: Segment[] = [];
  let rule: Segment | undefined;
  let i = from;
  // Skip blank lines between the type name and the summary (as the seed has); not after a title begun
  // on the type name's line, which a blank line ends.
  while (!begun && i < lines.length && !visible(i) && i - from < 3) i++;
  for (; i < lines.length && summary.length < 8; i++) {
    if (!visible(i)) break;
    const segment = view.segment(i);
    if (isRule(segment.text)) break;
    if (summary.length > 0 && (isUpperText(segment.text) && !isUpperText(summary[summary.length - 1].text))) break;
    // "Thực hiện …" opens the body, unless the rule under the summary follows it (then it is the summary).
    const ruleNext = /^-{3,}/u.test(lines[i + 1]?.text.trim() ?? '');
    if (GROUNDS_OPENER.test(segment.text) && !(summary.length === 0 && ruleNext && /^Thực hiện/u.test(segment.text))
      || parseHeading(segment) || isAddresseesLabel(segment.text)) break;
    if (summary.length === 0 && matchAuthority(segment.text)) break;
    // A sentence (ends with a full stop or a colon, or runs long) is the body, not a summary.
    // A first line that opens like a summary (`Về …`) and ends with a stray full stop is still the summary
    // (summary-format reports the stop).
    const summaryLike = summary.length === 0 && /^(Về|về)\s/u.test(segment.text) && /[^.]\.$/u.test(segment.text) && segment.text.length <= 200;
    if (!summaryLike && /[.:;]$/.test(segment.text) && !/\.\.\.$|…$/.test(segment.text) || segment.text.length > 300) break;
    summary.push(segment);
  }
  // The `-----` rule under the summary (after at most one blank line).
  let j = i;
  while (j < lines.length && !visible(j) && j - i < 2) j++;
  if (j < lines.length && visible(j)) {
    const segment = view.segment(j);
    if (isRule(segment.text)) { rule = segment; i = j + 1; }
    else if (/^-{3,}\S/.test(segment.text)) {
      // A rule glued to the next line ("-----Căn cứ..."): take the dashes as the rule.
      const dashes = /^-+/.exec(segment.text)![0];
      rule = { line: j, start: segment.start, end: segment.start + dashes.length, text: dashes };
    }
  }
  return { summary, rule, next: i };
}

/** Kính gửi right after the header (công văn, tờ trình): the label and its `- ` items. */
export function readAddressees(view: ReaderView, labelLine: number): { addressees: Addressees; next: number } {
  const { lines } = view;
  const visible = view.visibility();
  const label = view.segment(labelLine);
  const items: { segment: Segment; continuation: Segment[] }[] = [];
  let i = labelLine + 1;
  for (; i < lines.length; i++) {
    if (!visible(i)) break;
    const segment = view.segment(i);
    if (/^[-–+•]\s*\S/u.test(segment.text) && segment.text.length <= 200) { items.push({ segment, continuation: [] }); continue; }
    const last = items[items.length - 1];
    if (last && last.continuation.length < 3 && wrapsOnto(last.continuation[last.continuation.length - 1] ?? last.segment, segment)) {
      last.continuation.push(segment);
      continue;
    }
    break;
  }
  const addressees: Addressees = { label, items: items.map((item): AddresseeItem => ({ ...item.segment, continuation: item.continuation })) };
  return { addressees, next: i };
}

/**
 * Whether `line` carries on the addressee ended by `piece` (`- Chủ các công trình phải tổ chức quan trắc khí
 * tượng` / `thuỷ văn chuyên dùng …;`): the piece has no end mark of an item (`;` or `.`), and the line opens in
 * lower case, or is a short line opening with a name (`- Các Sở: Xây dựng,` / `Công Thương;`, `… Ban Chỉ huy`
 * / `Bộ đội Biên phòng tỉnh;`). A line that opens the body (`Thực hiện …`, `Căn cứ …`, a heading) never does.
 */
function wrapsOnto(piece: Segment, line: Segment): boolean {
  if (/[.;:]$/u.test(piece.text) || line.text.length > 120 || GROUNDS_OPENER.test(line.text) || parseHeading(line)) return false;
  if (/^\p{Ll}/u.test(line.text)) return true;
  return /[\p{L}\d,)]$/u.test(piece.text) && /^\p{Lu}/u.test(line.text) && line.text.length <= 60 && !isUpperText(line.text);
}
