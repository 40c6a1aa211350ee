// The Word file check in the editor: the client reads the .docx and sends its bytes (base64, JSON-RPC
// carries text); the server reads it with the engine, lints it with the formatting rules, and answers
// with the extracted text and the findings, each with its paragraph. The client shows the text as a
// read-only virtual document (language vanban, so this server also lints its text as usual) and adds
// the formatting findings, which need the file, to the Problems panel.
//   vanban/lintDocx  { uri, base64 } -> { text, diagnostics, paragraphOfLine } | { error }

import type { Connection } from 'vscode-languageserver';
import { fixDocxFormatting, lintDocx, localize, msg, rules, WordError } from '../engine';
import { toLspDiagnostic } from '../engine/service';
import { FixDocxRequest, LintDocxRequest, type FixDocxResult, type LintDocxResult } from '../protocol';
import { lintOptions, type SettingsStore } from './settings';


/** More than any official document; a bigger file is refused before it is decoded. */
const MAX_BASE64 = 64 * 1024 * 1024;

const FORMATTING = new Set(rules().filter((rule) => rule.input === 'docx').map((rule) => rule.id));

export function registerWord(connection: Connection, settings: SettingsStore): void {
  connection.onRequest(LintDocxRequest, async ({ uri, base64 }): Promise<LintDocxResult> => {
    const options = lintOptions(await settings.forDocument(uri));
    const language = options.language ?? 'vi';
    if (typeof base64 !== 'string' || base64.length > MAX_BASE64) {
      return { error: localize(language, msg('The file is too large to check')) };
    }
    try {
      const result = lintDocx(fromBase64(base64), options);
      const diagnostics = result.diagnostics.filter((d) => FORMATTING.has(d.rule)).map((d) => ({
        ...toLspDiagnostic(d),
        data: { paragraph: result.word.paragraphOfLine[d.range.start.line] },
      }));
      return { text: result.word.text, diagnostics, paragraphOfLine: result.word.paragraphOfLine };
    } catch (error) {
      if (error instanceof WordError) return { error: localize(language, error.detail) };
      return { error: String((error as Error).message ?? error) };
    }
  });

  // The formatting fix, the same as `vanban fix x.docx`: the server edits the bytes, the client writes them.
  connection.onRequest(FixDocxRequest, async ({ uri, base64, legacyFonts }): Promise<FixDocxResult> => {
    const options = lintOptions(await settings.forDocument(uri));
    const language = options.language ?? 'vi';
    if (typeof base64 !== 'string' || base64.length > MAX_BASE64) return { error: localize(language, msg('The file is too large to check')) };
    try {
      const result = fixDocxFormatting(fromBase64(base64), { ...options, legacyFonts: legacyFonts === true });
      const paragraphOf = (line: number) => (result.after ?? result.before).word.paragraphOfLine[line];
      return {
        base64: result.bytes ? toBase64(result.bytes) : undefined,
        changes: result.changes.map((c) => ({ ...c, property: localize(language, c.property) })),
        left: result.left.map(({ diagnostic, reason }) => ({ rule: diagnostic.rule, message: diagnostic.message, reason: localize(language, reason), paragraph: paragraphOf(diagnostic.range.start.line) })),
        notes: result.notes.map((note) => localize(language, note)),
      };
    } catch (error) {
      if (error instanceof WordError) return { error: localize(language, error.detail) };
      return { error: String((error as Error).message ?? error) };
    }
  });
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Base64 without Node's Buffer, so the web worker build can run the same code. */
function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
