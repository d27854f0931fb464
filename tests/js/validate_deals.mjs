// Validates every deal file (*.yaml, *.yml) in a folder against a generated deal JSON Schema,
// the way an editor with a JSON Schema aware YAML extension would.
//
//   node validate_deals.mjs SCHEMA.json FOLDER                   every deal must validate
//   node validate_deals.mjs SCHEMA.json FOLDER --expect-invalid  every deal must be refused
//
// Prints one line per file and exits 1 if any file does not do what it must (or the folder
// holds no deal). With --expect-invalid, a deal whose first line is `# expect-error: TEXT` must
// be refused with an error ("instancePath message") containing TEXT, so that it cannot pass
// for the wrong reason.
import { readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";

import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import yaml from "js-yaml";

const args = process.argv.slice(2);
const expectInvalid = args.includes("--expect-invalid");
const [schemaPath, folder] = args.filter((a) => a !== "--expect-invalid");
if (!schemaPath || !folder) {
  console.error("usage: node validate_deals.mjs SCHEMA.json FOLDER [--expect-invalid]");
  process.exit(2);
}

// strict: a keyword Ajv does not know, or one that cannot apply, is an error in the schema.
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));

function describe(error) {
  let text = `${error.instancePath || "/"} ${error.message}`;
  const p = error.params ?? {};
  if (p.additionalProperty !== undefined) text += ` ('${p.additionalProperty}')`;
  if (p.allowedValues !== undefined) text += ` (${p.allowedValues.join(", ")})`;
  if (p.allowedValue !== undefined) text += ` ('${p.allowedValue}')`;
  return text;
}

const files = readdirSync(folder)
  .filter((name) => name.endsWith(".yaml") || name.endsWith(".yml"))
  .sort();
if (files.length === 0) {
  console.error(`FAIL ${folder}: no deal files (*.yaml) to check`);
  process.exit(1);
}

let passed = 0;
let failed = 0;
for (const name of files) {
  const path = join(folder, name);
  const text = readFileSync(path, "utf8");
  let deal;
  try {
    // YAML 1.2 core schema, as editors read it: 2027-03-01 stays a string, not a Date.
    deal = yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: basename(path) });
  } catch (e) {
    console.log(`FAIL ${path}: not YAML: ${e.message.split("\n")[0]}`);
    failed += 1;
    continue;
  }
  const ok = validate(deal);
  const errors = ok ? [] : validate.errors.map(describe);
  if (!expectInvalid) {
    if (ok) {
      console.log(`ok ${path}`);
      passed += 1;
    } else {
      console.log(`FAIL ${path}: ${errors.join("; ")}`);
      failed += 1;
    }
    continue;
  }
  const expected = /^#\s*expect-error:\s*(.+?)\s*$/m.exec(text.split("\n")[0] ?? "")?.[1];
  if (ok) {
    console.log(`FAIL ${path}: accepted, but it must be refused`);
    failed += 1;
  } else if (expected !== undefined && !errors.some((e) => e.includes(expected))) {
    console.log(`FAIL ${path}: refused, but not for "${expected}": ${errors.join("; ")}`);
    failed += 1;
  } else {
    console.log(`ok ${path}: refused: ${errors.join("; ")}`);
    passed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
