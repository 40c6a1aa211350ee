// Whether the reader found the header there but could read none of it (parse.ts: an OCR'd or flattened
// header). The header's presence rules then assert nothing; structure-unplaced reports it once.

import type { DocumentModel } from '../../model';

export function headerUnplaced(model: DocumentModel): boolean {
  return model.unplaced?.some((part) => part.part === 'header') ?? false;
}
