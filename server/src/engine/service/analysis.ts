// One analysis per document version: the model, the profile and regime in force, the findings and what
// the status item shows, computed once and read by every feature (diagnostics, code actions, fix-all,
// completion, hover, outline, preview, export, status). The renderer draws with this regime, so the
// page and the rules never disagree about what document it is.

import type { Language } from '../l10n/localize';
import { lintModel, type Diagnostic, type LintOptions } from '../lint';
import type { DocumentModel, Regime } from '../model';
import type { LineMemo } from '../parse/memo';
import { LintShared } from '../rules/support/shared';
import { parse } from '../parse/parse';
import type { ProfileName } from '../profiles/profiles';
import type { WordDocument } from '../docx/model';

/** The document an analysis belongs to, as the editor names it. */
export interface DocumentRef {
  readonly uri: string;
  readonly version: number;
}

/** What the status item shows: the regime the rules apply, the profile in force, the type. */
export interface DocumentInfo {
  readonly regime: Regime;
  /** The profile in force: the inline directive's, else the configuration's. */
  readonly profile: string;
  /** The type name as printed (`KẾT LUẬN`), or the công văn. */
  readonly documentType?: string;
}

export interface Analysis {
  readonly document: DocumentRef;
  readonly model: DocumentModel;
  readonly profile: ProfileName;
  /** The regime the rules checked (the profile's, else the one detected); the renderer uses it too. */
  readonly regime: Regime;
  readonly findings: readonly Diagnostic[];
  readonly documentInfo: DocumentInfo;
  /** The options the findings were computed with: fix-all's later passes re-lint with them. */
  readonly options: LintOptions;
  /** The language of the messages, and so of every title and label the service writes. */
  readonly language: Language;
  /** The Word file the text was read from (its formatting findings, each line's paragraph). */
  readonly word?: WordDocument;
  /** What the rules found per text: the next version's lint reuses it for unchanged lines. */
  readonly shared?: LintShared;
}

const NO_DOCUMENT: DocumentRef = { uri: '', version: 0 };

/**
 * Analyses a parsed model (the server parses each version once). `incremental`, while the document is
 * edited (or about to be): the rules keep what they found per line for the next version, and reuse what
 * they found on the unchanged lines of `previous` (`memo`, the model's parse memo, pairs the lines).
 */
export function analyseModel(
  model: DocumentModel, options: LintOptions = {}, document: DocumentRef = NO_DOCUMENT,
  incremental?: { readonly previous?: Analysis; readonly memo?: LineMemo },
): Analysis {
  const memo = incremental?.memo;
  const lineBefore = memo && ((line: number) => memo.lineBefore(line));
  const result = lintModel(model, options, incremental && (incremental.previous?.shared ?? new LintShared()), lineBefore);
  return {
    document,
    model,
    profile: result.profile,
    regime: result.regime,
    findings: result.diagnostics,
    documentInfo: { regime: result.regime, profile: result.profile, documentType: model.documentType?.name },
    options,
    language: options.language ?? 'vi',
    word: options.word,
    shared: incremental ? result.shared : undefined,
  };
}

/**
 * Analyses a text once: parse, then lint (tests, one-off callers). Versions of an edited document are
 * the analysis host's (analysisHost.ts), which reads each from the one before.
 */
export function analyse(text: string, options: LintOptions = {}, document: DocumentRef = NO_DOCUMENT): Analysis {
  return analyseModel(parse(text), options, document);
}
