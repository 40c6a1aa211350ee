// Living with the extension in a real VS Code (code-server): Vietnamese commands and settings under the
// display language the run uses (English by default; VANBAN_EDITOR_LOCALE=vi for the second run), the
// [vanban] editor defaults, "Choose the profile" writing to the folder's settings, a new document from a
// skeleton, a new .vanbanrc.json, a rule's page in the Markdown preview, and the restart command.
'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const vscode = require('vscode');
const { EXTENSION_ID, workspaceUri, waitForEvent, closeAll } = require('./util');

/**
 * Runs a command that opens quick picks and accepts the first item of each until the command returns
 * (polling, since VS Code has no event for a quick pick being shown).
 */
async function runAcceptingFirst(command, ...args) {
  let done = false;
  const result = Promise.resolve(vscode.commands.executeCommand(command, ...args)).finally(() => { done = true; });
  for (let i = 0; i < 100 && !done; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100)); // between polls of the quick pick only
    if (!done) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  }
  return result;
}

describe('living with vanban in VS Code', function () {
  this.timeout(60000);
  afterEach(closeAll);

  it(`shows the commands and settings in Vietnamese under the display language ${vscode.env.language}`, async () => {
    const expected = process.env.VANBAN_EDITOR_LOCALE || 'en';
    assert.equal(vscode.env.language, expected, 'the run uses the display language it asked for');
    const manifest = vscode.extensions.getExtension(EXTENSION_ID).packageJSON;
    const title = (id) => manifest.contributes.commands.find((c) => c.command === id).title;
    assert.equal(title('vanban.newDocument'), 'Tạo văn bản mới');
    assert.equal(title('vanban.selectProfile'), 'Chọn bộ quy tắc');
    assert.equal(manifest.contributes.commands[0].category, 'Văn bản (vanban)');
    assert.match(manifest.contributes.configuration.properties['vanban.profile'].markdownDescription, /^Bộ quy tắc áp dụng/);
    await vscode.extensions.getExtension(EXTENSION_ID).activate(); // registered commands exist once it runs
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['vanban.newDocument', 'vanban.createConfig', 'vanban.restartServer', 'vanban.openRulePage']) assert.ok(commands.includes(id), id);
  });

  it('wraps lines and turns off word-based suggestions in vanban documents only', () => {
    const vanban = vscode.workspace.getConfiguration('editor', { languageId: 'vanban' });
    assert.equal(vanban.get('wordWrap'), 'on');
    assert.equal(vanban.get('wordBasedSuggestions'), 'off');
    assert.notEqual(vscode.workspace.getConfiguration('editor', { languageId: 'plaintext' }).get('wordWrap'), 'on');
  });

  // The window this run opened (VANBAN_EDITOR_WINDOW): a folder, a multi-root workspace, or no folder.
  const windowKind = process.env.VANBAN_EDITOR_WINDOW || 'folder';

  it(`"Choose the profile" writes vanban.profile where it belongs (window: ${windowKind})`, async () => {
    const folders = vscode.workspace.workspaceFolders || [];
    assert.equal(folders.length, { folder: 1, multi: 2, none: 0 }[windowKind], 'the window the run asked for');
    if (windowKind === 'none') {
      // No folder: the user's settings.
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'vanban', content: 'ĐẢNG CỘNG SẢN VIỆT NAM\n' }));
      await runAcceptingFirst('vanban.selectProfile');
      const inspected = vscode.workspace.getConfiguration('vanban').inspect('profile');
      assert.equal(inspected.globalValue, 'auto', JSON.stringify(inspected));
      await vscode.workspace.getConfiguration('vanban').update('profile', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      return;
    }
    // A draft in the last folder (the second of a multi-root workspace): that folder's settings, not the other's.
    const folder = folders[folders.length - 1];
    const uri = vscode.Uri.joinPath(folder.uri, 'profile.vanban');
    fs.writeFileSync(uri.fsPath, 'ĐẢNG CỘNG SẢN VIỆT NAM\n');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await runAcceptingFirst('vanban.selectProfile');
    const inspected = vscode.workspace.getConfiguration('vanban', uri).inspect('profile');
    assert.equal(inspected.workspaceFolderValue, 'auto', JSON.stringify(inspected));
    if (folders.length > 1) assert.equal(vscode.workspace.getConfiguration('vanban', folders[0].uri).inspect('profile').workspaceFolderValue, undefined, 'the other folder is untouched');
    await vscode.workspace.getConfiguration('vanban', uri).update('profile', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
  });

  it('"Tạo văn bản mới" opens an untitled vanban editor with a skeleton dated today', async () => {
    await runAcceptingFirst('vanban.newDocument');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'an editor is open');
    assert.equal(editor.document.isUntitled, true);
    assert.equal(editor.document.languageId, 'vanban');
    const today = new Date();
    const day = String(today.getDate()).padStart(2, '0');
    assert.match(editor.document.getText(), new RegExp(`ngày ${day} tháng \\d{1,2} năm ${today.getFullYear()}`));
    assert.match(editor.document.getText(), /^ĐẢNG CỘNG SẢN VIỆT NAM/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('creates .vanbanrc.json with its $schema, and opens an existing one untouched', async function () {
    if (windowKind === 'none') this.skip(); // no folder to put it in: the command says so
    const uri = workspaceUri('.vanbanrc.json');
    fs.rmSync(uri.fsPath, { force: true });
    await runAcceptingFirst('vanban.createConfig'); // a multi-root window asks for the folder: the first
    const created = JSON.parse(fs.readFileSync(uri.fsPath, 'utf8'));
    assert.match(created.$schema, /vanbanrc\.schema\.json$/);
    assert.equal(vscode.window.activeTextEditor.document.uri.fsPath, uri.fsPath);
    fs.writeFileSync(uri.fsPath, '{ "profile": "nd30" }\n');
    await runAcceptingFirst('vanban.createConfig');
    assert.equal(fs.readFileSync(uri.fsPath, 'utf8'), '{ "profile": "nd30" }\n');
    fs.rmSync(uri.fsPath, { force: true });
  });

  it('opens a rule page shipped with the extension in the Markdown preview', async () => {
    await vscode.commands.executeCommand('vanban.openRulePage', 'number-format');
    const tab = await waitForEvent([vscode.window.tabGroups.onDidChangeTabs], () => {
      const active = vscode.window.tabGroups.activeTabGroup.activeTab;
      return active && active.input instanceof vscode.TabInputWebview && /markdown/i.test(active.input.viewType) ? active : undefined;
    }, 'the Markdown preview of the rule page', 20000);
    assert.match(tab.label, /number-format/);
  });

  it('adds a word to the word list from the spelling finding\'s quick fix, and the finding goes', async function () {
    if (windowKind === 'none') this.skip(); // the same command writes the user's settings there
    const folders = vscode.workspace.workspaceFolders;
    const uri = vscode.Uri.joinPath(folders[folders.length - 1].uri, 'words.vanban');
    fs.writeFileSync(uri.fsPath, 'ĐẢNG CỘNG SẢN VIỆT NAM\n\nHội đồng xét đơn của bà ngiêm.\n');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const spelling = () => vscode.languages.getDiagnostics(uri).filter((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'syllable-spelling');
    const [finding] = await waitForEvent([vscode.languages.onDidChangeDiagnostics], () => (spelling().length ? spelling() : undefined), 'the spelling finding', 30000);
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, finding.range, vscode.CodeActionKind.QuickFix.value);
    const add = actions.find((a) => /^Thêm “ngiêm” vào danh sách từ riêng$/.test(a.title));
    assert.ok(add, JSON.stringify(actions.map((a) => a.title)));
    await vscode.commands.executeCommand(add.command.command, ...add.command.arguments);
    await waitForEvent([vscode.languages.onDidChangeDiagnostics], () => (spelling().length === 0 ? true : undefined), 'the finding gone after the word was added', 30000);
    assert.deepEqual(vscode.workspace.getConfiguration('vanban', uri).inspect('words').workspaceFolderValue, ['ngiêm'], 'in vanban.words');
    await vscode.workspace.getConfiguration('vanban', uri).update('words', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
  });

  it('restarts the language server on request', async () => {
    await vscode.commands.executeCommand('vanban.restartServer');
  });
});
