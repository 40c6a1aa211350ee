// Whether the presence rules have a part to ask for. Not when the reader found the header there but could
// read none of it (parse.ts: an OCR'd or flattened header; structure-unplaced reports it once), nor when
// the text is an attachment printed on its own: an appendix sent alone has no header, recipients or
// signature of its own.

import type { DocumentModel } from '../../model';

/** The text is an attachment printed on its own (the reader's `alone`). */
export function printedAlone(model: DocumentModel): boolean {
  return model.attachments?.[0]?.alone === true;
}

export function headerNotChecked(model: DocumentModel): boolean {
  return (model.unplaced?.some((part) => part.part === 'header') ?? false) || printedAlone(model);
}
