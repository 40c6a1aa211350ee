// Word fixtures made by the project with the `docx` package: a state decision laid out as NĐ 30 sets it
// (A4, 20/20/30/15 mm, Times New Roman, each part's size and style, header and closing as two-column
// tables, solid rules under the motto and the issuer, page numbers centred at the top from page 2), into
// which a fixture puts one deliberate defect. A fixture is JSON: { "defect": {...}, "expect": [...] }.

import {
  AlignmentType, BorderStyle, Document, Footer, Header, LineRuleType, Packer, PageNumber, PageOrientation, Paragraph,
  Table, TableBorders, TableCell, TableRow, TextRun, UnderlineType, WidthType,
} from 'docx';

/** Twips for millimetres. */
const tw = (mm: number) => Math.round((mm * 1440) / 25.4);

export type Part =
  | 'issuer' | 'superior' | 'national' | 'motto' | 'number' | 'placeDate' | 'typeName' | 'summary' | 'body'
  | 'recipientsLabel' | 'recipient' | 'authority' | 'title' | 'name' | 'partyTitle' | 'star' | 'grounds';

export interface Defect {
  /** The document: a state decision (default) or a Party conclusion (HD 36 sizes). */
  readonly regime?: 'nd30' | 'dang';
  /** The state document's type: a decision (default), or a plan, whose `Căn cứ …` paragraphs are body text. */
  readonly type?: 'quyet-dinh' | 'ke-hoach' | 'cong-van';
  /** A công văn: the V/v line's space before (the number above it has none after); 6 when not said. */
  readonly letterGapPt?: number;
  /** A decision with a chapter: the `Chương I` line's set-up (centred, bold, 14 pt when not said). */
  readonly chapter?: { readonly align?: 'left' | 'center'; readonly bold?: boolean; readonly size?: number };
  /** An appendix after the closing: its `Phụ lục` line's size and its reference line's italic. */
  readonly appendix?: { readonly labelSize?: number; readonly referenceItalic?: boolean; readonly titleAlign?: 'left' | 'center' };
  /** Paper in mm and orientation. */
  readonly page?: { readonly width?: number; readonly height?: number; readonly landscape?: boolean };
  readonly margins?: { readonly top?: number; readonly bottom?: number; readonly left?: number; readonly right?: number };
  /** A run property of one part. */
  readonly part?: Part;
  readonly font?: string;
  readonly size?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** The alignment of the defect's part (its paragraphs). */
  readonly partAlign?: 'left' | 'center' | 'right' | 'justify';
  /** Body paragraph set-up. */
  readonly align?: 'left' | 'center' | 'justify';
  readonly firstLineMm?: number;
  readonly afterPt?: number;
  readonly line240?: number;
  /** The set-up of the article paragraphs (`Điều 1.`, `Điều 2.`) alone: first-line indent, space after. */
  readonly article?: { readonly firstLineMm?: number; readonly afterPt?: number };
  readonly pageNumber?: { readonly position?: 'header' | 'footer'; readonly align?: 'center' | 'right'; readonly size?: number; readonly onFirstPage?: boolean } | 'none';
  /** No drawn rules in the header. */
  readonly noRules?: boolean;
  /** A decision long enough to run over one page (its article repeated). */
  readonly longBody?: boolean;
  /** An empty paragraph between the issuing body and the number (where a short rule may be drawn). */
  readonly emptyUnderIssuer?: boolean;
  /** The font only in the document defaults, through a theme slot (the `docx` package writes no theme part). */
  readonly themeFontOnly?: boolean;
}

export interface WordFixture {
  readonly defect?: Defect;
  readonly expect: readonly string[];
  /** Rules that must stay silent (besides every formatting rule not in `expect`). */
  readonly note?: string;
}

interface Style { size: number; bold?: boolean; italic?: boolean }

const STYLES: Record<Part, Style> = {
  superior: { size: 13 }, issuer: { size: 13, bold: true }, national: { size: 13, bold: true }, motto: { size: 14, bold: true },
  number: { size: 13 }, placeDate: { size: 14, italic: true }, typeName: { size: 14, bold: true }, summary: { size: 14, bold: true },
  body: { size: 14 }, recipientsLabel: { size: 12, bold: true, italic: true }, recipient: { size: 11 },
  authority: { size: 14, bold: true }, title: { size: 14, bold: true }, name: { size: 14, bold: true },
  partyTitle: { size: 15, bold: true }, star: { size: 14 }, grounds: { size: 14, italic: true },
};

/** HD 36 Phụ lục 2 where it differs from NĐ 30. */
const PARTY_STYLES: Partial<Record<Part, Style>> = {
  superior: { size: 14 }, issuer: { size: 14, bold: true }, number: { size: 14 }, typeName: { size: 15, bold: true },
  recipientsLabel: { size: 14 }, recipient: { size: 12 }, title: { size: 14 },
};

const BODY = [
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
  'Theo đề nghị của Giám đốc Sở Nội vụ.',
  'Điều 1. Thành lập Tổ công tác rà soát thủ tục hành chính của tỉnh năm 2026 gồm các thành viên có tên tại danh sách kèm theo Quyết định này.',
  'Tổ công tác rà soát các thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh, đề xuất phương án cắt giảm thành phần hồ sơ không cần thiết và rút ngắn thời hạn giải quyết.',
  'Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ và các thành viên có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
];

export async function buildFixture(defect: Defect = {}): Promise<Uint8Array> {
  const run = (part: Part, text: string) => {
    const base = (defect.regime === 'dang' ? PARTY_STYLES[part] : undefined) ?? STYLES[part];
    const mine = defect.part === part;
    return new TextRun({
      text,
      font: defect.themeFontOnly ? undefined : mine && defect.font ? defect.font : 'Times New Roman',
      size: (mine && defect.size ? defect.size : base.size) * 2,
      bold: mine && defect.bold !== undefined ? defect.bold : base.bold ?? false,
      italics: mine && defect.italic !== undefined ? defect.italic : base.italic ?? false,
      underline: mine && defect.underline ? { type: UnderlineType.SINGLE } : undefined,
    });
  };
  const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED };
  const aligned = (part: Part, normal: (typeof AlignmentType)[keyof typeof AlignmentType] | undefined) => (defect.part === part && defect.partAlign ? ALIGN[defect.partAlign] : normal);
  const centred = (part: Part, text: string, rule = false) => new Paragraph({
    alignment: aligned(part, AlignmentType.CENTER),
    spacing: { before: 0, after: 0 },
    border: rule && !defect.noRules ? { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } } : undefined,
    children: [run(part, text)],
  });
  const left = (part: Part, text: string) => new Paragraph({ alignment: aligned(part, undefined), spacing: { before: 0, after: 0 }, children: [run(part, text)] });
  const cell = (children: Paragraph[], width: number) => new TableCell({ width: { size: width, type: WidthType.DXA }, children });
  const table = (leftCell: Paragraph[], rightCell: Paragraph[]) => new Table({
    borders: TableBorders.NONE,
    width: { size: 9355, type: WidthType.DXA },
    columnWidths: [3600, 5755],
    rows: [new TableRow({ children: [cell(leftCell, 3600), cell(rightCell, 5755)] })],
  });
  const body = (text: string, part: Part = 'body') => {
    const article = text.startsWith('Điều ') ? defect.article : undefined;
    return new Paragraph({
      alignment: defect.align === 'left' ? AlignmentType.LEFT : defect.align === 'center' ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
      indent: { firstLine: tw(article?.firstLineMm ?? defect.firstLineMm ?? 10) },
      spacing: { before: 0, after: (article?.afterPt ?? defect.afterPt ?? 6) * 20, line: defect.line240 ?? 300, lineRule: LineRuleType.AUTO },
      children: [run(part, text)],
    });
  };

  const pageNumber = defect.pageNumber === 'none' ? undefined : { position: 'header', align: 'center', size: 14, onFirstPage: false, ...defect.pageNumber };
  const numberParagraph = pageNumber && new Paragraph({
    alignment: pageNumber.align === 'right' ? AlignmentType.RIGHT : AlignmentType.CENTER,
    children: [new TextRun({ children: [PageNumber.CURRENT], font: 'Times New Roman', size: pageNumber.size * 2 })],
  });
  const empty = () => new Paragraph({ children: [] });
  const headers = pageNumber && pageNumber.position === 'header'
    ? { default: new Header({ children: [numberParagraph!] }), ...(pageNumber.onFirstPage ? {} : { first: new Header({ children: [empty()] }) }) }
    : undefined;
  const footers = pageNumber && pageNumber.position === 'footer'
    ? { default: new Footer({ children: [numberParagraph!] }), ...(pageNumber.onFirstPage ? {} : { first: new Footer({ children: [empty()] }) }) }
    : undefined;

  const partyChildren = () => [
    table(
      [centred('superior', 'ĐẢNG BỘ TỈNH BẮC NINH'), centred('issuer', 'HUYỆN ỦY YÊN PHONG'), centred('star', '*'), centred('number', 'Số 07-KL/HU')],
      [centred('partyTitle', 'ĐẢNG CỘNG SẢN VIỆT NAM', true), centred('placeDate', 'Yên Phong, ngày 05 tháng 3 năm 2026')],
    ),
    centred('typeName', 'KẾT LUẬN'),
    centred('summary', 'của Ban Thường vụ Huyện ủy về công tác chuyển đổi số năm 2026'),
    centred('star', '-----'),
    body('Ngày 02/3/2026, Ban Thường vụ Huyện ủy họp nghe báo cáo kết quả triển khai chuyển đổi số trong các cơ quan đảng và kết luận như sau:'),
    body('Các cơ quan đảng đã đưa phần mềm quản lý văn bản vào sử dụng thống nhất; tỷ lệ văn bản đi được ký số đạt trên chín mươi phần trăm.'),
    body('Các cấp ủy, tổ chức đảng trực thuộc tổ chức thực hiện Kết luận này./.'),
    table(
      [left('recipientsLabel', 'Nơi nhận:'), left('recipient', '- Các đảng ủy, chi bộ trực thuộc,'), left('recipient', '- Lưu Văn phòng Huyện ủy.')],
      [centred('authority', 'T/M BAN THƯỜNG VỤ'), centred('title', 'PHÓ BÍ THƯ'), empty(), centred('name', 'Trần Thị Hạnh')],
    ),
  ];

  // The state header with a symbol's type code, and the closing with its recipients.
  const stateHeader = (code: string) => table(
    [centred('superior', 'ỦY BAN NHÂN DÂN'), centred('issuer', 'TỈNH HÒA BÌNH', true), ...(defect.emptyUnderIssuer ? [empty()] : []), centred('number', `Số: 08/${code}-UBND`)],
    [centred('national', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), centred('motto', 'Độc lập - Tự do - Hạnh phúc', true), centred('placeDate', 'Hòa Bình, ngày 09 tháng 02 năm 2026')],
  );
  const stateClosing = (first: string) => table(
    [left('recipientsLabel', 'Nơi nhận:'), left('recipient', first), left('recipient', '- Lưu: VT, NC.')],
    [centred('authority', 'TM. ỦY BAN NHÂN DÂN'), centred('title', 'CHỦ TỊCH'), empty(), centred('name', 'Lê Văn Minh')],
  );

  // A plan opening with `Căn cứ …` paragraphs: body text, set upright as offices set it.
  const planChildren = () => [
    stateHeader('KH'),
    centred('typeName', 'KẾ HOẠCH'),
    centred('summary', 'Rà soát thủ tục hành chính năm 2026'),
    body('Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;', 'grounds'),
    body('Ủy ban nhân dân tỉnh ban hành Kế hoạch rà soát thủ tục hành chính năm 2026 như sau:'),
    body('I. MỤC ĐÍCH, YÊU CẦU'),
    body('Rà soát các thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh, đề xuất phương án cắt giảm thành phần giấy tờ không cần thiết./.'),
    stateClosing('- Các sở, ban, ngành;'),
  ];

  // A công văn: the V/v summary under the number (12 pt, upright, centred), then Kính gửi and the body.
  const letterChildren = () => [
    table(
      [centred('superior', 'ỦY BAN NHÂN DÂN'), centred('issuer', 'TỈNH HÒA BÌNH', true), centred('number', 'Số: 15/UBND-VX'),
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: (defect.letterGapPt ?? 6) * 20, after: 0 }, children: [new TextRun({ text: 'V/v triển khai rà soát thủ tục hành chính năm 2026', font: 'Times New Roman', size: 24 })] })],
      [centred('national', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), centred('motto', 'Độc lập - Tự do - Hạnh phúc', true), centred('placeDate', 'Hòa Bình, ngày 09 tháng 02 năm 2026')],
    ),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 }, children: [run('body', 'Kính gửi: Các sở, ban, ngành tỉnh.')] }),
    body('Thực hiện chương trình cải cách hành chính năm 2026, Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành rà soát các thủ tục hành chính thuộc thẩm quyền giải quyết của đơn vị mình.'),
    body('Kết quả rà soát gửi về Sở Nội vụ trước ngày 30 tháng 4 năm 2026 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh./.'),
    stateClosing('- Như trên;'),
  ];

  // A chapter's line and title, centred and bold, before the articles.
  const chapter = defect.chapter && [
    new Paragraph({
      alignment: defect.chapter.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER, spacing: { before: 120, after: 0 },
      children: [new TextRun({ text: 'Chương I', font: 'Times New Roman', size: (defect.chapter.size ?? 14) * 2, bold: defect.chapter.bold ?? true })],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 120 }, children: [new TextRun({ text: 'QUY ĐỊNH CHUNG', font: 'Times New Roman', size: 28, bold: true })] }),
  ];
  // An appendix after the closing: label, title, reference, one line of content.
  const appendix = defect.appendix && [
    new Paragraph({ pageBreakBefore: true, alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'Phụ lục', font: 'Times New Roman', size: (defect.appendix.labelSize ?? 14) * 2, bold: true })] }),
    new Paragraph({
      alignment: defect.appendix.titleAlign === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
      children: [new TextRun({ text: 'DANH SÁCH THÀNH VIÊN TỔ CÔNG TÁC', font: 'Times New Roman', size: 28, bold: true })],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: '(Kèm theo Quyết định số 08/QĐ-UBND ngày 09 tháng 02 năm 2026 của Ủy ban nhân dân tỉnh)', font: 'Times New Roman', size: 28, italics: defect.appendix.referenceItalic ?? true })] }),
    body('Danh sách gồm các thành viên do Giám đốc Sở Nội vụ đề xuất.'),
  ];

  const margins = { top: 20, bottom: 20, left: 30, right: 15, ...defect.margins };
  const document = new Document({
    creator: 'vanban tests',
    styles: {
      default: {
        document: { run: defect.themeFontOnly ? { size: 28 } : { font: 'Times New Roman', size: 28 } },
      },
    },
    sections: [{
      properties: {
        titlePage: pageNumber ? !pageNumber.onFirstPage : false,
        page: {
          size: {
            width: tw(defect.page?.width ?? 210), height: tw(defect.page?.height ?? 297),
            orientation: defect.page?.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: { top: tw(margins.top), bottom: tw(margins.bottom), left: tw(margins.left), right: tw(margins.right), header: tw(10), footer: tw(10) },
        },
      },
      headers, footers,
      children: defect.regime === 'dang' ? partyChildren() : defect.type === 'ke-hoach' ? planChildren() : defect.type === 'cong-van' ? letterChildren() : [
        stateHeader('QĐ'),
        centred('typeName', 'QUYẾT ĐỊNH'),
        centred('summary', 'Về việc thành lập Tổ công tác rà soát thủ tục hành chính năm 2026'),
        centred('typeName', 'ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH'),
        ...BODY.slice(0, 2).map((text) => body(text, 'grounds')),
        centred('typeName', 'QUYẾT ĐỊNH:'),
        ...(chapter ?? []),
        ...BODY.slice(2).map((text) => body(text)),
        ...(defect.longBody ? Array.from({ length: 24 }, () => body(BODY[3])) : []),
        stateClosing('- Như Điều 2;'),
        ...(appendix ?? []),
      ],
    }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
