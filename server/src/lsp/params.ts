// Request parameters checked before a handler sees them: a fractional or negative position, a
// missing text document or a range that is not one got an internal error (-32603) from deep inside a
// feature; it is the client's mistake, so it gets InvalidParams (-32602) naming what is wrong. A content
// change without text is logged and left out instead of being dropped without a word.

import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';

const isIndex = (value: unknown) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const isPosition = (value: unknown) => typeof value === 'object' && value !== null && isIndex((value as { line?: unknown }).line) && isIndex((value as { character?: unknown }).character);
const isRange = (value: unknown) => typeof value === 'object' && value !== null && isPosition((value as { start?: unknown }).start) && isPosition((value as { end?: unknown }).end);

/** Throws InvalidParams when the params of a document request are not what LSP says. */
export function checkDocumentParams(params: unknown): void {
  const given = params as { textDocument?: { uri?: unknown }; position?: unknown; range?: unknown } | null;
  if (typeof given !== 'object' || given === null || typeof given.textDocument?.uri !== 'string') {
    throw new ResponseError(ErrorCodes.InvalidParams, 'textDocument.uri must be a string');
  }
  if ('position' in given && !isPosition(given.position)) {
    throw new ResponseError(ErrorCodes.InvalidParams, 'position must have a whole, non-negative line and character');
  }
  if ('range' in given && !isRange(given.range)) {
    throw new ResponseError(ErrorCodes.InvalidParams, 'range must have a start and an end of whole, non-negative line and character');
  }
}

/** A handler whose params are checked first. */
export function checked<P, R>(handler: (params: P) => R): (params: P) => R {
  return (params) => {
    checkDocumentParams(params);
    return handler(params);
  };
}

/**
 * Wraps the connection's didChange registration so that the text documents' own handler never receives a
 * change without text (`text: null`): it is logged with the document's URI and left out.
 */
export function logChangesWithoutText(connection: Connection): void {
  const register = connection.onDidChangeTextDocument.bind(connection);
  connection.onDidChangeTextDocument = (handler) => register((params) => {
    const changes = Array.isArray(params?.contentChanges) ? params.contentChanges : [];
    const usable = changes.filter((change) => typeof (change as { text?: unknown })?.text === 'string');
    if (usable.length !== changes.length || !Array.isArray(params?.contentChanges)) {
      connection.console.error(`vanban: textDocument/didChange for ${String(params?.textDocument?.uri)} has ${changes.length - usable.length} change(s) without text; left out`);
    }
    if (usable.length === 0) return;
    return handler({ ...params, contentChanges: usable });
  });
}
