// Profiles: which regime a document is checked under and the options where the guides differ or a
// point is UNVERIFIED (domain.md section 0). The defaults are lenient.

import type { Regime } from '../model';

export const PROFILE_NAMES = ['auto', 'dang-hd36', 'dang-hd05', 'nd30', 'qppl'] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

export interface ProfileSettings {
  readonly name: ProfileName;
  /** The regime the profile fixes; undefined for `auto` (detected from the document). */
  readonly regime?: Exclude<Regime, 'unknown'>;
  /** Party recipient line separator: HD 36 summaries give `,`, an HD 05 summary `;` (UNVERIFIED). */
  readonly recipientSeparator: ',' | ';' | 'either';
  /** Party body end: HD 36 `./.`, HD 05 reportedly `.` (UNVERIFIED). */
  readonly bodyEnd: './.' | '.' | 'either';
  /** Tone-mark style: none by default (domain.md section 3). */
  readonly toneStyle: 'any' | 'main-vowel' | 'first-vowel';
  /** Party months 3–12 padded with a zero (`tháng 05`): legacy practice; reported leniently. */
  readonly paddedMonthSeverity: 'warning' | 'error' | 'off';
  /** The Party quy định's type code: `QĐ` and `QĐi` both occur (UNVERIFIED); HD 05 summaries give `QĐ`. */
  readonly partyRegulationCode: 'either' | 'QĐ' | 'QĐi';
}

const BASE: Omit<ProfileSettings, 'name'> = {
  recipientSeparator: 'either', bodyEnd: 'either', toneStyle: 'any', paddedMonthSeverity: 'warning',
  partyRegulationCode: 'either',
};

export const PROFILES: Readonly<Record<ProfileName, ProfileSettings>> = {
  'auto': { ...BASE, name: 'auto' },
  'dang-hd36': { ...BASE, name: 'dang-hd36', regime: 'dang', bodyEnd: './.' },
  'dang-hd05': { ...BASE, name: 'dang-hd05', regime: 'dang', bodyEnd: 'either', partyRegulationCode: 'QĐ' },
  'nd30': { ...BASE, name: 'nd30', regime: 'nd30', paddedMonthSeverity: 'error' },
  'qppl': { ...BASE, name: 'qppl', regime: 'qppl', paddedMonthSeverity: 'error' },
};

export function isProfileName(value: unknown): value is ProfileName {
  return typeof value === 'string' && (PROFILE_NAMES as readonly string[]).includes(value);
}
