// `.vanbanrc.json` for the language server: the nearest config file of each document, read once and
// kept until a watched config file changes; its problems are published as diagnostics on the file itself.

import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { findConfig, loadConfigFile, type LoadedConfig } from '../config';
import { localize, type Language, type LintOptions } from '../engine';
import type { ConfigSource } from './host';

export class ConfigStore implements ConfigSource {
  /** Loaded files by path. */
  private readonly files = new Map<string, LoadedConfig>();
  /** The config path (or none) of each document folder's lookup, by document path. */
  private readonly lookups = new Map<string, string | undefined>();
  /** Config files we published problems for, so they can be cleared. */
  private readonly published = new Set<string>();

  constructor(private readonly connection: Connection, private readonly language: () => Language = () => 'vi') {}

  /**
   * The options of the config file that applies to the document at `uri` (none for unsaved documents).
   * Its problems are published in `language` (the editor's), unless the file names its own.
   */
  optionsFor(uri: string, language: Language = this.language()): LintOptions {
    const path = pathOf(uri);
    if (!path) return {};
    let configPath = this.lookups.get(path);
    if (!this.lookups.has(path)) {
      configPath = findConfig(path);
      this.lookups.set(path, configPath);
    }
    if (!configPath) return {};
    let loaded = this.files.get(configPath);
    if (!loaded) {
      loaded = loadConfigFile(configPath);
      this.files.set(configPath, loaded);
      this.publish(configPath, loaded, loaded.options.language ?? language);
    }
    return loaded.options;
  }

  /** The document closed: forget its lookup (the config file itself stays read for its neighbours). */
  forget(uri: string): void {
    const path = pathOf(uri);
    if (path) this.lookups.delete(path);
  }

  /** Forgets everything read: a config file was created, changed or deleted. */
  invalidate(): void {
    this.files.clear();
    this.lookups.clear();
    for (const path of this.published) void this.connection.sendDiagnostics({ uri: pathToFileURL(path).toString(), diagnostics: [] });
    this.published.clear();
  }

  private publish(configPath: string, loaded: LoadedConfig, language: Language): void {
    if (loaded.problems.length === 0) return;
    const diagnostics: LspDiagnostic[] = loaded.problems.map((problem) => ({
      range: problem.range,
      severity: problem.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
      source: 'vanban',
      code: 'config',
      message: localize(language, problem.message),
    }));
    this.published.add(configPath);
    void this.connection.sendDiagnostics({ uri: pathToFileURL(configPath).toString(), diagnostics });
  }
}

function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
