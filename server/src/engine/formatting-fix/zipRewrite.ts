// A .docx written back with only the changed parts replaced: every other entry's bytes (local header,
// compressed data, data descriptor, central record) are copied as they were, so an image, an embedded
// object or a part the fix did not touch is byte-identical, not merely equal after inflating.

import { deflateSync } from 'fflate';
import { msg } from '../l10n/localize';
import { WordError } from '../docx/zip';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

interface Entry {
  readonly name: string;
  /** The central record as it was. */
  readonly record: Uint8Array;
  readonly localOffset: number;
}

/** Replaces the named entries (by name: new uncompressed bytes) and keeps every other entry's bytes. */
export function rewriteZip(bytes: Uint8Array, changed: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const corrupt = () => new WordError('corrupt', msg('The zip\'s central directory cannot be read'));
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === END) { eocd = i; break; }
  }
  if (eocd < 0) throw corrupt();
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff || cdOffset + cdSize > eocd) throw corrupt();
  const entries: Entry[] = [];
  for (let at = cdOffset, i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL) throw corrupt();
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const size = 46 + nameLength + extra + comment;
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, record: bytes.subarray(at, at + size), localOffset: view.getUint32(at + 42, true) });
    at += size;
  }
  // Each entry's local bytes run to the next entry's local header (or the central directory).
  const starts = [...entries.map((e) => e.localOffset), cdOffset].sort((a, b) => a - b);
  const localEnd = (offset: number) => starts[starts.indexOf(offset) + 1] ?? cdOffset;

  const chunks: Uint8Array[] = [];
  const records: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const replacement = changed.get(entry.name);
    // Copies (Uint8Array.from, not slice: a Node Buffer's slice shares memory), edited through their own view.
    const record = Uint8Array.from(entry.record);
    const recordView = new DataView(record.buffer);
    if (!replacement) {
      if (view.getUint32(entry.localOffset, true) !== LOCAL) throw corrupt();
      chunks.push(bytes.subarray(entry.localOffset, localEnd(entry.localOffset)));
      recordView.setUint32(42, offset, true);
      offset += localEnd(entry.localOffset) - entry.localOffset;
    } else {
      const data = deflateSync(replacement, { level: 6 });
      const crc = crc32(replacement);
      const nameBytes = bytes.subarray(entry.localOffset + 30, entry.localOffset + 30 + view.getUint16(entry.localOffset + 26, true));
      const header = new Uint8Array(30 + nameBytes.length);
      const h = new DataView(header.buffer);
      h.setUint32(0, LOCAL, true);
      h.setUint16(4, 20, true);
      // No data descriptor: sizes and CRC are known (bit 3 cleared); UTF-8 names kept (bit 11).
      const flags = view.getUint16(entry.localOffset + 6, true) & 0x0800;
      h.setUint16(6, flags, true);
      h.setUint16(8, 8, true);
      h.setUint16(10, view.getUint16(entry.localOffset + 10, true), true);
      h.setUint16(12, view.getUint16(entry.localOffset + 12, true), true);
      h.setUint32(14, crc, true);
      h.setUint32(18, data.length, true);
      h.setUint32(22, replacement.length, true);
      h.setUint16(26, nameBytes.length, true);
      h.setUint16(28, 0, true);
      header.set(nameBytes, 30);
      chunks.push(header, data);
      recordView.setUint16(8, (recordView.getUint16(8, true) & 0x0800), true);
      recordView.setUint16(10, 8, true);
      recordView.setUint32(16, crc, true);
      recordView.setUint32(20, data.length, true);
      recordView.setUint32(24, replacement.length, true);
      recordView.setUint32(42, offset, true);
      offset += header.length + data.length;
    }
    records.push(record);
  }
  const cdStart = offset;
  const cdLength = records.reduce((sum, r) => sum + r.length, 0);
  const tail = Uint8Array.from(bytes.subarray(eocd));
  const tailView = new DataView(tail.buffer);
  tailView.setUint32(12, cdLength, true);
  tailView.setUint32(16, cdStart, true);
  const out = new Uint8Array(cdStart + cdLength + tail.length);
  let at = 0;
  for (const chunk of [...chunks, ...records, tail]) { out.set(chunk, at); at += chunk.length; }
  return out;
}

/** The CRC-32 table (a constant, built once when the module loads). */
const CRC_TABLE = ((): Uint32Array => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  const table = CRC_TABLE;
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
