// numbering.xml: the automatic labels (`1.`, `a)`, `-`) Word draws before numbered paragraphs. They are
// not in the text runs, so the reader restores them: counters per list, deeper levels restarting when a
// shallower one advances, each level's lvlText with its %1..%9 placeholders in the level's number format.

import { readParaProps, readRunProps, type ParaProps, type RunProps } from './properties';
import { attr, child, children, val, type XmlElement } from './xml';

interface Level {
  readonly start: number;
  readonly format: string;
  readonly text: string;
  readonly suffix: string;
  readonly legal: boolean;
  readonly para: ParaProps;
  readonly run: RunProps;
}

interface NumInstance {
  readonly abstractId: string;
  readonly levels: ReadonlyMap<number, Level>;
  readonly startOverrides: ReadonlyMap<number, number>;
}

export interface Numbering {
  /** The label of the next paragraph in this list at this level, advancing the counters; undefined when none. */
  next(numId: string, ilvl: number): { readonly label: string; readonly level: Level } | undefined;
  /** The level's properties without advancing (for paragraph properties). */
  level(numId: string, ilvl: number): Level | undefined;
}

/**
 * Counters are bounded as Word bounds them (a level starts at 0..32767), and a label is at most a line:
 * `w:start="2000000000"` in letters built a 77-million-character label per paragraph.
 */
export const MAX_START = 32_767;
const MAX_LABEL = 64;
const boundedStart = (value: number) => (Number.isFinite(value) ? Math.min(MAX_START, Math.max(0, value)) : undefined);

function readLevel(lvl: XmlElement): Level {
  const start = boundedStart(Number.parseInt(val(lvl, 'w:start') ?? '1', 10));
  return {
    start: start ?? 1,
    format: val(lvl, 'w:numFmt') ?? 'decimal',
    text: val(lvl, 'w:lvlText') ?? '',
    suffix: val(lvl, 'w:suff') ?? 'tab',
    legal: child(lvl, 'w:isLgl') !== undefined,
    para: readParaProps(child(lvl, 'w:pPr')),
    run: readRunProps(child(lvl, 'w:rPr')),
  };
}

function levelsOf(element: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of children(element, 'w:lvl')) {
    const ilvl = Number.parseInt(attr(lvl, 'w:ilvl') ?? '', 10);
    if (ilvl >= 0 && ilvl <= 8) levels.set(ilvl, readLevel(lvl));
  }
  return levels;
}

export function readNumbering(root: XmlElement | undefined): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  for (const abstract of children(root, 'w:abstractNum')) {
    const id = attr(abstract, 'w:abstractNumId');
    if (id !== undefined) abstracts.set(id, levelsOf(abstract));
  }
  const nums = new Map<string, NumInstance>();
  for (const num of children(root, 'w:num')) {
    const id = attr(num, 'w:numId');
    const abstractId = val(num, 'w:abstractNumId');
    if (id === undefined || abstractId === undefined) continue;
    const levels = new Map(abstracts.get(abstractId) ?? []);
    const startOverrides = new Map<number, number>();
    for (const override of children(num, 'w:lvlOverride')) {
      const ilvl = Number.parseInt(attr(override, 'w:ilvl') ?? '', 10);
      if (!(ilvl >= 0 && ilvl <= 8)) continue;
      const startAt = boundedStart(Number.parseInt(val(override, 'w:startOverride') ?? '', 10));
      if (startAt !== undefined) startOverrides.set(ilvl, startAt);
      const lvl = child(override, 'w:lvl');
      if (lvl) levels.set(ilvl, readLevel(lvl));
    }
    nums.set(id, { abstractId, levels, startOverrides });
  }

  // Lists that share an abstract definition continue one another (Word's behaviour) unless a num restarts it.
  const counters = new Map<string, number[]>();
  const started = new Set<string>();

  return {
    level: (numId, ilvl) => nums.get(numId)?.levels.get(ilvl),
    next(numId, ilvl) {
      const num = nums.get(numId);
      const level = num?.levels.get(ilvl);
      if (!num || !level) return undefined;
      let counts = counters.get(num.abstractId);
      if (!counts || (!started.has(numId) && num.startOverrides.size > 0)) {
        counts = [];
        counters.set(num.abstractId, counts);
      }
      started.add(numId);
      for (let i = 0; i <= ilvl; i++) {
        if (counts[i] === undefined) counts[i] = (num.startOverrides.get(i) ?? num.levels.get(i)?.start ?? 1) - (i === ilvl ? 1 : 0);
      }
      counts[ilvl] += 1;
      counts.length = ilvl + 1; // deeper levels restart
      if (level.format === 'none') return { label: '', level };
      const label = level.format === 'bullet' ? bullet(level.text) : formatLabel(level.text, counts, num.levels, level.legal);
      return { label: label.length > MAX_LABEL ? label.slice(0, MAX_LABEL) : label, level };
    },
  };
}

/** `%1.%2.` with each counter in its level's format. */
function formatLabel(text: string, counts: readonly number[], levels: ReadonlyMap<number, Level>, legal: boolean): string {
  let out = '';
  for (let i = 0; i < text.length && out.length <= MAX_LABEL; i++) {
    const ch = text[i];
    const digit = text.charCodeAt(i + 1) - 48;
    if (ch === '%' && digit >= 1 && digit <= 9) {
      const format = legal ? 'decimal' : levels.get(digit - 1)?.format ?? 'decimal';
      out += formatNumber(counts[digit - 1] ?? levels.get(digit - 1)?.start ?? 1, format);
      i++;
    } else out += ch;
  }
  return out;
}

export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter': return letters(value).toLowerCase();
    case 'upperLetter': return letters(value);
    case 'lowerRoman': return roman(value).toLowerCase();
    case 'upperRoman': return roman(value);
    case 'decimalZero': return value < 10 ? `0${value}` : String(value);
    default: return String(value);
  }
}

/** Word's letters: a..z, then aa..zz, aaa... */
function letters(value: number): string {
  // Past 26 x 8 (a letter eight times) Word's own labels are unreadable; the number says the same.
  if (value < 1 || value > 26 * 8) return String(value);
  const letter = String.fromCharCode(65 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function roman(value: number): string {
  if (value < 1 || value > 3999) return String(value);
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [n, s] of table) while (value >= n) { out += s; value -= n; }
  return out;
}

/**
 * A bullet as the draft writes it. Hyphens, dashes and plus signs keep their meaning for the reader;
 * symbol-font glyphs (private-use code points) and round bullets become `-`, the mark Vietnamese
 * official documents use for unnumbered items.
 */
function bullet(text: string): string {
  const ch = text.trim();
  if (ch === '+') return '+';
  return '-';
}
