// Code actions from an analysis: the quick fix each finding carries, "insert the missing <part>", "fix
// all problems of this rule", "disable <rule> for this line / file", "show the rule's documentation",
// and `source.fixAll.vanban` (only safe fixes, starting from the analysis, never from a new parse).

import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic as LspDiagnostic, type WorkspaceEdit } from 'vscode-languageserver-types';
import { WORD_LIST_RULE } from '../config/config';
import { diffEdits, disableForFile, disableForLine, fixRule, insertionsFor, type PartInsertion } from '../edits';
import { fixAll } from '../fix';
import { localize, msg, type Message } from '../l10n/localize';
import type { Diagnostic, DiagnosticFix } from '../lint';
import type { TextEdit } from '../rules/rule';
import type { Analysis } from './analysis';
import { SOURCE } from './diagnostics';
import type { LanguageServiceHost } from './host';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.vanban`;
/** The command a "show documentation" action runs (the server executes it with `window/showDocument`). */
export const SHOW_DOCS_COMMAND = 'vanban.showRuleDocumentation';
/**
 * The command "add the word to the word list" runs, with the document's URI and the word: the editor's
 * own (it writes the user's `vanban.words` setting, which this server then reads as the word list).
 */
export const ADD_WORD_COMMAND = 'vanban.addWord';

/** Whether the request asks for `kind` (no filter asks for everything but source actions). */
function wants(only: readonly string[] | undefined, kind: string): boolean {
  if (!only) return !kind.startsWith(CodeActionKind.Source);
  return only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));
}

export function getCodeActions(analysis: Analysis, context: CodeActionContext, host: LanguageServiceHost): CodeAction[] {
  const actions: CodeAction[] = [];
  if (wants(context.only, CodeActionKind.QuickFix)) {
    const ours = context.diagnostics.filter((diagnostic) => diagnostic.source === SOURCE && typeof diagnostic.code === 'string');
    actions.push(...quickFixes(analysis, ours));
    const offeredRules = new Set<string>();
    for (const diagnostic of ours) {
      const rule = diagnostic.code as string;
      // "Insert the missing <part>" follows the finding that reports the part absent, and only it.
      const finding = reportedFinding(analysis.findings, diagnostic);
      for (const insertion of finding ? insertionsFor(finding, analysis.model, analysis.regime, { today: host.now() }) : []) {
        actions.push(insertAction(analysis, insertion, diagnostic, host));
      }
      if (!offeredRules.has(rule)) {
        offeredRules.add(rule);
        const all = fixRuleAction(analysis, rule, diagnostic);
        if (all) actions.push(all);
      }
      if (rule === WORD_LIST_RULE) {
        const word = wordAt(analysis, diagnostic);
        const title = word && text(analysis, msg('Add “{0}” to the word list', word));
        if (word && title) actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: ADD_WORD_COMMAND, arguments: [analysis.document.uri, word] } });
      }
      actions.push(...silenceActions(analysis, rule, diagnostic));
      if (diagnostic.codeDescription?.href) {
        const title = text(analysis, msg('Show the documentation of {0}', rule));
        actions.push({
          title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic],
          command: { title, command: SHOW_DOCS_COMMAND, arguments: [diagnostic.codeDescription.href] },
        });
      }
    }
  }
  if (wants(context.only, FIX_ALL_KIND)) {
    const action = fixAllAction(analysis);
    if (action) actions.push(action);
  }
  return actions;
}

/**
 * The quick fixes the engine attached to each diagnostic (`data.fix`): guarded and safe ones. A client
 * that does not send `data` back gets the fix of the same finding in the analysis.
 */
function quickFixes(analysis: Analysis, diagnostics: readonly LspDiagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const fix = fixOf(diagnostic) ?? findingOf(analysis.findings, diagnostic)?.fix;
    if (diagnostic.source !== SOURCE || !fix || fix.safety === 'suggest' || fix.edits.length === 0) continue;
    actions.push({
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: fix.safety === 'safe',
      edit: edit(analysis, fix.edits),
    });
  }
  return actions;
}

function findingOf(findings: readonly Diagnostic[], diagnostic: LspDiagnostic): Diagnostic | undefined {
  const a = diagnostic.range;
  return findings.find(({ rule, range: b }) => rule === diagnostic.code
    && a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character);
}

/**
 * The analysis' finding a diagnostic shows, for insert-missing: the same rule and message (on the same line
 * when two share them). Columns are not compared: a client may send them back converted (Neovim 0.7
 * counts bytes where the server counted UTF-16 units over Vietnamese text).
 */
function reportedFinding(findings: readonly Diagnostic[], diagnostic: LspDiagnostic): Diagnostic | undefined {
  const same = findings.filter((finding) => finding.rule === diagnostic.code && finding.message === diagnostic.message);
  return same.find((finding) => finding.range.start.line === diagnostic.range.start.line) ?? same[0]
    ?? findings.find((finding) => finding.rule === diagnostic.code && finding.range.start.line === diagnostic.range.start.line);
}

function fixOf(diagnostic: LspDiagnostic): DiagnosticFix | undefined {
  return (diagnostic.data as { fix?: DiagnosticFix } | undefined)?.fix;
}

function text(analysis: Analysis, message: Message): string {
  return localize(analysis.language, message);
}

function edit(analysis: Analysis, edits: readonly TextEdit[]): WorkspaceEdit {
  return { changes: { [analysis.document.uri]: edits.map((item) => ({ range: item.range, newText: item.newText })) } };
}

/** `source.fixAll.vanban`: every safe fix, through the engine's one `fixAll`, sent as minimal edits. */
function fixAllAction(analysis: Analysis): CodeAction | undefined {
  const before = analysis.model.text;
  const after = fixAll(before, analysis.options, analysis).text;
  const edits = diffEdits(before, after);
  if (edits.length === 0) return undefined;
  return { title: text(analysis, msg('Fix all safe problems')), kind: FIX_ALL_KIND, edit: edit(analysis, edits) };
}

/** "Fix all problems of this rule" when the rule has more than one fixable finding in the document. */
function fixRuleAction(analysis: Analysis, rule: string, diagnostic: LspDiagnostic): CodeAction | undefined {
  const fixable = analysis.findings.filter((item) => item.rule === rule && item.fix && item.fix.safety !== 'suggest' && item.fix.edits.length > 0);
  if (fixable.length < 2) return undefined;
  const { edits } = fixRule(analysis.model.text, rule, analysis.options, undefined, analysis);
  if (edits.length === 0) return undefined;
  return {
    title: text(analysis, msg('Fix all {0} problems in this file ({1})', rule, fixable.length)),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: edit(analysis, edits),
  };
}

function silenceActions(analysis: Analysis, rule: string, diagnostic: LspDiagnostic): CodeAction[] {
  const model = analysis.model;
  return [
    { title: text(analysis, msg('Disable {0} for this line', rule)), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit(analysis, [disableForLine(model, rule, diagnostic.range.start.line)]) },
    { title: text(analysis, msg('Disable {0} for this file', rule)), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit(analysis, [disableForFile(model, rule)]) },
  ];
}

/** A guarded insertion: never preferred, with tab stops when the client takes snippet edits. */
function insertAction(analysis: Analysis, insertion: PartInsertion, diagnostic: LspDiagnostic, host: LanguageServiceHost): CodeAction {
  const { uri, version } = analysis.document;
  const workspaceEdit: WorkspaceEdit = host.client.snippetEdits
    ? {
      documentChanges: [{
        textDocument: { uri, version },
        // LSP 3.18 SnippetTextEdit, sent only to clients that declare `snippetEditSupport`.
        edits: [{ range: insertion.range, snippet: { kind: 'snippet', value: insertion.snippet } } as never],
      }],
    }
    : edit(analysis, [{ range: insertion.range, newText: insertion.text }]);
  return { title: text(analysis, insertion.title), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: false, edit: workspaceEdit };
}

/** The word a finding on one line covers (a spelling finding's syllable), in NFC as the word list compares. */
function wordAt(analysis: Analysis, diagnostic: LspDiagnostic): string | undefined {
  const { start, end } = diagnostic.range;
  const line = analysis.model.lines[start.line];
  if (!line || end.line !== start.line || end.character <= start.character) return undefined;
  const word = line.text.slice(start.character, end.character).normalize('NFC');
  return word.length > 0 && word.length <= 64 ? word : undefined;
}
