// The word-list edit of the rules setting, free of the vscode module so a test can run it.

/** The rule whose `words` option is the word list. */
export const WORD_LIST_RULE = 'syllable-spelling';

export type RuleSetting = string | { severity?: string; options?: Record<string, unknown> };

/** The rules setting with `word` added to the spelling rule's word list (a severity string becomes an object). */
export function withWord(rules: Readonly<Record<string, RuleSetting>> | undefined, word: string): Record<string, RuleSetting> {
  const current = rules?.[WORD_LIST_RULE];
  const setting = typeof current === 'string' ? { severity: current } : { ...(current ?? {}) };
  const words = Array.isArray(setting.options?.words) ? (setting.options!.words as unknown[]).filter((w): w is string => typeof w === 'string') : [];
  if (!words.includes(word)) words.push(word);
  return { ...(rules ?? {}), [WORD_LIST_RULE]: { ...setting, options: { ...(setting.options ?? {}), words } } };
}

/** The `vanban` settings with `words` (the word-list setting) added to the spelling rule's `words` option. */
export function mergeWords(settings: Record<string, unknown>): Record<string, unknown> {
  const words = Array.isArray(settings.words) ? settings.words.filter((w): w is string => typeof w === 'string' && w.length > 0) : [];
  if (words.length === 0) return settings;
  let rules = settings.rules && typeof settings.rules === 'object' ? settings.rules as Record<string, RuleSetting> : undefined;
  for (const word of words) rules = withWord(rules, word);
  return { ...settings, rules };
}
