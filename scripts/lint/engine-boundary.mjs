// ESLint rule `vanban/engine-boundary`: a file under server/src/engine imports only files under
// server/src/engine and the few packages the pure engine may use. So the engine never reaches the
// language server, the CLI, the client, the protocol module, the file-reading config loader, Node
// built-ins or VS Code, whatever the relative path looks like.
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ENGINE = resolve(ROOT, 'server', 'src', 'engine');
/** Data the engine bundles: the message translations. */
const DATA = resolve(ROOT, 'l10n');

/** Packages the engine may import: pure, and bundled for the web worker too (fflate and saxes read a .docx). */
export const ENGINE_PACKAGES = new Set([
  'vscode-languageserver-types', 'vscode-languageserver-textdocument', 'jsonc-parser', 'docx', '@vscode/l10n',
  'fflate', 'saxes',
]);

function packageOf(source) {
  const parts = source.split('/');
  return source.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

export const engineBoundary = {
  meta: {
    type: 'problem',
    docs: { description: 'The engine imports nothing from lsp, cli, client, protocol, node:* or vscode.' },
    schema: [],
    messages: {
      outside: "The engine is pure: '{{source}}' reaches outside server/src/engine ({{target}}).",
      package: "The engine is pure: '{{source}}' is not one of the packages it may import ({{allowed}}).",
    },
  },
  create(context) {
    const file = context.filename ?? context.getFilename();
    if (!resolve(file).startsWith(ENGINE + sep)) return {};
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      if (source.startsWith('.')) {
        const target = resolve(dirname(file), source);
        const data = target.startsWith(DATA + sep) && target.endsWith('.json');
        if (!data && target !== ENGINE && !target.startsWith(ENGINE + sep)) {
          context.report({ node, messageId: 'outside', data: { source, target: target.slice(ROOT.length + 1) } });
        }
      } else if (!ENGINE_PACKAGES.has(packageOf(source))) {
        context.report({ node, messageId: 'package', data: { source, allowed: [...ENGINE_PACKAGES].join(', ') } });
      }
    };
    return {
      // A type-only import is erased at build time: it brings no code into the engine.
      ImportDeclaration: (node) => node.importKind !== 'type' && check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') check(node, node.arguments[0].value);
      },
    };
  },
};

export default { rules: { 'engine-boundary': engineBoundary } };
