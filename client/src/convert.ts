// "Chuyển mã sang Unicode": the active (or selected) draft in a legacy Vietnamese encoding (Windows-1258,
// TCVN3/ABC, VNI) converted into a new file beside it (`x.unicode.vanban`), saying which encoding was
// detected and how sure. The bytes are read from the file (the editor has already decoded them, badly); the
// conversion is the engine's pure converter, as `vanban convert` runs it. An existing file is replaced only
// when the user says so.

import * as vscode from 'vscode';
import { convertLegacy, ENCODING_NAMES } from '../../server/src/engine/text/legacy';
import { basename, exists } from './files';
import { t } from './l10n';

export const CONVERT_COMMAND = 'vanban.convertToUnicode';

export async function convertToUnicode(given?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const source = given ?? vscode.window.activeTextEditor?.document.uri;
  if (!source) return undefined;
  if (/\.docx$/i.test(source.path)) {
    void vscode.window.showInformationMessage(t('For a Word file, run vanban convert {0} in a terminal.', basename(source)));
    return undefined;
  }
  const conversion = convertLegacy(await vscode.workspace.fs.readFile(source));
  if (!conversion) {
    void vscode.window.showInformationMessage(t('{0}: no legacy encoding recognised; nothing to convert.', basename(source)));
    return undefined;
  }
  const dot = source.path.lastIndexOf('.');
  const slash = source.path.lastIndexOf('/');
  const path = dot > slash ? `${source.path.slice(0, dot)}.unicode${source.path.slice(dot)}` : `${source.path}.unicode.vanban`;
  const target = source.with({ path });
  if (await exists(target)) {
    const overwrite = t('Overwrite');
    if (await vscode.window.showWarningMessage(t('{0} already exists. Overwrite it?', basename(target)), { modal: true }, overwrite) !== overwrite) return undefined;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(conversion.text));
  const { encoding, confidence } = conversion.detection;
  void vscode.window.showInformationMessage(t('{0}: detected {1}, {2}% sure; written to {3}.', basename(source), ENCODING_NAMES[encoding], Math.round(confidence * 100), basename(target)));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
  return target;
}
