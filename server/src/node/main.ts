// The one Node bundle (dist/vanban.js) of the language server and the command line. They share the engine,
// and a bundle each carried it twice in the package; dist/server.js and dist/cli.js are two-line starters
// that call one of these. A worker thread of a large `vanban lint` loads this bundle too (cli/pool.ts).

export { startLanguageServer } from '../lsp/node';
export { runCommandLine } from '../cli/main';
