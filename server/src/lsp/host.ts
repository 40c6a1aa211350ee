// What the server needs from its platform, injected by each entry point: the Node entry can read the
// workspace's files, the web worker cannot. The setup itself uses no platform API.

import type { Regime } from '../engine/model';
import type { Connection } from 'vscode-languageserver';
import type { Language, LintOptions } from '../engine';

/** Recipients used in other drafts of the workspace, most used first. */
export interface RecipientSource {
  list(excludeUri?: string, regime?: Regime): Promise<string[]>;
}

/** The options of the `.vanbanrc.json` that applies to a document. */
export interface ConfigSource {
  /** `language`: the editor's message language, for the problems published on the config file. */
  optionsFor(uri: string, language?: Language): LintOptions;
  /** A config file was created, changed or deleted: read afresh. */
  invalidate(): void;
  /** The document at `uri` closed: forget which config file applies to it. */
  forget?(uri: string): void;
}

export interface ServerHost {
  /** A source of workspace recipients over the given workspace folder URIs. */
  readonly workspaceRecipients?: (folders: () => readonly string[]) => RecipientSource;
  /** Configuration files, where the host can read them. */
  readonly configFiles?: (connection: Connection) => ConfigSource;
}

export const NO_RECIPIENTS: RecipientSource = { list: async () => [] };
export const NO_CONFIG_FILES: ConfigSource = { optionsFor: () => ({}), invalidate: () => undefined };
