// Which LintOptions apply to one file: its nearest `.vanbanrc.json` (or the one --config names), with the
// flags given on the command line over it. Runs in worker threads too, so it stays synchronous; each
// run (and each worker thread) reads a config file once.

import { findConfig, loadConfigFile, mergeOptions, parseConfig, type LoadedConfig } from '../config';
import { isAbsolute, relative } from 'node:path';
import { localize, PROFILES, resolveRuleOptions, rules, type Language, type LintOptions, type ProfileName } from '../engine';

/** What the command line said; a field is undefined when its flag was not given. */
export interface CliFlags {
  readonly profile?: ProfileName;
  readonly language?: Language;
  /** `--config FILE`: this configuration for every file, instead of each one's nearest. */
  readonly config?: string;
}

/** The options for `path` (a real path, or the `--stdin-filename`); `report` is told a configuration's problems. */
export type OptionsFor = (path: string, flags: CliFlags, report?: (text: string) => void) => LintOptions;

/**
 * The options of one run (a command, or a worker thread's share of one): each configuration file is read,
 * parsed and its problems said once, the editor's settings too. The memory is this value's, not the module's.
 */
export function optionsResolver(): OptionsFor {
  const byConfigPath = new Map<string, LoadedConfig>();
  const reported = new Set<string>();
  let settings: LintOptions | undefined;
  const loadOnce = (configPath: string, load: () => LoadedConfig): LoadedConfig => {
    let loaded = byConfigPath.get(configPath);
    if (!loaded) {
      loaded = load();
      byConfigPath.set(configPath, loaded);
    }
    return loaded;
  };
  const loadNearest = (path: string): LoadedConfig => {
    // The lookup is a few stats; the file itself is read and parsed once per run.
    const configPath = findConfig(path);
    return configPath ? loadOnce(configPath, () => loadConfigFile(configPath)) : NO_CONFIG;
  };
  return (path, flags, report = (text) => process.stderr.write(text)) => {
    const loaded = flags.config ? loadOnce(flags.config, () => loadConfigFile(flags.config!)) : loadNearest(path);
    if (loaded.configPath && loaded.problems.length > 0 && !reported.has(loaded.configPath)) {
      reported.add(loaded.configPath);
      const language = flags.language ?? loaded.options.language ?? 'vi';
      for (const problem of loaded.problems) {
        const where = `${shownPath(loaded.configPath)}:${problem.range.start.line + 1}:${problem.range.start.character + 1}`;
        report(`${where} ${problem.severity} config ${localize(language, problem.message)}\n`);
      }
    }
    settings ??= settingsLayer(report, flags.language);
    return mergeOptions(mergeOptions(settings, loaded.options), definedFlags(flags));
  };
}

/** A path as findings show theirs: relative to the working folder when inside it. */
function shownPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown && !shown.startsWith('..') && !isAbsolute(shown) ? shown : path;
}

/** The environment variable through which the editor's folder task hands down the `vanban.*` settings. */
export const SETTINGS_ENV = 'VANBAN_SETTINGS';

/**
 * The editor's settings (JSON in the `.vanbanrc.json` form, validated the same way): the lowest layer,
 * under each file's `.vanbanrc.json` and the flags, as in the editor.
 */
function settingsLayer(report: (text: string) => void, language: Language | undefined): LintOptions {
  const text = process.env[SETTINGS_ENV];
  if (!text) return {};
  const parsed = parseConfig(text);
  for (const problem of parsed.problems) report(`${SETTINGS_ENV} ${problem.severity} config ${localize(language ?? 'vi', problem.message)}\n`);
  return parsed.options;
}

const NO_CONFIG: LoadedConfig = { options: {}, problems: [] };

function definedFlags(flags: CliFlags): LintOptions {
  const options: { profile?: ProfileName; language?: Language } = {};
  if (flags.profile !== undefined) options.profile = flags.profile;
  if (flags.language !== undefined) options.language = flags.language;
  return options;
}

/**
 * `--print-config`: the configuration fully resolved for one file, as the lint of it would use it: the
 * profile and language in force, the spelling words, and each rule's effective severity and options
 * (declared defaults, the profile's preset, the configuration, the flags).
 */
export function resolvedConfiguration(file: string, configFile: string | null, options: LintOptions): Record<string, unknown> {
  const profileName: ProfileName = options.profile ?? 'auto';
  const profile = PROFILES[profileName];
  const effective: Record<string, { severity: string; regimes: readonly string[]; options?: Record<string, unknown> }> = {};
  let words: readonly string[] = [];
  for (const rule of rules()) {
    const setting = options.rules?.[rule.id];
    const configured = typeof setting === 'string' ? setting : setting?.severity;
    const resolved = resolveRuleOptions(rule, [profile.preset[rule.id], typeof setting === 'object' ? setting.options : undefined]);
    if (Array.isArray(resolved.words) && rule.id === 'syllable-spelling') words = resolved.words as readonly string[];
    effective[rule.id] = { severity: configured ?? rule.severity, regimes: rule.regimes, ...(rule.options ? { options: { ...resolved } } : {}) };
  }
  return {
    file,
    configFile,
    profile: profileName,
    regime: profile.regime ?? 'auto',
    language: options.language ?? 'vi',
    words,
    ...(options.largeDocumentChars !== undefined ? { largeDocumentChars: options.largeDocumentChars } : {}),
    rules: effective,
  };
}
