// mammoth on the same DOCX files as docx_read_bench, the same way: all files in memory, several
// passes, median time. extractRawText is mammoth's cheapest path (no HTML), which flatters it.
//   node mammoth_bench.mjs FOLDER PASSES DOCUMENT_XML_BYTES
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

import mammoth from "mammoth";

const [folder, passesText, xmlBytesText] = process.argv.slice(2);
const passes = Number(passesText ?? 5);
const xmlBytes = Number(xmlBytesText ?? 0);
const names = readdirSync(folder).filter((n) => n.endsWith(".docx")).sort();
const buffers = names.map((n) => readFileSync(join(folder, n)));
const seconds = [];
let failures = 0;
for (let pass = 0; pass < passes; pass += 1) {
  const start = process.hrtime.bigint();
  for (const buffer of buffers) {
    try {
      await mammoth.extractRawText({ buffer });
    } catch {
      failures += 1;
    }
  }
  seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
}
seconds.sort((a, b) => a - b);
const median = seconds[Math.floor(seconds.length / 2)];
console.log(
  `mammoth: median of ${passes} passes ${median.toFixed(3)} s: ` +
    `${(xmlBytes / 1e6 / median).toFixed(1)} MB/s of document.xml, ` +
    `${(names.length / median).toFixed(0)} files/s, failures ${failures / passes}`,
);
