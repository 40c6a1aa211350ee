// The words an issuing body's name starts with, so that a name typed in ordinary case (`Ủy ban nhân dân
// tỉnh …`) is still read as the issuing body (and issuer-case can ask for capitals).

export const BODY_NAME_START = /^(Ủy ban|Uỷ ban|UBND|Hội đồng|Sở|Bộ|Ban|Văn phòng|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Đảng ủy|Đảng uỷ|Đảng bộ|Chi bộ|Cục|Tổng cục|Chi cục)\s+\S/u;

/**
 * Issuers outside both regimes: the mass organisations write under their own guidance (the Đoàn TNCS Hồ
 * Chí Minh, the Mặt trận Tổ quốc, the trade unions), whatever title they print: neither the Party's nor
 * the state's template is asserted on their documents.
 */
export const OWN_GUIDANCE = /^(?:BAN CHẤP HÀNH\s+|BAN THƯỜNG VỤ\s+|BCH\s+|(?:TRUNG ƯƠNG|TỈNH|THÀNH|HUYỆN|XÃ|PHƯỜNG)\s+)?(?:ĐOÀN TNCS|ĐOÀN THANH NIÊN|ĐOÀN TN\b|TỈNH ĐOÀN|THÀNH ĐOÀN|HUYỆN ĐOÀN|MẶT TRẬN TỔ QUỐC|ỦY BAN MẶT TRẬN|UỶ BAN MẶT TRẬN|ỦY BAN TRUNG ƯƠNG MẶT TRẬN|CÔNG ĐOÀN|LIÊN ĐOÀN LAO ĐỘNG|TỔNG LIÊN ĐOÀN)/u;

/** A Hội: outside both regimes unless it prints the national name (then it applies NĐ 30, Điều 1.2). */
export const ASSOCIATION = /^(?:BAN CHẤP HÀNH\s+|BAN THƯỜNG VỤ\s+|(?:TRUNG ƯƠNG|TỈNH|THÀNH|HUYỆN|XÃ|PHƯỜNG)\s+)?(?:HỘI\s|LIÊN HIỆP CÁC HỘI)/u;

/**
 * Generic names of bodies (NĐ 30 Phụ lục II, mục III.1): the type of body and the first word of its function
 * take a capital, nothing else. Only their title-case spelling (`Ủy Ban Nhân Dân`) is wrong: in lower case
 * they are common nouns (`ủy ban nhân dân các cấp`).
 */
export const GENERIC_BODY_NAMES: readonly string[] = [
  'Ủy ban nhân dân', 'Uỷ ban nhân dân', 'Hội đồng nhân dân', 'Tòa án nhân dân', 'Toà án nhân dân',
  'Viện kiểm sát nhân dân', 'Ban Chấp hành', 'Ban Thường vụ', 'Mặt trận Tổ quốc', 'Sở Nội vụ', 'Sở Tài chính',
  'Bộ Nội vụ', 'Bộ Tài chính', 'Văn phòng', 'Đảng ủy', 'Đảng uỷ',
];

/**
 * The fixed names of Party and state bodies, and of the titles that go with them, as NĐ 30 Phụ lục II
 * (III.1, III.3) and HD 36 (the Party's bodies) capitalise them: any other casing that starts with a capital
 * is wrong (`Bộ chính trị`, `Sở Văn hóa, thể thao và Du lịch`). The ministries are listed by their full
 * names, the current ones and those a document of the last years still cites; a province's `Sở …` are named
 * as its ministry (`Sở Văn hóa, Thể thao và Du lịch`). Each name in one tone style; `BODY_NAME_VARIANTS`
 * adds the other (`hoá`, `Uỷ`).
 */
const FIXED_NAMES: readonly string[] = [
  // The Party's central bodies (HD 36; Phụ lục II III.1: `Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam`).
  'Tổng Bí thư', 'Bộ Chính trị', 'Ban Bí thư', 'Ban Chấp hành Trung ương', 'Ủy ban Kiểm tra Trung ương',
  'Ban Tổ chức Trung ương', 'Ban Tuyên giáo và Dân vận Trung ương', 'Ban Tuyên giáo Trung ương', 'Ban Dân vận Trung ương',
  'Ban Nội chính Trung ương', 'Ban Kinh tế Trung ương', 'Ban Đối ngoại Trung ương', 'Văn phòng Trung ương Đảng',
  'Đảng ủy Quân sự Trung ương', 'Đảng ủy Công an Trung ương',
  // The state's central bodies and titles.
  'Ủy ban Thường vụ Quốc hội', 'Văn phòng Quốc hội', 'Hội đồng Dân tộc', 'Quốc hội', 'Thủ tướng Chính phủ',
  'Văn phòng Chính phủ', 'Thanh tra Chính phủ', 'Chính phủ', 'Chủ tịch nước', 'Văn phòng Chủ tịch nước',
  'Tòa án nhân dân tối cao', 'Viện kiểm sát nhân dân tối cao', 'Ngân hàng Nhà nước Việt Nam',
  // Ministries (current and recent names).
  'Bộ Quốc phòng', 'Bộ Công an', 'Bộ Ngoại giao', 'Bộ Tư pháp', 'Bộ Công Thương', 'Bộ Xây dựng', 'Bộ Y tế',
  'Bộ Nông nghiệp và Môi trường', 'Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Khoa học và Công nghệ',
  'Bộ Giáo dục và Đào tạo', 'Bộ Dân tộc và Tôn giáo', 'Bộ Kế hoạch và Đầu tư', 'Bộ Giao thông vận tải',
  'Bộ Lao động - Thương binh và Xã hội', 'Bộ Thông tin và Truyền thông', 'Bộ Tài nguyên và Môi trường',
  'Bộ Nông nghiệp và Phát triển nông thôn',
  // A province's departments.
  'Sở Tư pháp', 'Sở Công Thương', 'Sở Xây dựng', 'Sở Y tế', 'Sở Ngoại vụ', 'Sở Nông nghiệp và Môi trường',
  'Sở Văn hóa, Thể thao và Du lịch', 'Sở Văn hóa và Thể thao', 'Sở Du lịch', 'Sở Khoa học và Công nghệ',
  'Sở Giáo dục và Đào tạo', 'Sở Dân tộc và Tôn giáo', 'Sở Kế hoạch và Đầu tư', 'Sở Giao thông vận tải',
  'Sở Lao động - Thương binh và Xã hội', 'Sở Thông tin và Truyền thông', 'Sở Tài nguyên và Môi trường',
  'Sở Nông nghiệp và Phát triển nông thôn',
];

/** A name in both tone styles and both spellings of `Ủy`: the forms a correct text may print. */
function styled(name: string): string[] {
  const forms = new Set([name]);
  for (const form of [...forms]) forms.add(form.replace(/hóa/gu, 'hoá').replace(/Hóa/gu, 'Hoá'));
  for (const form of [...forms]) forms.add(form.replace(/Ủy/gu, 'Uỷ').replace(/ủy/gu, 'uỷ'));
  return [...forms];
}

/** The fixed names with their style variants, longest first (a longer name wins where one begins another). */
export const FIXED_BODY_NAMES: readonly string[] = FIXED_NAMES.flatMap(styled).sort((a, b) => b.length - a.length);
