// What the fix's steps share: the public types of its result, a part being edited, and the context each
// step (fonts, page set-up, the document's parts) reads and records its changes in; with two small measures.

import type { Diagnostic, LintOptions } from '../lint';
import type { DocxLintResult } from '../lintDocx';
import type { DocumentModel, Regime } from '../model';
import type { WordDocument } from '../docx/model';
import type { ZipLimits } from '../docx/zip';
import type { Message } from '../l10n/localize';
import type { FigureRange } from '../catalog/formatting';
import type { MainLayout } from './layout';
import type { PropertyEdits } from './propertyEdits';
import type { ElementSpan } from './xmlText';

export interface FormattingChange {
  /** The zip entry edited (`word/document.xml`, `word/styles.xml`, `word/header1.xml`). */
  readonly part: string;
  /** 1-based paragraph of the document (as `vanban lint` numbers them), when the change is a paragraph's. */
  readonly paragraph?: number;
  readonly property: Message;
  readonly from: string;
  readonly to: string;
  /** safe: applied by default; guarded (a legacy-font conversion, a part added), applied only when asked. */
  readonly safety: 'safe' | 'guarded';
  readonly applied: boolean;
  /** The option of `vanban fix` that applies a guarded change (`--legacy-fonts` when not said). */
  readonly flag?: string;
  /** The rule whose findings the change puts right, when the property alone does not say (selection.ts). */
  readonly rule?: string;
}

export interface LeftFinding {
  readonly diagnostic: Diagnostic;
  readonly reason: Message;
}

export interface DocxFixResult {
  /** The fixed file; undefined when nothing was changed. */
  readonly bytes?: Uint8Array;
  readonly changes: readonly FormattingChange[];
  /** Formatting findings of the result, each with why it was left. */
  readonly left: readonly LeftFinding[];
  /** What the fix could not do as a whole (no header read: page-level fixes only; a part not followed). */
  readonly notes: readonly Message[];
  readonly before: DocxLintResult;
  readonly after?: DocxLintResult;
}

export interface DocxFixOptions extends LintOptions {
  /** Apply the guarded class too: runs in .VnTime/VNI fonts converted to Unicode with the font. */
  readonly legacyFonts?: boolean;
  /** Add a header with a centred page number (from page 2) to a document longer than a page that has none (guarded). */
  readonly addPageNumber?: boolean;
  readonly limits?: ZipLimits;
  /** Only these findings' fixes (the quick fix of one finding, or all of one rule); none: the whole file. */
  readonly only?: readonly FixSelector[];
}

export const TWIPS_PER_MM = 1440 / 25.4;
export const twips = (mm: number) => Math.round(mm * TWIPS_PER_MM);

export interface Part {
  readonly name: string;
  readonly text: string;
  readonly root: ElementSpan;
  readonly edits: PropertyEdits;
}

/** A change as a step states it: safe unless it says guarded; applied as the options say, unless it says. */
export type ChangeRequest = Omit<FormattingChange, 'safety' | 'applied'> & { safety?: 'safe' | 'guarded'; applied?: boolean };

/** What every step of the fix reads (the file as read before, its main part's layout) and records into. */
export interface FixContext {
  readonly options: DocxFixOptions;
  readonly word: WordDocument;
  readonly model: DocumentModel;
  readonly regime: Regime;
  readonly layout: MainLayout;
  /** The main part's paragraphs match the reader's one to one. */
  readonly mapped: boolean;
  readonly main: Part;
  readonly styles: Part | undefined;
  /** The parts that hold text: the main part, headers, footers, footnotes, endnotes, comments. */
  readonly contentParts: readonly string[];
  readonly notes: Message[];
  /** A part by its zip entry name, scanned once (undefined when absent or not well-formed). */
  readonly part: (name: string | undefined) => Part | undefined;
  /** The target part of one of the main part's relationships. */
  readonly target: (id: string | undefined) => string | undefined;
  /** The targets of the main part's relationships of a type (`styles`, `header`). */
  readonly byType: (type: string) => string[];
  readonly change: (c: ChangeRequest) => void;
  /** Parts the fix adds to the package (a header holding the page number), by entry name, with their text. */
  readonly added: Map<string, string>;
  /** Values that are words (on, off, centred) in the message language. */
  readonly say: (message: Message) => string;
  readonly onOff: (value: boolean) => string;
  readonly alignName: (align: string) => string;
}

export function clamp(value: number, range: FigureRange): number {
  return Math.min(range.max, Math.max(range.min, value));
}

/** A finding to fix: its rule and the line of the extracted text it is reported at; no line: all of the rule. */
export interface FixSelector {
  readonly rule: string;
  readonly line?: number;
}
