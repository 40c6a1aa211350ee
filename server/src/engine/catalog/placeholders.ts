// The template text of the project's skeletons (scripts/snippets.ts writes the snippets and the "new
// document" skeletons from these) and the usual blanks a drafter leaves for a value: text that must not
// reach an issued document. placeholder-left finds them.

/** The skeletons' placeholders: each stands where the drafter writes the document's own value. */
export const SKELETON_PLACEHOLDERS = {
  /** The parent body's name, over the issuer (NĐ 30 ô 2). */
  parentBody: 'TÊN CƠ QUAN CHỦ QUẢN',
  /** The issuer's name. */
  issuer: 'TÊN CƠ QUAN BAN HÀNH',
  /** The authority that issues a decision or a resolution, over its grounds. */
  authority: 'THẨM QUYỀN BAN HÀNH',
  /** The authority that grants a leave. */
  grantingAuthority: 'THẨM QUYỀN CẤP',
  /** A Party type code the catalogue has not verified. */
  typeCode: 'KÝHIỆU',
  /** The place of the place and date line. */
  place: 'Địa danh',
  /** The body's text. */
  content: 'Nội dung',
} as const;

/** The blank of a value in a skeleton (`Về …`, `- …;`, `Kính gửi: …`). */
export const BLANK = '…';

/** Placeholder phrases found anywhere on a line, as whole words: the skeletons' capitals and the usual `TÊN CƠ QUAN`. */
export const PLACEHOLDER_PHRASES: readonly string[] = [
  SKELETON_PLACEHOLDERS.parentBody, SKELETON_PLACEHOLDERS.issuer, 'TÊN CƠ QUAN', SKELETON_PLACEHOLDERS.authority,
  SKELETON_PLACEHOLDERS.grantingAuthority, SKELETON_PLACEHOLDERS.typeCode,
];

/**
 * The sample name (never a real one: the letter A stands for a name), as the document's own signer: a
 * guide's quoted examples sign with it on purpose.
 */
export const SAMPLE_SIGNER = 'Nguyễn Văn A';
