// `tsx bench/lsp-latency.ts [SERVER.js …]`: LSP latency alone (didChange → publishDiagnostics of that
// version, no debounce) on the 1 MB bench draft, for one or more server bundles in turn (e.g. main's and
// this branch's): 30 changes from the first after opening, then 30 more; p50 and p95 of each.
// `npm run bench` measures the same beside everything else.

import { join, resolve } from 'node:path';
import { generateDraft } from './generate';
import { LspSession } from './lsp';

async function main(): Promise<void> {
  const servers = process.argv.slice(2);
  if (servers.length === 0) servers.push(join(resolve(__dirname, '..'), 'dist', 'server.js'));
  const text = generateDraft(1_000_000, 1000);
  for (let round = 0; round < 2; round++) {
    for (const server of servers) {
      const session = await LspSession.start(resolve(server), 0);
      const uri = 'file:///bench/latency.vanban';
      await session.open(uri, text);
      const cold = await session.typingLatency(uri, text, 30);
      const warm = await session.typingLatency(uri, text, 30);
      await session.close(uri);
      await session.stop();
      process.stdout.write(`${server}: LSP 1 MB from the first change p50 ${cold.p50.toFixed(1)} ms, p95 ${cold.p95.toFixed(1)} ms; the next 30 changes p50 ${warm.p50.toFixed(1)} ms, p95 ${warm.p95.toFixed(1)} ms\n`);
    }
  }
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
