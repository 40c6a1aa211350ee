// Profiles: which regime a document is checked under, and a preset of rule options where the guides differ
// or a point is UNVERIFIED (domain.md section 0). A preset is data over the rules' declared options
// (RuleMeta.options), whose defaults are lenient; the user's options win over it.

import type { Regime } from '../model';

export const PROFILE_NAMES = ['auto', 'dang-hd36', 'dang-hd05', 'nd30', 'qppl'] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

/** Option values by rule id, then by option name (test/config/options.test.ts checks them against the declarations). */
export type RuleOptionsPreset = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

export interface ProfileSettings {
  readonly name: ProfileName;
  /** The regime the profile fixes; undefined for `auto` (detected from the document). */
  readonly regime?: Exclude<Regime, 'unknown'>;
  /** The profile's values for rule options, over the rules' defaults. */
  readonly preset: RuleOptionsPreset;
}

export const PROFILES: Readonly<Record<ProfileName, ProfileSettings>> = {
  'auto': { name: 'auto', preset: {} },
  // HD 36 templates end the body with ./. (HD 05 reportedly with .: UNVERIFIED, so left lenient there).
  'dang-hd36': { name: 'dang-hd36', regime: 'dang', preset: { 'body-end': { end: './.' } } },
  // HD 05 summaries give QĐ for the Party quy định (domain.md A6).
  'dang-hd05': { name: 'dang-hd05', regime: 'dang', preset: { 'type-code': { partyRegulationCode: 'QĐ' } } },
  'nd30': { name: 'nd30', regime: 'nd30', preset: {} },
  'qppl': { name: 'qppl', regime: 'qppl', preset: {} },
};

export function isProfileName(value: unknown): value is ProfileName {
  return typeof value === 'string' && (PROFILE_NAMES as readonly string[]).includes(value);
}
