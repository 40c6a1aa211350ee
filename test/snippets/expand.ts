// A small expander of VS Code snippet bodies for tests: tab stops take their default (a choice its
// first option), variables take the values given, and variable transforms (`${VAR/re/fmt/}`) apply.

export type Variables = Readonly<Record<string, string>>;

export function expandSnippet(body: string, variables: Variables): string {
  let out = '';
  let i = 0;
  while (i < body.length) {
    const ch = body[i];
    if (ch === '\\' && i + 1 < body.length && '$}\\'.includes(body[i + 1])) { out += body[i + 1]; i += 2; continue; }
    if (ch !== '$') { out += ch; i++; continue; }
    const simple = /^\$(\d+|[A-Z_]+)/.exec(body.slice(i));
    if (simple) {
      out += /^\d+$/.test(simple[1]) ? '' : variable(variables, simple[1]);
      i += simple[0].length;
      continue;
    }
    if (body[i + 1] !== '{') { out += ch; i++; continue; }
    const end = closingBrace(body, i + 2);
    out += expandGroup(body.slice(i + 2, end), variables);
    i = end + 1;
  }
  return out;
}

function variable(variables: Variables, name: string): string {
  if (!(name in variables)) throw new Error(`snippet variable ${name} has no test value`);
  return variables[name];
}

function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let j = from; j < text.length; j++) {
    if (text[j] === '\\') { j++; continue; }
    if (text[j] === '{') depth++;
    if (text[j] === '}' && --depth === 0) return j;
  }
  throw new Error(`unclosed \${ in snippet: ${text.slice(from - 2, from + 30)}`);
}

function expandGroup(inner: string, variables: Variables): string {
  const choice = /^(\d+)\|((?:\\.|[^|])*)\|$/.exec(inner);
  if (choice) return choice[2].split(/(?<!\\),/)[0].replace(/\\(.)/g, '$1');
  const placeholder = /^(\d+)(?::([\s\S]*))?$/.exec(inner);
  if (placeholder) return expandSnippet(placeholder[2] ?? '', variables);
  const transform = /^([A-Z_]+)\/((?:\\.|[^/])*)\/((?:\\.|[^/])*)\/([a-z]*)$/.exec(inner);
  if (transform) {
    const value = variable(variables, transform[1]);
    return value.replace(new RegExp(transform[2], transform[4]), transform[3].replace(/\$(\d)/g, '$$$1'));
  }
  const named = /^([A-Z_]+)(?::([\s\S]*))?$/.exec(inner);
  if (named) return named[1] in variables ? variables[named[1]] : expandSnippet(named[2] ?? '', variables);
  throw new Error(`unsupported snippet syntax: \${${inner}}`);
}
