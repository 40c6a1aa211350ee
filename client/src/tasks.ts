// "Văn bản: Kiểm tra cả thư mục": a task (type `vanban`) that runs the CLI on a workspace folder, with the
// `$vanban` problem matcher filling the Problems panel, and a command that runs it.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { t } from './l10n';
import { lintTaskArgs, settingsEnv, TASK_TYPE, type VanbanTaskDefinition } from './taskCommand';

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
        void vscode.window.showWarningMessage(t('Open a folder to check its drafts.'));
        return;
      }
      for (const folder of folders) await vscode.tasks.executeTask(lintTask(cli, folder, { type: TASK_TYPE, command: 'lint' }));
    }),
  );
}

/** The folder's `vanban.*` settings, handed to the CLI (which puts each file's .vanbanrc.json over them). */
function folderSettings(folder: vscode.WorkspaceFolder): Record<string, string> {
  const configuration = vscode.workspace.getConfiguration('vanban', folder.uri);
  return settingsEnv({
    profile: configuration.get<string>('profile'),
    messagesLanguage: configuration.get<string>('messagesLanguage'),
    rules: configuration.get<Record<string, unknown>>('rules'),
    words: configuration.get<string[]>('words'),
  });
}

function lintTask(cli: string, folder: vscode.WorkspaceFolder, definition: VanbanTaskDefinition): vscode.Task {
  // The extension host's executable is Node in a remote host and Electron on the desktop;
  // ELECTRON_RUN_AS_NODE makes the latter behave as Node.
  const execution = new vscode.ProcessExecution(process.execPath, lintTaskArgs(cli, definition), {
    cwd: folder.uri.fsPath,
    env: { ELECTRON_RUN_AS_NODE: '1', ...folderSettings(folder) },
  });
  const task = new vscode.Task({ ...definition }, folder, t('Check the whole folder'), 'Văn bản', execution, '$vanban');
  task.presentationOptions = { reveal: vscode.TaskRevealKind.Silent, clear: true };
  return task;
}
