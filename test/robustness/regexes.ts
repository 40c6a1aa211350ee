// Every regular expression written in server/src, found with the TypeScript compiler (not a hand-made
// regex): regex literals, and `new RegExp(…)` / `RegExp(…)` whose pattern is a string literal or a
// template without substitutions. Patterns built at run time from other values cannot be read here; they
// are collected by running the code instead (see redos.test.ts).

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

export interface SourceRegex {
  readonly file: string;
  readonly line: number;
  readonly source: string;
  readonly flags: string;
}

export interface DynamicRegex {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

export function sourceFiles(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...sourceFiles(path));
    else if (entry.name.endsWith('.ts')) found.push(path);
  }
  return found.sort();
}

export function extractRegexes(root: string, folder: string): { literals: SourceRegex[]; dynamic: DynamicRegex[] } {
  const literals: SourceRegex[] = [];
  const dynamic: DynamicRegex[] = [];
  for (const path of sourceFiles(folder)) {
    const file = relative(root, path);
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const end = text.lastIndexOf('/');
        literals.push({ file, line: lineOf(node), source: text.slice(1, end), flags: text.slice(end + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [pattern, flags] = node.arguments ?? [];
        const flagText = flags === undefined ? '' : constantString(flags);
        const patternText = pattern === undefined ? undefined : constantString(pattern);
        if (patternText !== undefined && flagText !== undefined) literals.push({ file, line: lineOf(node), source: patternText, flags: flagText });
        else dynamic.push({ file, line: lineOf(node), text: node.getText().slice(0, 120) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { literals, dynamic };
}

function constantString(node: ts.Expression): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return undefined;
}
