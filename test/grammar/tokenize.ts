// Tokenises text with the extension's TextMate grammar through vscode-textmate and vscode-oniguruma,
// as VS Code does, and prints a readable snapshot: each line, then each token with its scopes.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';
import { ROOT } from '../helpers';

const GRAMMAR = join(ROOT, 'syntaxes', 'vanban.tmLanguage.json');
let grammar: Promise<IGrammar> | undefined;

export function loadGrammar(): Promise<IGrammar> {
  grammar ??= (async () => {
    const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (text: string) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async (scope) => (scope === 'text.vanban' ? parseRawGrammar(readFileSync(GRAMMAR, 'utf8'), GRAMMAR) : null),
    });
    const loaded = await registry.loadGrammar('text.vanban');
    if (!loaded) throw new Error('grammar text.vanban did not load');
    return loaded;
  })();
  return grammar;
}

export interface Token {
  readonly line: number;
  readonly text: string;
  /** Scopes without the grammar's own `text.vanban`. */
  readonly scopes: readonly string[];
}

export async function tokenize(text: string): Promise<Token[]> {
  const loaded = await loadGrammar();
  const tokens: Token[] = [];
  let state = INITIAL;
  text.split(/\r\n|\n|\r/).forEach((line, index) => {
    const result = loaded.tokenizeLine(line, state);
    for (const token of result.tokens) {
      const piece = line.slice(token.startIndex, token.endIndex);
      if (piece.trim() === '') continue;
      tokens.push({ line: index, text: piece, scopes: token.scopes.filter((scope) => scope !== 'text.vanban') });
    }
    state = result.ruleStack;
  });
  return tokens;
}

export function snapshot(text: string, tokens: readonly Token[]): string {
  const lines = text.split(/\r\n|\n|\r/);
  const out: string[] = [];
  lines.forEach((line, index) => {
    out.push(`> ${line.replace(/\t/g, '→')}`);
    for (const token of tokens.filter((t) => t.line === index)) {
      out.push(`  ${JSON.stringify(token.text)} ${token.scopes.join(' ') || '-'}`);
    }
  });
  return out.join('\n') + '\n';
}

/** The scopes of the first token whose text is `text` (on `line` when given). */
export function scopesOf(tokens: readonly Token[], text: string, line?: number): readonly string[] {
  const token = tokens.find((t) => t.text.trim() === text && (line === undefined || t.line === line));
  if (!token) throw new Error(`no token ${JSON.stringify(text)}${line === undefined ? '' : ` on line ${line}`}`);
  return token.scopes;
}
