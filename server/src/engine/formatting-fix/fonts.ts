// The fix's font steps: runs in a legacy Vietnamese font (their font, and on request their text), every
// w:rFonts that names another font or a theme slot, and the document default when no font is named at all.

import { METRIC_EQUIVALENTS, TIMES_NEW_ROMAN } from '../catalog/formatting';
import { msg } from '../l10n/localize';
import type { FixContext, Part } from './context';
import { capitalsOnly, isLegacyEncoded, legacyEncodingOf, legacyToUnicode } from './legacyFont';
import type { MainLayout, ParagraphSpan } from './layout';
import { attrOf, childOf, childrenOf, descendantsOf, escapeXml, type ElementSpan } from './xmlText';

const ALLOWED_FONTS = new Set([TIMES_NEW_ROMAN, ...METRIC_EQUIVALENTS].map((name) => name.toLowerCase()));
/** Fonts of symbols and bullets: their characters are glyph codes, not text; never changed. */
const SYMBOL_FONTS = /^(symbol|wingdings.*|webdings|marlett|mt extra|zapfdingbats|cambria math)$/i;
const FONT_SLOTS = ['ascii', 'hAnsi', 'eastAsia', 'cs'] as const;
const THEME_SLOTS = ['asciiTheme', 'hAnsiTheme', 'eastAsiaTheme', 'cstheme'] as const;

/** Runs in .VnTime/VNI fonts: a Unicode text's font changed safely; a legacy text converted (guarded). */
export function fixLegacyFonts(ctx: FixContext): void {
  const { options, layout, mapped, styles, contentParts, part, change } = ctx;
  const mainName = ctx.main.name;
  const legacy = legacyFonts(styles);
  for (const name of contentParts) {
    const edited = part(name);
    if (!edited) continue;
    for (const r of descendantsOf(edited.root, 'w:r')) {
      const font = legacy.runFont(r, paragraphOfRun(r));
      const encoding = font === undefined ? undefined : legacyEncodingOf(font);
      if (!font || !encoding) continue;
      const texts = childrenOf(r, 'w:t');
      const from = texts.map((t) => t.text).join('');
      if (from.trim() === '') continue;
      const paragraphIndex = name === mainName && mapped ? paragraphNumber(layout, r) : undefined;
      if (!isLegacyEncoded(from)) {
        // Unicode (or plain ASCII) text labelled with the old font: the font alone changes, safely.
        edited.edits.set(r, 'rPr', 'rFonts', fontAttributes(childOf(childOf(r, 'w:rPr'), 'w:rFonts'), true));
        change({ part: name, paragraph: paragraphIndex, property: msg('font'), from: font, to: TIMES_NEW_ROMAN });
        continue;
      }
      let to = legacyToUnicode(from, encoding);
      if (capitalsOnly(font)) to = to.toUpperCase();
      change({ part: name, paragraph: paragraphIndex, property: msg('legacy font and its text'), from: `${font}: ${from}`, to: `${TIMES_NEW_ROMAN}: ${to}`, safety: 'guarded' });
      if (!options.legacyFonts) continue;
      for (const t of texts) {
        let converted = legacyToUnicode(t.text, encoding);
        if (capitalsOnly(font)) converted = converted.toUpperCase();
        edited.edits.replace(t.openEnd, t.closeStart, escapeXml(converted));
      }
      edited.edits.set(r, 'rPr', 'rFonts', fontAttributes(childOf(childOf(r, 'w:rPr'), 'w:rFonts'), true));
    }
  }
}

/** Every font declaration that names another font or a theme slot; the defaults when none is named. */
export function fixFonts(ctx: FixContext): void {
  const { word, layout, mapped, styles, contentParts, part, byType, change } = ctx;
  const mainName = ctx.main.name;
  // Fonts: every font declaration (document defaults, styles, numbering, runs, paragraph marks) that names
  // another font or a theme slot, in every part that holds text.
  for (const name of [...new Set([...contentParts, ...(styles ? [styles.name] : []), ...byType('numbering')])]) {
    const edited = part(name);
    if (!edited) continue;
    for (const rFonts of descendantsOf(edited.root, 'w:rFonts')) {
      if (insideHistoryOrMath(rFonts)) continue;
      const names = FONT_SLOTS.map((slot) => attrOf(rFonts, `w:${slot}`)).filter((n): n is string => n !== undefined);
      if (names.some((n) => SYMBOL_FONTS.test(n.trim()) || legacyEncodingOf(n) !== undefined)) continue;
      // What Latin and Vietnamese letters are drawn in (w:ascii, w:hAnsi, or their theme slots) decides; the
      // east-Asian and complex-script slots are put right with them.
      const wrong = (['ascii', 'hAnsi'] as const).flatMap((slot) => {
        const theme = attrOf(rFonts, `w:${slot}Theme`);
        if (theme !== undefined) {
          const resolved = theme.startsWith('major') ? word.theme?.major : word.theme?.minor;
          return resolved && ALLOWED_FONTS.has(family(resolved)) ? [] : [resolved ? `${resolved} (${theme})` : `(${theme})`];
        }
        const name = attrOf(rFonts, `w:${slot}`);
        return name === undefined || ALLOWED_FONTS.has(family(name)) ? [] : [name];
      });
      if (wrong.length === 0) continue;
      const attributes = fontAttributes(rFonts, false);
      const rPr = rFonts.parent!;
      const owner = rPr.parent!;
      edited.edits.set(owner, 'rPr', 'rFonts', attributes);
      change({ part: name, paragraph: name === mainName && mapped ? paragraphNumber(layout, owner) : undefined, property: owner.name === 'w:style' ? msg('font of style {0}', attrOf(owner, 'w:styleId') ?? '?') : msg('font'), from: [...new Set(wrong)].join(', '), to: TIMES_NEW_ROMAN });
    }
  }
  // No font anywhere in the cascade: the document defaults name Times New Roman.
  if (styles && word.paragraphs.some((p) => p.runs.some((run) => run.font.kind === 'unset'))) {
    const defaults = childOf(childOf(styles.root, 'w:docDefaults'), 'w:rPrDefault');
    if (defaults && !childOf(childOf(defaults, 'w:rPr'), 'w:rFonts')) {
      styles.edits.set(defaults, 'rPr', 'rFonts', { ascii: TIMES_NEW_ROMAN, hAnsi: TIMES_NEW_ROMAN, eastAsia: TIMES_NEW_ROMAN, cs: TIMES_NEW_ROMAN });
      change({ part: styles.name, property: msg('default font'), from: '—', to: TIMES_NEW_ROMAN });
    }
  }
}

function family(name: string): string {
  const words = name.trim().toLowerCase().split(/\s+/);
  while (words.length > 1 && ['bold', 'italic', 'oblique', 'regular'].includes(words[words.length - 1])) words.pop();
  return words.join(' ');
}

/** The attributes that put a w:rFonts right: wrong names and theme slots replaced by Times New Roman. */
function fontAttributes(rFonts: ElementSpan | undefined, all: boolean): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  FONT_SLOTS.forEach((slot, i) => {
    const name = attrOf(rFonts, `w:${slot}`);
    const theme = attrOf(rFonts, `w:${THEME_SLOTS[i]}`);
    if (theme !== undefined) out[THEME_SLOTS[i]] = null;
    if (all || theme !== undefined || (name !== undefined && !ALLOWED_FONTS.has(family(name)))) out[slot] = TIMES_NEW_ROMAN;
  });
  return out;
}

/** Tracked former formatting (w:rPrChange, w:pPrChange) is history, and equations keep their font. */
function insideHistoryOrMath(element: ElementSpan): boolean {
  for (let at = element.parent; at; at = at.parent) {
    if (at.name === 'w:rPrChange' || at.name === 'w:pPrChange' || at.name === 'm:r' || at.name === 'm:oMath' || at.name === 'w:sectPrChange') return true;
  }
  return false;
}

function paragraphOfRun(r: ElementSpan): ElementSpan | undefined {
  for (let at = r.parent; at; at = at.parent) if (at.name === 'w:p') return at;
  return undefined;
}

const numbers = new WeakMap<MainLayout, Map<ElementSpan, number>>();

function paragraphNumber(layout: MainLayout, element: ElementSpan): number | undefined {
  const p = element.name === 'w:p' ? element : paragraphOfRun(element);
  if (!p) return undefined;
  let index = numbers.get(layout);
  if (!index) {
    index = new Map(layout.paragraphs.map((s: ParagraphSpan, i) => [s.element, i + 1]));
    numbers.set(layout, index);
  }
  return index.get(p);
}

/** The font a run is drawn in, by its own w:rFonts, else its paragraph's style chain, else the defaults. */
function legacyFonts(styles: Part | undefined) {
  const byId = new Map<string, ElementSpan>();
  for (const style of childrenOf(styles?.root, 'w:style')) {
    const id = attrOf(style, 'w:styleId');
    if (id !== undefined) byId.set(id, style);
  }
  const named = (rPr: ElementSpan | undefined) => {
    const rFonts = childOf(rPr, 'w:rFonts');
    return attrOf(rFonts, 'w:hAnsi') ?? attrOf(rFonts, 'w:ascii');
  };
  const ofStyle = (id: string | undefined): string | undefined => {
    for (let at = id, depth = 0; at !== undefined && depth < 32; depth++) {
      const style = byId.get(at);
      if (!style) return undefined;
      const font = named(childOf(style, 'w:rPr'));
      if (font) return font;
      at = attrOf(childOf(style, 'w:basedOn'), 'w:val');
    }
    return undefined;
  };
  const defaultStyle = childrenOf(styles?.root, 'w:style').find((s) => attrOf(s, 'w:type') === 'paragraph' && ['1', 'true'].includes(attrOf(s, 'w:default') ?? ''));
  const defaults = named(childOf(childOf(childOf(styles?.root, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr'));
  return {
    runFont(r: ElementSpan, p: ElementSpan | undefined): string | undefined {
      if (insideHistoryOrMath(r)) return undefined;
      const rPr = childOf(r, 'w:rPr');
      const pStyle = attrOf(childOf(childOf(p, 'w:pPr'), 'w:pStyle'), 'w:val') ?? attrOf(defaultStyle, 'w:styleId');
      return named(rPr) ?? ofStyle(attrOf(childOf(rPr, 'w:rStyle'), 'w:val')) ?? ofStyle(pStyle) ?? defaults;
    },
  };
}
