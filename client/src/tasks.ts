// "Văn bản: Kiểm tra cả thư mục": a task (type `vanban`) that runs the CLI on a workspace folder, with the
// `$vanban` problem matcher filling the Problems panel, and a command that runs it.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { lintTaskArgs, TASK_TYPE, type VanbanTaskDefinition } from './taskCommand';

export const LINT_WORKSPACE_COMMAND = 'vanban.lintWorkspace';

export function registerTasks(context: vscode.ExtensionContext): void {
  const cli = context.asAbsolutePath(path.join('dist', 'cli.js'));
  const provider: vscode.TaskProvider = {
    provideTasks: () => (vscode.workspace.workspaceFolders ?? []).map((folder) => lintTask(cli, folder, { type: TASK_TYPE, command: 'lint' })),
    resolveTask: (task) => {
      const definition = task.definition as VanbanTaskDefinition;
      const folder = typeof task.scope === 'object' ? task.scope : vscode.workspace.workspaceFolders?.[0];
      return definition.command === 'lint' && folder ? lintTask(cli, folder, definition) : undefined;
    },
  };
  context.subscriptions.push(
    vscode.tasks.registerTaskProvider(TASK_TYPE, provider),
    vscode.commands.registerCommand(LINT_WORKSPACE_COMMAND, async () => {
      const folders = vscode.workspace.workspaceFolders ?? [];
      if (folders.length === 0) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder to check its drafts.'));
        return;
      }
      for (const folder of folders) await vscode.tasks.executeTask(lintTask(cli, folder, { type: TASK_TYPE, command: 'lint' }));
    }),
  );
}

function lintTask(cli: string, folder: vscode.WorkspaceFolder, definition: VanbanTaskDefinition): vscode.Task {
  // The extension host's executable is Node in a remote host and Electron on the desktop;
  // ELECTRON_RUN_AS_NODE makes the latter behave as Node.
  const execution = new vscode.ProcessExecution(process.execPath, lintTaskArgs(cli, definition), {
    cwd: folder.uri.fsPath,
    env: { ELECTRON_RUN_AS_NODE: '1' },
  });
  const task = new vscode.Task({ ...definition }, folder, vscode.l10n.t('Check the whole folder'), 'Văn bản', execution, '$vanban');
  task.presentationOptions = { reveal: vscode.TaskRevealKind.Silent, clear: true };
  return task;
}
