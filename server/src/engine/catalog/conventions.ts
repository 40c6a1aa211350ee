// The fixed phrases of each regime, written once: the titles and motto, the grounds openers, the recipients
// block (label, separators, `Như trên`, archive line), and the family a regime belongs to. Rules, parser,
// edits, completion and render read them from here, so a phrase is spelled in one source file.
// Sources: domain.md A1–A2, A9 (HD 36 points 1.1, 1.9) and B1, B9 (NĐ 30 Phụ lục I, II.1, II.9).
// Document types and their codes live in documentTypes.ts, the signing forms in signingForms.ts.

/** The regulatory regime a document is written under (the model's `regime`). It is declared here, under the
 *  model, because the catalogue's records name it and the model names the catalogue's records. */
export type Regime = 'dang' | 'nd30' | 'qppl' | 'unknown';

/** The two families of conventions: the Party's (HD 36) and the state's (NĐ 30, which qppl follows). */
export type Family = 'dang' | 'nd30';

/** The family whose conventions `regime` follows: an unknown regime is read as a state document. */
export function familyOf(regime: Regime): Family {
  return regime === 'dang' ? 'dang' : 'nd30';
}

// Titles

/** The Party title (HD 36 point 1.1). */
export const PARTY_TITLE = 'ĐẢNG CỘNG SẢN VIỆT NAM';
/** The national name (NĐ 30 II.1), in the new tone style. */
export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
/** The national name in either tone style (`HÒA` / `HOÀ`), both accepted as written. */
export const NATIONAL_NAMES: readonly string[] = [NATIONAL_NAME, NATIONAL_NAME.replace('HÒA', 'HOÀ')];
/** The motto under the national name. */
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/** The motto's three words, for recognisers tolerant of the dashes and spacing between them. */
export const MOTTO_WORDS: readonly string[] = MOTTO.split(' - ');

// A công văn's summary (trích yếu) under its number

/** How a công văn's summary opens: state `V/v` (NĐ 30 Phụ lục I, ô 5b), Party `Về việc`. */
export const LETTER_SUMMARY_OPENER: Readonly<Record<Family, string>> = { dang: 'Về việc', nd30: 'V/v' };

// Grounds (căn cứ ban hành)

/** How a state document's grounds lines open (NĐ 30 II.5), the longer phrase before its prefix. */
export const STATE_GROUNDS_OPENERS: readonly string[] = ['Căn cứ', 'Theo đề nghị', 'Xét đề nghị', 'Xét'];
/** How a Party document's grounds lines open (HD 36): the state's and `Thực hiện`. */
export const PARTY_GROUNDS_OPENERS: readonly string[] = ['Căn cứ', 'Thực hiện', 'Theo đề nghị', 'Xét đề nghị', 'Xét'];

/** The openers' leading words (`Theo` of `Theo đề nghị`): a line so opening is grounds-like, never a header part. */
export const GROUNDS_LEADS: readonly string[] = [...new Set(PARTY_GROUNDS_OPENERS.map((opener) => opener.replace(/ đề nghị$/u, '')))];

/** The openers as one alternation for a pattern (plain words: nothing to escape). */
export function alternation(phrases: readonly string[]): string {
  return phrases.join('|');
}

// Recipients (Nơi nhận)

/** The recipients block's label. */
export const RECIPIENTS_LABEL = 'Nơi nhận:';
/** The first recipient when the document has a `Kính gửi:` part. */
export const AS_ABOVE = 'Như trên';
/** The addressee label whose presence asks for `Như trên`. */
export const ADDRESSEE_LABEL = 'Kính gửi:';

export interface RecipientsConvention {
  /** What ends each recipient line but the last. */
  readonly separator: string;
  /** The archive line as a snippet whose placeholder `${n:…}` is the keeping unit. */
  readonly archive: (tabStop: number) => string;
  /** The archive line as a message quotes it. */
  readonly archiveExample: string;
  /** The start of the archive line that marks the regime (`- Lưu: VT` for the state). */
  readonly archiveMark: string;
}

export const RECIPIENTS: Readonly<Record<Family, RecipientsConvention>> = {
  dang: { separator: ',', archive: (n) => `- Lưu \${${n}:Văn phòng}.`, archiveExample: '- Lưu VP.', archiveMark: '- Lưu' },
  nd30: { separator: ';', archive: (n) => `- Lưu: VT, \${${n}:…}.`, archiveExample: '- Lưu: VT, …', archiveMark: '- Lưu: VT' },
};

/**
 * The start of the archive line, with its list dash or without it (`- Lưu: VT`, `Lưu: VT`): a drafter who
 * drops the dash still means the archive line, and the rules name the dash, not a missing line.
 */
export const ARCHIVE_START = /^(?:[-–•]\s*)?Lưu\b/u;

/** The recipients block as snippet lines: the label, one recipient (`first`, a snippet) and the archive line. */
export function recipientsTemplate(family: Family, first: string): string[] {
  const convention = RECIPIENTS[family];
  return [RECIPIENTS_LABEL, `- ${first}${convention.separator}`, convention.archive(2)];
}

/** The Vietnamese alphabet used for điểm: a) b) c) d) đ) e) g) h) i) k) l) m) n) o) p) q) r) s) t) u) v) x) y). */
export const POINT_LETTERS: readonly string[] = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];
