// Which LintOptions apply to one file. The seam for configuration files: the lead connects
// `loadConfigFor(path)` (server/src/config/) here; flags given on the command line win over it.

import type { Language, LintOptions, ProfileName } from '../engine';

/** What the command line said; a field is undefined when its flag was not given. */
export interface CliFlags {
  readonly profile?: ProfileName;
  readonly language?: Language;
}

/**
 * The options for `path` (a real path, or the `--stdin-filename`). Today: the flags over the engine's
 * defaults. With configuration: `{ ...configOptions(loadConfigFor(path)), ...definedFlags(flags) }`.
 * Runs in worker threads too, so it must stay synchronous and free of shared state.
 */
export function lintOptionsFor(path: string, flags: CliFlags): LintOptions {
  void path;
  return definedFlags(flags);
}

function definedFlags(flags: CliFlags): LintOptions {
  const options: { profile?: ProfileName; language?: Language } = {};
  if (flags.profile !== undefined) options.profile = flags.profile;
  if (flags.language !== undefined) options.language = flags.language;
  return options;
}
