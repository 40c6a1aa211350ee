// esbuild plugin for the browser bundles: a Node built-in (fs, path, node:*, ...) reaching a browser bundle
// fails the build, so the engine and the shared server setup stay free of Node APIs (vscode.dev runs them
// in a web worker).
import { builtinModules } from 'node:module';

const builtins = new Set(builtinModules);

export function isNodeBuiltin(path) {
  return path.startsWith('node:') || builtins.has(path) || builtins.has(path.split('/')[0]);
}

export const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === 'entry-point' || !isNodeBuiltin(args.path)) return undefined;
      return {
        errors: [{ text: `Node built-in "${args.path}" imported by ${args.importer}: not allowed in a browser bundle` }],
      };
    });
  },
};
