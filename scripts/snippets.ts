// The editor snippets (snippets/vanban.code-snippets), generated from the catalogue of conventions: the
// titles, motto, recipients block, archive line, `Như trên`, addressee label, signing forms, grounds openers,
// type names and codes, and the placeholders (catalog/placeholders.ts, which placeholder-left finds left in),
// are read from server/src/engine/catalog, so a phrase of the regulations is spelled
// in one source file and a skeleton cannot drift from what the rules check.
//   npx tsx scripts/snippets.ts          prints the file
//   npx tsx scripts/snippets.ts --write  writes it (a test checks it is current)

import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  ADDRESSEE_LABEL, AS_ABOVE, LETTER_SUMMARY_OPENER, MOTTO, NATIONAL_NAME, PARTY_GROUNDS_OPENERS, PARTY_TITLE, RECIPIENTS,
  RECIPIENTS_LABEL, STATE_GROUNDS_OPENERS, type Family,
} from '../server/src/engine/catalog/conventions';
import { DOCUMENT_TYPES, type DocumentTypeInfo } from '../server/src/engine/catalog/documentTypes';
import { SKELETON_PLACEHOLDERS } from '../server/src/engine/catalog/placeholders';
import { SIGNING_FORMS } from '../server/src/engine/catalog/signingForms';

export interface Snippet {
  readonly prefix: readonly string[];
  readonly description: string;
  readonly body: readonly string[];
}

export const SNIPPETS_FILE = join(resolve(__dirname, '..'), 'snippets', 'vanban.code-snippets');

/** Today in the regulated form, from VS Code's date variables (months 1 and 2 keep their zero). */
const TODAY = 'ngày ${CURRENT_DATE} tháng ${CURRENT_MONTH/^0([3-9])$/$1/} năm ${CURRENT_YEAR}';
const NAME = 'Nguyễn Văn An';
const [CAN_CU, THEO_DE_NGHI] = STATE_GROUNDS_OPENERS;
const PARTY_ARCHIVE = RECIPIENTS.dang.archiveMark;

/** A type as the catalogue knows it, by its printed name. */
function type(name: string): DocumentTypeInfo {
  const found = DOCUMENT_TYPES.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no document type ${name} in the catalogue`);
  return found;
}

/** `QUYẾT ĐỊNH` → `quyetdinh`: what a drafter types to find the skeleton. */
function typed(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase().replace(/[^a-z]/g, '');
}

/** `BẢN THỎA THUẬN` → `bản thỏa thuận`. */
const lower = (name: string) => name.toLocaleLowerCase('vi');
/** `BẢN THỎA THUẬN` → `Bản thỏa thuận`. */
const sentence = (name: string) => lower(name).charAt(0).toLocaleUpperCase('vi') + lower(name).slice(1);

/** The signing forms a skeleton offers: those of the family that print the head's or collective's own title. */
function forms(family: Family): string {
  // K/T is signed by a deputy under the head's title, Q. puts the acting head's title on its own line:
  // both need lines a skeleton does not print, so the blocks below offer them.
  return SIGNING_FORMS.filter((form) => form.regime === family && form.prefix !== 'K/T' && form.prefix !== 'Q.').map((form) => form.prefix).join(',');
}

const form = (prefix: string) => {
  if (!SIGNING_FORMS.some((candidate) => candidate.prefix === prefix)) throw new Error(`no signing form ${prefix}`);
  return prefix;
};

// Party skeletons (HD 36-HD/VPTW; the 25 types of 66-QĐ/TW and 399-QĐ/TW, domain.md A6)

const PARTY_TYPES: readonly [title: string, printed: string][] = [
  ['Cương lĩnh chính trị', 'CƯƠNG LĨNH'], ['Điều lệ Đảng', 'ĐIỀU LỆ'], ['Chiến lược', 'CHIẾN LƯỢC'], ['Nghị quyết', 'NGHỊ QUYẾT'],
  ['Quyết định', 'QUYẾT ĐỊNH'], ['Chỉ thị', 'CHỈ THỊ'], ['Kết luận', 'KẾT LUẬN'], ['Quy chế', 'QUY CHẾ'], ['Quy định', 'QUY ĐỊNH'],
  ['Thông tri', 'THÔNG TRI'], ['Hướng dẫn', 'HƯỚNG DẪN'], ['Thông báo', 'THÔNG BÁO'], ['Thông cáo', 'THÔNG CÁO'],
  ['Tuyên bố', 'TUYÊN BỐ'], ['Lời kêu gọi', 'LỜI KÊU GỌI'], ['Báo cáo', 'BÁO CÁO'], ['Kế hoạch', 'KẾ HOẠCH'],
  ['Quy hoạch', 'QUY HOẠCH'], ['Chương trình', 'CHƯƠNG TRÌNH'], ['Đề án', 'ĐỀ ÁN'], ['Phương án', 'PHƯƠNG ÁN'],
  ['Dự án', 'DỰ ÁN'], ['Tờ trình', 'TỜ TRÌNH'], ['Biên bản', 'BIÊN BẢN'],
];

function partySignature(first: number): string[] {
  return [`\${${first}|${forms('dang')}|} \${${first + 1}:BAN THƯỜNG VỤ}`, `\${${first + 2}:BÍ THƯ}`, '', `\${${first + 3}:${NAME}}`];
}

function partySkeleton(title: string, printed: string): Snippet {
  const code = type(printed).codes.dang?.[0];
  const sep = RECIPIENTS.dang.separator;
  const head = [PARTY_TITLE, '${1:TỈNH ỦY …}', '*', `Số \${3:01}-${code ?? `\${4:${SKELETON_PLACEHOLDERS.typeCode}}`}/\${5:TU}`, `\${6:${SKELETON_PLACEHOLDERS.place}}, ${TODAY}`, '', printed];
  const archive = `${PARTY_ARCHIVE} Văn phòng \${21:Tỉnh ủy}.`;
  let rest: string[];
  if (printed === 'TỜ TRÌNH') {
    rest = ['${7:về …}', '-----', '', 'Kính trình: ${8:Ban Thường vụ Tỉnh ủy}', '', `\${9:${SKELETON_PLACEHOLDERS.content}}./.`, '',
      RECIPIENTS_LABEL, `- ${AS_ABOVE}${sep}`, `- \${20:…}${sep}`, archive, '', ...partySignature(22)];
  } else if (printed === 'BIÊN BẢN') {
    rest = ['${7:về hội nghị …}', '-----', '', 'Thời gian: ${8:…}', 'Địa điểm: ${9:…}', 'Thành phần: ${10:…}', 'Chủ trì: ${11:…}',
      'Người ghi biên bản: ${12:…}', '', 'Nội dung: ${13:…}', '', 'Hội nghị kết thúc lúc ${14:…} cùng ngày./.', '', 'CHỦ TRÌ HỘI NGHỊ', '', `\${15:${NAME}}`];
  } else {
    rest = ['${7:về …}', '-----', '', `\${8:${SKELETON_PLACEHOLDERS.content}}./.`, '', RECIPIENTS_LABEL, `- \${20:…}${sep}`, archive, '', ...partySignature(22)];
  }
  const unverified = code ? '' : ' (ký hiệu tên loại chưa được xác minh: điền theo quy định của cơ quan)';
  const base = typed(printed);
  return { prefix: [base, `${base}dang`, `dang${base}`], description: `Khung văn bản của Đảng: ${title} (HD 36-HD/VPTW)${unverified}`, body: [...head, ...rest] };
}

function partyLetter(): Snippet {
  const code = type('CÔNG VĂN').codes.dang![0];
  const sep = RECIPIENTS.dang.separator;
  return {
    prefix: ['congvan', 'congvandang', 'dangcongvan'],
    description: `Khung công văn của Đảng (ký hiệu ${code}, trích yếu dưới số)`,
    body: [PARTY_TITLE, '${1:TỈNH ỦY …}', '*', `Số \${3:01}-${code}/\${4:TU}`, `\${5:${LETTER_SUMMARY_OPENER.dang} …}`, `\${6:${SKELETON_PLACEHOLDERS.place}}, ${TODAY}`, '',
      `${ADDRESSEE_LABEL} \${7:…}`, '', `\${8:${SKELETON_PLACEHOLDERS.content}}./.`, '', RECIPIENTS_LABEL, `- ${AS_ABOVE}${sep}`, `${PARTY_ARCHIVE} Văn phòng \${9:Tỉnh ủy}.`, '',
      ...partySignature(10)],
  };
}

// State skeletons (NĐ 30/2020 Phụ lục III, Mẫu 1.1 to 1.10)

const DECREE = 'Phụ lục III Nghị định 30/2020/NĐ-CP';
const STATE_SIGNATURE = [`\${22|${forms('nd30')}|} \${23:ỦY BAN NHÂN DÂN}`, '${24:CHỦ TỊCH}', '', `\${25:${NAME}}`];

/** The state header down to the type name: the bodies, national name and motto, number, place and date. */
function stateHead(printed: string, issuer = '${4:UBND}'): string[] {
  return [`\${1:${SKELETON_PLACEHOLDERS.parentBody}}`, `\${2:${SKELETON_PLACEHOLDERS.issuer}}`, NATIONAL_NAME, MOTTO,
    `Số: \${3:01}/${type(printed).codes.nd30![0]}-${issuer}`, `\${5:${SKELETON_PLACEHOLDERS.place}}, ${TODAY}`, '', printed];
}

/** Nơi nhận under a state document: its first line (a snippet), then the archive line. */
function stateRecipients(first = '${20:…}'): string[] {
  return [RECIPIENTS_LABEL, `- ${first}${RECIPIENTS.nd30.separator}`, RECIPIENTS.nd30.archive(21), ''];
}

function state(name: string, prefix: readonly string[], description: string, body: string[]): [string, Snippet] {
  return [`NĐ 30: ${name}`, { prefix, description, body }];
}

/** Mẫu 1.4: the other types with a type name, one skeleton each (recipients where the type needs them). */
const TEMPLATE_14 = ['CHỈ THỊ', 'QUY CHẾ', 'QUY ĐỊNH', 'THÔNG CÁO', 'THÔNG BÁO', 'HƯỚNG DẪN', 'CHƯƠNG TRÌNH', 'KẾ HOẠCH', 'PHƯƠNG ÁN',
  'ĐỀ ÁN', 'DỰ ÁN', 'BÁO CÁO', 'TỜ TRÌNH', 'HỢP ĐỒNG', 'BẢN GHI NHỚ', 'BẢN THỎA THUẬN', 'GIẤY ỦY QUYỀN', 'PHIẾU GỬI', 'PHIẾU CHUYỂN', 'PHIẾU BÁO'];

function template14(printed: string): [string, Snippet] {
  const info = type(printed);
  const base = typed(printed);
  const addressed = printed === 'TỜ TRÌNH';
  const body = [...stateHead(printed), '${6:Về …}', '',
    ...(addressed ? [`${ADDRESSEE_LABEL} \${7:…}`, '', `\${8:${SKELETON_PLACEHOLDERS.content}}./.`, ''] : [`\${7:${SKELETON_PLACEHOLDERS.content}}./.`, '']),
    ...(info.needsRecipients ? stateRecipients(addressed ? AS_ABOVE : undefined) : []), ...STATE_SIGNATURE];
  return state(`${sentence(printed)}, Mẫu 1.4`, [base, `${base}nd30`],
    `Khung ${lower(printed)} theo Mẫu 1.4 ${DECREE} (ký hiệu ${info.codes.nd30![0]})`, body);
}

function stateSkeletons(): [string, Snippet][] {
  return [
    state('Nghị quyết (cá biệt), Mẫu 1.1', ['nghiquyet', 'nghiquyetnd30'], `Khung nghị quyết cá biệt theo Mẫu 1.1 ${DECREE}`, [
      ...stateHead('NGHỊ QUYẾT', '${4:HĐND}'), '${6:Về …}', '', '${7:HỘI ĐỒNG NHÂN DÂN …}', '',
      `${CAN_CU} \${8:…};`, `${THEO_DE_NGHI} của \${9:…}.`, '', 'QUYẾT NGHỊ:', '', 'Điều 1. ${10:…}', '', 'Điều 2. ${11:…}./.', '',
      ...stateRecipients(), `${form('TM.')} \${22:HỘI ĐỒNG NHÂN DÂN}`, '${23:CHỦ TỊCH}', '', `\${24:${NAME}}`]),
    state('Quyết định (trực tiếp), Mẫu 1.2', ['quyetdinh', 'quyetdinhnd30'], `Khung quyết định quy định trực tiếp theo Mẫu 1.2 ${DECREE}`, [
      ...stateHead('QUYẾT ĐỊNH'), '${6:Về …}', '', `\${7:${SKELETON_PLACEHOLDERS.authority}}`, '',
      `${CAN_CU} \${8:…};`, `${CAN_CU} \${9:…};`, `${THEO_DE_NGHI} của \${10:…}.`, '', 'QUYẾT ĐỊNH:', '',
      'Điều 1. ${11:…}', '', 'Điều 2. ${12:…}', '', 'Điều 3. ${13:…} chịu trách nhiệm thi hành Quyết định này./.', '',
      RECIPIENTS_LABEL, `- Như Điều 3${RECIPIENTS.nd30.separator}`, RECIPIENTS.nd30.archive(21), '', ...STATE_SIGNATURE]),
    state('Quyết định (ban hành văn bản kèm theo), Mẫu 1.3', ['quyetdinhbanhanh', 'quyetdinh'],
      `Khung quyết định ban hành hoặc phê duyệt văn bản kèm theo (Mẫu 1.3 ${DECREE})`, [
        ...stateHead('QUYẾT ĐỊNH'), '${6:Ban hành …}', '', `\${7:${SKELETON_PLACEHOLDERS.authority}}`, '',
        `${CAN_CU} \${8:…};`, `${THEO_DE_NGHI} của \${9:…}.`, '', 'QUYẾT ĐỊNH:', '',
        'Điều 1. Ban hành kèm theo Quyết định này ${10:…}.', '', 'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.', '',
        'Điều 3. ${11:…} chịu trách nhiệm thi hành Quyết định này./.', '',
        RECIPIENTS_LABEL, `- Như Điều 3${RECIPIENTS.nd30.separator}`, RECIPIENTS.nd30.archive(21), '', ...STATE_SIGNATURE]),
    ...TEMPLATE_14.map(template14),
    state('Công văn, Mẫu 1.5', ['congvan', 'congvannd30'],
      `Khung công văn theo Mẫu 1.5 ${DECREE} (không có ký hiệu tên loại, trích yếu ${LETTER_SUMMARY_OPENER.nd30})`, [
        `\${1:${SKELETON_PLACEHOLDERS.parentBody}}`, `\${2:${SKELETON_PLACEHOLDERS.issuer}}`, NATIONAL_NAME, MOTTO, 'Số: ${3:01}/${4:UBND}-${5:VP}',
        `${LETTER_SUMMARY_OPENER.nd30} \${6:…}`, `\${7:${SKELETON_PLACEHOLDERS.place}}, ${TODAY}`, '', `${ADDRESSEE_LABEL} \${8:…}`, '', `\${9:${SKELETON_PLACEHOLDERS.content}}./.`, '',
        ...stateRecipients(AS_ABOVE), ...STATE_SIGNATURE]),
    state('Công điện, Mẫu 1.6', ['congdien', 'congdiennd30'], `Khung công điện theo Mẫu 1.6 ${DECREE}`, [
      ...stateHead('CÔNG ĐIỆN'), '${6:Về …}', '', `\${7:${SKELETON_PLACEHOLDERS.authority}} điện:`, '', `\${8:${SKELETON_PLACEHOLDERS.content}}./.`, '', ...stateRecipients(), ...STATE_SIGNATURE]),
    state('Giấy mời, Mẫu 1.7', ['giaymoi', 'giaymoind30'], `Khung giấy mời theo Mẫu 1.7 ${DECREE}`, [
      ...stateHead('GIẤY MỜI'), '${6:Về …}', '', `\${7:${SKELETON_PLACEHOLDERS.issuer}} trân trọng kính mời: \${8:…}`, '',
      'Tới dự: ${9:…}', 'Thời gian: ${10:…}', 'Địa điểm: ${11:…}./.', '', ...stateRecipients(), ...STATE_SIGNATURE]),
    state('Giấy giới thiệu, Mẫu 1.8', ['giaygioithieu', 'giaygioithieund30'], `Khung giấy giới thiệu theo Mẫu 1.8 ${DECREE} (không có trích yếu)`, [
      ...stateHead('GIẤY GIỚI THIỆU'), '', `\${6:${SKELETON_PLACEHOLDERS.issuer}} trân trọng giới thiệu:`, '',
      'Ông (bà): ${7:…}', 'Chức vụ: ${8:…}', 'Được cử đến: ${9:…}', 'Về việc: ${10:…}', '',
      'Đề nghị Quý cơ quan tạo điều kiện để ông (bà) có tên ở trên hoàn thành nhiệm vụ.', '',
      'Giấy này có giá trị đến hết ngày ${11:…}./.', '', ...STATE_SIGNATURE]),
    state('Biên bản, Mẫu 1.9', ['bienban', 'bienbannd30'], `Khung biên bản theo Mẫu 1.9 ${DECREE}`, [
      ...stateHead('BIÊN BẢN'), '${6:Về …}', '', 'Thời gian bắt đầu: ${7:…}', 'Địa điểm: ${8:…}', 'Thành phần tham dự: ${9:…}',
      'Chủ trì: ${10:…}', 'Thư ký (người ghi biên bản): ${11:…}', '', 'Nội dung: ${12:…}', '',
      'Cuộc họp kết thúc vào ${13:…} giờ cùng ngày./.', '', 'CHỦ TỌA', '', `\${14:${NAME}}`]),
    state('Giấy nghỉ phép, Mẫu 1.10', ['giaynghiphep', 'giaynghiphepnd30'], `Khung giấy nghỉ phép theo Mẫu 1.10 ${DECREE} (không có trích yếu)`, [
      ...stateHead('GIẤY NGHỈ PHÉP'), '', 'Xét Đơn đề nghị nghỉ phép ngày ${6:…} của ông (bà) ${7:…},', '',
      `\${8:${SKELETON_PLACEHOLDERS.grantingAuthority}} cấp cho: \${9:…}`, 'Chức vụ: ${10:…}',
      'Nghỉ phép năm ${11:…} trong thời gian ${12:…} ngày, kể từ ngày ${13:…} đến hết ngày ${14:…} tại ${15:…}./.', '',
      ...stateRecipients(), '${22:CHỦ TỊCH}', '', `\${23:${NAME}}`]),
  ];
}

// Blocks: one part of a document, put in place of the same part

function signatureBlock(prefix: string, family: Family, what: string, authority: string, title: string | undefined): [string, Snippet] {
  const form = SIGNING_FORMS.find((candidate) => candidate.prefix === prefix && candidate.regime === family)!;
  const typedPrefix = typed(prefix);
  const regime = family === 'dang' ? 'Đảng' : 'NĐ 30';
  return [`Khối: ký ${prefix} (${regime})`, {
    prefix: [typedPrefix, `${typedPrefix}${family}`],
    description: `Phần ký ${regime}: ${what} (${form.prefix})`,
    body: [`${prefix} \${1:${authority}}`, ...(title ? [`\${2:${title}}`] : []), '', `\${3:${NAME}}`],
  }];
}

function blocks(): [string, Snippet][] {
  const recipients = (family: Family, description: string): Snippet => {
    const sep = RECIPIENTS[family].separator;
    return { prefix: ['noinhan', `noinhan${family}`], description, body: [RECIPIENTS_LABEL, `- \${1:…}${sep}`, `- \${2:…}${sep}`, RECIPIENTS[family].archive(3)] };
  };
  const [partyOpener, , , partyRequest] = PARTY_GROUNDS_OPENERS;
  return [
    ['Khối: Nơi nhận (Đảng)', recipients('dang', `Nơi nhận của văn bản của Đảng: mỗi nơi một dòng, dòng cuối “${PARTY_ARCHIVE} …”. (HD 36, điểm 1.9)`)],
    ['Khối: Nơi nhận (NĐ 30)', recipients('nd30', `Nơi nhận theo Nghị định 30/2020: mỗi nơi một dòng kết thúc bằng “${RECIPIENTS.nd30.separator}”, dòng cuối “${RECIPIENTS.nd30.archiveExample}”.`)],
    [`Khối: ${ADDRESSEE_LABEL.replace(/:$/u, '')} (một nơi)`, { prefix: ['kinhgui'], description: 'Kính gửi một nơi nhận, trên cùng dòng', body: [`${ADDRESSEE_LABEL} \${1:…}`] }],
    [`Khối: ${ADDRESSEE_LABEL.replace(/:$/u, '')} (nhiều nơi)`, {
      prefix: ['kinhgui', 'kinhguinhieu'], description: 'Kính gửi nhiều nơi: mỗi nơi một dòng, kết thúc bằng “;”, nơi cuối bằng “.”',
      body: [ADDRESSEE_LABEL, '- ${1:…};', '- ${2:…}.'],
    }],
    signatureBlock('T/M', 'dang', 'thay mặt tập thể cấp ủy', 'BAN THƯỜNG VỤ', 'BÍ THƯ'),
    signatureBlock('K/T', 'dang', 'cấp phó ký thay người đứng đầu', 'TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN'),
    signatureBlock('T/L', 'dang', 'ký thừa lệnh', 'BAN THƯỜNG VỤ', 'CHÁNH VĂN PHÒNG'),
    signatureBlock('TM.', 'nd30', 'thay mặt tập thể', 'ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'),
    signatureBlock('KT.', 'nd30', 'cấp phó ký thay người đứng đầu', 'CHỦ TỊCH', 'PHÓ CHỦ TỊCH'),
    signatureBlock('TL.', 'nd30', 'ký thừa lệnh', 'BỘ TRƯỞNG', 'VỤ TRƯỞNG VỤ …'),
    signatureBlock('TUQ.', 'nd30', 'ký thừa ủy quyền', 'GIÁM ĐỐC', 'CHÁNH VĂN PHÒNG'),
    signatureBlock('Q.', 'nd30', 'quyền người đứng đầu', 'GIÁM ĐỐC', undefined),
    [`Khối: ${CAN_CU} (NĐ 30)`, {
      prefix: ['cancu', 'cancund30'],
      description: `${CAN_CU} ban hành theo Nghị định 30/2020: mỗi căn cứ một dòng kết thúc bằng “;”, căn cứ cuối bằng “.”`,
      body: [`${CAN_CU} \${1:Luật …};`, `${CAN_CU} \${2:Nghị định …};`, `${THEO_DE_NGHI} của \${3:…}.`],
    }],
    [`Khối: ${partyOpener} (Đảng)`, {
      prefix: ['cancu', 'cancudang'],
      description: `${partyOpener} trong văn bản của Đảng: mỗi căn cứ một dòng bắt đầu bằng “- ”, kết thúc “;”, căn cứ cuối kết thúc “,”`,
      body: [`- ${partyOpener} \${1:Điều lệ Đảng};`, `- ${partyOpener} \${2:…};`, `- ${partyRequest} của \${3:…},`],
    }],
  ];
}

/** Every snippet, in the order the file lists them, each with its one prefix (onePrefixEach). */
export function snippets(): Record<string, Snippet> {
  return onePrefixEach([
    ...PARTY_TYPES.map(([title, printed]): [string, Snippet] => [`Đảng: ${title}`, partySkeleton(title, printed)]),
    ['Đảng: Công văn', partyLetter()],
    ...stateSkeletons(),
    ...blocks(),
  ]);
}

/**
 * One prefix per snippet, used by no other: the first of its candidates no other snippet offers
 * (`ketluandang`, `quyetdinhnd30`), else the first no other snippet took (`kinhgui` for the one-place
 * form once the list took `kinhguinhieu`). Typing the short form (`ketluan`, `tm`) still lists every
 * match, since VS Code matches prefixes as typed; each entry is then one line, not three.
 */
function onePrefixEach(entries: readonly [string, Snippet][]): Record<string, Snippet> {
  const offered = new Map<string, number>();
  for (const [, snippet] of entries) for (const prefix of snippet.prefix) offered.set(prefix, (offered.get(prefix) ?? 0) + 1);
  const chosen = entries.map(([, snippet]) => snippet.prefix.find((prefix) => offered.get(prefix) === 1));
  entries.forEach(([name, snippet], index) => {
    if (chosen[index]) return;
    const free = snippet.prefix.find((prefix) => !chosen.includes(prefix));
    if (!free) throw new Error(`${name}: every prefix is another snippet's`);
    chosen[index] = free;
  });
  return Object.fromEntries(entries.map(([name, snippet], index) => [name, { ...snippet, prefix: [chosen[index]!] }]));
}

/** The file's text: two-space JSON, as VS Code writes snippet files (no newline at the end). */
export function snippetsFileText(): string {
  return JSON.stringify(snippets(), null, 2);
}

if (require.main === module) {
  if (process.argv.includes('--write')) writeFileSync(SNIPPETS_FILE, snippetsFileText());
  else process.stdout.write(snippetsFileText());
}
