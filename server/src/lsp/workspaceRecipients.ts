// Recipients used in the workspace's other `.vanban` drafts, for completion. Node side only: the engine
// never reads files. The scan is bounded (depth, file count) and cached for a few seconds.

import { readdir } from 'node:fs/promises';
import { readTextFile } from '../node/read';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AnalysisHost, recipientTexts, sameFamily, type Regime } from '../engine';
import type { RecipientSource } from './host';

const MAX_FILES = 400;
const MAX_DEPTH = 6;
const TTL_MS = 5000;
const SKIP = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test']);

export class WorkspaceRecipients implements RecipientSource {
  private cache: { at: number; byFile: Map<string, { regime: Regime; items: string[] }> } | undefined;

  /** `folders` gives the workspace folders' URIs; only `file:` folders are read. */
  constructor(private readonly folders: () => readonly string[]) {}

  /** Recipients of every draft of the regime's family in the workspace except the one at `excludeUri`, most used first. */
  async list(excludeUri?: string, regime?: Regime): Promise<string[]> {
    const excludePath = excludeUri ? pathOf(excludeUri) : undefined;
    const byFile = await this.scan();
    const counts = new Map<string, number>();
    for (const [file, { regime: fileRegime, items }] of byFile) {
      if (file === excludePath || !sameFamily(fileRegime, regime)) continue;
      for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi')).map(([item]) => item);
  }

  private async scan(): Promise<Map<string, { regime: Regime; items: string[] }>> {
    if (this.cache && Date.now() - this.cache.at < TTL_MS) return this.cache.byFile;
    const byFile = new Map<string, { regime: Regime; items: string[] }>();
    const files: string[] = [];
    // Each draft is read once, for its recipients, and forgotten.
    const host = new AnalysisHost({ editing: false });
    for (const folder of this.folders()) {
      const path = pathOf(folder);
      if (path) await collect(path, 0, files);
    }
    for (const file of files) {
      try {
        // The one reader: a FIFO or a device lying in the workspace is refused, never waited on.
        const { text, invalid } = readTextFile(file, 'draft');
        if (invalid) continue;
        host.update(file, 0, text);
        const model = host.model(file);
        byFile.set(file, { regime: model.regime, items: recipientTexts(model) });
        host.remove(file);
      } catch {
        // An unreadable file is simply not offered.
      }
    }
    this.cache = { at: Date.now(), byFile };
    return byFile;
  }
}

async function collect(folder: string, depth: number, files: string[]): Promise<void> {
  if (depth > MAX_DEPTH || files.length >= MAX_FILES) return;
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (files.length >= MAX_FILES) return;
    const path = join(folder, entry.name);
    if (entry.isDirectory() && !SKIP.has(entry.name) && !entry.name.startsWith('.')) await collect(path, depth + 1, files);
    else if (entry.isFile() && entry.name.endsWith('.vanban')) files.push(path);
  }
}

function pathOf(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}
