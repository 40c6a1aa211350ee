// The document skeletons the "new document" command offers: the snippets of snippets/vanban.code-snippets
// whose name is "<regime>: <type>" (block snippets, "Khối: …", are left out). Free of the vscode module so
// a test can read them as the command does.

export interface Template {
  /** The regime's label as the snippets name it: "Đảng", "NĐ 30"… */
  readonly regime: string;
  /** The document type (and form), e.g. "Quyết định (trực tiếp), Mẫu 1.2". */
  readonly type: string;
  /** The snippet body: VS Code fills ${CURRENT_DATE}… with today's date when it is inserted. */
  readonly body: string;
}

const BLOCKS = 'Khối';

export function templates(snippetsJson: string): Template[] {
  const snippets = JSON.parse(snippetsJson) as Record<string, { body: string | string[] }>;
  const found: Template[] = [];
  for (const [name, snippet] of Object.entries(snippets)) {
    const colon = name.indexOf(': ');
    if (colon < 0) continue;
    const regime = name.slice(0, colon);
    if (regime === BLOCKS) continue;
    found.push({ regime, type: name.slice(colon + 2), body: Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body });
  }
  return found;
}

/** What a new .vanbanrc.json holds: the schema (completion and checks in any JSON editor) and the defaults. */
export function configSkeleton(schemaUrl: string): string {
  return `${JSON.stringify({ $schema: schemaUrl, profile: 'auto', language: 'vi', rules: {} }, null, 2)}\n`;
}

/** Where the schema of .vanbanrc.json is published (the extension also validates the file offline). */
export const CONFIG_SCHEMA_URL = 'https://raw.githubusercontent.com/vanban/vanban/main/schemas/vanbanrc.schema.json';
