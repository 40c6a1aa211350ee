// The rule pages, one source per rule: the Vietnamese page `docs/rules/<id>.md` holds the hand-written
// Vietnamese text and the examples; the English page `docs/rules/en/<id>.md` holds the English text. What
// the rule's metadata knows (title, description, severity, regimes, options) is generated into both, and the
// English page's examples are copied from the Vietnamese page, so no text is written twice:
//   npx tsx scripts/rule-pages.ts --write     rewrites the generated parts of every page (a test checks them)
// The extension opens these pages (Markdown preview), and SARIF and the rule picker read them.

import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { localize, PROFILE_NAMES, PROFILES, rules, type Language } from '../server/src/engine';

const ROOT = resolve(__dirname, '..');
export const PAGES_DIR = join(ROOT, 'docs', 'rules');

export type Rule = ReturnType<typeof rules>[number];
export type FixClass = 'safe' | 'guarded' | 'suggest' | 'none';

/** The section names of a page, in order, per language. */
export const SECTIONS: Record<Language, { checks: string; why: string; wrong: string; right: string; fix: string; options: string }> = {
  vi: { checks: 'Kiểm tra gì', why: 'Vì sao', wrong: 'Sai', right: 'Đúng', fix: 'Sửa', options: 'Tuỳ chọn' },
  en: { checks: 'What it checks', why: 'Why', wrong: 'Wrong', right: 'Right', fix: 'Fix', options: 'Options' },
};

const SEVERITY_WORDS: Record<Language, Record<string, string>> = {
  vi: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin', hint: 'gợi ý' },
  en: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' },
};

export function pagePath(id: string, language: Language): string {
  return language === 'vi' ? join(PAGES_DIR, `${id}.md`) : join(PAGES_DIR, 'en', `${id}.md`);
}

/** `## Name` -> its text (trimmed), in page order; `intro` is what stands before the first section. */
export function sections(page: string): { intro: string; sections: Map<string, string> } {
  const parts = page.split(/^## /m);
  const map = new Map<string, string>();
  for (const part of parts.slice(1)) {
    const newline = part.indexOf('\n');
    const name = (newline < 0 ? part : part.slice(0, newline)).trim();
    map.set(name, newline < 0 ? '' : part.slice(newline + 1).trim());
  }
  return { intro: parts[0], sections: map };
}

/** The fix class a page states on its metadata line (`· Sửa: safe` / `· Fix: safe`). */
export function statedFix(page: string): FixClass | undefined {
  return /· (?:Sửa|Fix): (safe|guarded|suggest|none)$/m.exec(page)?.[1] as FixClass | undefined;
}

export function description(rule: Rule, language: Language): string {
  return localize(language, { text: rule.description, args: [] });
}

function metaLine(rule: Rule, language: Language, fix: FixClass): string {
  const regimes = rule.regimes.join(', ');
  return language === 'vi'
    ? `Mức: ${SEVERITY_WORDS.vi[rule.severity]} (${rule.severity}) · Chế độ: ${regimes} · Sửa: ${fix}`
    : `Severity: ${rule.severity} · Regimes: ${regimes} · Fix: ${fix}`;
}

/** The options section, from the rule's declarations and the profiles' presets; none without options. */
export function optionsSection(rule: Rule, language: Language): string | undefined {
  if (!rule.options) return undefined;
  const items = Object.entries(rule.options).map(([name, declaration]) => {
    const values = declaration.type === 'enum'
      ? declaration.values.map((value) => `\`${JSON.stringify(value)}\``).join(', ')
      : language === 'vi' ? 'danh sách chuỗi' : 'a list of strings';
    const presets = PROFILE_NAMES.flatMap((profile) => {
      const preset = PROFILES[profile].preset[rule.id];
      if (!preset || !Object.hasOwn(preset, name)) return [];
      return [language === 'vi' ? `\`${JSON.stringify(preset[name])}\` trong hồ sơ ${profile}` : `\`${JSON.stringify(preset[name])}\` in the ${profile} profile`];
    });
    const preset = presets.length ? `, ${presets.join(', ')}` : '';
    const text = localize(language, { text: declaration.description, args: [] });
    return language === 'vi'
      ? `- \`${name}\` (${values}; mặc định \`${JSON.stringify(declaration.default)}\`${preset}): ${text}`
      : `- \`${name}\` (${values}; default \`${JSON.stringify(declaration.default)}\`${preset}): ${text}`;
  });
  const lead = language === 'vi'
    ? `Đặt trong \`rules.${rule.id}.options\` (tệp \`.vanbanrc.json\` hoặc thiết lập \`vanban.rules\`), đè lên thiết lập sẵn của hồ sơ:`
    : `Set in \`rules.${rule.id}.options\` (\`.vanbanrc.json\` or the \`vanban.rules\` setting), over the profile's preset:`;
  return [`## ${SECTIONS[language].options}`, '', lead, '', ...items].join('\n');
}

/** The intro paragraphs a page's author wrote under the metadata line (kept as written). */
function authoredIntro(intro: string): string {
  const lines = intro.split('\n');
  const meta = lines.findIndex((line) => /^(Mức|Severity): /.test(line));
  return lines.slice(meta + 1).join('\n').trim();
}

/**
 * Both pages of a rule as they should be, from the current Vietnamese and English pages: the generated
 * parts are rewritten, the authored ones kept, the English examples copied from the Vietnamese page.
 */
export function generatePages(rule: Rule, vi: string, en: string): { vi: string; en: string } {
  const fix = statedFix(vi) ?? statedFix(en) ?? 'none';
  const source = { vi: sections(vi), en: sections(en) };
  const build = (language: Language): string => {
    const names = SECTIONS[language];
    const own = source[language];
    const intro = authoredIntro(own.intro);
    const body = (name: keyof typeof names, from: Language = language) => {
      const text = source[from].sections.get(SECTIONS[from][name]) ?? '';
      return `## ${names[name]}\n\n${text}`;
    };
    const parts = [
      `# ${rule.id}`,
      `> ${description(rule, language)}`,
      metaLine(rule, language, fix),
      ...(intro ? [intro] : []),
      body('checks'), body('why'), body('wrong', 'vi'), body('right', 'vi'), body('fix'),
    ];
    const options = optionsSection(rule, language);
    if (options) parts.push(options);
    return `${parts.join('\n\n')}\n`;
  };
  return { vi: build('vi'), en: build('en') };
}

export function readPage(id: string, language: Language): string {
  try {
    return readFileSync(pagePath(id, language), 'utf8');
  } catch {
    return '';
  }
}

/** The fenced examples of a section: each block's info string (`vanban nd30`) and text. */
export function examples(sectionText: string): { info: string; text: string }[] {
  const blocks: { info: string; text: string }[] = [];
  let open: { info: string; lines: string[] } | undefined;
  for (const line of sectionText.split('\n')) {
    if (!open && line.startsWith('```')) open = { info: line.slice(3).trim(), lines: [] };
    else if (open && line === '```') {
      blocks.push({ info: open.info, text: `${open.lines.join('\n')}\n` });
      open = undefined;
    } else open?.lines.push(line);
  }
  return blocks;
}

if (require.main === module && process.argv.includes('--write')) {
  // A rule without its Vietnamese page yet is left alone (the test says it is missing).
  for (const rule of rules().filter((r) => readPage(r.id, 'vi'))) {
    const pages = generatePages(rule, readPage(rule.id, 'vi'), readPage(rule.id, 'en'));
    for (const language of ['vi', 'en'] as const) {
      if (pages[language] !== readPage(rule.id, language)) writeFileSync(pagePath(rule.id, language), pages[language]);
    }
  }
}
