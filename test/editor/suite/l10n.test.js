// Vietnamese throughout and easy to live with, in the real editor: a rule's page opens from the
// quick fix and from the Problems code link, offline, from the extension's own files, in Vietnamese; every
// command carries `vanban` in its category and is registered; exporting a draft with errors asks first;
// the Word-check view bears the Word file's name and offers no export (the command that failed there).
'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { EXTENSION_ID, workspaceUri, waitForEvent, codeOf, closeAll } = require('./util');

// A Party draft of the project's own with errors (the number's shape, the date's padding).
const DRAFT_WITH_ERRORS = `ĐẢNG BỘ TỈNH BẮC NINH
HUYỆN ỦY YÊN PHONG
*
Số 12 - KL/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Yên Phong, ngày 5 tháng 3 năm 2026

KẾT LUẬN
của Ban Thường vụ Huyện ủy về công tác chuyển đổi số năm 2026
-----

Ban Thường vụ Huyện ủy kết luận như sau.
`;

async function openWithErrors(name) {
  const uri = workspaceUri(name);
  fs.writeFileSync(uri.fsPath, DRAFT_WITH_ERRORS);
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  const errors = await waitForEvent([vscode.languages.onDidChangeDiagnostics], () => {
    const found = vscode.languages.getDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    return found.some((d) => codeOf(d) === 'number-format') ? found : undefined;
  }, 'the number-format error');
  return { uri, document, errors };
}

const isMarkdownPreview = (tab) => tab.input instanceof vscode.TabInputWebview && /markdown\.preview/i.test(tab.input.viewType);
const findPreview = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs).find(isMarkdownPreview);

describe('Vietnamese throughout, easy to live with', function () {
  this.timeout(60000);
  afterEach(closeAll);

  it('opens the rule page from the quick fix, offline, from the extension, in Vietnamese', async () => {
    const { uri, errors } = await openWithErrors('trang-quy-tac.vanban');
    const number = errors.find((d) => codeOf(d) === 'number-format');
    // The Problems code link runs our command, not a web address.
    assert.equal(number.code.target.scheme, 'command');
    assert.match(number.code.target.toString(true), /^command:vanban\.openRulePage\?/);
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, number.range);
    const docs = actions.find((action) => action.command && action.command.command === 'vanban.showRuleDocumentation');
    assert.ok(docs, `the "Xem hướng dẫn" quick fix among ${actions.map((a) => a.title).join(' | ')}`);
    assert.match(docs.title, /hướng dẫn/i);
    const page = await vscode.commands.executeCommand(docs.command.command, ...docs.command.arguments);
    assert.ok(page, `the quick fix opened a page (argument ${JSON.stringify(docs.command.arguments)})`);
    const tab = await waitForEvent([vscode.window.tabGroups.onDidChangeTabs], findPreview, 'the Markdown preview of the rule page', 20000);
    assert.match(tab.label, /number-format/);
    // The page is the extension's own file (no network), the Vietnamese one.
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(page, 'the command gives the page it opened');
    assert.equal(page.toString(), vscode.Uri.joinPath(extension.extensionUri, 'docs', 'rules', 'number-format.md').toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(page));
    assert.match(text, /^## Kiểm tra gì$/m);
    assert.match(text, /^## Vì sao$/m);
  });

  it('the code link opens the same page', async () => {
    const { errors } = await openWithErrors('lien-ket-ma.vanban');
    const number = errors.find((d) => codeOf(d) === 'number-format');
    const target = number.code.target;
    const args = JSON.parse(decodeURIComponent(target.query));
    const page = await vscode.commands.executeCommand(target.path, ...args);
    assert.match(page.path, /\/docs\/rules\/number-format\.md$/);
    await waitForEvent([vscode.window.tabGroups.onDidChangeTabs], findPreview, 'the preview', 20000);
  });

  it('every command is found by typing vanban: its category says vanban, and it is registered', async () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID).packageJSON;
    const registered = await vscode.commands.getCommands(true);
    for (const command of manifest.contributes.commands) {
      assert.match(`${command.category}: ${command.title}`, /vanban/, command.command);
      assert.ok(registered.includes(command.command), `${command.command} is registered`);
    }
  });

  it('exporting a draft with errors asks first, and writes nothing when the answer is no', async () => {
    const { uri, errors } = await openWithErrors('xuat-co-loi.vanban');
    const target = workspaceUri('xuat-co-loi.docx');
    fs.rmSync(target.fsPath, { force: true });
    const asked = [];
    await vscode.commands.executeCommand('vanban.exportDocx', uri, target, { confirm: (question) => { asked.push(question); return false; } });
    assert.equal(asked.length, 1, 'asked once');
    assert.equal(asked[0].message, `Còn ${errors.length} lỗi. Vẫn xuất?`);
    assert.match(asked[0].detail, /^Dòng 4: /m, 'the errors listed by line');
    assert.ok(!fs.existsSync(target.fsPath), 'nothing written');
    const written = await vscode.commands.executeCommand('vanban.exportDocx', uri, target, { confirm: () => true });
    assert.equal(written.toString(), target.toString());
    assert.equal(fs.readFileSync(target.fsPath).subarray(0, 2).toString('latin1'), 'PK');
  });

  it('the Word-check view bears the Word file\'s name and offers no export', async () => {
    const docx = workspaceUri('kiem-tra-ten.docx');
    fs.copyFileSync(path.resolve(__dirname, '..', 'fixtures', 'bao-cao-le-tren-15mm.docx'), docx.fsPath);
    const virtual = await vscode.commands.executeCommand('vanban.checkWord', docx);
    assert.equal(virtual.scheme, 'vanban-word');
    assert.equal(path.posix.basename(virtual.path), 'kiem-tra-ten.docx', 'no .docx.vanban that exists nowhere');
    const tab = vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === virtual.toString());
    assert.ok(tab, 'its tab');
    assert.equal(tab.label, 'kiem-tra-ten.docx');
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === virtual.toString());
    assert.equal(document.languageId, 'vanban');
    // "Xuất ra .docx" is hidden there: every place the manifest offers it excludes the view's scheme.
    const menus = vscode.extensions.getExtension(EXTENSION_ID).packageJSON.contributes.menus;
    const exports = Object.values(menus).flat().filter((item) => item.command === 'vanban.exportDocx');
    for (const item of exports) assert.match(item.when, /resourceScheme != '?vanban-word/);
  });
});
