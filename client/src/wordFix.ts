// "Chuẩn hóa thể thức tệp Word" (`vanban.fixWord`): the formatting of a .docx put right, as `vanban fix
// x.docx` does. The client reads the file and sends its bytes; the server fixes them (FixDocxRequest) and
// answers with the changes; the client lists the changes before writing anything, writes a new file beside
// the original by default (x.chuan-hoa.docx), and opens the Word-check view of the result. The formatting
// findings of the Word-check view offer the same fix as their quick fix. No document logic here.

import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { FixDocxRequest, type FixDocxChange } from '../../server/src/protocol';
import { basename, exists, fromBase64, toBase64 } from './files';
import { t } from './l10n';
import { WORD_SCHEME } from './word';

/** How many changes the confirmation lists before it says how many more there are. */
const LISTED = 40;

export function registerWordFix(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  context.subscriptions.push(vscode.commands.registerCommand('vanban.fixWord', async (given?: vscode.Uri, options?: { target?: vscode.Uri; confirm?: boolean; legacyFonts?: boolean }) => {
    const source = wordSource(given) ?? (await vscode.window.showOpenDialog({ filters: { Word: ['docx'] }, canSelectMany: false }))?.[0];
    if (!source) return undefined;
    const bytes = await vscode.workspace.fs.readFile(source);
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: t('Fixing the formatting of {0}', basename(source)) },
      () => client.sendRequest(FixDocxRequest, { uri: source.toString(), base64: toBase64(bytes), legacyFonts: options?.legacyFonts }),
    );
    if ('error' in result) {
      void vscode.window.showErrorMessage(t('Cannot fix {0}: {1} (nothing written)', basename(source), result.error));
      return undefined;
    }
    if (!result.base64) {
      void vscode.window.showInformationMessage(t('{0}: no formatting to change', basename(source)));
      return undefined;
    }
    const target = options?.target ?? source.with({ path: source.path.replace(/(\.docx)?$/i, '.chuan-hoa.docx') });
    if (options?.confirm !== false) {
      const write = t('Write the file {0}', basename(target));
      const detail = describe(result.changes, result.left.map((l) => `${t('Left')}: ${l.paragraph === undefined ? '' : `¶${l.paragraph + 1} `}${l.message} (${l.reason})`), result.notes);
      const answer = await vscode.window.showInformationMessage(t('Fix the formatting of {0}?', basename(source)), { modal: true, detail }, write);
      if (answer !== write) return undefined;
      if (await exists(target)) {
        const overwrite = t('Overwrite');
        if (await vscode.window.showWarningMessage(t('{0} already exists. Overwrite it?', basename(target)), { modal: true }, overwrite) !== overwrite) return undefined;
      }
    }
    await vscode.workspace.fs.writeFile(target, fromBase64(result.base64));
    await vscode.commands.executeCommand('vanban.checkWord', target);
    return target;
  }));

  // The quick fix of each formatting finding in the Word-check view: the same fix of the whole file.
  context.subscriptions.push(vscode.languages.registerCodeActionsProvider({ scheme: WORD_SCHEME }, {
    provideCodeActions(document, _range, codeContext) {
      const formatting = codeContext.diagnostics.filter((d) => String(typeof d.code === 'object' ? d.code.value : d.code ?? '').startsWith('word-'));
      if (formatting.length === 0) return [];
      const action = new vscode.CodeAction(t('Fix the formatting of the Word file'), vscode.CodeActionKind.QuickFix);
      action.diagnostics = formatting;
      action.command = { command: 'vanban.fixWord', title: action.title, arguments: [wordSource(document.uri)] };
      return [action];
    },
  }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }));
}

/** The .docx behind a URI: the file itself, or the source of a Word-check view; else the active Word tab. */
function wordSource(given: vscode.Uri | undefined): vscode.Uri | undefined {
  const uri = given ?? vscode.window.activeTextEditor?.document.uri;
  if (uri?.scheme === WORD_SCHEME && uri.query) return vscode.Uri.parse(uri.query);
  if (uri && /\.docx$/i.test(uri.path)) return uri;
  const tab = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  const tabUri = tab instanceof vscode.TabInputText || tab instanceof vscode.TabInputCustom ? tab.uri : undefined;
  return tabUri && /\.docx$/i.test(tabUri.path) ? tabUri : undefined;
}

/** The list shown before writing: part, paragraph, property, from -> to; then what is left and why. */
function describe(changes: readonly FixDocxChange[], left: readonly string[], notes: readonly string[]): string {
  const lines = changes.map((c) => `${c.paragraph === undefined ? c.part : `¶${c.paragraph}`} ${c.property}: ${c.from} → ${c.to}${c.safety === 'guarded' ? ` (${c.applied ? t('guarded, applied') : t('guarded, not applied')})` : ''}`);
  const unique = [...new Set(lines)];
  const shown = unique.slice(0, LISTED);
  if (unique.length > LISTED) shown.push(t('… and {0} more changes', unique.length - LISTED));
  return [...shown, ...notes, ...left].join('\n');
}
