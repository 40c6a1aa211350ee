// Rule options: each rule declares its options (RuleMeta.options); the configuration's values are checked
// against the declarations when the configuration is read (through the JSON schema generated from them,
// config/schema.ts), and resolved here once per lint into the typed options a rule reads without checking:
// the declared defaults, under the profile's preset, under the legacy `profileOptions`, under the
// configuration's `rules.<id>.options`.

import type { OptionDeclaration, OptionDeclarations, OptionValues, Rule } from '../rules/rule';
import { RULES } from '../rules';

type Values = Readonly<Record<string, unknown>>;
type Resolved = OptionValues<OptionDeclarations>;

const NONE: Resolved = Object.freeze({});

/**
 * The options of one rule, resolved. A value that does not fit its declaration (a library caller's options,
 * which no configuration check saw) is passed over silently, as the configuration check would have
 * reported it; options the rule does not declare are dropped.
 */
export function resolveRuleOptions(rule: Rule, layers: readonly (Values | undefined)[]): Resolved {
  const declared = rule.options;
  if (!declared) return NONE;
  const resolved: Record<string, OptionValues<OptionDeclarations>[string]> = {};
  for (const name of Object.keys(declared)) {
    const declaration = declared[name];
    let value = declaration.default;
    for (const layer of layers) {
      const given = layer && Object.hasOwn(layer, name) ? layer[name] : undefined;
      const fitted = given === undefined ? undefined : fit(declaration, given);
      if (fitted !== undefined) value = fitted;
    }
    resolved[name] = value;
  }
  return resolved;
}

/** The value as its declaration admits it, or undefined. A word list keeps its strings (a hole left by a wrong item is dropped). */
export function fit(declaration: OptionDeclaration, value: unknown): string | readonly string[] | undefined {
  switch (declaration.type) {
    case 'enum':
      return typeof value === 'string' && declaration.values.includes(value) ? value : undefined;
    case 'string[]':
      return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined;
  }
}

/**
 * The profile options of earlier versions (`profileOptions` in `.vanbanrc.json` and `vanban.profileOptions`),
 * each now a rule's option; still read, so existing configurations keep working. `values` maps an old value
 * to the option's where they differ.
 */
export const LEGACY_PROFILE_OPTIONS = {
  recipientSeparator: { rule: 'recipients-format', option: 'partySeparator' },
  bodyEnd: { rule: 'body-end', option: 'end' },
  toneStyle: { rule: 'tone-consistency', option: 'style' },
  paddedMonthSeverity: { rule: 'date-format', option: 'partyPaddedMonth', values: { warning: 'lenient', error: 'strict', off: 'accept' } },
  partyRegulationCode: { rule: 'type-code', option: 'partyRegulationCode' },
} as const satisfies Record<string, { rule: string; option: string; values?: Record<string, string> }>;

export type LegacyProfileOption = keyof typeof LEGACY_PROFILE_OPTIONS;
export type LegacyProfileOptions = { readonly [K in LegacyProfileOption]?: string };

/** Each legacy profile option and the values it takes (the target option's, through the old names). */
export const PROFILE_OPTIONS: Readonly<Record<LegacyProfileOption, readonly string[]>> = Object.fromEntries(
  Object.entries(LEGACY_PROFILE_OPTIONS).map(([key, target]) => {
    const declaration = ruleById(target.rule).options?.[target.option];
    if (declaration?.type !== 'enum') throw new Error(`profileOptions.${key}: ${target.rule} declares no option ${target.option} with values`);
    const values = 'values' in target ? Object.keys(target.values) : declaration.values;
    return [key, values];
  }),
) as Record<LegacyProfileOption, readonly string[]>;

/** Legacy profile options as rule options, by rule id (values that are not the old option's are left out). */
export function legacyAsRuleOptions(profileOptions: LegacyProfileOptions | undefined): Record<string, Record<string, unknown>> {
  const byRule: Record<string, Record<string, unknown>> = {};
  if (!profileOptions) return byRule;
  for (const key of Object.keys(LEGACY_PROFILE_OPTIONS) as LegacyProfileOption[]) {
    const value = Object.hasOwn(profileOptions, key) ? profileOptions[key] : undefined;
    if (typeof value !== 'string' || !PROFILE_OPTIONS[key].includes(value)) continue;
    const target = LEGACY_PROFILE_OPTIONS[key];
    const mapped = 'values' in target ? (target.values as Record<string, string>)[value] : value;
    (byRule[target.rule] ??= {})[target.option] = mapped;
  }
  return byRule;
}

function ruleById(id: string): Rule {
  const rule = RULES.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
}
