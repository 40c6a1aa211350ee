// Edits the editor needs beyond a rule's own fix: inserting a missing part, directives that silence a
// rule, fixing all findings of one rule, and minimal edits between two texts.

export { dateWords, regulatedDate } from './dates';
export { diffEdits } from './diff';
export { disableForFile, disableForLine } from './disable';
export { eolOf } from './eol';
export { fixRule } from './fixRule';
export { insertionsFor, missingPartInsertions, type PartFinding } from './insertMissing';
export { issuerCodeOf, numberLine, partInsertions, type InsertOptions, type PartId, type PartInsertion } from './partInsertion';
export { decodeIssuer, issuerCodeFromHeader } from './issuerCodes';
export { escapeSnippet, snippetToPlain } from './snippet';
