// Issuing-body codes (ký hiệu cơ quan ban hành) the catalogue knows: domain.md A7 for Party bodies, and
// the common state ones. Used to decode a symbol on hover and to fill a number line from the header.
// Only codes a source gives are listed; an unknown body yields no code rather than a guess.

import { familyOf } from '../catalog/conventions';
import type { Regime } from '../model';

interface IssuerCode {
  readonly code: string;
  /** The body's name in Vietnamese, as the hover prints it. */
  readonly name: string;
  /** Recognises the issuing-body line(s), folded to upper case with the ỦY tone style. */
  readonly header?: RegExp;
}

const PARTY: readonly IssuerCode[] = [
  { code: 'VPTW', name: 'Văn phòng Trung ương Đảng', header: /TRUNG ƯƠNG(?:.* )?VĂN PHÒNG$|^VĂN PHÒNG TRUNG ƯƠNG ĐẢNG$/u },
  { code: 'BTCTW', name: 'Ban Tổ chức Trung ương', header: /TRUNG ƯƠNG(?:.* )?BAN TỔ CHỨC$|^BAN TỔ CHỨC TRUNG ƯƠNG$/u },
  { code: 'UBKTTW', name: 'Ủy ban Kiểm tra Trung ương', header: /TRUNG ƯƠNG(?:.* )?ỦY BAN KIỂM TRA$|^ỦY BAN KIỂM TRA TRUNG ƯƠNG$/u },
  { code: 'BTGTW', name: 'Ban Tuyên giáo Trung ương', header: /TRUNG ƯƠNG(?:.* )?BAN TUYÊN GIÁO$/u },
  { code: 'BNCTW', name: 'Ban Nội chính Trung ương', header: /TRUNG ƯƠNG(?:.* )?BAN NỘI CHÍNH$/u },
  { code: 'BĐNTW', name: 'Ban Đối ngoại Trung ương', header: /TRUNG ƯƠNG(?:.* )?BAN ĐỐI NGOẠI$/u },
  { code: 'BKTTW', name: 'Ban Kinh tế Trung ương', header: /TRUNG ƯƠNG(?:.* )?BAN KINH TẾ$/u },
  { code: 'TW', name: 'Ban Chấp hành Trung ương (Bộ Chính trị, Ban Bí thư)', header: /^(BAN CHẤP HÀNH TRUNG ƯƠNG|BỘ CHÍNH TRỊ|BAN BÍ THƯ)$/u },
  { code: 'BTCTU', name: 'Ban Tổ chức Tỉnh ủy (Thành ủy)', header: /(TỈNH|THÀNH) ỦY(?:.* )?BAN TỔ CHỨC$/u },
  { code: 'BTGTU', name: 'Ban Tuyên giáo Tỉnh ủy (Thành ủy)', header: /(TỈNH|THÀNH) ỦY(?:.* )?BAN TUYÊN GIÁO$/u },
  { code: 'BDVTU', name: 'Ban Dân vận Tỉnh ủy (Thành ủy)', header: /(TỈNH|THÀNH) ỦY(?:.* )?BAN DÂN VẬN$/u },
  { code: 'VPTU', name: 'Văn phòng Tỉnh ủy (Thành ủy)', header: /(TỈNH|THÀNH) ỦY(?:.* )?VĂN PHÒNG$/u },
  { code: 'UBKTTU', name: 'Ủy ban Kiểm tra Tỉnh ủy (Thành ủy)', header: /(TỈNH|THÀNH) ỦY(?:.* )?ỦY BAN KIỂM TRA$/u },
  { code: 'BTCHU', name: 'Ban Tổ chức Huyện ủy', header: /HUYỆN ỦY(?:.* )?BAN TỔ CHỨC$/u },
  { code: 'VPHU', name: 'Văn phòng Huyện ủy', header: /HUYỆN ỦY(?:.* )?VĂN PHÒNG$/u },
  { code: 'ĐUK', name: 'Đảng ủy khối', header: /(^|\s)ĐẢNG ỦY KHỐI(?!\p{L})[^|]*$/u },
  { code: 'TU', name: 'Tỉnh ủy, Thành ủy', header: /(^|\s)(TỈNH ỦY|THÀNH ỦY)(?!\p{L})[^|]*$/u },
  { code: 'HU', name: 'Huyện ủy', header: /(^|\s)HUYỆN ỦY(?!\p{L})[^|]*$/u },
  { code: 'QU', name: 'Quận ủy', header: /(^|\s)QUẬN ỦY(?!\p{L})[^|]*$/u },
  { code: 'ThU', name: 'Thị ủy', header: /(^|\s)THỊ ỦY(?!\p{L})[^|]*$/u },
  { code: 'ĐU', name: 'Đảng ủy', header: /(^|\s)ĐẢNG ỦY(?!\p{L})[^|]*$/u },
  { code: 'CB', name: 'Chi bộ', header: /(^|\s)CHI BỘ(?!\p{L})[^|]*$/u },
  { code: 'ĐĐ', name: 'Đảng đoàn' },
  { code: 'BCSĐ', name: 'Ban cán sự đảng' },
  { code: 'BCĐ', name: 'Ban chỉ đạo' },
  { code: 'HĐ', name: 'Hội đồng' },
  { code: 'ĐH', name: 'Đại hội' },
];

const STATE: readonly IssuerCode[] = [
  { code: 'CP', name: 'Chính phủ', header: /^CHÍNH PHỦ$/u },
  { code: 'TTg', name: 'Thủ tướng Chính phủ', header: /^THỦ TƯỚNG CHÍNH PHỦ$/u },
  { code: 'UBND', name: 'Ủy ban nhân dân', header: /(^|\s)ỦY BAN NHÂN DÂN(?!\p{L})[^|]*$/u },
  { code: 'HĐND', name: 'Hội đồng nhân dân', header: /(^|\s)HỘI ĐỒNG NHÂN DÂN(?!\p{L})[^|]*$/u },
  { code: 'BNV', name: 'Bộ Nội vụ', header: /(^|\s)BỘ NỘI VỤ$/u },
  { code: 'BTC', name: 'Bộ Tài chính', header: /(^|\s)BỘ TÀI CHÍNH$/u },
  { code: 'SNV', name: 'Sở Nội vụ', header: /(^|\s)SỞ NỘI VỤ$/u },
  { code: 'STC', name: 'Sở Tài chính', header: /(^|\s)SỞ TÀI CHÍNH$/u },
  { code: 'VP', name: 'Văn phòng' },
  { code: 'VT', name: 'Văn thư' },
];

function table(regime: Regime): readonly IssuerCode[] {
  return familyOf(regime) === 'dang' ? PARTY : STATE;
}

/** The body a code stands for, per regime; joint codes (`BTCTU-BDVTU`) are decoded part by part. */
export function decodeIssuer(code: string, regime: Regime): { code: string; name?: string }[] {
  const parts = regime === 'dang' ? code.split('-') : [code];
  return parts.map((part) => ({ code: part, name: table(regime).find((entry) => entry.code === part)?.name }));
}

/** Folds the header's issuing-body lines into one comparable string: superior and issuer, ỦY style. */
function foldIssuer(lines: readonly string[]): string {
  return lines.map((line) => line.normalize('NFC').toUpperCase().replace(/UỶ/g, 'ỦY').replace(/\s+/g, ' ').trim()).join(' ');
}

/** The code of the issuing body named in the header, when the catalogue knows it. */
export function issuerCodeFromHeader(issuerLines: readonly string[], regime: Regime): string | undefined {
  if (issuerLines.length === 0) return undefined;
  // The issuing line alone first (`SỞ NỘI VỤ` under `UBND TỈNH …`), then with its superior
  // (`BAN TỔ CHỨC` under `BAN CHẤP HÀNH TRUNG ƯƠNG`).
  for (const text of [foldIssuer(issuerLines.slice(-1)), foldIssuer(issuerLines)]) {
    const entry = table(regime).find((candidate) => candidate.header?.test(text));
    if (entry) return entry.code;
  }
  return undefined;
}
