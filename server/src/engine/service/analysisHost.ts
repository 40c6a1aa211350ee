// The analysis host: the one owner of "one analysis per document version", for every host of the engine
// (the language server, the CLI, a web page). It is told each document's versions (`update`: a draft's
// text, or a Word file's bytes) and answers the analysis of the current version under given options
// (`analysis`). It alone decides how a version is read: in an editor, each version from the one before
// (the parse reuses what it read of the unchanged lines, the text rules what they found on them); in a
// one-off check, afresh. Either way the findings are those of a fresh analysis. Modelled on
// rust-analyzer's AnalysisHost and the markdown language service's document cache.

import { fixAll } from '../fix';
import type { LintOptions } from '../lint';
import type { DocumentModel } from '../model';
import type { LineMemo } from '../parse/memo';
import { parse, parseIncremental } from '../parse/parse';
import type { WordDocument } from '../docx/model';
import { readDocx } from '../docx/reader';
import { analyseModel, type Analysis } from './analysis';

/** A version of a document: a draft's text, or the bytes of a Word file (.docx). */
export type DocumentInput = string | Uint8Array;

export interface AnalysisHostOptions {
  /**
   * The documents are edited (an editor, the default): from its first edit a document keeps what it read
   * for the next version. False for a one-off check (the CLI), which reads each document once.
   */
  readonly editing?: boolean;
  /** While editing, above this many characters a document keeps what it read from its opening. */
  readonly incrementalFromOpen?: number;
}

/** Above this many characters a document is read incrementally from its opening (below, from its first edit). */
const INCREMENTAL_FROM_OPEN = 100_000;

interface Entry {
  readonly version: number;
  readonly text: string;
  /** The Word file the text was read from. */
  readonly word?: WordDocument;
  /** Parsed on first use: versions nobody asks about are never read. */
  model?: DocumentModel;
  /** What the parse learnt per line, for the next version's parse (kept from the first edit on). */
  memo?: LineMemo;
  /** The memo and analysis of the last version read, until this version is read from them. */
  before?: { readonly memo?: LineMemo; readonly analysis?: Analysis };
  /** The options the analysis was made with: other options (another object) make another analysis. */
  options?: LintOptions;
  analysis?: Analysis;
}

export class AnalysisHost {
  private readonly entries = new Map<string, Entry>();
  private readonly editing: boolean;
  private readonly incrementalFromOpen: number;

  constructor(options: AnalysisHostOptions = {}) {
    this.editing = options.editing ?? true;
    this.incrementalFromOpen = options.incrementalFromOpen ?? INCREMENTAL_FROM_OPEN;
  }

  /**
   * The document's version `version` is `input`. The same version again is ignored. Bytes are read as a
   * Word file at once: a file that is not a readable .docx throws its WordError here.
   */
  update(uri: string, version: number, input: DocumentInput): void {
    const entry = this.entries.get(uri);
    if (entry && entry.version === version) return;
    const word = typeof input === 'string' ? undefined : readDocx(input);
    const text = word ? word.text : (input as string);
    // A Word file is checked, not edited: each of its versions is read afresh.
    const before = entry && this.editing && !word && !entry.word ? { memo: entry.model ? entry.memo : entry.before?.memo, analysis: entry.analysis ?? entry.before?.analysis } : undefined;
    this.entries.set(uri, { version, text, word, before });
  }

  /** Whether the host holds a version of the document. */
  has(uri: string): boolean {
    return this.entries.has(uri);
  }

  /** The version the host holds of the document. */
  version(uri: string): number | undefined {
    return this.entries.get(uri)?.version;
  }

  /** The parsed model of the document's current version (parsed once per version). */
  model(uri: string): DocumentModel {
    return this.read(this.entry(uri));
  }

  /**
   * The analysis of the document's current version under `options`, made once per version and options
   * object: pass the same object while the options have not changed.
   */
  analysis(uri: string, options: LintOptions = {}): Analysis {
    const entry = this.entry(uri);
    if (entry.analysis && entry.options === options) return entry.analysis;
    const model = this.read(entry);
    const previous = entry.analysis ?? entry.before?.analysis;
    const lintOptions = entry.word ? { ...options, word: entry.word } : options;
    const ref = { uri, version: entry.version };
    const analysis = analyseModel(model, lintOptions, ref, entry.memo && { previous, memo: entry.memo });
    entry.options = options;
    entry.analysis = analysis;
    entry.before = undefined;
    return entry.analysis;
  }

  /**
   * Applies every safe fix to the document's current version (fix-all, `vanban fix`): the fixed text
   * becomes the next version, and its analysis under `options` is returned with it.
   */
  fixAll(uri: string, options: LintOptions = {}): { readonly text: string; readonly applied: number; readonly analysis: Analysis } {
    const entry = this.entry(uri);
    const start = this.analysis(uri, options);
    const fixed = fixAll(entry.text, start.options, start);
    // The fix's last parse is the next version's model: it is not read again.
    this.entries.set(uri, { version: entry.version + 1, text: fixed.text, model: fixed.model });
    return { text: fixed.text, applied: fixed.applied, analysis: this.analysis(uri, options) };
  }

  /**
   * The document stays open but nobody is using it: what was read of it (model, analysis, memo) is freed,
   * its text kept, and it is read again if asked about. A long document keeps what it read, so that its
   * first edit is still read from the opening (`incrementalFromOpen`).
   */
  release(uri: string): void {
    const entry = this.entries.get(uri);
    if (!entry || entry.text.length > this.incrementalFromOpen) return;
    entry.model = undefined;
    entry.memo = undefined;
    entry.before = undefined;
    entry.options = undefined;
    entry.analysis = undefined;
  }

  /** Forgets the document (closed, or checked): what was kept for it is freed. */
  remove(uri: string): void {
    this.entries.delete(uri);
  }

  private entry(uri: string): Entry {
    const entry = this.entries.get(uri);
    if (!entry) throw new Error(`vanban: no version of ${uri} was given to the analysis host`);
    return entry;
  }

  private read(entry: Entry): DocumentModel {
    if (entry.model) return entry.model;
    const previousMemo = entry.before?.memo;
    if (previousMemo || (entry.before && this.editing)) {
      // An edit: read from the version before (its memo, if it kept one, else from scratch, keeping one now).
      const { model, memo } = parseIncremental(entry.text, previousMemo);
      entry.model = model;
      entry.memo = memo;
    } else if (this.editing && !entry.word && entry.text.length > this.incrementalFromOpen) {
      // A long document keeps what it read from the start, so its first edit is already incremental.
      const { model, memo } = parseIncremental(entry.text);
      entry.model = model;
      entry.memo = memo;
    } else {
      // A document just opened or checked once: a plain parse (most open documents are read, not edited).
      entry.model = parse(entry.text);
    }
    return entry.model;
  }
}
