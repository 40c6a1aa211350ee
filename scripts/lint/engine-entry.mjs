// ESLint rule `vanban/engine-entry`: the language server (server/src/lsp) and the CLI (server/src/cli) reach
// the engine through its one entry module (server/src/engine/index.ts) and, there, through the analysis
// host and the language service: they import no engine internals (a type-only import of the model is
// allowed) and none of the engine's lower entry points, so "one analysis per version" has one owner.
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ENGINE = resolve(ROOT, 'server', 'src', 'engine');
const HOSTS = ['lsp', 'cli'].map((folder) => resolve(ROOT, 'server', 'src', folder) + sep);
/** What a host may import from the engine: its entry module, and the model's types. */
const ENTRY = new Set([ENGINE, resolve(ENGINE, 'index'), resolve(ENGINE, 'index.ts')]);
const MODEL = new Set([resolve(ENGINE, 'model'), resolve(ENGINE, 'model.ts')]);
/** The analyses the host makes and the service reads: a host that calls these bypasses both. */
export const BYPASSES = new Set(['parse', 'parseIncremental', 'lint', 'lintModel', 'analyse', 'analyseModel', 'lintDocx', 'fixAll']);

export const engineEntry = {
  meta: {
    type: 'problem',
    docs: { description: 'The server and the CLI use the engine through its entry module: the analysis host and the language service.' },
    schema: [],
    messages: {
      internal: "'{{source}}' is inside the engine: import it from the engine's entry module (server/src/engine/index.ts).",
      bypass: "'{{name}}' bypasses the analysis host: ask an AnalysisHost for the analysis and the language service for the answer.",
    },
  },
  create(context) {
    const file = resolve(context.filename ?? context.getFilename());
    if (!HOSTS.some((folder) => file.startsWith(folder))) return {};
    const check = (node, source, typeOnly, names) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = resolve(dirname(file), source);
      if (target !== ENGINE && !target.startsWith(ENGINE + sep)) return;
      if (!ENTRY.has(target)) {
        if (!(typeOnly && MODEL.has(target))) context.report({ node, messageId: 'internal', data: { source } });
        return;
      }
      for (const [name, at] of names) if (BYPASSES.has(name)) context.report({ node: at, messageId: 'bypass', data: { name } });
    };
    const imported = (specifiers) => specifiers
      .filter((specifier) => specifier.type === 'ImportSpecifier' && specifier.importKind !== 'type')
      .map((specifier) => [specifier.imported.name ?? specifier.imported.value, specifier]);
    const exported = (specifiers) => specifiers
      .filter((specifier) => specifier.exportKind !== 'type')
      .map((specifier) => [specifier.local.name ?? specifier.local.value, specifier]);
    return {
      ImportDeclaration: (node) => check(node, node.source.value, node.importKind === 'type', node.importKind === 'type' ? [] : imported(node.specifiers)),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value, node.exportKind === 'type', node.exportKind === 'type' ? [] : exported(node.specifiers)),
      ExportAllDeclaration: (node) => check(node, node.source.value, node.exportKind === 'type', []),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value, false, []),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') check(node, node.arguments[0].value, false, []);
      },
    };
  },
};

export default { rules: { 'engine-entry': engineEntry } };
