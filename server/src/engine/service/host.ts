// What the language service needs from whoever runs it (the language server, a test): what the client
// can show, the clock, and the recipients of other drafts. Nothing here reads a file or a connection.

/** What the editor declared it can do (LSP client capabilities, read once by the server). */
export interface ClientCapabilities {
  /** Snippet text edits in workspace edits (LSP 3.18 `snippetEditSupport`). */
  readonly snippetEdits: boolean;
  /** Completion items may carry snippets. */
  readonly completionSnippets: boolean;
  /** Hover contents may be Markdown. */
  readonly hoverMarkdown: boolean;
  /** Document symbols may be a tree (else a flat list with container names). */
  readonly hierarchicalSymbols: boolean;
}

import type { Regime } from '../model';

export interface LanguageServiceHost {
  /** Read at each call: the server learns them at initialisation, after creating the service. */
  readonly client: ClientCapabilities;
  /** Today, for dates (the caller's clock keeps the engine pure). */
  now(): Date;
  /** Recipients other drafts of the regime's family use (open ones and the workspace's), most used first. */
  recipients?(excludeUri: string, regime?: Regime): Promise<readonly string[]>;
}

export const PLAIN_CLIENT: ClientCapabilities = { snippetEdits: false, completionSnippets: false, hoverMarkdown: false, hierarchicalSymbols: false };
