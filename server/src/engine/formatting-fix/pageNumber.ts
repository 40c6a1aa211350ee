// The fix's guarded step for a document longer than a page that numbers no page, or numbers it in the footer
// (the check: word-page-number): a header part holding a centred PAGE field, Times New Roman at the regulated
// size, referenced from the first section as its default header, with a different first page so page 1 shows
// no number (NĐ 30 Phụ lục I, Phần I, Mục I.7); a footer's page number is taken out of its paragraph (the
// paragraph stays, empty), only when that paragraph holds nothing else. It adds a part, a relationship and a
// content type: guarded, applied only when asked (`--page-number`), listed in the dry run either way. A
// section with a header of its own is left, with a note.

import { PAGE_FIGURES, TIMES_NEW_ROMAN } from '../catalog/formatting';
import { msg } from '../l10n/localize';
import { lacksPageNumber } from '../rules/support/formatting';
import type { FixContext } from './context';
import { attrOf, childOf, childrenOf, descendantsOf, escapeXml, prefixOf, type ElementSpan } from './xmlText';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const HEADER_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml';

export function addPageNumber(ctx: FixContext): void {
  const { word, regime, layout, main, notes, part, change, say, options } = ctx;
  const figures = PAGE_FIGURES[regime];
  const inFooter = word.sections.length === 1 && word.sections[0].pageNumber?.position === 'footer';
  if (!figures || !(lacksPageNumber(word) || inFooter)) return;
  const sectPr = layout.sections[0];
  if (!sectPr || sectPr.selfClosing || layout.sections.some((s) => childrenOf(s, 'w:headerReference').length > 0)) {
    notes.push(msg('No page number was added: a section has a header of its own; put a centred PAGE field in it'));
    return;
  }
  const base = main.name.includes('/') ? main.name.slice(0, main.name.lastIndexOf('/') + 1) : '';
  const rels = part(`${base}_rels/${main.name.slice(base.length)}.rels`);
  const types = part('[Content_Types].xml');
  const r = main.root.attrs.find((a) => a.name.startsWith('xmlns:') && a.value === REL)?.name.slice(6);
  if (!rels || !types || r === undefined) {
    notes.push(msg('No page number was added: the package\'s relationships or content types cannot be read'));
    return;
  }
  let n = 1;
  while (part(`${base}header${n}.xml`)) n++;
  const name = `${base}header${n}.xml`;
  const ids = new Set(rels.root.children.map((rel) => attrOf(rel, 'Id')));
  let id = 'rIdVanbanPage';
  for (let k = 2; ids.has(id); k++) id = `rIdVanbanPage${k}`;
  // Never in the quick fix of chosen findings: its part, relationship and content type are added whole.
  const applied = options.addPageNumber === true && !options.only;
  // A footer's page number: its paragraph emptied (the field and its result), if that is all the paragraph holds.
  if (inFooter) {
    const reference = childrenOf(sectPr, 'w:footerReference').find((ref) => (attrOf(ref, 'w:type') ?? 'default') === 'default');
    const footer = part(ctx.target(attrOf(reference, 'r:id')));
    const paragraphs = footer ? pageNumberParagraphs(footer.root) : [];
    const alone = paragraphs.length > 0 && paragraphs.every((p) => descendantsOf(p, 'w:t').every((t) => /^\d*$/.test(t.text.trim())));
    if (!footer || !alone || footer.edits.size > 0) {
      notes.push(msg('The page number was not moved: the footer\'s line holds other text, or other changes of the footer; move it in Word'));
      return;
    }
    change({ part: footer.name, property: msg('page number'), from: say(msg('in the footer')), to: say(msg('moved to the header')), safety: 'guarded', applied, flag: '--page-number', rule: 'word-page-number' });
    if (applied) {
      for (const p of paragraphs) {
        const from = childOf(p, 'w:pPr')?.end ?? p.openEnd;
        footer.edits.replace(from, p.closeStart, '');
      }
    }
  }
  change({ part: name, property: msg('page number'), from: say(msg('none')), to: say(msg('centred at the top, from page 2')), safety: 'guarded', applied, flag: '--page-number', rule: 'word-page-number' });
  if (!applied) return;

  const size = String(Math.round(figures.pageNumberSize.max * 2));
  const rPr = `<w:rPr><w:rFonts w:ascii="${TIMES_NEW_ROMAN}" w:hAnsi="${TIMES_NEW_ROMAN}" w:eastAsia="${TIMES_NEW_ROMAN}" w:cs="${TIMES_NEW_ROMAN}"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`;
  ctx.added.set(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + `<w:hdr xmlns:w="${W}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>`
    + `<w:r>${rPr}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${rPr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>`
    + `<w:r>${rPr}<w:fldChar w:fldCharType="separate"/></w:r><w:r>${rPr}<w:t>2</w:t></w:r><w:r>${rPr}<w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>`);
  const relPrefix = rels.root.children[0] ? prefixOf(rels.root.children[0]) : prefixOf(rels.root);
  rels.edits.replace(rels.root.closeStart, rels.root.closeStart, `<${relPrefix}Relationship Id="${id}" Type="${REL}/header" Target="${escapeXml(name.slice(base.length))}"/>`);
  const typePrefix = prefixOf(types.root);
  types.edits.replace(types.root.closeStart, types.root.closeStart, `<${typePrefix}Override PartName="/${escapeXml(name)}" ContentType="${HEADER_TYPE}"/>`);
  const w = prefixOf(sectPr);
  main.edits.replace(sectPr.openEnd, sectPr.openEnd, `<${w}headerReference ${w}type="default" ${r}:id="${id}"/>`);
  const titlePg = childOf(sectPr, 'w:titlePg');
  if (!titlePg || ['0', 'false', 'off'].includes(attrOf(titlePg, 'w:val') ?? '')) main.edits.set(sectPr, 'sectPr', 'titlePg', { val: null });
}

/** The paragraphs of a header or footer part that hold a PAGE field. */
export function pageNumberParagraphs(root: ElementSpan): ElementSpan[] {
  return descendantsOf(root, 'w:p').filter((p) => descendantsOf(p, 'w:instrText').some((t) => isPage(t.text))
    || descendantsOf(p, 'w:fldSimple').some((f) => isPage(attrOf(f, 'w:instr'))));
}

function isPage(instruction: string | undefined): boolean {
  return (instruction ?? '').trim().split(/\s+/, 1)[0]?.toUpperCase() === 'PAGE';
}
