// The command line of the "check the whole folder" task, kept free of the vscode module so a test can
// run exactly what the task runs.

export const TASK_TYPE = 'vanban';

/** The CLI reads the editor's settings from this variable (server/src/cli/options.ts). */
export const SETTINGS_ENV = 'VANBAN_SETTINGS';

/** What the `vanban.*` settings of a folder say, as the editor reads them. */
export interface EditorSettings {
  readonly profile?: string;
  readonly messagesLanguage?: string;
  readonly rules?: Record<string, unknown>;
  /** The word list (`vanban.words`), passed as the configuration's word list (`words`). */
  readonly words?: readonly string[];
}

/**
 * The settings as `.vanbanrc.json`-shaped JSON for the task's environment: the CLI applies them under each
 * file's `.vanbanrc.json`, as the editor does, so the task finds what the editor shows.
 */
export function settingsEnv(settings: EditorSettings): Record<string, string> {
  const config: Record<string, unknown> = {};
  if (settings.profile && settings.profile !== 'auto') config.profile = settings.profile;
  if (settings.messagesLanguage) config.language = settings.messagesLanguage;
  if (settings.rules && Object.keys(settings.rules).length) config.rules = settings.rules;
  if (settings.words && settings.words.length) config.words = settings.words;
  return { [SETTINGS_ENV]: JSON.stringify(config) };
}

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
