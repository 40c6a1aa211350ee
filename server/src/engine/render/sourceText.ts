// The page shows what the drafter typed, not the reader's view. The reader matches on a view where
// look-alike letters (`Ð` for `Đ`) and odd spaces are folded one unit for one (text/normalise.ts), and the
// segments it hands on carry that view's text. On the few lines it folded, each run of a block is found
// again in the line's view and replaced by the same columns of the source, so the export never changes a
// character the user wrote (nothing lost; the `lookalike-character` rule reports them instead).

import type { DocumentModel } from '../model';
import type { Block } from './block';

export function restoreSourceText(model: DocumentModel, blocks: readonly Block[]): Block[] {
  const folded = model.foldedLines;
  if (!folded || folded.length === 0) return blocks as Block[];
  const foldedSet = new Set(folded);
  const viewOf = (line: number) => model.view.lines[line].text;
  return blocks.map((block) => {
    if (block.line < 0) return block;
    const last = block.lastLine ?? block.line;
    let touches = false;
    for (let line = block.line; line <= last && !touches; line++) touches = foldedSet.has(line);
    if (!touches) return block;
    let line = block.line;
    let column = block.columns?.[0] ?? 0;
    const runs = block.runs.map((run) => {
      if (run.text.trim() === '') return run;
      for (let at = line; at <= last && at < model.lines.length; at++) {
        const index = viewOf(at).indexOf(run.text, at === line ? column : 0);
        if (index < 0) continue;
        line = at;
        column = index + run.text.length;
        return foldedSet.has(at) ? { ...run, text: model.lines[at].text.slice(index, column) } : run;
      }
      return run;
    });
    return { ...block, runs };
  });
}
