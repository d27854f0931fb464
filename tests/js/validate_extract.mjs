// Validates what `pactum extract` wrote against the normative schemas/extract.schema.json
// (draft 2020-12), breaks it in ways the schema must refuse, and checks that the document agrees
// with itself (summary totals, block order, Buffer lengths of block text).
//
//   node validate_extract.mjs EXTRACT_SCHEMA.json OUTPUT.json
//
// Prints one line per check and "N passed, N failed"; exits 1 if any check fails.
import { readFileSync } from "node:fs";

import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [schemaPath, outputPath] = process.argv.slice(2);
if (!schemaPath || !outputPath) {
  console.error("usage: node validate_extract.mjs EXTRACT_SCHEMA.json OUTPUT.json");
  process.exit(2);
}
const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
const validate = ajv.compile(readJson(schemaPath));

let passed = 0;
let failed = 0;
function check(name, ok, detail = "") {
  if (ok) {
    console.log(`ok ${name}`);
    passed += 1;
  } else {
    console.log(`FAIL ${name}${detail ? `: ${detail}` : ""}`);
    failed += 1;
  }
}
const describe = (errors) =>
  (errors ?? []).slice(0, 8).map((e) => `${e.instancePath || "/"} ${e.message}`).join("; ");
function mustRefuse(name, doc, mutate) {
  const copy = structuredClone(doc);
  mutate(copy);
  check(`${name} is refused`, !validate(copy), "accepted, but it must be refused");
}

const output = readJson(outputPath);
check(`${outputPath} validates against ${schemaPath}`, validate(output), describe(validate.errors));

const documents = output.agreements.flatMap((a) => a.documents);
const blocks = documents.flatMap((d) => d.blocks);
check("the sample has agreements, documents, headings with sections and table cells",
  documents.length >= 2 && blocks.some((b) => b.kind === "heading" && b.section) &&
    blocks.some((b) => b.kind === "table_cell"));
check("the sample has an input that could not be read", output.inputs.some((i) => i.error));

mustRefuse("output without summary", output, (o) => delete o.summary);
mustRefuse("a document of type 'contract'", output, (o) => {
  o.agreements[0].documents[0].type = "contract";
});
mustRefuse("a block of kind 'sentence'", output, (o) => {
  o.agreements[0].documents[0].blocks[0].kind = "sentence";
});
mustRefuse("a block with a negative start", output, (o) => {
  o.agreements[0].documents[0].blocks[0].start = -1;
});
mustRefuse("a block with an unknown field", output, (o) => {
  o.agreements[0].documents[0].blocks[0].confidence = 1;
});
mustRefuse("a table cell without its row", output, (o) => {
  const cell = o.agreements.flatMap((a) => a.documents).flatMap((d) => d.blocks)
    .find((b) => b.kind === "table_cell");
  delete cell.row;
});
mustRefuse("an input with a short SHA-256", output, (o) => {
  o.inputs.find((i) => i.sha256).sha256 = "abc";
});

check("summary counts the inputs, errors, agreements and documents",
  output.summary.files === output.inputs.length &&
    output.summary.errors === output.inputs.filter((i) => i.error).length &&
    output.summary.agreements === output.agreements.length &&
    output.summary.documents === documents.length,
  JSON.stringify(output.summary));
check("inputs that were read have a SHA-256, those that were not have an error",
  output.inputs.every((i) => i.sha256 !== null || i.error !== undefined));
check("blocks are in order, non-overlapping, within the text, and as long as their text",
  documents.every((d) => d.blocks.every((b, k) => b.start <= b.end && b.end <= d.length &&
    (k === 0 || d.blocks[k - 1].end <= b.start) &&
    Buffer.byteLength(b.text, "utf8") === b.end - b.start)));

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
