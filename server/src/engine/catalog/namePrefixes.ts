// Academic titles, degrees and ranks that may stand before a signer's name (and must not, as a rule).

/** `TS.`, `ThS.`, `PGS.TS.`, `GS.`, `KS.`, `BS.`, `CN.`, `Đại tá`, `Thiếu tướng`... at the start of a name. */
export const NAME_PREFIX = /^((?:(?:PGS|GS|TS|ThS|TSKH|KS|BS|CN|LS|NCS|Ths|Ts)\.\s*)+|(?:Đại|Thượng|Trung|Thiếu)\s+(?:tá|úy|uý|tướng)\s+)/u;
