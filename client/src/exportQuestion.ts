// What the export asks before writing a draft that still has errors: the count, said as errors, and the
// errors themselves by line (the first ten). Free of the vscode module so a test can run it.

export interface ExportQuestion {
  readonly message: string;
  readonly detail: string;
  readonly count: number;
}

type Translate = (message: string, ...args: (string | number)[]) => string;

const LISTED = 10;

export function exportQuestion(errors: readonly { line: number; message: string }[], t: Translate): ExportQuestion | undefined {
  if (errors.length === 0) return undefined;
  const lines = errors.slice(0, LISTED).map((error) => t('Line {0}: {1}', error.line, error.message));
  if (errors.length > LISTED) lines.push(t('… and {0} more', errors.length - LISTED));
  return { message: t('{0} errors remain. Export anyway?', errors.length), detail: lines.join('\n'), count: errors.length };
}
