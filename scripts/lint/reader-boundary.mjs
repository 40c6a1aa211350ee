// ESLint rule `vanban/reader-boundary`: the rules and the render read what the reader found from the model
// (model.ts: the parts and the reader's view, `DocumentModel.view`), never from the reader's own files
// under server/src/engine/parse. So nothing after the reader masks comments, folds look-alikes, splits
// cells or re-finds a joined part again, and the reader's stages can change without touching them.
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ENGINE = resolve(ROOT, 'server', 'src', 'engine');
const READER = resolve(ENGINE, 'parse');
/** The folders that read the model the reader made. */
const READERS_OF_THE_MODEL = [resolve(ENGINE, 'rules'), resolve(ENGINE, 'render')];

export const readerBoundary = {
  meta: {
    type: 'problem',
    docs: { description: 'engine/rules and engine/render import nothing from engine/parse: they read the model.' },
    schema: [],
    messages: {
      reader: "'{{source}}' is the reader's own ({{target}}): rules and render read the model and its view (model.ts) instead.",
    },
  },
  create(context) {
    const file = resolve(context.filename ?? context.getFilename());
    if (!READERS_OF_THE_MODEL.some((folder) => file.startsWith(folder + sep))) return {};
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = resolve(dirname(file), source);
      if (target === READER || target.startsWith(READER + sep)) {
        context.report({ node, messageId: 'reader', data: { source, target: target.slice(ROOT.length + 1) } });
      }
    };
    return {
      // Type imports too: the types the rules read live in model.ts.
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') check(node, node.arguments[0].value);
      },
    };
  },
};

export default { rules: { 'reader-boundary': readerBoundary } };
