// Part of stage 1 (the view): table rows as portals and Markdown renditions give them. A `|` that stands
// alone between white space (or at the line's edge) is a cell border, not text: between two cells it reads
// as a tab (a cell break, like a tab-separated layout), at the edge of the line as a space, and a line of
// nothing but borders reads as blank. One unit for one, so every column of the view is the source's.
// A `|` touching a letter or digit (`a|b`, `|x`) is text and stays.
// A Markdown row (`| A ------- | B C D |`, borders before and after the text) is left as it is: its cells
// pack several header parts into one, which the reader cannot place with confidence; read as cells they
// would make it assert a regime and then every part "missing" (rather silent than wrong).

/** Whether the character at `i` is white space or outside the line. */
function open(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return true;
  const code = text.charCodeAt(i);
  return code === 32 || code === 9 || code === 0xa0;
}

/** The line with its table borders read as cell breaks (returned unchanged when it has none). */
export function readTableBorders(text: string): string {
  if (!text.includes('|')) return text;
  // Where the text begins and ends (borders outside that span are edges, inside it cell breaks).
  let first = -1;
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '|' || open(text, i)) continue;
    if (first < 0) first = i;
    last = i;
  }
  // A line of nothing but borders reads as blank; a Markdown row (a border first) stays as typed.
  if (first < 0) return text.replace(/\|/g, ' ');
  if (text.lastIndexOf('|', first) >= 0 && text.indexOf('|', last) > last) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== 124 || !open(text, i - 1) || !open(text, i + 1)) continue;
    out += text.slice(from, i) + (first >= 0 && i > first && i < last ? '\t' : ' ');
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
