// HTML comments: they carry directives and are invisible to everything else. `maskComments` blanks
// them with spaces (columns are kept) so the parser never sees them, wherever they stand on a line.
//
// Directives: `<!-- vanban-disable rule-id -->`, `<!-- vanban-enable -->`,
// `<!-- vanban-disable-next-line rule-id -->`, `<!-- vanban-disable-line -->`, `<!-- vanban profile=nd30 -->`.

import type { Directive, Segment, SourceLine } from '../model';

export interface CommentScan {
  readonly directives: Directive[];
  /** Each line's text with comments replaced by spaces (same length). */
  readonly masked: readonly string[];
  /** An opening `<!--` never closed: it hides the rest of the text (comment-unclosed reports it). */
  readonly unclosed?: Segment;
}

export function maskComments(lines: readonly SourceLine[], text?: string): CommentScan {
  // One native search of the whole text (when the caller has it) spares the per-line test: most have none.
  if (text !== undefined && !text.includes('<!--')) return { directives: [], masked: lines.map((line) => line.text) };
  const directives: Directive[] = [];
  const masked: string[] = [];
  let open: { line: number; column: number; body: string } | undefined;
  for (const line of lines) {
    const text = line.text;
    if (!open && !text.includes('<!--')) {
      masked.push(text);
      continue;
    }
    let out = '';
    let i = 0;
    while (i < text.length) {
      if (open) {
        const close = text.indexOf('-->', i);
        if (close < 0) {
          open.body += text.slice(i) + '\n';
          out += ' '.repeat(text.length - i);
          break;
        }
        open.body += text.slice(i, close);
        out += ' '.repeat(close + 3 - i);
        const directive = parseDirective(open.line, open.body);
        if (directive) directives.push(directive);
        open = undefined;
        i = close + 3;
        continue;
      }
      const start = text.indexOf('<!--', i);
      if (start < 0) {
        out += text.slice(i);
        break;
      }
      out += text.slice(i, start) + '    ';
      open = { line: line.index, column: start, body: '' };
      i = start + 4;
    }
    masked.push(out);
  }
  if (open) return { directives, masked, unclosed: { line: open.line, start: open.column, end: open.column + 4, text: '<!--' } };
  return { directives, masked };
}

function parseDirective(line: number, body: string): Directive | undefined {
  const match = /^vanban(?:-(disable-next-line|disable-line|disable|enable))?(?:\s+(\S.*))?$/su.exec(body.trim());
  if (!match) return undefined;
  const words = (match[2] ?? '').split(/[\s,]+/).filter(Boolean);
  if (!match[1]) {
    const profile = words.map((word) => /^profile=(\S+)$/.exec(word)).find(Boolean);
    return profile ? { line, kind: 'profile', values: [profile[1]] } : undefined;
  }
  return { line, kind: match[1] as Directive['kind'], values: words };
}
