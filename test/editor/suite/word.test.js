// Word files in the editor: "Văn bản: Kiểm tra tệp Word" on a .docx opens its text read-only beside it as
// a virtual document with the formatting findings, by paragraph, in the Problems panel; "Nhập tệp Word"
// saves the text as a draft; "Chuẩn hóa thể thức tệp Word" writes the fixed file and opens its check, on
// the project's own fixtures (made with the docx package: a top margin of 15 mm; five formatting slips) and
// on a real .docx from ../shared (checked with the engine's reader); the quick fix of one finding fixes that
// finding only; a file in a read-only file system is saved where the user says (the web's case).
'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { workspaceUri, waitForEvent, codeOf, closeAll } = require('./util');

const FIXTURE = path.resolve(__dirname, '..', 'fixtures', 'bao-cao-le-tren-15mm.docx');
const SLIPS = path.resolve(__dirname, '..', 'fixtures', 'bao-cao-dinh-dang-sai.docx');
const ROOT = path.resolve(__dirname, '..', '..', '..');
const SHARED = path.resolve(process.env.VANBAN_SHARED || path.join(ROOT, '..', 'shared'));
const REAL_DOCX = path.join(SHARED, 'corpus', 'docx');
/** The engine the extension bundles (the same code the server runs), to read what the command wrote. */
const engine = () => require(path.join(ROOT, 'dist', 'engine.js'));
const wordFindings = (bytes) => engine().lintDocx(new Uint8Array(bytes)).diagnostics.filter((d) => d.rule.startsWith('word-'));

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
  const realFiles = fs.existsSync(REAL_DOCX) ? fs.readdirSync(REAL_DOCX).filter((name) => name.endsWith('.docx')).sort() : [];
  if (realFiles.length === 0) {
    // One line when ../shared is absent; a failure under VANBAN_STRICT=1 (CI).
    const title = 'skipped: needs ../shared (the real .docx files) — put the shared folder beside the project or set VANBAN_SHARED';
    if (process.env.VANBAN_STRICT === '1') it(title, () => { throw new Error(`VANBAN_STRICT=1 turns this skip into a failure: ${title}`); });
    else it(title);
  } else {
    it('"Chuẩn hóa thể thức tệp Word" on a real .docx: the written x.chuan-hoa.docx reads with the engine, its text unchanged, none of the findings it fixed left', async () => {
      // The first real file the fix changes (the engine says which), copied into the workspace.
      const name = realFiles.find((file) => engine().fixDocxFormatting(new Uint8Array(fs.readFileSync(path.join(REAL_DOCX, file)))).bytes);
      assert.ok(name, 'a real file with something to fix');
      const docx = workspaceUri(name);
      fs.copyFileSync(path.join(REAL_DOCX, name), docx.fsPath);
      const original = fs.readFileSync(docx.fsPath);
      const expected = engine().fixDocxFormatting(new Uint8Array(original));
      const written = await vscode.commands.executeCommand('vanban.fixWord', docx, { confirm: false });
      assert.ok(written, 'the command gives the written file');
      assert.equal(path.basename(written.fsPath), name.replace(/\.docx$/, '.chuan-hoa.docx'));
      assert.deepEqual(fs.readFileSync(docx.fsPath), original, 'the original is untouched');
      const fixed = fs.readFileSync(written.fsPath);
      const read = engine().readDocx(new Uint8Array(fixed));
      assert.equal(read.text, engine().readDocx(new Uint8Array(original)).text, 'the text reads the same');
      // What is left is what the engine lists as left; nothing else of the original's findings.
      const left = wordFindings(fixed).map((d) => `${d.rule}@${d.range.start.line}`).sort();
      assert.deepEqual(left, expected.left.map((l) => `${l.diagnostic.rule}@${l.diagnostic.range.start.line}`).sort());
      assert.ok(wordFindings(original).length > left.length, 'findings were fixed');
      assert.ok(Buffer.from(fixed).equals(Buffer.from(expected.bytes)), 'the editor wrote the bytes `vanban fix` writes');
    });
  }

  it('the quick fix of one finding in the Word-check view fixes that finding only, and offers its rule and the whole file too', async () => {
    const docx = workspaceUri('mot-loi.docx');
    fs.copyFileSync(SLIPS, docx.fsPath);
    const virtual = await vscode.commands.executeCommand('vanban.checkWord', docx);
    const margins = await waitForEvent([vscode.languages.onDidChangeDiagnostics], () => vscode.languages.getDiagnostics(virtual).find((d) => codeOf(d) === 'word-margins'), 'the margin finding');
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', virtual, margins.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Sửa lỗi này (word-margins)'), titles.join(' | '));
    assert.ok(titles.includes('Chuẩn hóa thể thức toàn bộ tệp Word'), titles.join(' | '));
    const one = actions.find((a) => a.title === 'Sửa lỗi này (word-margins)');
    assert.equal(one.command.command, 'vanban.fixWord');
    // The action's own arguments, without the list of changes (a test cannot press the dialog's button).
    const [source, options] = one.command.arguments;
    const written = await vscode.commands.executeCommand('vanban.fixWord', source, { ...options, confirm: false });
    const before = wordFindings(fs.readFileSync(docx.fsPath)).map((d) => d.rule);
    const after = wordFindings(fs.readFileSync(written.fsPath)).map((d) => d.rule);
    assert.ok(before.includes('word-margins') && !after.includes('word-margins'), `${before} -> ${after}`);
    assert.deepEqual(after, before.filter((rule) => rule !== 'word-margins'), 'every other finding is still there');
  });

  it('a .docx in a read-only file system (the web\'s case) is fixed in memory and saved where the user says', async () => {
    const scheme = 'vanban-test-ro';
    const files = new Map([['/ro/bao-cao.docx', new Uint8Array(fs.readFileSync(SLIPS))]]);
    const noWrite = () => { throw vscode.FileSystemError.NoPermissions('read-only'); };
    const registration = vscode.workspace.registerFileSystemProvider(scheme, {
      onDidChangeFile: new vscode.EventEmitter().event,
      watch: () => new vscode.Disposable(() => undefined),
      stat: (uri) => {
        if (files.has(uri.path)) return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: files.get(uri.path).length };
        if (uri.path === '/ro' || uri.path === '/') return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
        throw vscode.FileSystemError.FileNotFound(uri);
      },
      readDirectory: () => [...files.keys()].map((key) => [key.slice(4), vscode.FileType.File]),
      readFile: (uri) => { if (!files.has(uri.path)) throw vscode.FileSystemError.FileNotFound(uri); return files.get(uri.path); },
      createDirectory: noWrite, writeFile: noWrite, delete: noWrite, rename: noWrite,
    }, { isReadonly: true });
    try {
      // The capability reaches the API asynchronously (undefined at first): the write refused is the other signal.
      assert.notEqual(vscode.workspace.fs.isWritableFileSystem(scheme), true);
      const saveAs = workspaceUri('tai-ve.chuan-hoa.docx');
      const written = await vscode.commands.executeCommand('vanban.fixWord', vscode.Uri.from({ scheme, path: '/ro/bao-cao.docx' }), { confirm: false, saveAs });
      assert.equal(written.toString(), saveAs.toString());
      assert.deepEqual([...files.keys()], ['/ro/bao-cao.docx'], 'nothing written beside the original');
      assert.equal(wordFindings(fs.readFileSync(saveAs.fsPath)).length, 0);
    } finally {
      registration.dispose();
    }
  });
});
