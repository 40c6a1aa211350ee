// The server's view of the user's settings (`vanban.*`), read from the client per document.

import type { Connection } from 'vscode-languageserver';
import { isProfileName, LARGE_DOCUMENT_CHARS, type LintOptions, type ProfileName, type RuleSetting } from '../engine';

export interface Settings {
  readonly profile: ProfileName;
  readonly messagesLanguage: 'vi' | 'en';
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** Above this many characters only the quick checks run. */
  readonly largeDocumentCharacters: number;
}

export const DEFAULT_SETTINGS: Settings = { profile: 'auto', messagesLanguage: 'vi', rules: {}, largeDocumentCharacters: LARGE_DOCUMENT_CHARS };

/** Validates whatever the client sent; anything malformed falls back to the default. */
export function readSettings(raw: unknown): Settings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  return {
    profile: isProfileName(value.profile) ? value.profile : DEFAULT_SETTINGS.profile,
    messagesLanguage: value.messagesLanguage === 'en' ? 'en' : 'vi',
    rules: value.rules && typeof value.rules === 'object' ? (value.rules as Record<string, RuleSetting>) : {},
    largeDocumentCharacters: typeof value.largeDocumentCharacters === 'number' && value.largeDocumentCharacters > 0
      ? value.largeDocumentCharacters : LARGE_DOCUMENT_CHARS,
  };
}

export class SettingsStore {
  private readonly cache = new Map<string, Promise<Settings>>();
  constructor(private readonly connection: Connection, private readonly canAsk: () => boolean) {}

  forDocument(uri: string): Promise<Settings> {
    if (!this.canAsk()) return Promise.resolve(DEFAULT_SETTINGS);
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'vanban' })
        .then(readSettings, () => DEFAULT_SETTINGS);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  clear(): void {
    this.cache.clear();
  }
}

export function lintOptions(settings: Settings): LintOptions {
  return {
    profile: settings.profile, language: settings.messagesLanguage, rules: settings.rules,
    largeDocumentChars: settings.largeDocumentCharacters,
  };
}
