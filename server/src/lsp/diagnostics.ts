// Diagnostics as the user types: debounced per document, and a run whose document changed meanwhile
// is dropped rather than published. With each version's diagnostics goes its status (regime, profile,
// type), so the client's status item needs no request of its own.

import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentStatusNotification } from '../protocol';
import { analyse, type Features } from './features';

export class DiagnosticsScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

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

  /** How many documents wait for a run (for the test that closing frees everything). */
  get pending(): number {
    return this.timers.size;
  }

  private async run(uri: string, version: number): Promise<void> {
    const analysis = await analyse(this.features, uri);
    if (!analysis || analysis.document.version !== version) return; // stale: a newer run is scheduled
    const diagnostics = this.features.service.getDiagnostics(analysis);
    if (this.features.documents.get(uri)?.version !== version) return;
    await this.connection.sendDiagnostics({ uri, version, diagnostics });
    await this.connection.sendNotification(DocumentStatusNotification, { uri, version, ...analysis.documentInfo });
  }
}
