// Validates the check reports Pactum writes:
//   - the JSON report against the normative schemas/check-report.schema.json (draft 2020-12);
//   - the SARIF report against the official SARIF 2.1.0 JSON Schema. That schema is taken from
//     the npm package @microsoft/jest-sarif, which ships it as lib/schemas/sarif-2.1.0-rtm.5.json
//     (2.1.0-rtm.5 is the final 2.1.0 schema as published to SchemaStore; it is written in JSON
//     Schema draft-04, hence ajv-draft-04). Only that file is used, not the package's code.
//
//   node validate_reports.mjs CHECK_SCHEMA.json REPORT.json REPORT.sarif
//
// Formats are checked too (SARIF requires absolute URIs for informationUri and helpUri). To show
// the schemas are really applied, each document is also broken in a few ways that must be
// refused (skipped when it lacks the part to break: CTest's sample has them all), and the two
// documents must agree with each other. Prints one line per check and "N passed, N failed";
// exits 1 if any check fails.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

import Ajv2020 from "ajv/dist/2020.js";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";

const [checkSchemaPath, jsonPath, sarifPath] = process.argv.slice(2);
if (!checkSchemaPath || !jsonPath || !sarifPath) {
  console.error("usage: node validate_reports.mjs CHECK_SCHEMA.json REPORT.json REPORT.sarif");
  process.exit(2);
}

const require = createRequire(import.meta.url);
const sarifSchemaPath = join(
  dirname(require.resolve("@microsoft/jest-sarif/package.json")),
  "lib/schemas/sarif-2.1.0-rtm.5.json",
);

const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));

// Ours: strict, so a keyword that does not apply is an error in the schema itself.
const ajv2020 = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv2020);
const validateReport = ajv2020.compile(readJson(checkSchemaPath));

// Theirs: not strict (it is not ours to fix), formats checked. Its `language` pattern,
// "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$", has a stray "]" that is a syntax error under the
// RegExp "u" flag Ajv 8 uses by default; without it (as draft-04 validators compiled it) the
// "]" is a literal, so compile its patterns without the flag.
const ajv04 = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv04);
const sarifSchema = readJson(sarifSchemaPath);
const validateSarif = ajv04.compile(sarifSchema);

function describe(errors) {
  return (errors ?? [])
    .slice(0, 8)
    .map((e) => `${e.instancePath || "/"} ${e.message}`)
    .join("; ");
}

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

function mustValidate(name, validate, doc) {
  const ok = validate(doc);
  check(name, ok, describe(validate.errors));
}

// A document without the part to break (a report with no findings) skips that check.
let skipped = 0;
function mustRefuse(name, validate, doc, mutate) {
  const copy = structuredClone(doc);
  try {
    mutate(copy);
  } catch {
    console.log(`skip ${name}: the document has no such part`);
    skipped += 1;
    return;
  }
  check(`${name} is refused`, !validate(copy), "accepted, but it must be refused");
}

check(
  `SARIF schema is the 2.1.0 one (${sarifSchemaPath})`,
  sarifSchema.properties?.version?.enum?.length === 1 && sarifSchema.properties.version.enum[0] === "2.1.0",
);

const report = readJson(jsonPath);
mustValidate(`${jsonPath} validates against ${checkSchemaPath}`, validateReport, report);
mustRefuse("a report without summary", validateReport, report, (r) => delete r.summary);
mustRefuse("a finding with severity 'fatal'", validateReport, report, (r) => {
  r.agreements.find((a) => a.findings.length > 0).findings[0].severity = "fatal";
});
mustRefuse("a finding with an unknown field", validateReport, report, (r) => {
  r.agreements.find((a) => a.findings.length > 0).findings[0].extra = 1;
});
mustRefuse("an outcome with an unknown status", validateReport, report, (r) => {
  r.agreements[0].outcomes[0].status = "skipped";
});
mustRefuse("an input with a short SHA-256", validateReport, report, (r) => {
  r.provenance.inputs[0].sha256 = "abc";
});

// The summary is what the findings say.
const findings = report.agreements.flatMap((a) => a.findings);
const unwaived = (severity) => findings.filter((f) => !f.waived && f.severity === severity).length;
check(
  "summary.findings_by_severity and waived count the findings",
  report.summary.findings_by_severity.error === unwaived("error") &&
    report.summary.findings_by_severity.warning === unwaived("warning") &&
    report.summary.findings_by_severity.info === unwaived("info") &&
    report.summary.waived === findings.filter((f) => f.waived).length,
  JSON.stringify(report.summary),
);
check(
  "waiver_reason is set exactly on waived findings",
  findings.every((f) => (f.waiver_reason !== null) === f.waived),
);

const sarif = readJson(sarifPath);
mustValidate(`${sarifPath} validates against SARIF 2.1.0`, validateSarif, sarif);
mustRefuse("SARIF with version 2.0.0", validateSarif, sarif, (s) => {
  s.version = "2.0.0";
});
mustRefuse("a SARIF result with level 'fatal'", validateSarif, sarif, (s) => {
  s.runs[0].results[0].level = "fatal";
});
mustRefuse("a SARIF suppression of kind 'elsewhere'", validateSarif, sarif, (s) => {
  s.runs[0].results.find((r) => r.suppressions).suppressions[0].kind = "elsewhere";
});
mustRefuse("a SARIF rule with a relative helpUri", validateSarif, sarif, (s) => {
  s.runs[0].tool.driver.rules[0].helpUri = "docs/rules/x.md";
});

// Both documents were rendered from the same report.
const results = sarif.runs?.[0]?.results ?? [];
check("SARIF has one result per JSON finding", results.length === findings.length,
  `${results.length} results, ${findings.length} findings`);
check(
  "SARIF suppresses exactly the waived findings",
  results.filter((r) => r.suppressions).length === findings.filter((f) => f.waived).length,
);
check(
  "SARIF lists the same rules",
  JSON.stringify((sarif.runs?.[0]?.tool?.driver?.rules ?? []).map((r) => r.id)) ===
    JSON.stringify(report.rules.map((r) => r.id)),
);

console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
process.exit(failed === 0 ? 0 : 1);
