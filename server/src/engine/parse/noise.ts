// Lines that are not the document's: what a portal, a signing system or a PDF extraction adds around it.
// The reader skips them (and records them in the model) so the header is found after them and no list or
// signature is broken by them.

import type { NoiseKind, NoiseLine, SourceLine } from '../model';
import { isUpperText, makeSegment } from '../text/source';
import { matchAuthority } from '../catalog/signingForms';
import { PART_MAX_LENGTH } from './classify';
import { alternation, NATIONAL_NAMES, PARTY_TITLE } from '../catalog/conventions';

/** An e-signature stamp: `Ký bởi: Văn phòng Chính phủ`, `Ngày ký: 12.02.2026 08:30:15 +07:00`. */
const STAMP = /^(?:(?:Ký bởi|Ký số bởi|Được ký bởi|Ngày ký|Thời gian ký|Signed by|Signing time)\s*:|Signature Not Verified|(?:Ký|Được ký|Ký số) bởi\s)/iu;
/** The stamp's other lines, noise only right under a stamp line (elsewhere they may be a form's fields). */
const STAMP_MORE = /^(?:Email|E-mail|Cơ quan|Chức vụ|Người ký|Thời gian|Reason|Location|Date)\s*:/iu;

/** Portal and e-copy lines: `Cơ quan phát hành: VĂN PHÒNG CHÍNH PHỦ`, `Ngày ban hành: …`, `Tình trạng: …`. */
const PORTAL = /^(?:Cơ quan (?:phát hành|ban hành)|Ngày (?:ban hành|hiệu lực|có hiệu lực|đăng công báo|hết hiệu lực|bị bãi bỏ(?:, thay thế)?)|Loại văn bản|Số hiệu(?: văn bản)?|Lĩnh vực|Tình trạng(?: hiệu lực)?|Thời gian duy trì hiệu lực|Ngôn ngữ|Định dạng văn bản(?: hiện có)?|Nguồn thu thập|Người ký|Thuộc tính|Tải về|Văn bản gốc|Xem văn bản)\s*:/iu;

/** A running page header of an official gazette or a printed copy: `CÔNG BÁO/Số 123 + 124/Ngày …`. */
const RUNNING_HEADER = /^(?:CÔNG BÁO\s*\/|CONG BAO\s*\/|VĂN BẢN HỢP NHẤT\s*$|Trang \d{1,4}(?:\s*\/\s*\d{1,4})?$|Page \d{1,4}(?: of \d{1,4})?$)/iu;

/** A page number alone on its line (`12`, `- 12 -`, `12/40`). */
const PAGE_NUMBER = /^(?:[-–]\s*)?\d{1,4}(?:\s*[-–])?$|^\d{1,4}\s*\/\s*\d{1,4}$/u;


/** What kind of noise a trimmed line is, wherever it stands; undefined for the document's own text. */
export function noiseKind(text: string): NoiseKind | undefined {
  if (text.length > PART_MAX_LENGTH) return undefined;
  const first = text.charCodeAt(0);
  // Every pattern opens with a letter or a digit or a dash: other lines are passed over at once.
  if (first < 45) return undefined;
  if (STAMP.test(text)) return 'stamp';
  if (PORTAL.test(text)) return 'portal';
  if (RUNNING_HEADER.test(text)) return 'running-header';
  return undefined;
}

/** A page number alone on its line (only noise where a page can break: the caller decides). */
export function isPageNumber(text: string): boolean {
  return text.length <= 11 && PAGE_NUMBER.test(text);
}

/** The first two letters of the stamp, portal and running-header lines, as char-code pairs (no allocation). */
const OPENINGS = new Set(
  ['Ký', 'ký', 'KÝ', 'Đư', 'Ng', 'ng', 'NG', 'Th', 'TH', 'Si', 'SI', 'Em', 'EM', 'E-', 'Cơ', 'CƠ', 'Ch', 'CH', 'Lo', 'LO', 'Số', 'SỐ',
    'Lĩ', 'LĨ', 'Tì', 'TÌ', 'Tả', 'Vă', 'VĂ', 'Xe', 'CÔ', 'CO', 'Tr', 'TR', 'Pa', 'PA', 'Đị', 'ĐỊ']
    .map((pair) => pair.charCodeAt(0) * 0x10000 + pair.charCodeAt(1)),
);
/** The noise patterns' openings, one anchored test before the full patterns. */
const GATE = /^\s*(?:Ký|ký|Được|Ngày|ngày|Thời|Signed|Signing|Signature|Email|E-mail|Cơ quan|Chức vụ|Người ký|Loại văn|Số hiệu|Lĩnh vực|Tình trạng|Định dạng|Ngôn ngữ|Nguồn|Thuộc tính|Tải về|Văn bản gốc|Xem văn|CÔNG BÁO|CONG BAO|VĂN BẢN HỢP|Trang|Page)/iu;

/** How far from the top a bulleted portal line is looked for. */
const PORTAL_LIST_LINES = 60;
/** The opening words of the Party title and the national name (also split over lines): the document has begun. */
const opening = (phrase: string, words: number) => phrase.split(' ').slice(0, words).join(' ');
const TITLE_WORDS = new RegExp(alternation([opening(PARTY_TITLE, 3), ...NATIONAL_NAMES.map((name) => opening(name, 2))]), 'u');

/** `•`, `●`, `▪`, `◦`: bullets a web page's list puts before its items. */
function isBullet(code: number): boolean {
  return code === 0x2022 || code === 0x25cf || code === 0x25aa || code === 0x25e6;
}

/** The longest line taken for noise. */
const NOISE_MAX_LENGTH = 140;
/** Stamp lines and the lines under one stay noise for this many lines. */
const STAMP_SPAN = 4;

export interface NoiseMap {
  readonly noise: NoiseLine[];
  /** Per line: 0 text, 1 noise everywhere, 2 a page number (noise after the header only). */
  readonly kind: Uint8Array;
}

/**
 * Which lines are noise, decided once per document (one pass, one cheap test per line). Page numbers are
 * kept apart: in the header a lone number may be a wrapped number line, so only later passes skip them.
 */
export function findNoise(lines: readonly SourceLine[], filled: Uint8Array): NoiseMap {
  const noise: NoiseLine[] = [];
  const kind = new Uint8Array(lines.length);
  let lastStamp = -STAMP_SPAN - 1;
  let unordered = false;
  let portalList = true;
  for (let i = 0; i < lines.length; i++) {
    if (!filled[i]) continue;
    const raw = lines[i].text;
    if (portalList && (i >= PORTAL_LIST_LINES || TITLE_WORDS.test(raw))) portalList = false;
    // Stamps, portal lines, page headers and numbers are short lines.
    if (raw.length > NOISE_MAX_LENGTH) continue;
    // One look at the first character before anything is allocated: noise opens with a capital of a
    // few letters, a digit or a dash (the stamp's own lines under a stamp are looked at whatever they open with).
    let k = 0;
    while (k < raw.length && (raw.charCodeAt(k) === 32 || raw.charCodeAt(k) === 9)) k++;
    // A portal's metadata list is bulleted (`  • Loại văn bản: Quyết định`) and stands above the document:
    // read past a typographic bullet (not `-` or `+`, the document's own items) above the title or national
    // name and in the first lines only, so a bulleted item of the body is never taken for the portal's.
    if (portalList && isBullet(raw.charCodeAt(k))) {
      k++;
      while (k < raw.length && (raw.charCodeAt(k) === 32 || raw.charCodeAt(k) === 9)) k++;
    }
    const first = raw.charCodeAt(k);
    const digitOrDash = (first >= 48 && first <= 57) || first === 45 || first === 0x2013;
    const underStamp = i - lastStamp <= STAMP_SPAN;
    if (!digitOrDash && !underStamp && (!OPENINGS.has(first * 0x10000 + raw.charCodeAt(k + 1)) || !GATE.test(raw.slice(k)))) continue;
    const text = raw.slice(k).trim();
    if (digitOrDash && SIGNING_TIME.test(text)) {
      // An e-office stamp without labels: the signing unit in capitals, its e-mail, the signing time.
      markStampAbove(lines, filled, i, kind, noise);
      kind[i] = 1;
      noise.push({ ...makeSegment(i, raw), kind: 'stamp' });
      lastStamp = i;
      unordered = true;
      continue;
    }
    let found: NoiseKind | undefined = noiseKind(text);
    if (found === 'stamp') lastStamp = i;
    else if (!found && i - lastStamp <= STAMP_SPAN && STAMP_MORE.test(text)) found = 'stamp';
    if (found) {
      kind[i] = 1;
      noise.push({ ...makeSegment(i, raw), kind: found });
    } else if (isPageNumber(text)) {
      kind[i] = 2;
      noise.push({ ...makeSegment(i, raw), kind: 'page-number' });
    }
  }
  if (unordered) noise.sort((x, y) => x.line - y.line);
  return { noise, kind };
}

/**
 * A signing time as an e-office system stamps it, alone on its line, with its time zone: `09.02.2026
 * 14:25:31 +07:00`, `2026-05-28 17:24:51 +07:00`, or the time alone under its date. The time zone is what
 * no document line carries.
 */
const SIGNING_TIME = /^(?:\d{1,4}[-./]\d{1,2}[-./]\d{1,4}[ T]{1,3})?\d{1,2}:\d{2}(?::\d{2})?[ ]?(?:[+-]\d{2}:?\d{2}|GMT[+-]\d{1,2}(?::\d{2})?)$/u;
/** The signing date alone on its line, above the time. */
const SIGNING_DATE = /^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}$/u;
/** An e-mail address alone on its line (the stamp's), maybe labelled. */
const STAMP_EMAIL = /^(?:E-?mail\s?:\s?)?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$/iu;
/** How many capitals lines above the stamp's e-mail name the signing unit. */
const STAMP_UNIT_LINES = 3;

/**
 * The lines of a stamp above its signing time: its date, its e-mail right above (no blank line between), and above
 * that the signing unit's name, up to three short capitals lines; only when the e-mail is there, so a
 * header's own capitals lines above a lone time are never taken.
 */
function markStampAbove(lines: readonly SourceLine[], filled: Uint8Array, time: number, kind: Uint8Array, noise: NoiseLine[]): void {
  // The time under its date (`2026-02-10` / `15:02:07 +07:00`): the date is the stamp's too.
  const dated = time > 0 && filled[time - 1] === 1 && SIGNING_DATE.test(lines[time - 1].text.trim());
  if (dated) {
    kind[time - 1] = 1;
    noise.push({ ...makeSegment(time - 1, lines[time - 1].text), kind: 'stamp' });
  }
  const email = dated ? time - 2 : time - 1;
  if (email < 0 || !filled[email] || kind[email] === 1 || !STAMP_EMAIL.test(lines[email].text.trim())) return;
  kind[email] = 1;
  noise.push({ ...makeSegment(email, lines[email].text), kind: 'stamp' });
  let top = email;
  while (top - 1 >= 0 && email - (top - 1) <= STAMP_UNIT_LINES && isUnitLine(lines[top - 1].text.trim()) && filled[top - 1] && kind[top - 1] !== 1) top--;
  // The unit's lines stand as a block of their own (the text's top, a blank line or noise above them): under
  // a signature's title (`PHÓ CHỦ TỊCH` right above), the capitals may be the signature's, and stay text.
  if (top === email || top > 0 && filled[top - 1] && kind[top - 1] !== 1) return;
  for (let i = top; i < email; i++) {
    kind[i] = 1;
    noise.push({ ...makeSegment(i, lines[i].text), kind: 'stamp' });
  }
}

/** A line of a signing unit's name in a stamp: short capitals, no figure, no signing authority. */
function isUnitLine(text: string): boolean {
  return text.length <= 80 && isUpperText(text) && !/\d/u.test(text) && !matchAuthority(text);
}
