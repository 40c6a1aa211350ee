// Run by memo-retention.test.ts in a child under --expose-gc: lints documents of about 1 MB, each holding a long
// token of its own, lets each go, and prints the heap after a full collection before and after, as JSON.

import { lint } from '../../server/src/engine';

declare const gc: () => void;
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

// A paragraph of plain syllables, repeated to about a million characters (two-byte: the letters are Vietnamese).
const PARAGRAPH = 'Cơ quan, đơn vị thực hiện nhiệm vụ được giao theo quy định của pháp luật và báo cáo kết quả.\n';
const body = PARAGRAPH.repeat(Math.ceil(1_000_000 / PARAGRAPH.length));
lint(`${body}“khởi-động-0-lần-thứ”\n`);
const before = heap();
const documents = Number(process.argv[2]);
for (let i = 1; i <= documents; i++) {
  // The token is long (13 units or more) and new to the memo: what the memo keeps of this document.
  lint(`${body}“khởi-động-${i}-lần-thứ”\n`);
}
console.log(JSON.stringify({ before, after: heap() }));
