// What the editor needs to find and show a rule's page, without VS Code (tested in plain mocha): where the
// page is in the extension for a language, the link the Problems panel opens, the description a page
// states, and matching typed text without its marks ("cong van" finds "Công văn").

export const OPEN_RULE_PAGE_COMMAND = 'vanban.openRulePage';

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isRuleId(value: unknown): value is string {
  return typeof value === 'string' && RULE_ID.test(value);
}

/** The page's path inside the extension: Vietnamese `docs/rules/<id>.md`, English `docs/rules/en/<id>.md`. */
export function rulePageSegments(id: string, language: string): string[] {
  return language === 'en' ? ['docs', 'rules', 'en', `${id}.md`] : ['docs', 'rules', `${id}.md`];
}

/**
 * The link a diagnostic's code carries in VS Code: a `command:` URI running our own command, which the
 * Problems panel and the hover open (they open code links with commands allowed), so the page opens in
 * the editor from the extension's files, with no network and no "open external website?" prompt.
 */
export function ruleLink(id: string): string {
  return `command:${OPEN_RULE_PAGE_COMMAND}?${encodeURIComponent(JSON.stringify([id]))}`;
}

/** The rule a page address names (`…/docs/rules/<id>.md`, the server's `codeDescription.href`). */
export function ruleOfPageAddress(address: string): string | undefined {
  // The quick fix carries the diagnostic's code link back from the server: in VS Code, our own command link.
  const command = `command:${OPEN_RULE_PAGE_COMMAND}?`;
  if (address.startsWith(command)) {
    try {
      const [id] = JSON.parse(decodeURIComponent(address.slice(command.length))) as unknown[];
      return isRuleId(id) ? id : undefined;
    } catch {
      return undefined;
    }
  }
  const id = /\/docs\/rules\/(?:en\/)?([a-z0-9-]+)\.md$/.exec(address)?.[1];
  return isRuleId(id) ? id : undefined;
}

/** The one-line description a page states under its title (`> …`, generated from the rule's metadata). */
export function pageDescription(page: string): string | undefined {
  return /^> (.+)$/m.exec(page)?.[1]?.trim();
}

/** Text without its Vietnamese marks, lower case: what a user types when typing without marks. */
export function withoutMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** Every word typed occurs in one of the texts, marks ignored on both sides ("cong van" finds "Công văn"). */
export function matchesWithoutMarks(query: string, ...texts: (string | undefined)[]): boolean {
  const words = withoutMarks(query).split(/\s+/).filter(Boolean);
  const haystack = withoutMarks(texts.filter(Boolean).join(' '));
  return words.every((word) => haystack.includes(word));
}
