// The document's structure for the editor: outline symbols and folding ranges, both from the model.

export { documentSymbols } from './symbols';
export { foldingRanges } from './folding';
export { sections, type Section } from './sections';
