// Inline directives in HTML comments: `<!-- vanban-disable rule-id -->`, `<!-- vanban-enable -->`,
// `<!-- vanban-disable-next-line rule-id -->`, `<!-- vanban-disable-line -->`, `<!-- vanban profile=nd30 -->`.
// Comment lines are hidden from the parser (treated as blank) and never reach the preview or export.

import type { Directive, SourceLine } from '../model';

const COMMENT = /<!--([\s\S]*?)-->/g;

export interface CommentScan {
  readonly directives: Directive[];
  /** Lines whose whole content is one or more comments (or inside a multi-line comment). */
  readonly hiddenLines: Set<number>;
}

export function scanComments(lines: readonly SourceLine[]): CommentScan {
  const directives: Directive[] = [];
  const hiddenLines = new Set<number>();
  let openSince = -1;
  for (const line of lines) {
    const text = line.text;
    if (openSince >= 0) {
      hiddenLines.add(line.index);
      if (text.includes('-->')) openSince = -1;
      continue;
    }
    if (!text.includes('<!--')) continue;
    const withoutComments = text.replace(COMMENT, '');
    for (const match of text.matchAll(COMMENT)) {
      const directive = parseDirective(line.index, match[1]);
      if (directive) directives.push(directive);
    }
    const unclosed = withoutComments.indexOf('<!--');
    if (unclosed >= 0) {
      openSince = line.index;
      if (withoutComments.slice(0, unclosed).trim() === '') hiddenLines.add(line.index);
    } else if (withoutComments.trim() === '') {
      hiddenLines.add(line.index);
    }
  }
  return { directives, hiddenLines };
}

function parseDirective(line: number, body: string): Directive | undefined {
  const match = /^\s*vanban(?:-(disable-next-line|disable-line|disable|enable))?\s*(.*?)\s*$/su.exec(body);
  if (!match) return undefined;
  const words = match[2].split(/[\s,]+/).filter(Boolean);
  if (!match[1]) {
    const profile = words.map((word) => /^profile=(\S+)$/.exec(word)).find(Boolean);
    return profile ? { line, kind: 'profile', values: [profile[1]] } : undefined;
  }
  return { line, kind: match[1] as Directive['kind'], values: words };
}
