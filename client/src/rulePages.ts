// A rule's page, opened from the extension's own files (docs/rules, shipped in the package) in VS Code's
// Markdown preview, in the language of `vanban.messagesLanguage`: from the rule picker, the quick fix
// "Xem hướng dẫn…" and the rule code in the Problems panel and the hover. No network.

import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient';
import { t, uiLanguage } from './l10n';
import { pickWithoutMarks } from './pickWithoutMarks';
import { isRuleId, OPEN_RULE_PAGE_COMMAND, pageDescription, ruleLink, ruleOfPageAddress, rulePageSegments } from './rulePages.pure';

/** The server's command behind the quick fix (engine/service/codeActions.ts). */
const SHOW_DOCS_COMMAND = 'vanban.showRuleDocumentation';

export function registerRulePages(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(OPEN_RULE_PAGE_COMMAND, (rule: unknown) => openRulePage(context, rule)));
}

/** The page of `rule`, or of the rule the user picks (each listed with its description, matched without marks). */
export async function openRulePage(context: vscode.ExtensionContext, rule: unknown): Promise<vscode.Uri | undefined> {
  const language = uiLanguage();
  let id = isRuleId(rule) ? rule : undefined;
  if (!id) {
    const folder = vscode.Uri.joinPath(context.extensionUri, ...rulePageSegments('x', language).slice(0, -1));
    const names = (await vscode.workspace.fs.readDirectory(folder)).filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.md')).map(([name]) => name.slice(0, -3)).sort();
    const items = await Promise.all(names.map(async (name) => {
      const page = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, ...rulePageSegments(name, language))));
      return { label: name, description: pageDescription(page) };
    }));
    const picked = await pickWithoutMarks(items, { title: t('Rule pages'), placeHolder: t('Rule (type without marks: so ky hieu)') });
    if (!picked) return undefined;
    id = picked.label;
  }
  const page = vscode.Uri.joinPath(context.extensionUri, ...rulePageSegments(id, language));
  await vscode.commands.executeCommand('markdown.showPreview', page);
  return page;
}

/**
 * The language client's middleware for the pages: each diagnostic's code links to our command instead of
 * the published page, and the quick fix opens the bundled page here instead of asking the server to open
 * a web address.
 */
export const rulePagesMiddleware: Middleware = {
  handleDiagnostics: (uri, diagnostics, next) => {
    for (const diagnostic of diagnostics) withRuleLink(diagnostic);
    next(uri, diagnostics);
  },
  executeCommand: async (command, args, next) => {
    const id = command === SHOW_DOCS_COMMAND && typeof args[0] === 'string' ? ruleOfPageAddress(args[0]) : undefined;
    if (id) return vscode.commands.executeCommand(OPEN_RULE_PAGE_COMMAND, id);
    return next(command, args);
  },
};

/** A diagnostic of ours whose code links to its rule's page in the editor. */
export function withRuleLink(diagnostic: vscode.Diagnostic): vscode.Diagnostic {
  const code = diagnostic.code;
  const id = typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
  if (diagnostic.source === 'vanban' && isRuleId(id)) diagnostic.code = { value: id, target: vscode.Uri.parse(ruleLink(id)) };
  return diagnostic;
}
