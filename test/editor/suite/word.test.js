// Word files in the editor: "Văn bản: Kiểm tra tệp Word" on a .docx opens its text read-only beside it as
// a virtual document with the formatting findings, by paragraph, in the Problems panel; "Nhập tệp Word"
// saves the text as a draft; "Chuẩn hóa thể thức tệp Word" writes the fixed file and opens its check. The
// .docx files are the project's own fixtures (made with the docx package: a top margin of 15 mm; five
// formatting slips).
'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { workspaceUri, waitForEvent, codeOf, closeAll } = require('./util');

const FIXTURE = path.resolve(__dirname, '..', 'fixtures', 'bao-cao-le-tren-15mm.docx');

describe('Word files in VS Code', function () {
  this.timeout(60000);
  afterEach(closeAll);

  it('checks a .docx: the text beside it as a virtual document, and the formatting findings by paragraph', async () => {
    const docx = workspaceUri('bao-cao.docx');
    fs.copyFileSync(FIXTURE, docx.fsPath);
    const virtual = await vscode.commands.executeCommand('vanban.checkWord', docx);
    assert.ok(virtual, 'the command gives the virtual document');
    assert.equal(virtual.scheme, 'vanban-word');
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === virtual.toString());
    assert.ok(document, 'the text is open');
    assert.equal(document.languageId, 'vanban');
    assert.match(document.getText(), /^ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\nSố: 08\/QĐ-UBND/);
    const margins = await waitForEvent([vscode.languages.onDidChangeDiagnostics], () => {
      const found = vscode.languages.getDiagnostics(virtual).find((d) => codeOf(d) === 'word-margins');
      return found || undefined;
    }, 'the margin finding');
    assert.match(margins.message, /^¶1: Lề trên là 15 mm; quy định: 20–25 mm/);
    assert.equal(margins.severity, vscode.DiagnosticSeverity.Warning);
    // The text comes from the content provider of its own scheme (shown read-only), not from a file.
    assert.equal(document.isUntitled, false);
    assert.equal(document.isDirty, false);
  });

  it('imports the text as a draft', async () => {
    const docx = workspaceUri('bao-cao-2.docx');
    fs.copyFileSync(FIXTURE, docx.fsPath);
    const target = workspaceUri('bao-cao-2.vanban');
    const written = await vscode.commands.executeCommand('vanban.importWord', docx, target);
    assert.equal(written.toString(), target.toString());
    const text = fs.readFileSync(target.fsPath, 'utf8');
    assert.match(text, /^ỦY BAN NHÂN DÂN\n/);
    assert.match(text, /\nLê Văn Minh\n$/);
  });

  it('"Chuẩn hóa thể thức tệp Word" writes x.chuan-hoa.docx beside the file, its formatting findings gone, and opens its check', async () => {
    const docx = workspaceUri('dinh-dang-sai.docx');
    fs.copyFileSync(path.resolve(__dirname, '..', 'fixtures', 'bao-cao-dinh-dang-sai.docx'), docx.fsPath);
    const before = fs.readFileSync(docx.fsPath);
    // confirm: false skips the modal list of changes (a test cannot press its button).
    const written = await vscode.commands.executeCommand('vanban.fixWord', docx, { confirm: false });
    assert.ok(written, 'the command gives the written file');
    assert.equal(path.basename(written.fsPath), 'dinh-dang-sai.chuan-hoa.docx');
    assert.deepEqual(fs.readFileSync(docx.fsPath), before, 'the original is untouched');
    assert.equal(fs.readFileSync(written.fsPath).subarray(0, 2).toString('latin1'), 'PK');
    // The result's Word-check view opens; none of the five formatting findings of the original is left.
    const virtual = await waitForEvent([vscode.window.onDidChangeVisibleTextEditors], () => vscode.window.visibleTextEditors
      .map((editor) => editor.document.uri).find((uri) => uri.scheme === 'vanban-word' && uri.query.includes('chuan-hoa')), 'the check of the result');
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === virtual.toString());
    assert.match(document.getText(), /^ỦY BAN NHÂN DÂN\n/);
    const formatting = vscode.languages.getDiagnostics(virtual).filter((d) => String(codeOf(d)).startsWith('word-'));
    assert.deepEqual(formatting.map((d) => d.message), []);
  });
});
