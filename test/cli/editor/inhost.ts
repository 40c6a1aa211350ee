// Runs inside VS Code's extension host (bundled to CommonJS by the driver): the user's command
// "Văn bản: Kiểm tra cả thư mục" on a workspace of drafts, then the Problems panel's contents.

import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

interface Problem { file: string; line: number; code: string; severity: string }

const SEVERITY: Record<number, string> = { 0: 'error', 1: 'warning', 2: 'info', 3: 'hint' };

function problems(root: string): Problem[] {
  return vscode.languages.getDiagnostics().flatMap(([uri, diagnostics]) => diagnostics
    .filter((d) => d.source === 'vanban')
    .map((d) => ({
      file: path.relative(root, uri.fsPath).split(path.sep).join('/'),
      line: d.range.start.line,
      code: String(typeof d.code === 'object' ? d.code.value : d.code),
      severity: SEVERITY[d.severity],
    })))
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function suite(): void {
  describe('Văn bản: Kiểm tra cả thư mục', function () {
    this.timeout(60_000);

    it('runs vanban lint on the workspace folder and fills the Problems panel', async () => {
      const root = vscode.workspace.workspaceFolders![0].uri.fsPath;
      const extension = vscode.extensions.all.find((e) => e.packageJSON.name === 'vanban');
      assert.ok(extension, 'the extension under development is loaded');
      const ended = new Promise<number | undefined>((resolve) => {
        vscode.tasks.onDidEndTaskProcess((event) => {
          if (event.execution.task.definition.type === 'vanban') resolve(event.exitCode);
        });
      });
      // As the user does: the command from the palette (it activates the extension).
      await vscode.commands.executeCommand('vanban.lintWorkspace');
      assert.equal(await ended, 1, 'the drafts have errors, so the CLI exits 1');
      const found = await until('four problems', () => {
        const current = problems(root);
        return current.length >= 4 ? current : undefined;
      });
      assert.deepEqual(found, [
        { file: 'fixable.vanban', line: 3, code: 'number-format', severity: 'error' },
        { file: 'fixable.vanban', line: 28, code: 'recipients-format', severity: 'warning' },
        { file: 'nested/deeper/broken.vanban', line: 0, code: 'header-title', severity: 'error' },
        { file: 'nested/warning.vanban', line: 28, code: 'recipients-format', severity: 'warning' },
      ]);
    });

    it('offers the task in Run Task, named for the folder check', async () => {
      const tasks = await vscode.tasks.fetchTasks({ type: 'vanban' });
      assert.deepEqual(tasks.map((task) => [task.source, task.definition.command]), [['Văn bản', 'lint']]);
    });
  });
}

/** Called by VS Code, as `@vscode/test-electron` would, with the extensionTestsPath. */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, reporter: 'spec' });
  mocha.suite.emit('pre-require', globalThis, 'inhost', mocha);
  suite();
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} editor test(s) failed`)) : resolve()));
  });
}
