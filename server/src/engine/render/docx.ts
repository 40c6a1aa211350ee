// Layout -> .docx with the `docx` package: A4, the regime's margins, Times New Roman, each part's size
// and style; the header and the closing as borderless two-column tables; page numbers from page 2 at the
// top centre. Pure: returns the file's bytes, the caller writes them.

import {
  AlignmentType, BorderStyle, Document, Header, LineRuleType, Packer, PageNumber, Paragraph, Table, TableBorders, TableCell,
  TableLayoutType, TableRow, TextRun, UnderlineType, VerticalAlign, WidthType, type IBorderOptions,
} from 'docx';
import type { Geometry } from './geometry';
import type { Block } from './block';
import type { PageLayout } from './layout';
import { styleOf, type PartStyle } from './styles';

const FONT = 'Times New Roman';
/** Twentieths of a point per millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;
export const twips = (mm: number) => Math.round(mm * TWIPS_PER_MM);

const ALIGN = {
  left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED,
} as const;

const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 };

export async function renderDocx(layout: PageLayout): Promise<Uint8Array> {
  const doc = buildDocument(layout);
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

function buildDocument(layout: PageLayout): Document {
  const g = layout.geometry;
  const textWidth = twips(g.pageWidth - g.margins.left - g.margins.right);
  const leftWidth = Math.round(textWidth * g.leftColumn);
  const widths = [leftWidth, textWidth - leftWidth];
  const paragraphs = (blocks: readonly Block[], width: number) => blocks.flatMap((block) => blockParagraphs(block, g, width));
  const band = (left: readonly Block[], right: readonly Block[]) => new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({
      children: [[left, widths[0]], [right, widths[1]]].map(([blocks, width]) => new TableCell({
        width: { size: width as number, type: WidthType.DXA },
        verticalAlign: VerticalAlign.TOP,
        children: withOneParagraph(paragraphs(blocks as Block[], width as number)),
      })),
    })],
  });

  return new Document({
    creator: 'vanban',
    styles: { default: { document: { run: { font: FONT, size: g.sizes.body * 2 } } } },
    sections: [{
      properties: {
        titlePage: true,
        page: {
          size: { width: twips(g.pageWidth), height: twips(g.pageHeight) },
          margin: {
            top: twips(g.margins.top), bottom: twips(g.margins.bottom), left: twips(g.margins.left), right: twips(g.margins.right),
            header: twips(g.pageNumberTop), footer: twips(g.pageNumberTop),
          },
        },
      },
      headers: {
        // Page numbers from page 2, centred at the top; page 1 has none (HD 36, NĐ 30 Phụ lục I).
        default: new Header({
          children: [new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: g.sizes.pageNumber * 2 })],
          })],
        }),
        first: new Header({ children: [new Paragraph({ children: [] })] }),
      },
      children: [
        band(layout.headerLeft, layout.headerRight),
        ...paragraphs(layout.title, textWidth),
        ...paragraphs(layout.body, textWidth),
        band(layout.closingLeft, layout.closingRight),
        ...paragraphs(layout.after, textWidth),
      ],
    }],
  });
}

/** A table cell must hold at least one paragraph. */
function withOneParagraph(children: Paragraph[]): Paragraph[] {
  return children.length ? children : [new Paragraph({ children: [] })];
}

function blockParagraphs(block: Block, g: Geometry, width: number): Paragraph[] {
  const style = styleOf(block.role, g);
  const out: Paragraph[] = [];
  const hasText = block.runs.some((run) => run.text.length > 0);
  if (hasText) {
    out.push(new Paragraph({
      alignment: ALIGN[style.align],
      indent: style.indent ? (style.align === 'left' ? { left: twips(style.indent) } : { firstLine: twips(style.indent) }) : undefined,
      spacing: {
        before: style.spaceBefore * 20, after: style.spaceAfter * 20,
        line: Math.round(240 * g.lineHeight), lineRule: LineRuleType.AUTO,
      },
      children: block.missing
        ? [new TextRun({ text: `[${block.missing.message}]`, font: FONT, size: style.size * 2, italics: true, color: 'C00000' })]
        // Hidden by an unclosed comment: kept in the file, greyed and struck through, so it is seen and not taken for text.
        : block.role === 'hidden'
        ? block.runs.map((run) => new TextRun({ text: run.text, font: FONT, size: style.size * 2, italics: true, strike: true, color: '808080' }))
        : block.runs.map((run) => new TextRun({
          text: run.text,
          font: FONT,
          size: style.size * 2,
          bold: style.bold || run.bold,
          italics: style.italic || run.italic,
          underline: style.underline ? { type: UnderlineType.SINGLE } : undefined,
        })),
    }));
  }
  if (style.ruleBelow) out.push(ruleParagraph(block, style, width));
  return out;
}

/**
 * A drawn rule (not underlined text, which the regulations reject): an empty paragraph with a bottom
 * border, narrowed by indents to the estimated width of the text above it, or to a third of the column.
 */
function ruleParagraph(block: Block, style: PartStyle, width: number): Paragraph {
  const length = style.ruleBelow === 'short'
    ? width / 3
    : Math.min(width, estimateWidth(block.runs.map((run) => run.text).join(''), style));
  const side = Math.max(0, Math.round((width - length) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 40, lineRule: LineRuleType.EXACT },
    border: { bottom: RULE },
    children: [new TextRun({ text: '', size: 2 })],
  });
}

/** Width of a line of Times New Roman text in twips: an average advance per character class. */
function estimateWidth(text: string, style: PartStyle): number {
  let ems = 0;
  for (const ch of text) {
    if (ch === ' ') ems += 0.25;
    else if (ch === ch.toUpperCase() && ch !== ch.toLowerCase()) ems += style.bold ? 0.72 : 0.68;
    else ems += style.bold ? 0.53 : 0.48;
  }
  return Math.round(ems * style.size * 20);
}
