// New entries added at the end of a .docx (a header part the fix creates), after every entry as it was: the
// entries before keep their bytes, and the central directory gains one record each.

import { deflateSync } from 'fflate';
import { crc32 } from './zipRewrite';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
/** 1 January 1980, the first date a zip can say (a date of 0 names no month). */
const DOS_DATE = (1 << 5) | 1;

/** The zip with the named entries appended (deflated, UTF-8 names); the zip as it was when none is given. */
export function appendEntries(bytes: Uint8Array, added: ReadonlyMap<string, Uint8Array>): Uint8Array {
  if (added.size === 0) return bytes;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= 0; i--) if (view.getUint32(i, true) === END) { eocd = i; break; }
  if (eocd < 0) throw new Error('the rewritten zip has no end record');
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  const locals: Uint8Array[] = [];
  const records: Uint8Array[] = [];
  let offset = cdOffset;
  for (const [name, data] of added) {
    const nameBytes = new TextEncoder().encode(name);
    const compressed = deflateSync(data, { level: 6 });
    const crc = crc32(data);
    const local = new Uint8Array(30 + nameBytes.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, LOCAL, true);
    l.setUint16(4, 20, true);
    l.setUint16(6, 0x0800, true);
    l.setUint16(8, 8, true);
    l.setUint16(12, DOS_DATE, true);
    l.setUint32(14, crc, true);
    l.setUint32(18, compressed.length, true);
    l.setUint32(22, data.length, true);
    l.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    const record = new Uint8Array(46 + nameBytes.length);
    const r = new DataView(record.buffer);
    r.setUint32(0, CENTRAL, true);
    r.setUint16(4, 20, true);
    r.setUint16(6, 20, true);
    r.setUint16(8, 0x0800, true);
    r.setUint16(10, 8, true);
    r.setUint16(14, DOS_DATE, true);
    r.setUint32(16, crc, true);
    r.setUint32(20, compressed.length, true);
    r.setUint32(24, data.length, true);
    r.setUint16(28, nameBytes.length, true);
    r.setUint32(42, offset, true);
    record.set(nameBytes, 46);
    locals.push(local, compressed);
    records.push(record);
    offset += local.length + compressed.length;
  }
  const tail = Uint8Array.from(bytes.subarray(eocd));
  const t = new DataView(tail.buffer);
  t.setUint16(8, count + added.size, true);
  t.setUint16(10, count + added.size, true);
  t.setUint32(12, cdSize + records.reduce((sum, x) => sum + x.length, 0), true);
  t.setUint32(16, offset, true);
  const parts = [bytes.subarray(0, cdOffset), ...locals, bytes.subarray(cdOffset, cdOffset + cdSize), ...records, tail];
  const out = new Uint8Array(parts.reduce((sum, x) => sum + x.length, 0));
  let at = 0;
  for (const part of parts) { out.set(part, at); at += part.length; }
  return out;
}
