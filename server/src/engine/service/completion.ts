// Completion from an analysis: type names (with a summary line), the number line with the codes the
// document tells, today's date in the regulated form, the regime's titles and signing forms, and
// recipients (common ones and those of other drafts) with the regime's archive line.

import {
  CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionList, type Position, type Range,
} from 'vscode-languageserver-types';
import { familyOf, MOTTO, NATIONAL_NAME, PARTY_TITLE, RECIPIENTS, RECIPIENTS_LABEL, recipientsTemplate } from '../catalog/conventions';
import { DOCUMENT_TYPES } from '../catalog/documentTypes';
import { SIGNING_FORMS } from '../catalog/signingForms';
import { dateWords, eolOf, numberLine, snippetToPlain } from '../edits';
import { localize, msg, type Message } from '../l10n/localize';
import type { DocumentModel, Segment } from '../model';
import { PARTS } from '../model/parts';
import { withoutMarks } from '../text/source';
import type { Analysis } from './analysis';
import type { LanguageServiceHost } from './host';
import { COMMON_RECIPIENTS } from './recipients';

/** What a signing form is usually followed by, as the tab stop's default. */
const AUTHORITY_EXAMPLE: Readonly<Record<string, string>> = {
  'T/M': 'BAN THƯỜNG VỤ', 'K/T': 'TRƯỞNG BAN', 'T/L': 'BAN THƯỜNG VỤ',
  'TM.': 'ỦY BAN NHÂN DÂN', 'KT.': 'CHỦ TỊCH', 'TL.': 'CHỦ TỊCH', 'TUQ.': 'CHỦ TỊCH', 'Q.': 'CHÁNH VĂN PHÒNG',
};

/** How completion was asked for (LSP `CompletionContext`, which lives in the protocol package, not the types). */
export interface CompletionContext {
  /** 1 invoked, 2 a trigger character typed, 3 re-asked for an incomplete list. */
  readonly triggerKind: 1 | 2 | 3;
  readonly triggerCharacter?: string;
}
const TRIGGER_CHARACTER = 2;

/** Characters that open the list: the space after `- `, `Số`, `Số:` or the place's comma, and the colon of `Số:`. */
export const TRIGGER_CHARACTERS = [' ', ':'];

const EMPTY: CompletionList = { isIncomplete: false, items: [] };

export async function getCompletions(
  analysis: Analysis, position: Position, context: CompletionContext | undefined, host: LanguageServiceHost,
): Promise<CompletionList> {
  const { model, regime } = analysis;
  const t = (message: Message) => localize(analysis.language, message);
  const snippets = host.client.completionSnippets;
  const { line, character } = position;
  if (line < 0 || line >= model.lines.length) return EMPTY;
  const lineText = model.lines[line].text;
  const prefix = lineText.slice(0, character);
  const indent = prefix.length - prefix.trimStart().length;
  const replace: Range = { start: { line, character: indent }, end: { line, character } };
  const eol = eolOf(model);
  const today = host.now();

  const item = (label: string, kind: CompletionItemKind, detail: string, snippet: string, extra: Partial<CompletionItem> = {}): CompletionItem => ({
    label, kind, detail,
    filterText: `${label} ${withoutMarks(label)}`,
    insertTextFormat: snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    textEdit: { range: replace, newText: snippets ? snippet : snippetToPlain(snippet) },
    ...extra,
  });

  const numberItem = () => {
    const snippet = numberLine(model, regime, today);
    return item(snippetToPlain(snippet), CompletionItemKind.Constant, t(PARTS.number.name), snippet);
  };

  const triggered = context?.triggerKind === TRIGGER_CHARACTER;
  if (triggered ? /^Số\s*(?::\s*)?$/u.test(prefix.trim()) : /^\s*Số(?![\p{L}\d])/u.test(prefix)) return { isIncomplete: false, items: [numberItem()] };

  const list = listAbove(model, line);
  const afterDash = /^\s*[-–]\s$/u.test(prefix);
  if (list && /^\s*(?:[-–].*)?$/su.test(prefix) && (!triggered || afterDash)) {
    const family = familyOf(regime);
    const separator = family === 'dang' ? partySeparator(model) : RECIPIENTS.nd30.separator;
    // Another regime's recipients are not offered: a state list takes no Party body, and the other way round.
    const others = (await host.recipients?.(analysis.document.uri, regime)) ?? [];
    const seen = new Set<string>();
    const items: CompletionItem[] = [];
    const offer = (text: string, detail: Message, order: string) => {
      if (seen.has(text)) return;
      seen.add(text);
      items.push({ ...item(text, CompletionItemKind.Value, t(detail), `- ${escape(text)}${separator}`), filterText: `- ${text} ${withoutMarks(text)}`, sortText: `${order}${String(items.length).padStart(4, '0')}` });
    };
    for (const text of others) offer(text, msg('Recipient used in the workspace'), 'b');
    for (const text of COMMON_RECIPIENTS[family]) offer(text, msg('Common recipient'), 'a');
    if (list === 'recipients') {
      const archive = RECIPIENTS[family].archive(1);
      items.push({ ...item(snippetToPlain(archive).slice(2), CompletionItemKind.Value, t(msg('Archive line (last recipient line)')), archive), filterText: `- Lưu Luu`, sortText: 'c' });
    }
    return { isIncomplete: false, items };
  }

  // Typed characters (a space, a colon) only open the list where a value is expected.
  if (triggered) {
    const dateAfterPlace = inHeaderZone(model, line) && /^\s*\p{Lu}[^,]{0,60},\s$/u.test(prefix);
    return { isIncomplete: false, items: dateAfterPlace ? dateItems(model, prefix, line, character, today, t, snippets) : [] };
  }

  const items: CompletionItem[] = [];
  if (inHeaderZone(model, line)) {
    const h = model.header;
    if ((regime === 'dang' || regime === 'unknown') && !h.partyTitle && !h.nationalName) {
      items.push(item(PARTY_TITLE, CompletionItemKind.Constant, t(msg('Title of a Party document')), PARTY_TITLE));
    }
    if (regime !== 'dang' && !h.nationalName && !h.partyTitle) {
      items.push(item(NATIONAL_NAME, CompletionItemKind.Constant, t(msg('National name and motto')), `${NATIONAL_NAME}${eol}${MOTTO}`));
    }
    if (!h.number || h.number.line === line) items.push(numberItem());
    items.push(...dateItems(model, prefix, line, character, today, t, snippets));
    const family = regime === 'unknown' ? undefined : regime;
    for (const type of DOCUMENT_TYPES) {
      if (type.isLetter) continue;
      const codes = family ? type.codes[family] : Object.values(type.codes).flat();
      if (!codes || codes.length === 0) continue;
      const summary = regime === 'dang' ? `\${1:về …}${eol}-----` : '${1:Về …}';
      items.push(item(type.name, CompletionItemKind.Class, t(msg('Type name, code {0}', codes.join(' / '))), `${type.name}${eol}${summary}`));
    }
    return { isIncomplete: false, items };
  }

  const family = familyOf(regime);
  for (const form of SIGNING_FORMS.filter((candidate) => candidate.regime === family)) {
    const example = AUTHORITY_EXAMPLE[form.prefix] ?? '…';
    items.push(item(form.prefix, CompletionItemKind.Keyword, t(msg('Signing form: {0}', form.meaning)), `${form.prefix} \${1:${example}}`));
  }
  items.push(item(RECIPIENTS_LABEL, CompletionItemKind.Module, t(msg('Recipients block')), recipientsTemplate(family, '${1:…}').join(eol)));
  return { isIncomplete: false, items };
}

function escape(text: string): string {
  return text.replace(/[\\$}]/g, (ch) => `\\${ch}`);
}

/** The date line for today, or only its date part after a place already typed (`Hà Nội, `). */
function dateItems(model: DocumentModel, prefix: string, line: number, character: number, today: Date, t: (m: Message) => string, snippets: boolean): CompletionItem[] {
  const words = dateWords(today);
  const typedPlace = /^(\s*)(\p{Lu}[^,]{0,60}),\s*(\S*)$/u.exec(prefix);
  if (typedPlace) {
    const start = character - typedPlace[3].length;
    return [{ label: words, kind: CompletionItemKind.Constant, detail: t(msg('Today, in the regulated form')), filterText: words,
      textEdit: { range: { start: { line, character: start }, end: { line, character } }, newText: words } }];
  }
  const place = model.header.placeDate?.place;
  const indent = prefix.length - prefix.trimStart().length;
  const label = `${place ?? 'Địa danh'}, ${words}`;
  const snippet = `\${1:${place ?? 'Địa danh'}}, ${words}`;
  return [{ label, kind: CompletionItemKind.Constant, detail: t(msg('Today, in the regulated form')), filterText: `${label} ${withoutMarks(label)}`,
    insertTextFormat: snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    textEdit: { range: { start: { line, character: indent }, end: { line, character } }, newText: snippets ? snippet : label } }];
}

/** Before the body: the header lines, the type name's line, or anywhere in a draft with no body yet. */
function inHeaderZone(model: DocumentModel, line: number): boolean {
  if (model.typeName) return line <= model.typeName.line;
  const firstBody = model.body.blocks[0]?.segment.line ?? Number.POSITIVE_INFINITY;
  const closing = [model.recipients?.label.line, model.signature?.authorities[0]?.line, model.signature?.titles[0]?.line]
    .filter((value): value is number => value !== undefined);
  return line < firstBody && line < Math.min(Number.POSITIVE_INFINITY, ...closing);
}

/**
 * Whether `line` continues the list the parser recognised under `Nơi nhận:` or `Kính gửi:`: the list's
 * label is above it and every line between is one of the list's items (or their wrapped lines).
 */
function listAbove(model: DocumentModel, line: number): 'recipients' | 'addressees' | undefined {
  const within = (label: Segment, items: readonly Segment[]) => {
    if (label.line >= line) return false;
    const covered = new Set(items.map((segment) => segment.line));
    for (let i = label.line + 1; i < line; i++) if (!covered.has(i)) return false;
    return true;
  };
  const recipients = model.recipients;
  if (recipients && within(recipients.label, recipients.items.flatMap((item) => [item, ...item.continuation]))) return 'recipients';
  const addressees = model.addressees;
  if (addressees && within(addressees.label, addressees.items.flatMap((item) => [item, ...item.continuation]))) return 'addressees';
  return undefined;
}

function partySeparator(model: DocumentModel): ',' | ';' {
  const ends = (model.recipients?.items ?? []).slice(0, -1).map((item) => item.text.slice(-1));
  return ends.filter((end) => end === ';').length > ends.filter((end) => end === ',').length ? ';' : ',';
}
