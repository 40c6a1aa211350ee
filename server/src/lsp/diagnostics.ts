// Diagnostics as the user types: debounced per document, and a run whose document changed meanwhile
// is dropped rather than published.

import type { Connection, Diagnostic as LspDiagnostic, TextDocuments } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lintModel, rules, type Diagnostic, type Severity } from '../engine';
import type { ModelCache } from './models';
import { lintOptions, type SettingsStore } from './settings';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const RULE_DOCS_BASE = 'https://github.com/vanban/vanban/blob/main/docs/rules/';

const DOCUMENTED = new Set(rules().map((rule) => rule.id));

export function toLspDiagnostic(diagnostic: Diagnostic): LspDiagnostic {
  return {
    range: diagnostic.range,
    severity: SEVERITY[diagnostic.severity],
    code: diagnostic.rule,
    codeDescription: DOCUMENTED.has(diagnostic.rule) ? { href: `${RULE_DOCS_BASE}${diagnostic.rule}.md` } : undefined,
    source: 'vanban',
    message: diagnostic.message,
    // The fix travels with the diagnostic, so a quick fix needs no second lint.
    data: diagnostic.fix ? { fix: diagnostic.fix } : undefined,
  };
}

export class DiagnosticsScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly models: ModelCache,
    private readonly settings: SettingsStore,
    private delayMs = 120,
  ) {}

  /** The pause after a change before linting (initializationOptions.diagnosticsDelayMs; the benchmark uses 0). */
  setDelay(ms: number): void {
    this.delayMs = ms;
  }

  schedule(document: TextDocument, immediately = false): void {
    const pending = this.timers.get(document.uri);
    if (pending) clearTimeout(pending);
    const run = () => {
      this.timers.delete(document.uri);
      void this.run(document.uri, document.version);
    };
    if (immediately) run();
    else this.timers.set(document.uri, setTimeout(run, this.delayMs));
  }

  cancel(uri: string): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.delete(uri);
  }

  private async run(uri: string, version: number): Promise<void> {
    const settings = await this.settings.forDocument(uri);
    const document = this.documents.get(uri);
    if (!document || document.version !== version) return; // stale: a newer run is scheduled
    const result = lintModel(this.models.get(document), {
      ...lintOptions(settings),
      onRuleError: (rule, error) => this.connection.console.error(`vanban: rule ${rule} failed on ${uri}: ${String(error instanceof Error ? error.stack : error)}`),
    });
    if (this.documents.get(uri)?.version !== version) return;
    await this.connection.sendDiagnostics({ uri, version, diagnostics: result.diagnostics.map(toLspDiagnostic) });
  }
}
