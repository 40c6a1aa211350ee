// "Disable <rule> for this line / for this file": the edit that writes the inline directive.
// A line directive goes at the end of the line (`<!-- vanban-disable-line rule -->`): a comment on a
// line of its own would read as a blank line and split a block; at the end it is masked like any comment.

import type { DocumentModel, Range } from '../model';
import type { TextEdit } from '../rules/rule';
import { eolOf } from './eol';

const point = (line: number, character: number): Range => ({ start: { line, character }, end: { line, character } });

/** Silences `rule` on `line`; a directive already on the line gains the rule's id. */
export function disableForLine(model: DocumentModel, rule: string, line: number): TextEdit {
  const text = model.lines[line]?.text ?? '';
  const existing = /<!--\s*vanban-disable-line\b([^>]*)-->/u.exec(text);
  if (existing) {
    const ids = existing[1].trim();
    const at = existing.index + existing[0].length - 3;
    // An empty list silences every rule already; nothing to add.
    if (ids === '' || ids.split(/[\s,]+/).includes(rule)) return { range: point(line, at), newText: '' };
    const before = text.slice(0, at).trimEnd();
    return { range: { start: { line, character: before.length }, end: { line, character: at } }, newText: `, ${rule} ` };
  }
  const end = text.trimEnd().length;
  return { range: { start: { line, character: end }, end: { line, character: text.length } }, newText: ` <!-- vanban-disable-line ${rule} -->` };
}

/** Silences `rule` for the whole file with a directive on the first line. */
export function disableForFile(model: DocumentModel, rule: string): TextEdit {
  const first = model.lines[0]?.text ?? '';
  const existing = /^<!--\s*vanban-disable\s([^>]*)-->$/u.exec(first.trimEnd());
  if (existing) {
    if (existing[1].split(/[\s,]+/).includes(rule)) return { range: point(0, 0), newText: '' };
    const end = first.lastIndexOf('-->');
    const before = first.slice(0, end).trimEnd();
    return { range: { start: { line: 0, character: before.length }, end: { line: 0, character: end } }, newText: `, ${rule} ` };
  }
  return { range: point(0, 0), newText: `<!-- vanban-disable ${rule} -->${eolOf(model)}` };
}
