// `vanban fix x.docx`: the formatting findings of a Word file put right in the file itself, and nothing
// else. Each fix edits only the formatting property it names (w:pgSz, w:pgMar, children of w:rPr and w:pPr,
// w:titlePg) in place in the part's XML text; every other byte of every part stays, and the zip keeps every
// unchanged entry's bytes. The result is read back before it is returned: its text must be the text read
// before (a legacy-font conversion excepted, which changes the text on purpose), and what the formatting
// rules still report is listed as left, with why.

import { lintDocx, type DocxLintResult } from '../lintDocx';
import { lintModel, type Diagnostic, type LintOptions } from '../lint';
import { parse } from '../parse/parse';
import { readDocx } from '../docx/reader';
import { RULES, ruleById } from '../rules/index';
import { readZip, WordError } from '../docx/zip';
import { localize, msg, type Message } from '../l10n/localize';
import type { ChangeRequest, DocxFixOptions, DocxFixResult, FixContext, FormattingChange, LeftFinding, Part } from './context';
import { fixFonts, fixLegacyFonts } from './fonts';
import { layoutOf } from './layout';
import { fixPageSetup } from './page';
import { fixParts } from './parts';
import { applySplices, PropertyEdits } from './propertyEdits';
import { RecordedEdits, replaySelected, selectChanges } from './selection';
import { attrOf, childOf, childrenOf, scanXml, XmlScanError } from './xmlText';
import { rewriteZip } from './zipRewrite';
import { appendEntries } from './zipAppend';

export type { DocxFixOptions, DocxFixResult, FormattingChange, LeftFinding } from './context';
export type { FixSelector } from './context';

const ALIGN_NAMES: Record<string, Message> = { left: msg('left'), right: msg('right'), center: msg('centre'), justify: msg('both sides'), distribute: msg('both sides') };
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

/** Fixes a .docx's formatting. Throws WordError when the bytes are not a readable .docx (nothing to write). */
export function fixDocxFormatting(bytes: Uint8Array, options: DocxFixOptions = {}): DocxFixResult {
  // Only the formatting rules: the fix reads their findings, and the text rules would cost most of the time.
  const formattingOnly: LintOptions = { ...options, rules: { ...Object.fromEntries(RULES.filter((rule) => rule.input !== 'docx').map((rule) => [rule.id, 'off' as const])), ...pick(options.rules, (id) => ruleById(id)?.input === 'docx') } };
  const before = lintDocx(bytes, formattingOnly, options.limits);
  const { chosen, changed, added, notes } = edit(bytes, before, options);
  const only = options.only;
  const asked = (d: Diagnostic) => !only || only.some((s) => s.rule === d.rule && (s.line === undefined || s.line === d.range.start.line));
  if (changed.size === 0 && added.size === 0) return { changes: chosen, left: leftOf(before.diagnostics.filter(asked), chosen), notes, before };
  const encoder = new TextEncoder();
  const fixed = appendEntries(rewriteZip(bytes, changed), new Map([...added].map(([name, text]) => [name, encoder.encode(text)])));
  // Read back. The text must read as before: a fix that changed it is a bug, and nothing is returned to write.
  const word = readDocx(fixed, options.limits);
  // A guarded change with no flag of its own is the legacy-font conversion: it changes the characters.
  const converted = chosen.some((c) => c.safety === 'guarded' && c.applied && c.flag === undefined);
  if (!converted && word.text !== before.word.text) throw new Error('the fixed file does not read as the original: nothing written');
  if (converted && word.paragraphs.length !== before.word.paragraphs.length) throw new Error('the fixed file has another number of paragraphs: nothing written');
  // The same text is the same draft: its parse is reused, and the formatting rules read the fixed file.
  const after: DocxLintResult = { ...lintModel(converted ? parse(word.text) : before.model, { ...formattingOnly, word }), word };
  return { bytes: fixed, changes: chosen, left: leftOf(after.diagnostics.filter(asked), chosen), notes, before, after };
}

/**
 * The edits of every step, as the changed parts' new bytes. A function of its own so that the parts' texts
 * and element trees (a few hundred thousand objects for a 400-page file) are garbage before the result is
 * read back: the collector need not trace them again while the second read runs.
 */
function edit(bytes: Uint8Array, before: DocxLintResult, options: DocxFixOptions): { chosen: FormattingChange[]; changed: Map<string, Uint8Array>; added: Map<string, string>; notes: Message[] } {
  const { word, regime } = before;
  const model = before.model;
  const raw = readZip(bytes, (name) => name.endsWith('.xml') || name.endsWith('.rels'), options.limits);
  const notes: Message[] = [];
  const changes: FormattingChange[] = [];
  // Values that are words (on, off, centred) in the message language; measures stay as they are.
  const say = (message: Message) => localize(options.language ?? 'vi', message);
  const onOff = (value: boolean) => say(value ? msg('on') : msg('off'));
  const alignName = (align: string) => say(ALIGN_NAMES[align] ?? msg('left'));
  const parts = new Map<string, Part | undefined>();
  const part = (name: string | undefined): Part | undefined => {
    if (name === undefined) return undefined;
    if (!parts.has(name)) {
      const data = raw.get(name);
      let found: Part | undefined;
      if (data) {
        const text = new TextDecoder('utf-8').decode(data);
        try {
          // Recorded only when some findings are chosen: their edits are replayed from the record.
          found = { name, text, root: scanXml(text), edits: options.only ? new RecordedEdits() : new PropertyEdits() };
        } catch (error) {
          if (!(error instanceof XmlScanError)) throw error;
          notes.push(msg('The part {0} was left as it is: {1}', name, error.message));
        }
      }
      parts.set(name, found);
    }
    return parts.get(name);
  };

  const rootRels = relationships(part('_rels/.rels'), '');
  const mainName = rootRels.find((rel) => rel.type.endsWith('/officeDocument'))?.target ?? 'word/document.xml';
  const main = part(mainName);
  const body = childOf(main?.root, 'w:body');
  if (!main || !body) throw new WordError('not-docx', msg('The file is not a Word document (no word/document.xml); an .xlsx or .pptx, or a renamed zip?'));
  const base = mainName.includes('/') ? mainName.slice(0, mainName.lastIndexOf('/') + 1) : '';
  const rels = relationships(part(`${base}_rels/${mainName.slice(base.length)}.rels`), base);
  const target = (id: string | undefined) => rels.find((rel) => rel.id === id)?.target;
  const byType = (type: string) => rels.filter((rel) => rel.type === REL + type).map((rel) => rel.target);
  const styles = part(byType('styles')[0]);

  const layout = layoutOf(body);
  const mapped = layout.paragraphs.length === word.paragraphs.length;
  if (!mapped) notes.push(msg('The paragraphs of the file could not be matched one to one with what the reader read: only the page set-up and the fonts were fixed'));
  const change = (c: ChangeRequest) => {
    const safety = c.safety ?? 'safe';
    changes.push({ ...c, safety, applied: c.applied ?? (safety === 'safe' || options.legacyFonts === true) });
  };

  const contentParts = [mainName, ...byType('header'), ...byType('footer'), ...byType('footnotes'), ...byType('endnotes'), ...byType('comments')];
  const added = new Map<string, string>();
  const ctx: FixContext = { options, word, model, regime, layout, mapped, main, styles, contentParts, notes, part, target, byType, change, say, onOff, alignName, added };
  // The legacy-font runs first: the safe font fix must leave their fonts alone, or their text turns to garbage.
  fixLegacyFonts(ctx);
  fixFonts(ctx);
  fixPageSetup(ctx);

  // The parts the structure reader recognised: only when it placed the header, and the paragraphs match.
  const headerPlaced = model.header.nationalName !== undefined || model.header.issuerLines.length > 0 || model.header.partyTitle !== undefined;
  if (!headerPlaced) notes.push(msg('The header of the document could not be read: only the page-level fixes (paper, margins, fonts) were made'));
  if (headerPlaced && mapped) fixParts(ctx);

  // Only the chosen findings' changes, and the edits they name, when the fix is of some findings.
  const only = options.only;
  const chosen = only ? selectChanges(changes, only, before.diagnostics, word) : changes;
  // The edited parts' new bytes; every other entry keeps its bytes.
  const changed = new Map<string, Uint8Array>();
  for (const edited of parts.values()) {
    if (!edited || edited.edits.size === 0) continue;
    const edits = only && edited.edits instanceof RecordedEdits ? replaySelected(edited.name, edited.edits, chosen, { name: mainName, layout, word, mapped }) : edited.edits;
    if (edits.size === 0) continue;
    changed.set(edited.name, new TextEncoder().encode(applySplices(edited.text, edits.splices(edited.text))));
  }
  // Parts a guarded change adds (a header with the page number): only when that change is among the chosen.
  const adding = !only || chosen.some((c) => c.flag === '--page-number' && c.applied);
  return { chosen, changed, added: adding ? added : new Map<string, string>(), notes };
}

function pick<T>(record: Readonly<Record<string, T>> | undefined, keep: (key: string) => boolean): Record<string, T> {
  return Object.fromEntries(Object.entries(record ?? {}).filter(([key]) => keep(key)));
}

interface Relationship { readonly id: string; readonly type: string; readonly target: string }

function relationships(rels: Part | undefined, base: string): Relationship[] {
  return childrenOf(rels?.root, 'Relationship').concat(childrenOf(rels?.root, 'pr:Relationship')).flatMap((rel) => {
    const id = attrOf(rel, 'Id');
    const target = attrOf(rel, 'Target');
    if (id === undefined || target === undefined || attrOf(rel, 'TargetMode') === 'External') return [];
    const path: string[] = [];
    for (const piece of (target.startsWith('/') ? target.slice(1) : base + target).split('/')) {
      if (piece === '..') path.pop();
      else if (piece !== '.' && piece !== '') path.push(piece);
    }
    return [{ id, type: attrOf(rel, 'Type') ?? '', target: path.join('/') }];
  });
}

/** Why a formatting finding of the result was left. */
function leftOf(diagnostics: readonly Diagnostic[], changes: readonly FormattingChange[]): LeftFinding[] {
  const guardedLeft = changes.some((c) => c.safety === 'guarded' && !c.applied && c.flag === undefined);
  const pageNumberLeft = changes.some((c) => c.safety === 'guarded' && !c.applied && c.flag === '--page-number');
  return diagnostics.filter((d) => d.rule.startsWith('word-')).map((diagnostic) => ({ diagnostic, reason: pageNumberLeft && diagnostic.rule === 'word-page-number' ? msg('a header with the page number is added only on request (--page-number)') : reasonFor(diagnostic, guardedLeft) }));
}

function reasonFor(diagnostic: Diagnostic, guardedLeft: boolean): Message {
  switch (diagnostic.rule) {
    case 'word-part-alignment': case 'word-heading-lines': return msg('a part laid out with spaces, tabs or line breaks is not realigned: take the spaces out and align it in Word');
    case 'word-rule-lines': return msg('a drawn rule is not added or moved automatically: draw it in Word');
    case 'word-page-size': return msg('a landscape section may hold a table that cannot be split: left for you to decide');
    case 'word-page-number': return msg('moving the page number between the footer and the header, or out of a first-page header, is left to you');
    case 'word-font':
      return guardedLeft ? msg('text in a legacy Vietnamese font (TCVN3/VNI) is converted only on request (--legacy-fonts)') : msg('a symbol, equation or undefined theme font is not changed');
    default: return msg('the reader is not sure of this part, or its paragraph could not be matched: left as it is');
  }
}
