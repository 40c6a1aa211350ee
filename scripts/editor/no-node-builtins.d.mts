import type { Plugin } from 'esbuild';
export function isNodeBuiltin(path: string): boolean;
export const noNodeBuiltins: Plugin;
