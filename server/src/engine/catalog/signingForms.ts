// Signing-authority forms (quyền hạn ký) per regime. Sources: domain.md A10 (HD 36 point 1.7) and B8
// (NĐ 30 Phụ lục I, II.7).

export interface SigningForm {
  /** As printed, upper case: 'T/M', 'KT.'. */
  readonly prefix: string;
  readonly regime: 'dang' | 'nd30';
  /** What it stands for, in Vietnamese. */
  readonly meaning: string;
  /** The other regime's equivalent, for a fix suggestion. */
  readonly counterpart?: string;
}

export const SIGNING_FORMS: readonly SigningForm[] = [
  { prefix: 'T/M', regime: 'dang', meaning: 'thay mặt', counterpart: 'TM.' },
  { prefix: 'K/T', regime: 'dang', meaning: 'ký thay', counterpart: 'KT.' },
  { prefix: 'T/L', regime: 'dang', meaning: 'thừa lệnh', counterpart: 'TL.' },
  { prefix: 'TM.', regime: 'nd30', meaning: 'thay mặt', counterpart: 'T/M' },
  { prefix: 'KT.', regime: 'nd30', meaning: 'ký thay', counterpart: 'K/T' },
  { prefix: 'TL.', regime: 'nd30', meaning: 'thừa lệnh', counterpart: 'T/L' },
  { prefix: 'TUQ.', regime: 'nd30', meaning: 'thừa ủy quyền' },
  { prefix: 'Q.', regime: 'nd30', meaning: 'quyền' },
];

/**
 * An authority prefix at the start of an upper-case line, in the spellings people type: `T/M`, `TM.`,
 * `TM ` (dot forgotten), `K/T`, `KT.`, `TL.`, `TUQ.`, `T/U`, `Q.`. Without a dot or slash the prefix
 * must be followed by a space, so that words such as `TMA` are not taken for one. Typed otherwise (`KT:`,
 * `Kt.`, `T/M.` with the other regime's dot), it is still the signing form, malformed: signature-authority
 * reports it, never a missing signature.
 */
const AUTHORITY_PREFIX = /^(?:(T\/M|K\/T|T\/L|T\/U|TUQ\.|TM\.|KT\.|TL\.|Q\.)\s*|(TUQ|TM|KT|TL)\s+|((?:TUQ|TM|KT|TL)[:;,]|(?:T\/M|K\/T|T\/L)[.:]|(?:Tuq|Tm|Kt|Tl)\.)\s*)(?=\p{Lu})/u;

export interface AuthorityMatch {
  /** The prefix as typed, without trailing spaces. */
  readonly prefix: string;
  /** Length of the prefix and the spaces after it. */
  readonly length: number;
  readonly form: SigningForm | undefined;
}

export function matchAuthority(text: string): AuthorityMatch | undefined {
  const match = AUTHORITY_PREFIX.exec(text);
  if (!match) return undefined;
  const prefix = match[1] ?? match[2] ?? match[3];
  return { prefix, length: match[0].length, form: signingFormOf(prefix) };
}

/** The canonical form for a typed prefix (`TM` → `TM.`), or undefined for an unknown one (`T/U`). */
export function signingFormOf(typedPrefix: string): SigningForm | undefined {
  const exact = SIGNING_FORMS.find((form) => form.prefix === typedPrefix);
  if (exact) return exact;
  const withDot = SIGNING_FORMS.find((form) => form.prefix === `${typedPrefix}.`);
  if (withDot) return withDot;
  // `KT:`, `Kt.`: the form with its dot mistyped or in ordinary case; `T/M.`: a slashed form given a dot.
  const bare = typedPrefix.toUpperCase().replace(/[.:;,]$/u, '');
  return SIGNING_FORMS.find((form) => form.prefix === `${bare}.`) ?? SIGNING_FORMS.find((form) => form.prefix === bare && bare.includes('/'));
}
