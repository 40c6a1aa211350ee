// One analysis per document version and settings, shared by every handler (diagnostics, code actions,
// completion, hover, outline, folding, preview, export, status). An entry lives while its document is
// open: closing the document frees it. While a document is edited, each version is analysed from the one
// before: the parse reuses what it read of the unchanged lines (engine/parse/memo.ts) and the text rules
// what they found on them (LintShared); the results are those of a fresh analysis.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentModel, LintOptions } from '../engine';
import type { LineMemo } from '../engine/parse/memo';
import { parse, parseIncremental } from '../engine/parse/parse';
import { analyseModel, type Analysis } from '../engine/service';
import type { Settings } from './settings';

/** Above this many characters a document is read incrementally from its opening (below, from its first edit). */
const INCREMENTAL_FROM_OPEN = 100_000;

interface Entry {
  readonly version: number;
  readonly model: DocumentModel;
  /** What the parse learnt per line, for the next version's parse (from the first edit on). */
  readonly memo?: LineMemo;
  /** The analysis of the version before, until this version's analysis is made. */
  previous?: Analysis;
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
      const ref = { uri: document.uri, version: document.version };
      const previous = entry.previous ?? entry.analysis;
      entry.analysis = analyseModel(entry.model, options(settings), ref, entry.memo && { previous, memo: entry.memo });
      entry.previous = undefined;
    }
    return entry.analysis;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  private entry(document: TextDocument): Entry {
    let entry = this.entries.get(document.uri);
    if (!entry || entry.version !== document.version) {
      const text = document.getText();
      if (!entry && text.length <= INCREMENTAL_FROM_OPEN) {
        // A document just opened: a plain parse (most open documents are read, not edited).
        entry = { version: document.version, model: parse(text) };
      } else if (!entry) {
        // A long document keeps what it read from the start, so its first edit is already incremental.
        const { model, memo } = parseIncremental(text);
        entry = { version: document.version, model, memo };
      } else {
        const { model, memo } = parseIncremental(text, entry.memo);
        entry = { version: document.version, model, memo, previous: entry.analysis ?? entry.previous };
      }
      this.entries.set(document.uri, entry);
    }
    return entry;
  }
}
