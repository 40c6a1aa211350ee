// One parse per document version, shared by every feature (diagnostics, code actions, and later
// symbols, folding, hover, completion, preview).

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parse, type DocumentModel } from '../engine';

export class ModelCache {
  private readonly entries = new Map<string, { version: number; model: DocumentModel }>();

  get(document: TextDocument): DocumentModel {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version) return cached.model;
    const model = parse(document.getText());
    this.entries.set(document.uri, { version: document.version, model });
    return model;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
