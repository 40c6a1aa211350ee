// Diagnostics as the user types: debounced per document, and a run whose document changed meanwhile
// is dropped rather than published. With each version's diagnostics goes its status (regime, profile,
// type), so the client's status item needs no request of its own.

import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintOptions } from '../engine';
import { DocumentStatusNotification } from '../protocol';
import { analyse, type Features } from './features';

export class DiagnosticsScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /**
   * What was last published per document, by the version and options object that make an analysis (the
   * host makes one per pair): the same is not sent twice. Not the analysis itself: a document nobody uses
   * lets its analysis go once the diagnostics are out (documentUse.ts), and even a weak reference keeps
   * an object alive through the young generation's collections.
   */
  private readonly published = new Map<string, { readonly version: number; readonly options: LintOptions }>();

  constructor(
    private readonly connection: Connection,
    private readonly features: Features,
    private delayMs = 120,
  ) {}

  /** The pause after a change before linting (initializationOptions.diagnosticsDelayMs; the benchmark uses 0). */
  setDelay(ms: number): void {
    this.delayMs = ms;
  }

  schedule(document: TextDocument, immediately = false): void {
    this.cancel(document.uri);
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

  /** The document closed: forget it. */
  forget(uri: string): void {
    this.cancel(uri);
    this.published.delete(uri);
  }

  private async run(uri: string, version: number): Promise<void> {
    const analysis = await analyse(this.features, uri, false);
    if (!analysis || analysis.document.version !== version) return; // stale: a newer run is scheduled
    const last = this.published.get(uri);
    if (last?.version === version && last.options === analysis.options) return;
    this.published.set(uri, { version, options: analysis.options });
    const diagnostics = this.features.service.getDiagnostics(analysis, uri);
    if (this.features.documents.get(uri)?.version !== version) return;
    this.features.recipients.note(uri, version, analysis.model);
    this.features.use.published(uri);
    await this.connection.sendDiagnostics({ uri, version, diagnostics });
    await this.connection.sendNotification(DocumentStatusNotification, { uri, version, ...analysis.documentInfo });
  }
}
