// `tsx bench/memory.ts [--production] [SERVER.js …]`: the language server's resident memory, idle and with
// 100 drafts of 10 KB open (the figure `npm run bench` prints), for one or more server bundles in turn, three
// times each. Without a bundle named, dist/server.js: the development build that `npm run bench` measures
// (unminified, as `node esbuild.mjs` writes it). `--production` adds the build the .vsix ships (minified,
// `node esbuild.mjs --production`), written to a temporary directory so dist/ stays as the tests expect.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateDraft } from './generate';
import { LspSession } from './lsp';

const ROOT = resolve(__dirname, '..');

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const servers = args.filter((arg) => arg !== '--production');
  if (servers.length === 0) servers.push(join(ROOT, 'dist', 'server.js'));
  const shipped = args.includes('--production') ? mkdtempSync(join(tmpdir(), 'vanban-production-')) : undefined;
  try {
    if (shipped) {
      execFileSync(process.execPath, ['esbuild.mjs', '--production', `--outdir=${shipped}`], { cwd: ROOT, stdio: 'inherit' });
      servers.push(join(shipped, 'server.js'));
    }
    for (let round = 0; round < 3; round++) {
      for (const server of servers) {
        const session = await LspSession.start(resolve(server), 0);
        const idle = session.rssMb();
        for (let i = 0; i < 100; i++) await session.open(`file:///bench/open-${i}.vanban`, generateDraft(10_000, 5000 + i, `số ${i + 1}`));
        const name = shipped && server.startsWith(shipped) ? 'production build (what the .vsix ships)' : server;
        process.stdout.write(`${name}: idle ${idle.toFixed(1)} MB, 100 × 10 KB open ${session.rssMb().toFixed(1)} MB\n`);
        await session.stop();
      }
    }
  } finally {
    if (shipped) rmSync(shipped, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
