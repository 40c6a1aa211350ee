// Rule options: each rule declares its options (RuleMeta.options); the configuration's values are checked
// against the declarations when the configuration is read (config/schema.ts), and resolved here once per
// lint into the typed options a rule reads without checking: the declared defaults, under the profile's
// preset, under the configuration's `rules.<id>.options`.

import type { OptionDeclaration, OptionDeclarations, OptionValues, Rule } from '../rules/rule';

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
