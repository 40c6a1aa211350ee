// Helpers for the editor suites: waiting on VS Code events with a timeout (never a fixed sleep), and the
// test workspace, which the launcher prepared with the seed draft as ket-luan-02.vanban.
'use strict';

const fs = require('node:fs');
const vscode = require('vscode');

const EXTENSION_ID = 'vanban.vanban';
const SEED_NAME = 'ket-luan-02.vanban';

function workspaceUri(...segments) {
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  if (!folder) throw new Error('the editor tests need a workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** A fresh file in the workspace with the seed's text (optionally changed), so tests never share a document. */
function seedCopy(name, transform = (text) => text) {
  const seed = fs.readFileSync(workspaceUri(SEED_NAME).fsPath, 'utf8');
  const uri = workspaceUri(name);
  fs.writeFileSync(uri.fsPath, transform(seed));
  return uri;
}

/**
 * Resolves with the first value `probe()` returns that is not undefined, checking now and each time one of
 * `events` fires; rejects after `timeoutMs` with `what` and the last state `describe()` gives.
 */
function waitForEvent(events, probe, what, timeoutMs = 20000, describe = () => '') {
  return new Promise((resolve, reject) => {
    const subscriptions = [];
    let done = false;
    const finish = (action) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      subscriptions.forEach((s) => s.dispose());
      action();
    };
    const check = () => {
      let value;
      try {
        value = probe();
      } catch (error) {
        finish(() => reject(error));
        return;
      }
      if (value !== undefined) finish(() => resolve(value));
    };
    const timer = setTimeout(() => finish(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}. ${describe()}`))), timeoutMs);
    for (const event of events) subscriptions.push(event(check));
    check();
  });
}

function codeOf(diagnostic) {
  const code = diagnostic.code;
  return code && typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

/** `rule@line` (1-based) for the vanban errors and warnings on `uri`, in line order. */
function findings(uri) {
  return vscode.languages.getDiagnostics(uri)
    .filter((d) => d.source === 'vanban' && d.severity <= vscode.DiagnosticSeverity.Warning)
    .sort((a, b) => a.range.start.line - b.range.start.line || codeOf(a).localeCompare(codeOf(b)))
    .map((d) => `${codeOf(d)}@${d.range.start.line + 1}`);
}

/** Waits until the diagnostics of `uri` satisfy `predicate(findings, diagnostics)`; resolves with the diagnostics. */
function waitForDiagnostics(uri, predicate, what, timeoutMs = 20000) {
  return waitForEvent(
    [vscode.languages.onDidChangeDiagnostics],
    () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      return predicate(findings(uri), diagnostics) ? diagnostics : undefined;
    },
    `${what} on ${uri.path}`,
    timeoutMs,
    () => `Last findings: ${JSON.stringify(findings(uri))}`,
  );
}

async function openDraft(uri) {
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  return { document, editor };
}

/** Closes every editor without saving, so each test starts from what is on disk. */
async function closeAll() {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty && !d.isUntitled)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

module.exports = { EXTENSION_ID, SEED_NAME, workspaceUri, seedCopy, waitForEvent, waitForDiagnostics, findings, codeOf, openDraft, closeAll };
