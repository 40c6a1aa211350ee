// The command line of the "check the whole folder" task, kept free of the vscode module so a test can
// run exactly what the task runs.

export const TASK_TYPE = 'vanban';

/** The `vanban` task definition, as `contributes.taskDefinitions` declares it. */
export interface VanbanTaskDefinition {
  readonly type: typeof TASK_TYPE;
  readonly command: 'lint';
  /** Files, folders or globs, relative to the workspace folder; the whole folder when empty. */
  readonly paths?: readonly string[];
  readonly profile?: string;
}

/** Arguments after the node executable: the bundled CLI, plain text output the problem matcher reads. */
export function lintTaskArgs(cliPath: string, definition: VanbanTaskDefinition): string[] {
  const paths = definition.paths && definition.paths.length > 0 ? definition.paths : ['.'];
  return [cliPath, 'lint', ...paths, '--format', 'text', '--no-color', ...(definition.profile ? ['--profile', definition.profile] : [])];
}
