// A string that keeps nothing else alive. V8 cuts a substring of 13 units or more as a view into its parent
// string, and joins strings as a pair of references: a value kept by a memo that outlives its input (the
// token memo, the XML names) would keep the whole document or part alive. A concatenation flattened by a
// slice is a copy of just the characters.

/** `text` as a string of its own (the very string when it is short, as V8 copies those anyway). */
export function detached(text: string): string {
  return text.length < 13 ? text : ('\0' + text).slice(1);
}
