// "Chuẩn hóa thể thức tệp Word" (`vanban.fixWord`): the formatting of a .docx put right, as `vanban fix
// x.docx` does. The client reads the file and sends its bytes; the server fixes them in memory
// (FixDocxRequest: a Node process on the desktop, a web worker on vscode.dev) and answers with the
// changes; the client lists the changes before writing anything, writes a new file beside the original
// (x.chuan-hoa.docx, or x.chuan-hoa-2.docx when that exists: never over a file), and opens the Word-check
// view of the result. Where the folder cannot be written (a read-only or virtual workspace on the web), a
// save dialog takes the file where the user wants it (on vscode.dev, "Show Local" saves it to the
// computer). The formatting findings of the Word-check view offer three quick fixes: this finding, every
// finding of its rule, the whole file. No document logic here.

import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { FixDocxRequest, type FixDocxChange, type FixSelection } from '../../server/src/protocol';
import { basename, exists, fromBase64, toBase64 } from './files';
import { t } from './l10n';
import { WORD_SCHEME } from './word';

/** How many changes the confirmation lists before it says how many more there are. */
const LISTED = 40;

/** What the command takes from a caller (a quick fix, a test): all optional. */
export interface FixWordOptions {
  /** Where to write; default: a free name beside the original. */
  readonly target?: vscode.Uri;
  /** false: write without showing the list of changes (a test cannot press the dialog's button). */
  readonly confirm?: boolean;
  readonly legacyFonts?: boolean;
  /** Only these findings' fixes (rule, and the line of the Word-check view's text); none: the whole file. */
  readonly only?: readonly FixSelection[];
  /** Where to save when the original's folder cannot be written, instead of asking (a test's answer to the dialog). */
  readonly saveAs?: vscode.Uri;
}

export function registerWordFix(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  context.subscriptions.push(vscode.commands.registerCommand('vanban.fixWord', async (given?: vscode.Uri, options?: FixWordOptions) => {
    const source = wordSource(given) ?? (await vscode.window.showOpenDialog({ filters: { Word: ['docx'] }, canSelectMany: false }))?.[0];
    if (!source) return undefined;
    const bytes = await vscode.workspace.fs.readFile(source);
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: t('Fixing the formatting of {0}', basename(source)) },
      () => client.sendRequest(FixDocxRequest, { uri: source.toString(), base64: toBase64(bytes), legacyFonts: options?.legacyFonts, only: options?.only }),
    );
    if ('error' in result) {
      void vscode.window.showErrorMessage(t('Cannot fix {0}: {1} (nothing written)', basename(source), result.error));
      return undefined;
    }
    if (!result.base64) {
      void vscode.window.showInformationMessage(t('{0}: no formatting to change', basename(source)));
      return undefined;
    }
    const target = options?.target ?? await freeTarget(source);
    if (options?.confirm !== false) {
      const write = t('Write the file {0}', basename(target));
      const detail = describe(result.changes, result.left.map((l) => `${t('Left')}: ${l.paragraph === undefined ? '' : `¶${l.paragraph + 1} `}${l.message} (${l.reason})`), result.notes);
      const answer = await vscode.window.showInformationMessage(t('Fix the formatting of {0}?', basename(source)), { modal: true, detail }, write);
      if (answer !== write) return undefined;
      if (options?.target && await exists(target)) {
        const overwrite = t('Overwrite');
        if (await vscode.window.showWarningMessage(t('{0} already exists. Overwrite it?', basename(target)), { modal: true }, overwrite) !== overwrite) return undefined;
      }
    }
    const written = await save(target, fromBase64(result.base64), options?.saveAs);
    if (!written) return undefined;
    await vscode.commands.executeCommand('vanban.checkWord', written);
    return written;
  }));

  // The quick fixes of a formatting finding in the Word-check view: this finding, every finding of its
  // rule, the whole file (the server picks the edits; the client only says which findings).
  context.subscriptions.push(vscode.languages.registerCodeActionsProvider({ scheme: WORD_SCHEME }, {
    provideCodeActions(document, _range, codeContext) {
      const formatting = codeContext.diagnostics.filter((d) => ruleOf(d).startsWith('word-'));
      const source = wordSource(document.uri);
      if (formatting.length === 0 || !source) return [];
      const action = (title: string, diagnostics: vscode.Diagnostic[], only: FixSelection[] | undefined, preferred = false) => {
        const fix = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        fix.diagnostics = diagnostics;
        fix.isPreferred = preferred;
        fix.command = { command: 'vanban.fixWord', title, arguments: [source, { only }] };
        return fix;
      };
      const all = vscode.languages.getDiagnostics(document.uri);
      const actions: vscode.CodeAction[] = [];
      for (const d of formatting) actions.push(action(t('Fix this finding ({0})', ruleOf(d)), [d], [{ rule: ruleOf(d), line: d.range.start.line }], true));
      for (const rule of [...new Set(formatting.map(ruleOf))]) {
        const ofRule = all.filter((d) => ruleOf(d) === rule);
        if (ofRule.length > 1) actions.push(action(t('Fix all {0} problems in this file ({1})', rule, ofRule.length), ofRule, [{ rule }]));
      }
      actions.push(action(t('Fix the formatting of the whole Word file'), formatting, undefined));
      return actions;
    },
  }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }));
}

function ruleOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' ? d.code.value : d.code ?? '');
}

/** x.chuan-hoa.docx beside the original, or x.chuan-hoa-2.docx… when that exists (a fixed file fixed again too). */
async function freeTarget(source: vscode.Uri): Promise<vscode.Uri> {
  const stem = source.path.replace(/\.docx$/i, '').replace(/\.chuan-hoa(-\d+)?$/i, '');
  for (let n = 1; ; n++) {
    const candidate = source.with({ path: `${stem}.chuan-hoa${n === 1 ? '' : `-${n}`}.docx` });
    if (candidate.toString() !== source.toString() && !(await exists(candidate))) return candidate;
  }
}

/**
 * Writes the fixed file where it was asked, if that folder can be written; else (a read-only or virtual
 * workspace, as on vscode.dev) asks where to save it: on the web the dialog's "Show Local" saves to the
 * computer. Returns where it was written, or undefined when the user cancelled.
 */
async function save(target: vscode.Uri, bytes: Uint8Array, saveAs?: vscode.Uri): Promise<vscode.Uri | undefined> {
  if (vscode.workspace.fs.isWritableFileSystem(target.scheme) !== false) {
    try {
      await vscode.workspace.fs.writeFile(target, bytes);
      return target;
    } catch (error) {
      if (!(error instanceof vscode.FileSystemError)) throw error;
    }
  }
  const chosen = saveAs ?? await vscode.window.showSaveDialog({
    defaultUri: target, filters: { Word: ['docx'] }, saveLabel: t('Save'),
    title: t('{0} cannot be written beside the original: where should the fixed file go?', basename(target)),
  });
  if (!chosen) return undefined;
  await vscode.workspace.fs.writeFile(chosen, bytes);
  return chosen;
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
