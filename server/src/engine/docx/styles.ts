// styles.xml: document defaults and the style chains (basedOn), resolved once per style id.

import { overlay, readParaProps, readRunProps, type ParaProps, type RunProps } from './properties';
import { attr, child, children, val, type XmlElement } from './xml';

interface RawStyle {
  readonly type: string;
  readonly basedOn?: string;
  readonly para: ParaProps;
  readonly run: RunProps;
}

export interface StyleSheet {
  readonly defaultRun: RunProps;
  readonly defaultPara: ParaProps;
  /** The paragraph style a paragraph without w:pStyle takes (w:default="1"). */
  readonly defaultParagraphStyle?: string;
  /** A style's properties with its basedOn chain applied (defaults not included). */
  paragraphStyle(id: string | undefined): { readonly para: ParaProps; readonly run: RunProps };
  characterStyle(id: string | undefined): RunProps;
  /** A table style's paragraph and run properties: they sit between the defaults and the paragraph style. */
  tableStyle(id: string | undefined): { readonly para: ParaProps; readonly run: RunProps };
}

/** basedOn chains longer than this are cut (a cycle or a hostile file). */
const MAX_CHAIN = 32;

export function readStyles(root: XmlElement | undefined): StyleSheet {
  const defaults = child(root, 'w:docDefaults');
  const defaultRun = readRunProps(child(child(defaults, 'w:rPrDefault'), 'w:rPr'));
  const defaultPara = readParaProps(child(child(defaults, 'w:pPrDefault'), 'w:pPr'));
  const raw = new Map<string, RawStyle>();
  let defaultParagraphStyle: string | undefined;
  for (const style of children(root, 'w:style')) {
    const id = attr(style, 'w:styleId');
    const type = attr(style, 'w:type') ?? 'paragraph';
    if (id === undefined) continue;
    const isDefault = attr(style, 'w:default');
    if (type === 'paragraph' && (isDefault === '1' || isDefault === 'true')) defaultParagraphStyle = id;
    raw.set(id, { type, basedOn: val(style, 'w:basedOn'), para: readParaProps(child(style, 'w:pPr')), run: readRunProps(child(style, 'w:rPr')) });
  }

  const resolved = new Map<string, { para: ParaProps; run: RunProps }>();
  function resolve(id: string | undefined, type: string): { para: ParaProps; run: RunProps } {
    if (id === undefined) return { para: {}, run: {} };
    const key = `${type}:${id}`;
    const known = resolved.get(key);
    if (known) return known;
    const chain: RawStyle[] = [];
    const seen = new Set<string>();
    for (let at: string | undefined = id; at !== undefined && !seen.has(at) && chain.length < MAX_CHAIN;) {
      seen.add(at);
      const style = raw.get(at);
      if (!style || style.type !== type) break;
      chain.unshift(style);
      at = style.basedOn;
    }
    let para: ParaProps = {};
    let run: RunProps = {};
    for (const style of chain) {
      para = overlay(para, style.para);
      run = overlay(run, style.run);
    }
    const result = { para, run };
    resolved.set(key, result);
    return result;
  }

  return {
    defaultRun, defaultPara, defaultParagraphStyle,
    paragraphStyle: (id) => resolve(id ?? defaultParagraphStyle, 'paragraph'),
    characterStyle: (id) => resolve(id, 'character').run,
    tableStyle: (id) => resolve(id, 'table'),
  };
}

/** theme1.xml: the major (headings) and minor (body) Latin fonts. */
export function readTheme(root: XmlElement | undefined): { major?: string; minor?: string } | undefined {
  if (!root) return undefined;
  const scheme = child(child(root, 'a:themeElements'), 'a:fontScheme');
  if (!scheme) return undefined;
  const latin = (name: string) => attr(child(child(scheme, name), 'a:latin'), 'typeface') || undefined;
  return { major: latin('a:majorFont'), minor: latin('a:minorFont') };
}
