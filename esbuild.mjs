// Bundles the extension client, the language server, the CLI and the engine library for Node (CommonJS:
// VS Code loads the client with require), and the client and server again for the web (vscode.dev).
import * as esbuild from 'esbuild';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { noNodeBuiltins } from './scripts/editor/no-node-builtins.mjs';
import { oneByteSources } from './scripts/editor/one-byte-source.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
/** `--outdir=DIR`: another directory than dist/ (bench/memory.ts --production builds the shipped bundles there). */
const out = process.argv.find((arg) => arg.startsWith('--outdir='))?.slice('--outdir='.length) ?? 'dist';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // jsonc-parser's UMD build requires its parts at run time, which a bundle cannot follow: use its ESM build.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
  // Keep regular-expression literals as literals: lowered to `new RegExp(...)`, a pattern inside a function
  // is compiled again on every call. Every Node since 10 and every browser we serve has \p{...}.
  supported: { 'regexp-unicode-property-escapes': true },
  metafile: true,
  plugins: [oneByteSources],
};

/**
 * The .docx writer (render/docx.ts and the `docx` package: a quarter of the Node bundle, a tenth of the
 * server's resident memory at rest) as a file of its own, dist/render-docx.js, which the Node bundle
 * requires on the first export: a server or a `vanban lint` that never exports never loads it. In the
 * bundle, the render's import of the writer is this stand-in; the sources import the writer as usual.
 */
const docxWriter = {
  name: 'docx-writer',
  setup(build) {
    build.onResolve({ filter: /^\.\/docx$/ }, (args) => (/render[\\/]index\.ts$/.test(args.importer) ? { path: 'render-docx', namespace: 'docx-writer' } : undefined));
    build.onResolve({ filter: /^\.\/render-docx\.js$/ }, (args) => (args.namespace === 'docx-writer' ? { path: args.path, external: true } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'docx-writer' }, () => ({
      contents: "exports.renderDocx = (layout) => require('./render-docx.js').renderDocx(layout);\n",
      loader: 'js',
    }));
  },
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: `${out}/extension.js`, external: ['vscode'] },
  // The language server and the command line: one bundle (they share the engine), two starters below.
  { entryPoints: ['server/src/node/main.ts'], outfile: `${out}/vanban.js`, plugins: [docxWriter, oneByteSources] },
  { entryPoints: ['server/src/engine/render/docx.ts'], outfile: `${out}/render-docx.js` },
  { entryPoints: ['server/src/engine/index.ts'], outfile: `${out}/engine.js` },
  // Web (vscode.dev): the client as a CommonJS module for the web extension host, the server as a worker
  // script; a Node built-in reaching either fails the build.
  { entryPoints: ['client/src/browser.ts'], outfile: `${out}/web/extension.js`, external: ['vscode'], ...browser('cjs') },
  { entryPoints: ['server/src/lsp/browser.ts'], outfile: `${out}/web/server.js`, ...browser('iife') },
];

function browser(format) {
  return { platform: 'browser', format, target: 'es2022', mainFields: ['browser', 'module', 'main'], plugins: [noNodeBuiltins, oneByteSources] };
}

/** dist/server.js (what the client forks, `node dist/server.js --stdio` for other editors) and dist/cli.js (`vanban`). */
function writeStarters() {
  mkdirSync(out, { recursive: true });
  writeFileSync(`${out}/server.js`, "'use strict';\n// The language server: the shared Node bundle, started as a server.\nrequire('./vanban.js').startLanguageServer();\n");
  writeFileSync(`${out}/cli.js`, "#!/usr/bin/env node\n'use strict';\n// The vanban command line: the shared Node bundle, run as the command line.\nrequire('./vanban.js').runCommandLine();\n");
  chmodSync(`${out}/cli.js`, 0o755);
}

if (watch) {
  writeStarters();
  for (const entry of entries) {
    const ctx = await esbuild.context({ ...common, ...entry });
    await ctx.watch();
  }
} else {
  const results = await Promise.all(entries.map((entry) => esbuild.build({ ...common, ...entry })));
  // What went into each bundle, for the test that no bundle reaches the network.
  mkdirSync(out, { recursive: true });
  const inputs = Object.fromEntries(entries.map((entry, i) => [entry.outfile.slice(out.length + 1), Object.keys(results[i].metafile.inputs)]));
  writeFileSync(`${out}/inputs.json`, `${JSON.stringify(inputs, null, 1)}\n`);
  writeStarters();
}
