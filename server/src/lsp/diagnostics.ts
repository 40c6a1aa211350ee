// Diagnostics as the user types: debounced per document, and a run whose document changed meanwhile
// is dropped rather than published. With each version's diagnostics goes its status (regime, profile,
// type), so the client's status item needs no request of its own.

import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../engine';
import { DocumentStatusNotification } from '../protocol';
import { analyse, type Features } from './features';

export class DiagnosticsScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The analysis last published per document: the same one (an open also fires a change) is not sent twice. */
  private readonly published = new Map<string, Analysis>();

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
    const analysis = await analyse(this.features, uri);
    if (!analysis || analysis.document.version !== version) return; // stale: a newer run is scheduled
    if (this.published.get(uri) === analysis) return;
    this.published.set(uri, analysis);
    const diagnostics = this.features.service.getDiagnostics(analysis, uri);
    if (this.features.documents.get(uri)?.version !== version) return;
    await this.connection.sendDiagnostics({ uri, version, diagnostics });
    await this.connection.sendNotification(DocumentStatusNotification, { uri, version, ...analysis.documentInfo });
  }
}
