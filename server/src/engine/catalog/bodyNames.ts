// The words an issuing body's name starts with, so that a name typed in ordinary case (`Ủy ban nhân dân
// tỉnh …`) is still read as the issuing body (and issuer-case can ask for capitals).

export const BODY_NAME_START = /^(Ủy ban|Uỷ ban|UBND|Hội đồng|Sở|Bộ|Ban|Văn phòng|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Đảng ủy|Đảng uỷ|Đảng bộ|Chi bộ|Cục|Tổng cục|Chi cục)\s+\S/u;

/**
 * Issuers outside both regimes: the mass organisations (Đoàn TNCS Hồ Chí Minh, Mặt trận Tổ quốc, the
 * Hội, the trade unions) write under their own guidance. Their documents get neither the Party's nor
 * the state's template asserted unless they print that regime's title themselves.
 */
export const OUTSIDE_REGIMES = /^(?:BAN CHẤP HÀNH\s+|BAN THƯỜNG VỤ\s+|(?:TRUNG ƯƠNG|TỈNH|THÀNH|HUYỆN|XÃ|PHƯỜNG)\s+)?(?:ĐOÀN TNCS|ĐOÀN THANH NIÊN|ĐOÀN TN\b|HỘI\s|MẶT TRẬN TỔ QUỐC|ỦY BAN MẶT TRẬN|UỶ BAN MẶT TRẬN|ỦY BAN TRUNG ƯƠNG MẶT TRẬN|CÔNG ĐOÀN|LIÊN ĐOÀN LAO ĐỘNG|TỔNG LIÊN ĐOÀN|LIÊN HIỆP CÁC HỘI)/u;
