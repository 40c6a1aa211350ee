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
