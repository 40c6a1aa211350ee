// Code actions: the quick fix each diagnostic carries, "insert the missing <part>", "fix all problems of
// this rule", "disable <rule> for this line / file", "show the rule's documentation", and the
// `source.fixAll.vanban` action for codeActionsOnSave, which applies only safe fixes.

import type { CodeAction, CodeActionParams, Diagnostic as LspDiagnostic, TextDocuments, WorkspaceEdit } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAll, localize, msg, type Diagnostic, type DiagnosticFix, type Message, type TextEdit } from '../engine';
import { diffEdits, disableForFile, disableForLine, fixRule, missingPartInsertions, type PartInsertion } from '../engine/edits';
import { analyse, type Analysis, type Features } from './features';
import { lintOptions } from './settings';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.vanban`;
export const SHOW_DOCS_COMMAND = 'vanban.showRuleDocumentation';

/**
 * The quick fixes the engine attached to each diagnostic (`data.fix`): guarded and safe ones. A client
 * that does not send `data` back gets the fix of the same finding from the current lint, if given.
 */
export function quickFixes(params: CodeActionParams, documents: TextDocuments<TextDocument>, current: readonly Diagnostic[] = []): CodeAction[] {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  const actions: CodeAction[] = [];
  for (const diagnostic of params.context.diagnostics) {
    const fix = fixOf(diagnostic) ?? current.find((finding) => finding.rule === diagnostic.code && sameRange(finding.range, diagnostic.range))?.fix;
    if (diagnostic.source !== 'vanban' || !fix || fix.safety === 'suggest' || fix.edits.length === 0) continue;
    actions.push({
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: fix.safety === 'safe',
      edit: { changes: { [document.uri]: fix.edits.map((edit) => ({ range: edit.range, newText: edit.newText })) } },
    });
  }
  return actions;
}

function sameRange(a: LspDiagnostic['range'], b: LspDiagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function fixOf(diagnostic: LspDiagnostic): DiagnosticFix | undefined {
  return (diagnostic.data as { fix?: DiagnosticFix } | undefined)?.fix;
}

/** Whether the request asks for `kind` (no filter asks for everything but source actions). */
function wants(only: readonly string[] | undefined, kind: string): boolean {
  if (!only) return !kind.startsWith(CodeActionKind.Source);
  return only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));
}

export async function codeActions(params: CodeActionParams, features: Features): Promise<CodeAction[]> {
  const analysis = await analyse(features, params.textDocument.uri);
  if (!analysis) return [];
  const only = params.context.only;
  const actions: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) {
    const ours = params.context.diagnostics.filter((diagnostic) => diagnostic.source === 'vanban' && typeof diagnostic.code === 'string');
    actions.push(...quickFixes({ ...params, context: { ...params.context, diagnostics: ours } }, features.documents, analysis.result.diagnostics));
    const insertions = missingPartInsertions(analysis.result.model, analysis.result.regime, { today: features.now() });
    const offeredRules = new Set<string>();
    for (const diagnostic of ours) {
      const rule = diagnostic.code as string;
      for (const insertion of insertions.filter((candidate) => candidate.rule === rule)) {
        actions.push(insertAction(analysis, insertion, diagnostic, features));
      }
      if (!offeredRules.has(rule)) {
        offeredRules.add(rule);
        const all = fixRuleAction(analysis, rule, diagnostic);
        if (all) actions.push(all);
      }
      actions.push(...silenceActions(analysis, rule, diagnostic));
      if (diagnostic.codeDescription?.href) {
        actions.push({
          title: text(analysis, msg('Show the documentation of {0}', rule)),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: { title: text(analysis, msg('Show the documentation of {0}', rule)), command: SHOW_DOCS_COMMAND, arguments: [diagnostic.codeDescription.href] },
        });
      }
    }
  }
  if (wants(only, FIX_ALL_KIND)) {
    const action = fixAllAction(analysis);
    if (action) actions.push(action);
  }
  return actions;
}

function text(analysis: Analysis, message: Message): string {
  return localize(analysis.settings.messagesLanguage, message);
}

function edit(analysis: Analysis, edits: readonly TextEdit[]): WorkspaceEdit {
  return { changes: { [analysis.document.uri]: edits.map((item) => ({ range: item.range, newText: item.newText })) } };
}

/** `source.fixAll.vanban`: every safe fix, through the engine's one `fixAll`, sent as minimal edits. */
export function fixAllAction(analysis: Analysis): CodeAction | undefined {
  const before = analysis.document.getText();
  const after = fixAll(before, lintOptions(analysis.settings)).text;
  const edits = diffEdits(before, after);
  if (edits.length === 0) return undefined;
  return { title: text(analysis, msg('Fix all safe problems')), kind: FIX_ALL_KIND, edit: edit(analysis, edits) };
}

/** "Fix all problems of this rule" when the rule has more than one fixable finding in the document. */
function fixRuleAction(analysis: Analysis, rule: string, diagnostic: LspDiagnostic): CodeAction | undefined {
  const fixable = analysis.result.diagnostics.filter((item) => item.rule === rule && item.fix && item.fix.safety !== 'suggest' && item.fix.edits.length > 0);
  if (fixable.length < 2) return undefined;
  const { edits } = fixRule(analysis.document.getText(), rule, lintOptions(analysis.settings));
  if (edits.length === 0) return undefined;
  return {
    title: text(analysis, msg('Fix all {0} problems in this file ({1})', rule, fixable.length)),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: edit(analysis, edits),
  };
}

function silenceActions(analysis: Analysis, rule: string, diagnostic: LspDiagnostic): CodeAction[] {
  const model = analysis.result.model;
  return [
    { title: text(analysis, msg('Disable {0} for this line', rule)), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit(analysis, [disableForLine(model, rule, diagnostic.range.start.line)]) },
    { title: text(analysis, msg('Disable {0} for this file', rule)), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit(analysis, [disableForFile(model, rule)]) },
  ];
}

/** A guarded insertion: never preferred, with tab stops when the client takes snippet edits. */
function insertAction(analysis: Analysis, insertion: PartInsertion, diagnostic: LspDiagnostic, features: Features): CodeAction {
  const document = analysis.document;
  const workspaceEdit: WorkspaceEdit = features.client.snippetEdits
    ? {
      documentChanges: [{
        textDocument: { uri: document.uri, version: document.version },
        // LSP 3.18 SnippetTextEdit, sent only to clients that declare `snippetEditSupport`.
        edits: [{ range: insertion.range, snippet: { kind: 'snippet', value: insertion.snippet } } as never],
      }],
    }
    : edit(analysis, [{ range: insertion.range, newText: insertion.text }]);
  return { title: text(analysis, insertion.title), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: false, edit: workspaceEdit };
}
