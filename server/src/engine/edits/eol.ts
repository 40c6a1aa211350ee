// The document's own line ending, so an inserted line never mixes CRLF and LF.

import type { DocumentModel } from '../model';

export function eolOf(model: DocumentModel): string {
  return model.lines.find((line) => line.eol !== '')?.eol ?? '\n';
}
