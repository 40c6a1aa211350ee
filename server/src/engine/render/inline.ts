// Light Markdown emphasis inside a line (`**bold**`, `*italic*`, as design.md allows) as styled runs.
// Underscores are left alone: they occur in names and codes. The runs carry plain text only; each
// output format escapes it its own way.

export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

// Finds the same runs as the pattern `\*\*(?=\S)(.+?)(?<=\S)\*\*|\*(?=[^\s*])([^*]+?)(?<=\S)\*` (flags gu)
// would, in one pass: that pattern re-read the rest of the line from every `**` without a closing pair
// (80 KB: 6.7 s). The closing candidates are indexed once from the right, so each opening
// marker is decided in constant time.
export function inlineRuns(text: string): Run[] {
  const n = text.length;
  const white = (i: number) => WHITE.test(text[i]);
  const star = (i: number) => text.charCodeAt(i) === 42;
  // nextBoldClose[i]: the first k >= i where `**` starts after a non-space; nextStar[i]: the first `*` at or
  // after i; nextBreak[i]: the first line terminator at or after i (`.` does not cross one).
  const nextBoldClose = new Int32Array(n + 2).fill(n);
  const nextStar = new Int32Array(n + 2).fill(n);
  const nextBreak = new Int32Array(n + 2).fill(n);
  for (let i = n - 1; i >= 0; i--) {
    nextBoldClose[i] = i > 0 && star(i) && star(i + 1) && !white(i - 1) ? i : nextBoldClose[i + 1];
    nextStar[i] = star(i) ? i : nextStar[i + 1];
    nextBreak[i] = LINE_BREAK.test(text[i]) ? i : nextBreak[i + 1];
  }
  const runs: Run[] = [];
  let last = 0;
  let i = 0;
  while (i < n) {
    if (!star(i)) { i++; continue; }
    let match: { end: number; run: Run } | undefined;
    if (star(i + 1) && i + 2 < n && !white(i + 2)) {
      const close = nextBoldClose[i + 3] ?? n;
      if (close < n && nextBreak[i + 2] >= close) match = { end: close + 2, run: { text: text.slice(i + 2, close), bold: true } };
    }
    if (!match && i + 1 < n && !star(i + 1) && !white(i + 1)) {
      const close = nextStar[i + 1];
      if (close < n && !white(close - 1)) match = { end: close + 1, run: { text: text.slice(i + 1, close), italic: true } };
    }
    if (!match) { i++; continue; }
    if (i > last) runs.push({ text: text.slice(last, i) });
    runs.push(match.run);
    last = i = match.end;
  }
  if (last < n) runs.push({ text: text.slice(last) });
  return runs.length ? runs : [{ text: '' }];
}

const WHITE = /\s/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

export function plainText(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join('');
}
