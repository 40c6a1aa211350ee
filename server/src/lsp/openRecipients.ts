// The recipients of the open drafts, for the completion of another draft's Nơi nhận: noted from each
// version's model when it is analysed, so a draft whose analysis was let go (documentUse.ts) lends them
// without being read again, and a completion does not read every open draft.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { recipientTexts, sameFamily, type DocumentModel, type Regime } from '../engine';

interface Noted {
  readonly version: number;
  readonly regime: Regime;
  readonly texts: readonly string[];
}

export class OpenRecipients {
  private readonly noted = new Map<string, Noted>();

  /** What the document's version `version` lends: its regime and its recipients. */
  note(uri: string, version: number, model: DocumentModel): Noted {
    const noted = { version, regime: model.regime, texts: recipientTexts(model) };
    this.noted.set(uri, noted);
    return noted;
  }

  /**
   * The recipients of the open drafts other than `uri` whose regime is of the family of `regime`, in order;
   * `modelOf` reads a version not noted yet (typed past since its diagnostics).
   */
  list(documents: readonly TextDocument[], modelOf: (document: TextDocument) => DocumentModel, uri: string, regime: Regime | undefined): string[] {
    return documents.filter((document) => document.uri !== uri).flatMap((document) => {
      const kept = this.noted.get(document.uri);
      const noted = kept?.version === document.version ? kept : this.note(document.uri, document.version, modelOf(document));
      return sameFamily(noted.regime, regime) ? noted.texts : [];
    });
  }

  /** The document closed. */
  forget(uri: string): void {
    this.noted.delete(uri);
  }
}
