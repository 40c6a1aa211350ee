// The extension inside a real VS Code: activation, the seed's diagnostics, a quick fix, live re-linting,
// and recovery when the language server process dies.
'use strict';

const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const vscode = require('vscode');
const { EXTENSION_ID, SEED_NAME, workspaceUri, seedCopy, waitForEvent, waitForDiagnostics, findings, codeOf, openDraft, closeAll } = require('./util');

const SEED_FINDINGS = ['header-title@4', 'issuer@4', 'number-format@6', 'recipients-format@79'];
const sameAs = (expected) => (found) => JSON.stringify(found) === JSON.stringify(expected);

/** The language server processes this extension started (node ... dist/server.js --node-ipc ...). */
function serverProcesses() {
  const script = path.join(vscode.extensions.getExtension(EXTENSION_ID).extensionPath, 'dist', 'server.js');
  return execFileSync('ps', ['-A', '-o', 'pid=,args='], { encoding: 'utf8' }).split('\n')
    .map((line) => line.trim().match(/^(\d+)\s+(.*)$/))
    .filter((m) => m && m[2].includes(script))
    .map((m) => Number(m[1]));
}

async function replaceLine(editor, line, text) {
  const range = editor.document.lineAt(line).range;
  const done = await editor.edit((builder) => builder.replace(range, text));
  assert.ok(done, `the edit of line ${line + 1} was applied`);
}

describe('vanban in VS Code', function () {
  this.timeout(60000);

  afterEach(closeAll);

  it('activates when a .vanban file is opened, and publishes the seed’s findings with their rule codes', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    assert.equal(extension.isActive, false, 'nothing activates the extension before a draft is opened');
    const uri = workspaceUri(SEED_NAME);
    const { document } = await openDraft(uri);
    assert.equal(document.languageId, 'vanban');
    const diagnostics = await waitForDiagnostics(uri, sameAs(SEED_FINDINGS), 'the seed’s four findings', 30000);
    assert.equal(extension.isActive, true);
    const numberFormat = diagnostics.find((d) => codeOf(d) === 'number-format');
    assert.equal(numberFormat.source, 'vanban');
    assert.equal(numberFormat.severity, vscode.DiagnosticSeverity.Error);
    assert.match(numberFormat.message, /Số 02-KL\/BTCTW/);
    // The code links to the bundled page through the extension's command (offline, in the editor).
    assert.equal(numberFormat.code.target.scheme, 'command');
    assert.equal(numberFormat.code.target.path, 'vanban.openRulePage');
    assert.deepEqual(JSON.parse(decodeURIComponent(numberFormat.code.target.query)), ['number-format']);
  });

  it('applies the quick fix from vscode.executeCodeActionProvider and the finding goes away', async () => {
    const uri = seedCopy('quick-fix.vanban');
    const { document } = await openDraft(uri);
    const diagnostics = await waitForDiagnostics(uri, sameAs(SEED_FINDINGS), 'the seed’s findings');
    const target = diagnostics.find((d) => codeOf(d) === 'number-format');
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, target.range, vscode.CodeActionKind.QuickFix.value);
    const fixes = actions.filter((a) => a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind) && a.edit && a.isPreferred);
    assert.equal(fixes.length, 1, `one preferred quick fix for the number line, got ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(fixes[0].title, 'Viết Số 02-KL/BTCTW');
    // Besides the fix: disabling the rule for the line or the file, and the rule's page.
    assert.ok(actions.some((a) => /number-format/.test(a.title) && !a.isPreferred), 'the disable and documentation actions');
    assert.ok(await vscode.workspace.applyEdit(fixes[0].edit));
    assert.equal(document.lineAt(5).text, 'Số 02-KL/BTCTW');
    await waitForDiagnostics(uri, sameAs(['header-title@4', 'issuer@4', 'recipients-format@79']), 'number-format to be gone');
  });

  it('re-lints as the document is edited', async () => {
    const uri = seedCopy('edited.vanban');
    const { editor } = await openDraft(uri);
    await waitForDiagnostics(uri, sameAs(SEED_FINDINGS), 'the seed’s findings');
    // Clearing the place-and-date line makes the date missing.
    await replaceLine(editor, 3, '');
    await waitForDiagnostics(uri, (found) => found.includes('date@6'), 'a missing-date finding');
    // Putting it back, and ending the last recipient with a full stop, leaves the header findings only.
    await vscode.commands.executeCommand('undo');
    const last = editor.document.lineAt(78);
    assert.match(last.text, /^- /);
    await replaceLine(editor, 78, `${last.text}.`);
    await waitForDiagnostics(uri, sameAs(['header-title@4', 'issuer@4', 'number-format@6']), 'the date and recipients findings to be gone');
  });

  it('restarts a killed language server, says so once, and goes on linting', async () => {
    const uri = seedCopy('restart.vanban');
    const { editor } = await openDraft(uri);
    await waitForDiagnostics(uri, sameAs(SEED_FINDINGS), 'the seed’s findings');
    const before = serverProcesses();
    assert.equal(before.length, 1, `one server process, found ${JSON.stringify(before)}`);

    // The announcement goes through the extension's own vscode API object, which this suite shares.
    const shown = [];
    const original = vscode.window.showWarningMessage;
    vscode.window.showWarningMessage = (message, ...rest) => {
      shown.push(message);
      return original.call(vscode.window, message, ...rest);
    };
    try {
      process.kill(before[0], 'SIGKILL');
      // After a restart the client opens the document on the new server, which lints it again; an edit
      // made now must be seen by the new server.
      await replaceLine(editor, 3, '');
      await waitForDiagnostics(uri, (found) => found.includes('date@6'), 'findings from the restarted server', 30000);
      const after = serverProcesses();
      assert.equal(after.length, 1, `one server process after the restart, found ${JSON.stringify(after)}`);
      assert.notEqual(after[0], before[0]);
      assert.equal(shown.length, 1, `one announcement, got ${JSON.stringify(shown)}`);
      assert.match(shown[0], /restarted|khởi động lại/);
    } finally {
      vscode.window.showWarningMessage = original;
    }
  });
});
