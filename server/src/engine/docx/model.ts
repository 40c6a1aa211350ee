// What the .docx reader gives: the text as a draft, and for each paragraph where it sits in that text and
// its formatting, resolved through the OOXML cascade (document defaults, theme, styles, numbering, direct).

/** A font as Word resolves it for a run. */
export type RunFont =
  | { readonly kind: 'named'; readonly name: string; readonly from: 'direct' | 'style' | 'defaults' | 'theme' }
  /** Named only through a theme slot (minorHAnsi...) and the file has no theme part to say which font. */
  | { readonly kind: 'theme-unresolved'; readonly slot: string }
  /** No font anywhere in the cascade: Word falls back to its application default. */
  | { readonly kind: 'unset' };

export interface WordRun {
  /** Columns of the run's text in the paragraph's text (UTF-16, label excluded: see WordParagraph.labelLength). */
  readonly start: number;
  readonly end: number;
  readonly font: RunFont;
  /** Size in points (w:sz / 2); Word's default 10 pt when nothing sets it. */
  readonly size: number;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  readonly caps: boolean;
  /** A run of an equation (OMML), set in the equation editor's font. */
  readonly math?: boolean;
}

export type Alignment = 'left' | 'center' | 'right' | 'justify' | 'distribute';

export interface LineSpacing {
  /** auto: in 240ths of a line; exact/atLeast: in points. */
  readonly rule: 'auto' | 'exact' | 'atLeast';
  readonly value: number;
}

export interface WordParagraph {
  /** 0-based, in reading order over the body, its tables and text boxes. */
  readonly index: number;
  /** The paragraph's text as it reads in the draft (the numbering label first, tabs and breaks kept). */
  readonly text: string;
  /** Length of the restored numbering label plus its separator at the start of `text` (0 when none). */
  readonly labelLength: number;
  /** First line of this paragraph in the extracted text, and how many lines it takes (line breaks). */
  readonly line: number;
  readonly lineCount: number;
  readonly where: 'body' | 'table' | 'textbox';
  readonly align: Alignment;
  /** Indents in mm; firstLine is negative for a hanging indent. */
  readonly firstLine: number;
  readonly left: number;
  /** Spacing in points. */
  readonly spaceBefore: number;
  readonly spaceAfter: number;
  readonly lineSpacing: LineSpacing;
  /** A border drawn under (or over) the paragraph, or a shape/drawing anchored in it: a rule line candidate. */
  readonly bottomBorder: boolean;
  readonly topBorder: boolean;
  readonly hasShape: boolean;
  readonly runs: readonly WordRun[];
}

export interface WordSection {
  /** Index of the first paragraph of the section. */
  readonly firstParagraph: number;
  /** Page size and margins in mm (undefined when the file does not say); a negative top or bottom margin
   *  (fixed: the header or footer may not push the text) keeps its sign. */
  readonly pageWidth?: number;
  readonly pageHeight?: number;
  readonly landscape: boolean;
  readonly margins: { readonly top?: number; readonly bottom?: number; readonly left?: number; readonly right?: number; readonly gutter?: number };
  /** Page numbers: where the PAGE field is, if any, and whether page 1 shows it. */
  readonly pageNumber?: PageNumberInfo;
}

export interface PageNumberInfo {
  /** The PAGE field is in a header (top) or a footer (bottom). */
  readonly position: 'header' | 'footer';
  readonly align: Alignment;
  /** Size in points of the field's result run. */
  readonly size: number;
  /** True when page 1 shows a page number (no distinct first page, or its first-page header/footer has one). */
  readonly onFirstPage: boolean;
}

export interface WordDocument {
  /** The extracted text, one paragraph per line ('\n' between), ready for the draft parser. */
  readonly text: string;
  readonly paragraphs: readonly WordParagraph[];
  readonly sections: readonly WordSection[];
  /** Line -> paragraph index (every line belongs to one paragraph). */
  readonly paragraphOfLine: readonly number[];
  /** The theme's fonts when the file has a theme part. */
  readonly theme?: { readonly major?: string; readonly minor?: string };
}
