// Generated drafts for the benchmark: a state decision issuing a long regulation (Chương, Điều, khoản,
// điểm), as a real code of regulations is laid out, grown article by article to a target size.
// Deterministic: the same seed gives the same text on every machine.

const WORDS = (
  'cơ quan đơn vị tổ chức cá nhân thực hiện quy định nhiệm vụ quyền hạn trách nhiệm phối hợp quản lý ' +
  'hồ sơ văn bản thủ tục hành chính kiểm tra giám sát báo cáo định kỳ đề xuất giải quyết kiến nghị ' +
  'công khai minh bạch đúng thời hạn bảo đảm an toàn thông tin dữ liệu điện tử chữ ký số lưu trữ ' +
  'người đứng đầu cán bộ công chức viên chức địa phương cấp tỉnh cấp xã ngân sách nhà nước kinh phí ' +
  'theo phân cấp ủy quyền trong phạm vi chức năng được giao có liên quan kịp thời đầy đủ chính xác'
).split(' ');

const ROMAN: readonly [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

function toRoman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) for (; n >= value; n -= value) out += letters;
  return out;
}
const POINTS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h'];

/** A small seeded generator (mulberry32): reproducible and fast enough to write megabytes. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(next: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(next() * WORDS.length)]);
  const text = out.join(' ');
  return text[0].toUpperCase() + text.slice(1);
}

const HEADER = (title: string) => `ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 15/QĐ-UBND
Hà Nam, ngày 20 tháng 5 năm 2026

QUYẾT ĐỊNH
Ban hành Quy chế ${title}

ỦY BAN NHÂN DÂN TỈNH HÀ NAM

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;
Theo đề nghị của Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

`;

const CLOSING = `Nơi nhận:
- Như Điều cuối;
- Chủ tịch, các Phó Chủ tịch UBND tỉnh;
- Lưu: VT, NC.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn An
`;

/** A draft of about `targetBytes` UTF-8 bytes (never less), with chapters of about ten articles each. */
export function generateDraft(targetBytes: number, seed = 1, title = 'quản lý văn bản điện tử'): string {
  const next = random(seed);
  const parts: string[] = [HEADER(title)];
  let bytes = Buffer.byteLength(parts[0]) + Buffer.byteLength(CLOSING);
  let article = 0;
  let chapter = 0;
  while (bytes < targetBytes) {
    if (article % 10 === 0) {
      const heading = `Chương ${toRoman(chapter + 1)}\n${sentence(next, 6).toUpperCase()}\n\n`;
      chapter++;
      parts.push(heading);
      bytes += Buffer.byteLength(heading);
    }
    article++;
    let text = `Điều ${article}. ${sentence(next, 5 + Math.floor(next() * 6))}\n\n`;
    const clauses = 1 + Math.floor(next() * 4);
    for (let c = 1; c <= clauses; c++) {
      text += `${c}. ${sentence(next, 15 + Math.floor(next() * 30))}${next() < 0.4 ? ':' : '.'}\n\n`;
      if (text.endsWith(':\n\n')) {
        const points = 2 + Math.floor(next() * 4);
        for (let p = 0; p < points; p++) text += `${POINTS[p]}) ${sentence(next, 8 + Math.floor(next() * 15))};\n\n`;
      }
    }
    parts.push(text);
    bytes += Buffer.byteLength(text);
  }
  parts.push(`Điều ${article + 1}. Quyết định này có hiệu lực kể từ ngày ký./.\n\n`);
  parts.push(CLOSING);
  return parts.join('');
}
