// Insertions carry two texts: a snippet with tab stops (`${1:…}`, `${1|a,b|}`) for clients that accept
// snippet edits, and the plain text a snippet expands to when nothing is typed, for the others.

/** Escapes text taken from the document so a snippet shows it literally. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (ch) => `\\${ch}`);
}

/** The text a snippet gives when every tab stop keeps its default (the first choice of a choice). */
export function snippetToPlain(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const ch = snippet[i];
    if (ch === '\\' && i + 1 < snippet.length) { out += snippet[++i]; continue; }
    if (ch !== '$') { out += ch; continue; }
    const rest = snippet.slice(i);
    const choice = /^\$\{\d+\|((?:\\.|[^,|\\])*)(?:,(?:\\.|[^|\\])*)?\|\}/.exec(rest);
    if (choice) { out += choice[1].replace(/\\(.)/g, '$1'); i += choice[0].length - 1; continue; }
    const tabstop = /^\$(\d+|\{\d+\})/.exec(rest);
    if (tabstop) { i += tabstop[0].length - 1; continue; }
    const placeholder = /^\$\{\d+:/.exec(rest);
    if (placeholder) {
      // A placeholder's default may nest: keep reading to its closing brace.
      let depth = 1;
      let j = i + placeholder[0].length;
      let inner = '';
      for (; j < snippet.length && depth > 0; j++) {
        if (snippet[j] === '\\') { inner += snippet[j] + snippet[j + 1]; j++; continue; }
        if (snippet[j] === '{') depth++;
        if (snippet[j] === '}' && --depth === 0) break;
        inner += snippet[j];
      }
      out += snippetToPlain(inner);
      i = j;
      continue;
    }
    out += ch;
  }
  return out;
}
