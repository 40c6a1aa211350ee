// Quick fixes from the fixes the engine attached to each diagnostic.

import type { CodeAction, CodeActionParams, TextDocuments } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DiagnosticFix } from '../engine';

export function quickFixes(params: CodeActionParams, documents: TextDocuments<TextDocument>): CodeAction[] {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  const actions: CodeAction[] = [];
  for (const diagnostic of params.context.diagnostics) {
    const fix = (diagnostic.data as { fix?: DiagnosticFix } | undefined)?.fix;
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
