// Linting one file: read, pick its options, lint. Shared by the in-process path and the workers.

import { readFileSync } from 'node:fs';
import { lintModel, parse } from '../engine';
import type { FileReport } from './format';
import { lintOptionsFor, type CliFlags } from './options';
import { checkDocxFile, isWordFile } from './word';

export type CheckOutcome = { readonly report: FileReport } | { readonly file: string; readonly error: string };

export function checkText(file: string, text: string, flags: CliFlags): FileReport {
  const result = lintModel(parse(text), lintOptionsFor(file, flags));
  return { file, profile: result.profile, regime: result.regime, diagnostics: result.diagnostics };
}

export function checkFile(file: string, flags: CliFlags): CheckOutcome {
  if (isWordFile(file)) return checkDocxFile(file, flags);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { file, error: (error as Error).message };
  }
  return { report: checkText(file, text, flags) };
}
