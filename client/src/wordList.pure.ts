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
