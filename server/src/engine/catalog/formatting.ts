// The regulations' formatting figures of the parts (model/parts.ts names them), per regime, with where each was read (docs/domain.md
// A3, A14 for HD 36-HD/VPTW; B2, B3 for NĐ 30/2020/NĐ-CP Phụ lục I). `verified: false` marks a figure
// the digest has only from third-party transcriptions: the rules report those at information level.

import { msg, type Message, type MessageArg } from '../l10n/localize';
import type { Regime } from '../model';
import type { PartId } from '../model/parts';

/** Allowed values, min to max (not a text range). */
export interface FigureRange {
  readonly min: number;
  readonly max: number;
}

export interface PartFigure {
  /** Point sizes allowed. */
  readonly size?: FigureRange;
  /** true: must be bold; false: must not be bold; undefined: not regulated. */
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly source: string;
  readonly verified: boolean;
}

const ND30 = 'NĐ 30/2020/NĐ-CP, Phụ lục I';
const HD36 = 'HD 36-HD/VPTW, Phụ lục 2';
const HD36_THIRD = 'HD 36-HD/VPTW, Phụ lục 2 (third-party transcription, UNVERIFIED)';

const r = (min: number, max = min): FigureRange => ({ min, max });

export const PART_FIGURES: Partial<Record<Regime, Partial<Record<PartId, PartFigure>>>> = {
  nd30: {
    'national-name': { size: r(12, 13), bold: true, italic: false, source: `${ND30}, Mục II ô 1`, verified: true },
    motto: { size: r(13, 14), bold: true, italic: false, source: `${ND30}, Mục II ô 1`, verified: true },
    'superior-body': { size: r(12, 13), italic: false, source: `${ND30}, Mục II ô 2`, verified: true },
    issuer: { size: r(12, 13), bold: true, italic: false, source: `${ND30}, Mục II ô 2`, verified: true },
    number: { size: r(13), italic: false, source: `${ND30}, Mục II ô 3`, verified: true },
    'place-date': { size: r(13, 14), italic: true, source: `${ND30}, Mục II ô 4`, verified: true },
    'type-name': { size: r(13, 14), bold: true, italic: false, source: `${ND30}, Mục II ô 5a`, verified: true },
    summary: { size: r(13, 14), bold: true, italic: false, source: `${ND30}, Mục II ô 5a`, verified: true },
    'letter-summary': { size: r(12, 13), italic: false, source: `${ND30}, Mục II ô 5b`, verified: true },
    addressee: { size: r(13, 14), italic: false, source: `${ND30}, Mục II ô 9a`, verified: true },
    // The grounds' size is the body's (checked there); their emphasis is their own.
    grounds: { italic: true, source: `${ND30}, Phần I, Mục II.6 (căn cứ ban hành)`, verified: true },
    body: { size: r(13, 14), source: `${ND30}, Mục II ô 6; Mục I (II.6.e)`, verified: true },
    'recipients-label': { size: r(12), bold: true, italic: true, source: `${ND30}, Mục II ô 9b`, verified: true },
    recipient: { size: r(11), italic: false, source: `${ND30}, Mục II ô 9b`, verified: true },
    'signing-authority': { size: r(13, 14), bold: true, italic: false, source: `${ND30}, Mục II ô 7a`, verified: true },
    'signer-title': { size: r(13, 14), bold: true, italic: false, source: `${ND30}, Mục II ô 7a`, verified: true },
    'signer-name': { size: r(13, 14), bold: true, italic: false, source: `${ND30}, Mục II ô 7b`, verified: true },
  },
  dang: {
    'party-title': { size: r(15), bold: true, italic: false, source: `${HD36}, mục 1`, verified: true },
    'superior-body': { size: r(14), bold: false, italic: false, source: `${HD36}, mục 2a`, verified: true },
    issuer: { size: r(14), bold: true, italic: false, source: `${HD36}, mục 2b`, verified: true },
    number: { size: r(14), italic: false, source: `${HD36}, mục 3`, verified: true },
    'place-date': { size: r(14), italic: true, source: `${HD36}, mục 4`, verified: true },
    'type-name': { size: r(15, 16), bold: true, italic: false, source: `${HD36}, mục 5a`, verified: true },
    summary: { size: r(14, 15), bold: true, italic: false, source: `${HD36}, mục 5a`, verified: true },
    'letter-summary': { size: r(12), italic: true, source: `${HD36}, mục 5b`, verified: true },
    body: { size: r(14, 15), source: `${HD36}, mục 6`, verified: true },
    // Upright, as the primary examples (the openings of QĐ 66 and 399) print them (domain.md A9).
    grounds: { italic: false, source: `${HD36}, mục 6`, verified: true },
    addressee: { size: r(14), italic: true, source: `${HD36_THIRD}, mục 9a`, verified: false },
    'recipients-label': { size: r(14), source: `${HD36_THIRD}, mục 9b`, verified: false },
    recipient: { size: r(12), italic: false, source: `${HD36_THIRD}, mục 9b`, verified: false },
    'signing-authority': { size: r(14), bold: true, italic: false, source: `${HD36_THIRD}, mục 7a`, verified: false },
    'signer-title': { size: r(14), bold: false, italic: false, source: `${HD36_THIRD}, mục 7b`, verified: false },
    'signer-name': { size: r(14), bold: true, italic: false, source: `${HD36_THIRD}, mục 7c`, verified: false },
  },
};

/**
 * How each part is aligned (NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II: the header's parts, the type name and
 * summary, the V/v summary and the signature centred; Nơi nhận and its lines flush left). `left` accepts a
 * justified paragraph too: a short line justified prints flush left.
 */
export const PART_ALIGNMENT: Partial<Record<Regime, Partial<Record<PartId, { readonly align: 'center' | 'left'; readonly source: string }>>>> = {
  nd30: {
    'national-name': { align: 'center', source: `${ND30}, Mục II ô 1` },
    motto: { align: 'center', source: `${ND30}, Mục II ô 1` },
    'superior-body': { align: 'center', source: `${ND30}, Mục II ô 2` },
    issuer: { align: 'center', source: `${ND30}, Mục II ô 2` },
    number: { align: 'center', source: `${ND30}, Mục II ô 3` },
    'type-name': { align: 'center', source: `${ND30}, Mục II ô 5a` },
    summary: { align: 'center', source: `${ND30}, Mục II ô 5a` },
    'letter-summary': { align: 'center', source: `${ND30}, Mục II ô 5b` },
    'signing-authority': { align: 'center', source: `${ND30}, Mục II ô 7a` },
    'signer-title': { align: 'center', source: `${ND30}, Mục II ô 7a` },
    'signer-name': { align: 'center', source: `${ND30}, Mục II ô 7b` },
    'recipients-label': { align: 'left', source: `${ND30}, Mục II ô 9b` },
    recipient: { align: 'left', source: `${ND30}, Mục II ô 9b` },
  },
};

export interface PageFigures {
  readonly width: number;
  readonly height: number;
  readonly margins: { readonly top: FigureRange; readonly bottom: FigureRange; readonly left: FigureRange; readonly right: FigureRange };
  readonly marginSource: string;
  readonly marginsVerified: boolean;
  readonly pageNumberSize: FigureRange;
  readonly pageNumberSource: string;
  readonly pageNumberVerified: boolean;
}

/**
 * More text than one A4 page holds at the regulated sizes (about 70 characters a line and 48 lines at 13 pt
 * within the regulated margins, before the header and signature take their share): a document this long
 * runs over one page for certain, so its pages must be numbered. Shorter ones may be one page: not reported.
 */
export const MORE_THAN_ONE_PAGE = 4000;

/** A4 in mm; a measured page within half a millimetre is A4 (Word stores 11906 × 16838 or 11907 × 16840 twips). */
export const A4 = { width: 210, height: 297, tolerance: 0.5 } as const;

/** Margins are compared within this many mm (twips rounding: 1134 twips = 20.0025 mm). */
export const MM_TOLERANCE = 0.1;

export const PAGE_FIGURES: Partial<Record<Regime, PageFigures>> = {
  nd30: {
    width: 210, height: 297,
    margins: { top: r(20, 25), bottom: r(20, 25), left: r(30, 35), right: r(15, 20) },
    marginSource: `${ND30}, Phần I Mục I`, marginsVerified: true,
    pageNumberSize: r(13, 14), pageNumberSource: `${ND30}, Phần I Mục I`, pageNumberVerified: true,
  },
  dang: {
    width: 210, height: 297,
    margins: { top: r(20), bottom: r(20), left: r(30), right: r(15) },
    marginSource: 'HD 36-HD/VPTW (third-party transcriptions, UNVERIFIED)', marginsVerified: false,
    pageNumberSize: r(14), pageNumberSource: 'HD 36-HD/VPTW (third-party transcriptions, UNVERIFIED)', pageNumberVerified: false,
  },
};

export interface BodyFigures {
  readonly firstLine: FigureRange;
  readonly spaceBetween: number;
  /** Line spacing in lines (1 = single). */
  readonly lineSpacing: FigureRange;
  readonly source: string;
}

/** NĐ 30 II.6.e; HD 36 gives no body paragraph figures in the digest, so these rules are NĐ 30 only. */
export const BODY_FIGURES: Partial<Record<Regime, BodyFigures>> = {
  nd30: { firstLine: r(10, 12.7), spaceBetween: 6, lineSpacing: r(1, 1.5), source: `${ND30}, Phần I Mục II.6.e` },
};

/**
 * The V/v summary of a công văn stands 6 pt below the number and symbol (NĐ 30 Phụ lục I, Phần I, Mục II.5.b:
 * “cách dòng 6pt với số và ký hiệu văn bản”; domain.md B3 ô 5b). HD 36 sets no such gap in the digest.
 */
export const LETTER_SUMMARY_GAP: Partial<Record<Regime, { readonly points: number; readonly source: string }>> = {
  nd30: { points: 6, source: `${ND30}, Phần I Mục II.5.b` },
};

/** The lines of the body's divisions and of an appendix that stand centred on their own (names in one place). */
export type HeadingLine = 'division-label' | 'division-title' | 'appendix-label' | 'appendix-title' | 'appendix-reference';

export interface HeadingFigure {
  readonly size: FigureRange;
  readonly bold?: boolean;
  readonly italic: boolean;
  readonly source: string;
}

/**
 * NĐ 30 Phụ lục I, Phần I: Mục II.6.đ (`Phần`, `Chương`, `Mục`, `Tiểu mục` with their number on a line of
 * their own, centred, 13–14, upright, bold; their title under it, centred, 13–14, bold) and Mục III.1.b–c
 * (`Phụ lục` and its number on a line of its own, centred, 14, upright, bold; its title centred, 13–14,
 * bold; the reference `(Kèm theo …)` centred under the title, 13–14, italic); domain.md B3, B7.
 */
export const HEADING_FIGURES: Partial<Record<Regime, Record<HeadingLine, HeadingFigure>>> = {
  nd30: {
    'division-label': { size: r(13, 14), bold: true, italic: false, source: `${ND30}, Phần I Mục II.6.đ` },
    'division-title': { size: r(13, 14), bold: true, italic: false, source: `${ND30}, Phần I Mục II.6.đ` },
    'appendix-label': { size: r(14), bold: true, italic: false, source: `${ND30}, Phần I Mục III.1.b` },
    'appendix-title': { size: r(13, 14), bold: true, italic: false, source: `${ND30}, Phần I Mục III.1.b` },
    'appendix-reference': { size: r(13, 14), italic: true, source: `${ND30}, Phần I Mục III.1.c` },
  },
};

/** The heading lines' names in messages. */
export const HEADING_LABELS: Record<HeadingLine, Message> = {
  'division-label': msg('The Phần/Chương/Mục line'),
  'division-title': msg('The title of a Phần/Chương/Mục'),
  'appendix-label': msg('The Phụ lục line'),
  'appendix-title': msg('The title of the appendix'),
  'appendix-reference': msg('The reference line of the appendix (Kèm theo …)'),
};

/** Fonts the guides name, and the metric-compatible equivalents a file may use in their place. */
export const TIMES_NEW_ROMAN = 'Times New Roman';
export const METRIC_EQUIVALENTS = ['Liberation Serif', 'Tinos', 'Nimbus Roman', 'Nimbus Roman No9 L', 'TeX Gyre Termes', 'Times'];

export function within(value: number, range: FigureRange, tolerance = 0): boolean {
  return value >= range.min - tolerance && value <= range.max + tolerance;
}

/** `20–25`, or `20` when the range is one value; decimals in the message's language (12,7 in Vietnamese). */
export function rangeText(range: FigureRange): MessageArg {
  return range.min === range.max ? decimal(range.min) : msg('{0}–{1}', decimal(range.min), decimal(range.max));
}

/** A measured value for a message, one decimal at most, with the decimal mark of the message's language. */
export function decimal(value: number): MessageArg {
  const text = format(value);
  const point = text.indexOf('.');
  return point < 0 ? text : msg('{0}.{1}', text.slice(0, point), text.slice(point + 1));
}

/** Several measured values: `10.5/12`. */
export function decimals(values: readonly number[]): MessageArg {
  return values.slice(1).reduce<MessageArg>((list, value) => msg('{0}/{1}', list, decimal(value)), decimal(values[0] ?? 0));
}

/** One decimal at most: 20, 12.7, 15.0 -> 15. */
export function format(value: number): string {
  return String(Math.round(value * 10) / 10);
}
