// The server's view of the user's settings (`vanban.*`), read from the client per document.

import type { Connection } from 'vscode-languageserver';
import {
  checkSettingsData, isProfileName, withWords, LARGE_DOCUMENT_CHARS, localize, mergeOptions, type Language, type LintOptions, type Message,
  type ProfileName, type RuleSetting,
} from '../engine';

export interface Settings {
  readonly profile: ProfileName;
  readonly messagesLanguage: 'vi' | 'en';
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** Above this many characters only the quick checks run. */
  readonly largeDocumentCharacters: number;
  /** The word list (`vanban.words`): names and terms the spelling rule takes as written. */
  readonly words: readonly string[];
  /** Options from the document's nearest `.vanbanrc.json`, which win over the settings above. */
  readonly fileConfig?: LintOptions;
}

export const DEFAULT_SETTINGS: Settings = { profile: 'auto', messagesLanguage: 'vi', rules: {}, largeDocumentCharacters: LARGE_DOCUMENT_CHARS, words: [] };

/**
 * Checks whatever the client sent as `.vanbanrc.json` is checked (engine/config): a wrong value is left
 * out, so its default stands, and reported; nothing a setting holds can stop linting.
 */
export function checkSettings(raw: unknown): { settings: Settings; problems: Message[] } {
  const { data, problems } = checkSettingsData(raw);
  if (!data) return { settings: DEFAULT_SETTINGS, problems };
  const own = (key: string) => (Object.hasOwn(data, key) ? data[key] : undefined);
  const profile = own('profile');
  const rules = own('rules');
  const large = own('largeDocumentCharacters');
  const words = own('words');
  const settings: Settings = {
    profile: isProfileName(profile) ? profile : DEFAULT_SETTINGS.profile,
    messagesLanguage: own('messagesLanguage') === 'en' ? 'en' : 'vi',
    rules: rules && typeof rules === 'object' ? (rules as Record<string, RuleSetting>) : {},
    largeDocumentCharacters: typeof large === 'number' ? large : LARGE_DOCUMENT_CHARS,
    // A wrong item was reported and left a hole; an empty word names nothing.
    words: Array.isArray(words) ? words.filter((word): word is string => typeof word === 'string' && word.length > 0) : [],
  };
  return { settings, problems };
}

export class SettingsStore {
  private readonly cache = new Map<string, Promise<Settings>>();
  /** Settings problems already shown: each is reported once, not once per document. */
  private readonly reported = new Set<string>();
  constructor(
    private readonly connection: Connection,
    private readonly canAsk: () => boolean,
    private readonly fileConfig: (uri: string, language: Language) => LintOptions = () => ({}),
  ) {}

  forDocument(uri: string): Promise<Settings> {
    let settings = this.cache.get(uri);
    if (!settings) {
      const editor = this.canAsk()
        ? this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'vanban' }).then((raw) => this.check(raw), () => DEFAULT_SETTINGS)
        : Promise.resolve(DEFAULT_SETTINGS);
      // An answer that arrives after the document closed reads no config file for it: that would keep
      // per-document state (the config lookup) for a document that is gone.
      const pending: Promise<Settings> = editor.then((read) => (this.cache.get(uri) === pending ? { ...read, fileConfig: this.fileConfig(uri, read.messagesLanguage) } : read));
      settings = pending;
      this.cache.set(uri, settings);
    }
    return settings;
  }

  /** The document closed: its settings are read afresh if it opens again. */
  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }

  private check(raw: unknown): Settings {
    const { settings, problems } = checkSettings(raw);
    for (const problem of problems) {
      const text = localize(settings.messagesLanguage, problem);
      if (this.reported.has(text)) continue;
      this.reported.add(text);
      void this.connection.window.showWarningMessage(text);
    }
    return settings;
  }
}

export function lintOptions(settings: Settings): LintOptions {
  const editor: LintOptions = {
    profile: settings.profile, language: settings.messagesLanguage, rules: withWords(settings.rules, settings.words),
    largeDocumentChars: settings.largeDocumentCharacters, whileTyping: true,
  };
  return settings.fileConfig ? mergeOptions(editor, settings.fileConfig) : editor;
}
