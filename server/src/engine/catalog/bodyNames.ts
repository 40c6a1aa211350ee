// The words an issuing body's name starts with, so that a name typed in ordinary case (`Ủy ban nhân dân
// tỉnh …`) is still read as the issuing body (and issuer-case can ask for capitals).

export const BODY_NAME_START = /^(Ủy ban|Uỷ ban|UBND|Hội đồng|Sở|Bộ|Ban|Văn phòng|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Đảng ủy|Đảng uỷ|Đảng bộ|Chi bộ|Cục|Tổng cục|Chi cục)\s+\S/u;
