// `tsx bench/memory.ts [SERVER.js …]`: the language server's resident memory with 100 drafts of 10 KB open
// (the figure `npm run bench` prints), for one or more server bundles in turn, three times each.

import { join, resolve } from 'node:path';
import { generateDraft } from './generate';
import { LspSession } from './lsp';

async function main(): Promise<void> {
  const servers = process.argv.slice(2);
  if (servers.length === 0) servers.push(join(resolve(__dirname, '..'), 'dist', 'server.js'));
  for (let round = 0; round < 3; round++) {
    for (const server of servers) {
      const session = await LspSession.start(resolve(server), 0);
      const idle = session.rssMb();
      for (let i = 0; i < 100; i++) await session.open(`file:///bench/open-${i}.vanban`, generateDraft(10_000, 5000 + i, `số ${i + 1}`));
      process.stdout.write(`${server}: idle ${idle.toFixed(1)} MB, 100 × 10 KB open ${session.rssMb().toFixed(1)} MB\n`);
      await session.stop();
    }
  }
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
