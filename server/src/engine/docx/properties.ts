// Paragraph and run properties as OOXML states them (w:pPr, w:rPr), and how one level overrides another.
// Word's cascade, lowest first: document defaults -> paragraph style chain (basedOn) -> numbering level ->
// character style chain -> direct formatting. Each level overrides only what it states.

import { attr, child, val, type XmlElement } from './xml';

export interface FontSlot {
  readonly name?: string;
  /** A theme slot (minorHAnsi, majorAscii...), which wins over `name` on the same level. */
  readonly theme?: string;
}

export interface RunProps {
  /** The font for ASCII text (w:ascii) and for other Latin text, Vietnamese letters included (w:hAnsi). */
  readonly ascii?: FontSlot;
  readonly hAnsi?: FontSlot;
  readonly size?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly caps?: boolean;
  readonly rStyle?: string;
}

export interface ParaProps {
  readonly align?: 'left' | 'center' | 'right' | 'justify' | 'distribute';
  /** Twips; negative for a hanging indent. */
  readonly firstLine?: number;
  readonly left?: number;
  readonly before?: number;
  readonly after?: number;
  readonly line?: { readonly rule: 'auto' | 'exact' | 'atLeast'; readonly value: number };
  readonly numId?: string;
  readonly ilvl?: number;
  readonly bottomBorder?: boolean;
  readonly topBorder?: boolean;
  readonly pStyle?: string;
}

/** A boolean toggle (`<w:b/>`, `<w:b w:val="0"/>`). */
function toggle(element: XmlElement | undefined, name: string): boolean | undefined {
  const found = child(element, name);
  if (!found) return undefined;
  const value = attr(found, 'w:val');
  return value === undefined || !(value === '0' || value === 'false' || value === 'off');
}

/** Word's automatic paragraph spacing, in twips (14 pt). */
const AUTO_SPACING = 280;

function isOn(value: string | undefined): boolean {
  return value === '1' || value === 'true' || value === 'on';
}

function int(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number.parseInt(text, 10);
  return Number.isFinite(value) ? value : undefined;
}

function slot(rFonts: XmlElement | undefined, name: 'ascii' | 'hAnsi'): FontSlot | undefined {
  if (!rFonts) return undefined;
  const font = attr(rFonts, `w:${name}`);
  const theme = attr(rFonts, `w:${name}Theme`);
  return font === undefined && theme === undefined ? undefined : { name: font, theme };
}

export function readRunProps(rPr: XmlElement | undefined): RunProps {
  if (!rPr) return {};
  const rFonts = child(rPr, 'w:rFonts');
  const size = int(val(rPr, 'w:sz'));
  const u = val(rPr, 'w:u');
  return {
    ascii: slot(rFonts, 'ascii'),
    hAnsi: slot(rFonts, 'hAnsi'),
    size: size !== undefined && size > 0 ? size / 2 : undefined,
    bold: toggle(rPr, 'w:b'),
    italic: toggle(rPr, 'w:i'),
    underline: child(rPr, 'w:u') ? u !== 'none' : undefined,
    caps: toggle(rPr, 'w:caps'),
    rStyle: val(rPr, 'w:rStyle'),
  };
}

const ALIGN: Record<string, ParaProps['align']> = {
  left: 'left', start: 'left', center: 'center', right: 'right', end: 'right', both: 'justify', justify: 'justify', distribute: 'distribute',
};

export function readParaProps(pPr: XmlElement | undefined): ParaProps {
  if (!pPr) return {};
  const ind = child(pPr, 'w:ind');
  const spacing = child(pPr, 'w:spacing');
  const numPr = child(pPr, 'w:numPr');
  const borders = child(pPr, 'w:pBdr');
  const hanging = int(attr(ind, 'w:hanging'));
  const firstLine = int(attr(ind, 'w:firstLine'));
  const lineValue = int(attr(spacing, 'w:line'));
  const lineRule = attr(spacing, 'w:lineRule');
  const jc = val(pPr, 'w:jc');
  const drawn = (name: string) => {
    const border = child(borders, name);
    if (!border) return undefined;
    const style = attr(border, 'w:val');
    return style !== undefined && style !== 'none' && style !== 'nil';
  };
  return {
    align: jc === undefined ? undefined : ALIGN[jc],
    firstLine: hanging !== undefined ? -hanging : firstLine,
    left: int(attr(ind, 'w:left') ?? attr(ind, 'w:start')),
    // "Auto" spacing (HTML paragraph spacing) is 14 pt in Word, whatever before/after say.
    before: isOn(attr(spacing, 'w:beforeAutospacing')) ? AUTO_SPACING : int(attr(spacing, 'w:before')),
    after: isOn(attr(spacing, 'w:afterAutospacing')) ? AUTO_SPACING : int(attr(spacing, 'w:after')),
    line: lineValue === undefined ? undefined
      : lineRule === 'exact' || lineRule === 'atLeast' ? { rule: lineRule, value: lineValue / 20 } : { rule: 'auto', value: lineValue },
    numId: val(numPr, 'w:numId'),
    ilvl: int(val(numPr, 'w:ilvl')),
    bottomBorder: drawn('w:bottom'),
    topBorder: drawn('w:top'),
    pStyle: val(pPr, 'w:pStyle'),
  };
}

/** `over` on top of `under`: each property `over` states wins. */
export function overlay<T extends object>(under: T, over: T): T {
  const out: Record<string, unknown> = { ...(under as Record<string, unknown>) };
  for (const [key, value] of Object.entries(over)) if (value !== undefined) out[key] = value;
  return out as T;
}
