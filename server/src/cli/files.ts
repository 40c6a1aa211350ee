// Which files a CLI invocation names: files as given (whatever their extension), folders walked for
// `*.vanban` (or --ext), and globs (`drafts/**/*.vanban`) expanded from their fixed prefix.

import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function expandPaths(args: readonly string[], extensions: readonly string[] = ['.vanban']): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const arg of args) {
    if (/[*?[\]]/.test(arg)) {
      const matched = expandGlob(arg);
      if (matched.length === 0) missing.push(arg);
      files.push(...matched);
      continue;
    }
    let stat;
    try {
      stat = statSync(arg);
    } catch {
      missing.push(arg);
      continue;
    }
    if (stat.isDirectory()) files.push(...walk(arg).filter((file) => extensions.some((ext) => file.endsWith(ext))));
    else files.push(arg);
  }
  return { files: [...new Set(files)], missing };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/** `*` within a path segment, `**` across segments, `?` one character. */
export function globToRegExp(glob: string): RegExp {
  let pattern = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*' && glob[i + 1] === '*') {
      pattern += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (ch === '*') pattern += '[^/]*';
    else if (ch === '?') pattern += '[^/]';
    else pattern += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${pattern}$`);
}

function expandGlob(glob: string): string[] {
  const normalized = glob.split(sep).join('/');
  const segments = normalized.split('/');
  const fixed: string[] = [];
  for (const segment of segments) {
    if (/[*?[\]]/.test(segment)) break;
    fixed.push(segment);
  }
  const base = fixed.length ? fixed.join('/') || '/' : '.';
  const matcher = globToRegExp(normalized.replace(/^\.\//, ''));
  return walk(base).filter((file) => {
    const candidate = (base === '.' ? relative('.', file) : file).split(sep).join('/');
    return matcher.test(candidate) || matcher.test(file.split(sep).join('/'));
  });
}
