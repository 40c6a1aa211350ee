// The regime's title: the Party title; the state national name and motto (catalog/conventions.ts).

import { MOTTO, NATIONAL_NAMES, PARTY_TITLE } from '../catalog/conventions';
import { msg } from '../l10n/localize';
import type { Range, SourceLine, SplitPhrase } from '../model';
import { canonical, withoutMarks } from '../text/source';
import { headerAnchor, rangeOf } from '../ranges';
import { headerNotChecked } from './support/unplaced';
import { defineRule } from './rule';

export default defineRule({
  id: 'header-title',
  regimes: ['dang', 'nd30', 'qppl', 'unknown'],
  severity: 'error',
  cheap: true,
  description: 'The title of the regime is present and spelled exactly.',
  basis: {
    dang: 'HD 36-HD/VPTW, điểm 1.1; Quy định 66-QĐ/TW Điều 15 (nay là 399-QĐ/TW)',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.1',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.1',
  },
  check({ model, regime, report }) {
    // An unreadable header (nothing of it recognised): structure-unplaced says so once (rather silent than wrong).
    if (headerNotChecked(model)) return;
    const { partyTitle, nationalName, motto } = model.header;
    if (regime === 'unknown') {
      // A mass organisation's document (Đoàn, Mặt trận, Hội, Công đoàn) prints its own title: not asked for.
      // A title inside a line the reader could not place (a Markdown table row `| … | CỘNG HÒA … |`) is
      // there: nothing is asserted.
      if (!partyTitle && !nationalName && model.text.trim().length > 0 && !model.outsideRegimes && !titleInsideLine(model.lines)) {
        report({
          range: headerAnchor(model),
          message: msg('Missing the title: {0} (Party document) or {1} (state document)', PARTY_TITLE, NATIONAL_NAMES[0]),
          severity: 'warning',
          part: 'title',
        });
      }
      return;
    }
    if (regime === 'dang') {
      const misspelt = partyTitle ? undefined : misspeltTitle(model.view.lines);
      if (misspelt) {
        // `ĐÁNG CỘNG SẢN VIỆT NAM`: the title is there with a mark wrong, not missing.
        report({ range: misspelt, message: msg('The title must read exactly {0}', PARTY_TITLE) });
      } else if (!partyTitle) {
        report({ range: headerAnchor(model), message: msg('Missing the title {0}', PARTY_TITLE), part: 'title' });
      } else if (partyTitle.text !== PARTY_TITLE) {
        report({
          range: rangeOf(partyTitle),
          message: msg('The title must read exactly {0}', PARTY_TITLE),
          fix: { title: msg('Write {0}', PARTY_TITLE), safety: 'safe', edits: [{ range: rangeOf(partyTitle), newText: PARTY_TITLE }] },
        });
      }
      return;
    }
    if (!nationalName) {
      // A portal or a table cell may break the national name over two lines (`CỘNG HÒA XÃ HỘI` / `CHỦ NGHĨA
      // VIỆT NAM`): it is there, only not on one line; the reader cannot place it, so nothing is asserted.
      if (!splitNationalName(model.lines)) report({ range: headerAnchor(model), message: msg('Missing the national name {0}', NATIONAL_NAMES[0]), part: 'title' });
    } else if (!NATIONAL_NAMES.includes(nationalName.text)) {
      report({
        range: phraseRange(nationalName),
        message: msg('The national name must read exactly {0}', NATIONAL_NAMES[0]),
        // Split over two lines: its text is not one range a fix could replace.
        fix: nationalName.rest ? undefined : { title: msg('Write {0}', NATIONAL_NAMES[0]), safety: 'safe', edits: [{ range: rangeOf(nationalName), newText: NATIONAL_NAMES[0] }] },
      });
    }
    if (!motto) {
      const anchor = nationalName ? rangeOf(nationalName) : headerAnchor(model);
      report({ range: anchor, message: msg('Missing the motto {0} under the national name', MOTTO), part: 'motto' });
    } else if (motto.text !== MOTTO) {
      report({
        range: phraseRange(motto),
        message: mottoSlip(motto.text),
        fix: motto.rest ? undefined : { title: msg('Write {0}', MOTTO), safety: 'safe', edits: [{ range: rangeOf(motto), newText: MOTTO }] },
      });
    }
  },
});

/** What is wrong with a motto that is not {@link MOTTO}: its dashes (`Độc lập – Tự do`), its capitals
 *  (`Hạnh Phúc`), or its words. */
function mottoSlip(text: string) {
  // Split at the dashes rather than match the spaces around them: linear whatever the spacing.
  const dashed = text.split(/[-–—]/u).map((phrase) => phrase.trim()).join(' - ');
  if (dashed === MOTTO) return msg('The motto must read exactly {0}: hyphens with a space on each side, not en or em dashes', MOTTO);
  if (dashed.toLowerCase() === MOTTO.toLowerCase() && dashed === text) {
    return msg('The motto must read exactly {0}: a capital only at the start of each of its three phrases', MOTTO);
  }
  return msg('The motto must read exactly {0}', MOTTO);
}

/** A phrase's range: from its first line to the end of its piece on the next line when split. */
function phraseRange(phrase: SplitPhrase): Range {
  return phrase.rest ? { start: { line: phrase.line, character: phrase.start }, end: { line: phrase.rest.line, character: phrase.rest.end } } : rangeOf(phrase);
}

/** How far from the top a national name broken over two lines is looked for. */
const SPLIT_SEARCH = 20;

/** Whether two neighbouring lines near the top (blank lines between allowed) read together as the national name. */
function splitNationalName(lines: readonly SourceLine[]): boolean {
  const wanted = NATIONAL_NAMES[0];
  const texts: string[] = [];
  for (let i = 0; i < lines.length && i < SPLIT_SEARCH; i++) {
    const text = lines[i].text.length <= 80 ? canonical(lines[i].text).toUpperCase() : '';
    if (text) texts.push(text);
  }
  for (let k = 0; k + 1 < texts.length; k++) {
    if (wanted.startsWith(`${texts[k]} `) && `${texts[k]} ${texts[k + 1]}` === wanted) return true;
  }
  return false;
}

const bare = (text: string) => withoutMarks(text).toUpperCase();
const PARTY_TITLE_BARE = bare(PARTY_TITLE);

/**
 * A line near the top (the reader's view: comments masked) that is, or ends with, the Party title with its
 * marks wrong (`ĐẢNG CỘNG SÁN VIỆT NAM`, or `TỈNH ỦY LÀO CAI ĐÁNG CỘNG SẢN VIỆT NAM`: two header cells a scan
 * ran together): the title's range.
 */
function misspeltTitle(lines: readonly SourceLine[]): Range | undefined {
  for (let i = 0; i < lines.length && i < SPLIT_SEARCH; i++) {
    const raw = lines[i].text.trimEnd();
    if (raw.length > 120) continue;
    // Read in NFC (the title's form); a decomposed line is reported whole, since its columns would drift.
    const line = raw.normalize('NFC');
    const at = line.length - PARTY_TITLE.length;
    if (at < 0 || (at > 0 && !/\s/u.test(line[at - 1]))) continue;
    const title = line.slice(at);
    if (title === title.toUpperCase() && bare(title) === PARTY_TITLE_BARE) {
      return line === raw ? { start: { line: i, character: at }, end: { line: i, character: line.length } } : { start: { line: i, character: 0 }, end: { line: i, character: raw.length } };
    }
  }
  return undefined;
}

/** Whether a line near the top holds the national name or the Party title inside other text. */
function titleInsideLine(lines: readonly SourceLine[]): boolean {
  for (let i = 0; i < lines.length && i < SPLIT_SEARCH; i++) {
    const text = lines[i].text;
    if (text.length > 400 || !/[CĐ]/u.test(text)) continue;
    const upper = canonical(text).toUpperCase();
    if (NATIONAL_NAMES.some((name) => upper.includes(name)) || upper.includes(PARTY_TITLE)) return true;
  }
  return false;
}
