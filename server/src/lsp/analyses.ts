// One analysis per document version and settings, shared by every handler (diagnostics, code actions,
// completion, hover, outline, folding, preview, export, status). An entry lives while its document is
// open: closing the document frees it. A new version is parsed incrementally: the lines the edit left
// unchanged keep what the previous version's parse learnt of them (engine/parse/memo.ts).

import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentModel, LintOptions } from '../engine';
import { parseIncremental } from '../engine/parse/parse';
import type { LineMemo } from '../engine/parse/memo';
import { analyseModel, type Analysis } from '../engine/service';
import type { Settings } from './settings';

interface Entry {
  readonly version: number;
  readonly model: DocumentModel;
  /** What the parse learnt per line text, for the next version's parse. */
  readonly memo: LineMemo;
  /** The settings the analysis was made with (one object per document until they change). */
  settings?: Settings;
  analysis?: Analysis;
}

export class AnalysisStore {
  private readonly entries = new Map<string, Entry>();

  /** The parsed model of the document's current version (parsed once per version). */
  model(document: TextDocument): DocumentModel {
    return this.entry(document).model;
  }

  /** The analysis of the document's current version under `settings`. */
  get(document: TextDocument, settings: Settings, options: (settings: Settings) => LintOptions): Analysis {
    const entry = this.entry(document);
    if (!entry.analysis || entry.settings !== settings) {
      entry.settings = settings;
      entry.analysis = analyseModel(entry.model, options(settings), { uri: document.uri, version: document.version });
    }
    return entry.analysis;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  private entry(document: TextDocument): Entry {
    let entry = this.entries.get(document.uri);
    if (!entry || entry.version !== document.version) {
      const { model, memo } = parseIncremental(document.getText(), entry?.memo);
      entry = { version: document.version, model, memo };
      this.entries.set(document.uri, entry);
    }
    return entry;
  }
}
