// The one Node bundle (dist/vanban.js) of the language server and the command line. They share the engine,
// and a bundle each carried it twice in the package; dist/server.js and dist/cli.js are two-line starters
// that call one of these. A worker thread of a large `vanban lint` loads this bundle too (cli/pool.ts).
// The command line's modules (its globs, its help, its diff) are evaluated only when it runs: the language
// server, which lives as long as the editor, never builds them.

import { isMainThread } from 'node:worker_threads';

export { startLanguageServer } from '../lsp/node';

export function runCommandLine(): void {
  void import('../cli/main').then((cli) => cli.runCommandLine());
}

// A worker thread of `vanban lint`: the command line's module takes its role when evaluated (cli/main.ts).
if (!isMainThread) void import('../cli/main');
