// The server's view of the user's settings (`vanban.*`), read from the client per document.

import type { Connection } from 'vscode-languageserver';
import {
  isProfileName, LARGE_DOCUMENT_CHARS, mergeOptions, PROFILE_OPTIONS, type Language, type LintOptions, type ProfileName,
  type RuleSetting,
} from '../engine';

export interface Settings {
  readonly profile: ProfileName;
  readonly messagesLanguage: 'vi' | 'en';
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** Above this many characters only the quick checks run. */
  readonly largeDocumentCharacters: number;
  /** Profile options (`vanban.profileOptions`), each checked against the values it takes. */
  readonly profileOptions?: LintOptions['profileOptions'];
  /** Options from the document's nearest `.vanbanrc.json`, which win over the settings above. */
  readonly fileConfig?: LintOptions;
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
    profileOptions: readProfileOptions(value.profileOptions),
  };
}

function readProfileOptions(raw: unknown): LintOptions['profileOptions'] {
  if (!raw || typeof raw !== 'object') return undefined;
  const valid = Object.entries(raw).filter(([key, value]) => (PROFILE_OPTIONS as Record<string, readonly unknown[]>)[key]?.includes(value));
  return valid.length ? Object.fromEntries(valid) : undefined;
}

export class SettingsStore {
  private readonly cache = new Map<string, Promise<Settings>>();
  constructor(
    private readonly connection: Connection,
    private readonly canAsk: () => boolean,
    private readonly fileConfig: (uri: string, language: Language) => LintOptions = () => ({}),
  ) {}

  forDocument(uri: string): Promise<Settings> {
    let settings = this.cache.get(uri);
    if (!settings) {
      const editor = this.canAsk()
        ? this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'vanban' }).then(readSettings, () => DEFAULT_SETTINGS)
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
}

export function lintOptions(settings: Settings): LintOptions {
  const editor: LintOptions = {
    profile: settings.profile, language: settings.messagesLanguage, rules: settings.rules, profileOptions: settings.profileOptions,
    largeDocumentChars: settings.largeDocumentCharacters,
  };
  return settings.fileConfig ? mergeOptions(editor, settings.fileConfig) : editor;
}
