import type { Plugin } from 'esbuild';
export function oneByteSource(code: string): string;
export const oneByteSources: Plugin;
