// The planted-slip recall measure: every slip of the catalogue planted, one at a time, into
// every subject (the real corpus and the project's correct documents), and whether the engine reports it.
// Found: a new finding (one the unmutated document does not have) on the slip's line that is not a
// "missing part" finding, and no new "missing part" finding anywhere (a malformed part is not missing);
// for a deleted part, a new finding anywhere. Deterministic: each site is chosen by a seed from the
// document's name and the slip's id.

import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { lint, parse, type Diagnostic } from '../../server/src/engine';
import { ROOT, corpusFiles, type Markers } from '../helpers';
import { SLIPS, type Slip, type Subject } from './slips';

export interface ClassRecall {
  readonly slip: Slip;
  readonly planted: number;
  readonly found: number;
  /** Of the slips found, those reported by exactly one new finding, hints aside (one cause, one finding). */
  readonly single: number;
  /** `document: line` of each slip not found, for the report's reader. */
  readonly missed: readonly string[];
}

export interface Recall {
  readonly subjects: number;
  readonly classes: readonly ClassRecall[];
  readonly planted: number;
  readonly found: number;
  readonly single: number;
}

/** The project's correct documents: the examples and the good rule fixtures (no directive but a profile). */
export function projectSubjects(): Subject[] {
  const paths = [
    ...readdirSync(join(ROOT, 'examples')).filter((name) => name.endsWith('.vanban')).map((name) => join(ROOT, 'examples', name)),
    ...readdirSync(join(ROOT, 'test', 'fixtures', 'rules')).sort().flatMap((rule) =>
      readdirSync(join(ROOT, 'test', 'fixtures', 'rules', rule)).filter((name) => /^good.*\.vanban$/u.test(name)).sort()
        .map((name) => join(ROOT, 'test', 'fixtures', 'rules', rule, name))),
  ];
  return paths.map((path) => subjectOf(path.slice(ROOT.length + 1), readFileSync(path, 'utf8')))
    .filter((subject) => subject.model.directives.every((directive) => directive.kind === 'profile'));
}

export function corpusSubjects(): Subject[] {
  return corpusFiles().map((path) => subjectOf(`corpus/${basename(path)}`, readFileSync(path, 'utf8')));
}

function subjectOf(name: string, text: string): Subject {
  return { name, text, model: parse(text) };
}

/** A finding's identity across the mutation: the line, the rule and the message (columns may move). */
const keyOf = (d: Diagnostic): string => `${d.range.start.line}\u0000${d.rule}\u0000${d.message}`;

/** The findings of `after` that `before` does not have (as a multiset). */
function added(before: readonly Diagnostic[], after: readonly Diagnostic[]): Diagnostic[] {
  const counts = new Map<string, number>();
  for (const d of before) counts.set(keyOf(d), (counts.get(keyOf(d)) ?? 0) + 1);
  return after.filter((d) => {
    const left = counts.get(keyOf(d)) ?? 0;
    if (left === 0) return true;
    counts.set(keyOf(d), left - 1);
    return false;
  });
}

/** A seeded index chooser (mulberry32 over a hash of the seed text). */
export function chooser(seed: string): (n: number) => number {
  let state = 0;
  for (let i = 0; i < seed.length; i++) state = (Math.imul(state, 31) + seed.charCodeAt(i)) | 0;
  return (n) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/** Whether the slip is reported, and whether by exactly one new finding (hints, the while-typing tips, aside). */
function verdict(slip: Slip, baseline: readonly Diagnostic[], text: string, line: number): { found: boolean; single: boolean } {
  const fresh = added(baseline, lint(text, { language: 'en' }));
  const single = fresh.filter((d) => d.severity !== 'hint').length === 1;
  if (slip.deleted) return { found: fresh.length > 0, single };
  if (fresh.some((d) => d.part !== undefined)) return { found: false, single };
  return { found: fresh.some((d) => d.range.start.line <= line && d.range.end.line >= line), single };
}

export function measure(subjects: readonly Subject[]): Recall {
  const tallies = SLIPS.map((slip) => ({ slip, planted: 0, found: 0, single: 0, missed: [] as string[] }));
  for (const subject of subjects) {
    const baseline = lint(subject.text, { language: 'en' });
    for (const tally of tallies) {
      const planted = tally.slip.plant(subject, chooser(`${subject.name}\u0000${tally.slip.id}`));
      if (!planted || planted.text === subject.text) continue;
      tally.planted++;
      const { found, single } = verdict(tally.slip, baseline, planted.text, planted.line);
      if (found) {
        tally.found++;
        if (single) tally.single++;
      } else tally.missed.push(`${subject.name}:${planted.line + 1}`);
    }
  }
  const planted = tallies.reduce((sum, tally) => sum + tally.planted, 0);
  const found = tallies.reduce((sum, tally) => sum + tally.found, 0);
  const single = tallies.reduce((sum, tally) => sum + tally.single, 0);
  return { subjects: subjects.length, classes: tallies, planted, found, single };
}

const percent = (found: number, planted: number): string => (planted ? `${((100 * found) / planted).toFixed(1)} %` : '–');

/** The report's table (markdown), generated: docs/corpus-report.md holds it between the recall markers. */
export function recallTable(recall: Recall): string {
  const rows = recall.classes.map(({ slip, planted, found, single }) =>
    `| ${slip.part} | \`${slip.id}\` | ${slip.clause} | ${planted} | ${found} | ${percent(found, planted)} | ${percent(single, found)} |`);
  return [
    `Slips planted one at a time into ${recall.subjects} documents (the real corpus, the examples and the good fixtures);`,
    'generated by `npx tsx scripts/recall-report.ts --write`, checked by `test/recall/recall.test.ts`.',
    '',
    '"one finding": of the slips found, the share reported by exactly one new finding, hints aside (one cause, one finding).',
    '',
    '| part | slip | clause it breaks | planted | found | recall | one finding |',
    '|---|---|---|---:|---:|---:|---:|',
    ...rows,
    `| **all** | | | ${recall.planted} | ${recall.found} | **${percent(recall.found, recall.planted)}** | **${percent(recall.single, recall.found)}** |`,
  ].join('\n');
}

/** The recall table's place in docs/corpus-report.md. */
export const RECALL_MARKERS: Markers = { start: '<!-- recall table: generated, do not edit -->', end: '<!-- end of recall table -->' };
