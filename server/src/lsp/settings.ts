// The server's view of the user's settings (`vanban.*`), read from the client per document.

import type { Connection } from 'vscode-languageserver';
import {
  isProfileName, LARGE_DOCUMENT_CHARS, localize, mergeOptions, msg, type Language, type LintOptions, type Message, type ProfileName,
  type RuleSetting,
} from '../engine';
import { checkValue, own, toData, withoutIssues } from '../engine/config/schema';

export interface Settings {
  readonly profile: ProfileName;
  readonly messagesLanguage: 'vi' | 'en';
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** Above this many characters only the quick checks run. */
  readonly largeDocumentCharacters: number;
  /** Deprecated profile options (`vanban.profileOptions`, now rule options), each checked against the values it takes. */
  readonly profileOptions?: LintOptions['profileOptions'];
  /** Options from the document's nearest `.vanbanrc.json`, which win over the settings above. */
  readonly fileConfig?: LintOptions;
}

export const DEFAULT_SETTINGS: Settings = { profile: 'auto', messagesLanguage: 'vi', rules: {}, largeDocumentCharacters: LARGE_DOCUMENT_CHARS };

/**
 * Validates whatever the client sent against the same schema as `.vanbanrc.json` (engine/config/schema.ts):
 * a wrong value is left out, so its default stands, and reported; nothing a setting holds can stop linting.
 */
export function checkSettings(raw: unknown): { settings: Settings; problems: Message[] } {
  const copied = toData(raw ?? {});
  if ('refused' in copied) return { settings: DEFAULT_SETTINGS, problems: [copied.refused] };
  const data = copied.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { settings: DEFAULT_SETTINGS, problems: [] };
  const issues = checkValue(data, 'settings');
  const value = withoutIssues(data, issues);
  const profile = own(value, 'profile');
  const language = own(value, 'messagesLanguage');
  const rules = own(value, 'rules');
  const profileOptions = own(value, 'profileOptions');
  const large = own(value, 'largeDocumentCharacters');
  const settings: Settings = {
    profile: isProfileName(profile) ? profile : DEFAULT_SETTINGS.profile,
    messagesLanguage: language === 'en' ? 'en' : 'vi',
    rules: rules && typeof rules === 'object' ? (rules as Record<string, RuleSetting>) : {},
    largeDocumentCharacters: typeof large === 'number' ? large : LARGE_DOCUMENT_CHARS,
    profileOptions: profileOptions && typeof profileOptions === 'object' && Object.keys(profileOptions).length
      ? (profileOptions as LintOptions['profileOptions']) : undefined,
  };
  return { settings, problems: issues.map((issue) => msg('Setting vanban.{0} is ignored: {1}', issue.path.join('.'), issue.message)) };
}

export function readSettings(raw: unknown): Settings {
  return checkSettings(raw).settings;
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
      settings = editor.then((read) => ({ ...read, fileConfig: this.fileConfig(uri, read.messagesLanguage) }));
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
    profile: settings.profile, language: settings.messagesLanguage, rules: settings.rules, profileOptions: settings.profileOptions,
    largeDocumentChars: settings.largeDocumentCharacters, whileTyping: true,
  };
  return settings.fileConfig ? mergeOptions(editor, settings.fileConfig) : editor;
}
