// Scores `pactum extract` output against CUAD's expert labels: clause detection per category
// (document level: does the agreement have a clause of one of the mapped kinds?) and value
// accuracy for Governing Law, Renewal Term and Notice Period To Terminate Renewal.
// Normally run through bench/eval-cuad, which runs pactum first. No npm dependency.
//
//   node eval_cuad.mjs --extract EXTRACT.json --cuad DIR [--json OUT] [--check-floor F]
//        [--write-floor F] [--show-errors CATEGORY] [--min-confidence X]
//
// Split: FNV-1a 32-bit over the UTF-8 bytes of the .txt base name; hash % 3 == 0 is the test
// third (measured, never shown in --show-errors), the rest is dev.
// Exit: 0 scored (and at or above the floor), 1 a metric below its floor, 2 bad usage or input.
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";

const SPLITS = ["dev", "test", "all"];
const FLOOR_MARGIN = 0.02;

class UsageError extends Error {}

// ---------------------------------------------------------------------------------------------
// Inputs

function parseArgs(argv) {
  const options = { minConfidence: 0 };
  const valued = {
    "--extract": "extract",
    "--cuad": "cuad",
    "--json": "json",
    "--check-floor": "checkFloor",
    "--write-floor": "writeFloor",
    "--show-errors": "showErrors",
    "--min-confidence": "minConfidence",
  };
  for (let i = 0; i < argv.length; i += 1) {
    const key = valued[argv[i]];
    if (!key) throw new UsageError(`unknown argument ${argv[i]}`);
    if (i + 1 >= argv.length) throw new UsageError(`${argv[i]} needs a value`);
    options[key] = argv[(i += 1)];
  }
  if (!options.extract || !options.cuad) throw new UsageError("--extract and --cuad are required");
  options.minConfidence = Number(options.minConfidence);
  if (!Number.isFinite(options.minConfidence)) throw new UsageError("--min-confidence needs a number");
  return options;
}

function readJson(path, what) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${path}: ${error.message.split("\n")[0]}`);
  }
}

// categories.yaml is a flat map `"Category": [kind, kind]` with # comments.
export function parseCategories(text) {
  const categories = new Map();
  text.split("\n").forEach((raw, index) => {
    const line = raw.replace(/#.*$/, "").trim();
    if (line === "") return;
    const match = /^"([^"]+)"\s*:\s*\[([^\]]*)\]$/.exec(line);
    if (!match) throw new UsageError(`categories.yaml line ${index + 1}: expected "Category": [kind, ...]`);
    const kinds = match[2].split(",").map((k) => k.trim().replace(/^["']|["']$/g, "")).filter(Boolean);
    categories.set(match[1], kinds);
  });
  return categories;
}

export function fnv1a32(text) {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, "utf8")) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export const splitOf = (file) => (fnv1a32(file) % 3 === 0 ? "test" : "dev");

// One record per extracted document, keyed by the .txt base name. An agreement is one file
// (the default grouping); its terms and parties belong to that file's document.
function indexExtract(extract) {
  const byFile = new Map();
  for (const agreement of extract.agreements ?? []) {
    for (const document of agreement.documents ?? []) {
      const file = basename(document.file || document.id);
      byFile.set(file, { agreement, document });
    }
  }
  return byFile;
}

// ---------------------------------------------------------------------------------------------
// Clause detection

function matchingClauses(record, kinds, minConfidence) {
  if (!record) return [];
  return (record.document.clauses ?? []).filter(
    (c) => kinds.includes(c.kind) && (c.confidence ?? 1) >= minConfidence,
  );
}

const hasSpans = (label) => Array.isArray(label?.spans) && label.spans.length > 0;

function emptyCounts() {
  return { tp: 0, fp: 0, fn: 0, tn: 0 };
}

function rates({ tp, fp, fn, tn }) {
  const precision = tp + fp > 0 ? tp / (tp + fp) : null;
  const recall = tp + fn > 0 ? tp / (tp + fn) : null;
  // Nothing to find and nothing claimed is a perfect score; otherwise F1 = 2TP / (2TP+FP+FN).
  const f1 = tp + fp + fn > 0 ? (2 * tp) / (2 * tp + fp + fn) : 1;
  return { tp, fp, fn, tn, precision, recall, f1 };
}

function scoreDetection(files, labels, byFile, categories, minConfidence) {
  const result = {};
  for (const [category, kinds] of categories) {
    const counts = Object.fromEntries(SPLITS.map((s) => [s, emptyCounts()]));
    const errors = { fp: [], fn: [] };
    for (const file of files) {
      const truth = hasSpans(labels[file].labels?.[category]);
      const found = matchingClauses(byFile.get(file), kinds, minConfidence);
      const outcome = truth ? (found.length ? "tp" : "fn") : found.length ? "fp" : "tn";
      for (const split of [splitOf(file), "all"]) counts[split][outcome] += 1;
      if (splitOf(file) === "dev" && (outcome === "fp" || outcome === "fn")) {
        errors[outcome].push({ file, clauses: found, label: labels[file].labels?.[category] });
      }
    }
    result[category] = {
      kinds,
      ...Object.fromEntries(SPLITS.map((s) => [s, rates(counts[s])])),
      errors,
    };
  }
  return result;
}

function macroF1(detection) {
  const names = Object.keys(detection);
  return Object.fromEntries(
    SPLITS.map((s) => [s, names.reduce((sum, n) => sum + detection[n][s].f1, 0) / (names.length || 1)]),
  );
}

// ---------------------------------------------------------------------------------------------
// Values: Governing Law as ISO 3166 codes

const US_STATES = {
  alabama: "AL", alaska: "AK", arizona: "AZ", arkansas: "AR", california: "CA", colorado: "CO",
  connecticut: "CT", delaware: "DE", florida: "FL", georgia: "GA", hawaii: "HI", idaho: "ID",
  illinois: "IL", indiana: "IN", iowa: "IA", kansas: "KS", kentucky: "KY", louisiana: "LA",
  maine: "ME", maryland: "MD", massachusetts: "MA", michigan: "MI", minnesota: "MN",
  mississippi: "MS", missouri: "MO", montana: "MT", nebraska: "NE", nevada: "NV",
  "new hampshire": "NH", "new jersey": "NJ", "new mexico": "NM", "new york": "NY",
  "north carolina": "NC", "north dakota": "ND", ohio: "OH", oklahoma: "OK", oregon: "OR",
  pennsylvania: "PA", "rhode island": "RI", "south carolina": "SC", "south dakota": "SD",
  tennessee: "TN", texas: "TX", utah: "UT", vermont: "VT", virginia: "VA", washington: "WA",
  "west virginia": "WV", wisconsin: "WI", wyoming: "WY", "district of columbia": "DC",
  "washington dc": "DC", "washington d c": "DC",
};
const CA_PROVINCES = {
  alberta: "AB", "british columbia": "BC", manitoba: "MB", "new brunswick": "NB",
  "newfoundland and labrador": "NL", newfoundland: "NL", "nova scotia": "NS", ontario: "ON",
  "prince edward island": "PE", quebec: "QC", saskatchewan: "SK", "northwest territories": "NT",
  nunavut: "NU", yukon: "YT",
};
const OTHER_PLACES = {
  england: "GB-ENG", "england and wales": "GB-ENG", "england wales": "GB-ENG", wales: "GB-WLS",
  scotland: "GB-SCT", "northern ireland": "GB-NIR", "united kingdom": "GB", uk: "GB",
  "united states": "US", "united states of america": "US", usa: "US", us: "US",
  canada: "CA", mexico: "MX", brazil: "BR", argentina: "AR", chile: "CL", colombia: "CO",
  peru: "PE", ireland: "IE", "republic of ireland": "IE", france: "FR", germany: "DE",
  "federal republic of germany": "DE", netherlands: "NL", "the netherlands": "NL", belgium: "BE",
  luxembourg: "LU", switzerland: "CH", austria: "AT", italy: "IT", spain: "ES", portugal: "PT",
  sweden: "SE", norway: "NO", denmark: "DK", finland: "FI", iceland: "IS", poland: "PL",
  "czech republic": "CZ", czechia: "CZ", hungary: "HU", romania: "RO", greece: "GR",
  cyprus: "CY", malta: "MT", russia: "RU", "russian federation": "RU", ukraine: "UA",
  turkey: "TR", israel: "IL", "united arab emirates": "AE", "saudi arabia": "SA",
  "south africa": "ZA", nigeria: "NG", kenya: "KE", egypt: "EG", india: "IN", pakistan: "PK",
  china: "CN", "people s republic of china": "CN", "peoples republic of china": "CN", prc: "CN",
  "the people s republic of china": "CN", "hong kong": "HK", "hong kong sar": "HK", macau: "MO",
  taiwan: "TW", "republic of china": "TW", japan: "JP", korea: "KR", "south korea": "KR",
  "republic of korea": "KR", singapore: "SG", malaysia: "MY", thailand: "TH", vietnam: "VN",
  indonesia: "ID", philippines: "PH", australia: "AU", "new zealand": "NZ",
  kazakhstan: "KZ", "republic of kazakhstan": "KZ", bermuda: "BM", "cayman islands": "KY",
  "british virgin islands": "VG",
};
const PLACE_ALIASES = { massachussets: "massachusetts", massachusets: "massachusetts" };
// Parts of a Governing Law answer that name no jurisdiction (CISG) are ignored.
const NOT_A_PLACE = [/convention/, /\bcisg\b/];

function normalisePlace(text) {
  let place = text.toLowerCase().replace(/[^a-z]+/g, " ").trim();
  place = place.replace(/^(the )?(state|commonwealth|province) of /, "");
  for (const suffix of [" canada", " uk", " united kingdom", " usa", " united states"]) {
    if (place.endsWith(suffix) && place !== suffix.trim()) place = place.slice(0, -suffix.length);
  }
  return PLACE_ALIASES[place] ?? place;
}

function placeCode(place) {
  if (US_STATES[place]) return `US-${US_STATES[place]}`;
  if (CA_PROVINCES[place]) return `CA-${CA_PROVINCES[place]}`;
  return OTHER_PLACES[place] ?? null;
}

// "California; Hong Kong" -> ["US-CA", "HK"]; null when no part names a place we know.
export function governingLawCodes(answer) {
  const codes = [];
  for (const part of String(answer).split(";")) {
    if (part.trim() === "" || NOT_A_PLACE.some((re) => re.test(part.toLowerCase()))) continue;
    const code = placeCode(normalisePlace(part));
    if (code) codes.push(code);
  }
  return codes.length ? codes : null;
}

// ISO 3166-2 spellings of the same place as the table's codes.
const CODE_ALIASES = { "CN-HK": "HK", "CN-TW": "TW", "CN-MO": "MO", "GB-EAW": "GB-ENG", UK: "GB" };

function normaliseCode(value) {
  if (typeof value !== "string") return null;
  const code = value.trim().toUpperCase();
  return CODE_ALIASES[code] ?? code;
}

const governingLawCorrect = (accepted, value) => accepted.includes(normaliseCode(value));

// ---------------------------------------------------------------------------------------------
// Values: durations (Renewal Term, Notice Period To Terminate Renewal)

const UNIT_DAYS = { day: 1, week: 7, month: 30, year: 365 };
const NUMBER_WORDS = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, eighteen: 18, twenty: 20, thirty: 30, sixty: 60,
  ninety: 90,
};

// A duration: { perpetual: true } or { days, months } where months is set when the duration is
// whole months/years (so "12 months" equals P1Y although 360 != 365 days).
function duration(amounts) {
  const { day = 0, week = 0, month = 0, year = 0 } = amounts;
  const days = day + week * 7 + month * UNIT_DAYS.month + year * UNIT_DAYS.year;
  const months = day === 0 && week === 0 ? month + year * 12 : null;
  return { perpetual: false, days, months };
}

// One CUAD answer part: "successive 1 year", "three (3) years", "2 successive 10 years" (each
// renewal is 10 years: the last number-unit pair counts), "perpetual".
function parseDurationText(text) {
  const lower = text.toLowerCase();
  if (/perpetu|indefinite/.test(lower)) return { perpetual: true };
  const words = lower.replace(/\b[a-z]+\b/g, (w) => (w in NUMBER_WORDS ? String(NUMBER_WORDS[w]) : w));
  const pairs = [...words.matchAll(/(\d+(?:\.\d+)?)\s*\)?\s*(day|week|month|year)s?\b/g)];
  if (pairs.length === 0) return null;
  const [, amount, unit] = pairs[pairs.length - 1];
  return duration({ [unit]: Number(amount) });
}

// "5 years; 2 years" -> both accepted; null when no part is a duration ("7/22/2019; ...").
export function durationAnswers(answer) {
  const parsed = String(answer)
    .split(";")
    .filter((p) => p.trim() !== "")
    .map(parseDurationText)
    .filter(Boolean);
  return parsed.length ? parsed : null;
}

// Our term values: ISO 8601 (P1Y, P12M, P90D, P2W, P1Y6M) or "perpetual".
export function parseTermDuration(value) {
  if (typeof value !== "string") return null;
  const text = value.trim().toUpperCase();
  if (text === "PERPETUAL") return { perpetual: true };
  const match = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?$/.exec(text);
  if (!match || text === "P") return null;
  const [, year, month, week, day] = match.map((x) => (x === undefined ? 0 : Number(x)));
  return duration({ year, month, week, day });
}

export function sameDuration(a, b) {
  if (!a || !b) return false;
  if (a.perpetual || b.perpetual) return a.perpetual === b.perpetual;
  if (a.months !== null && b.months !== null && Math.abs(a.months - b.months) < 1e-9) return true;
  return Math.abs(a.days - b.days) <= 2;
}

const durationCorrect = (accepted, value) => {
  const ours = parseTermDuration(value);
  return accepted.some((answer) => sameDuration(answer, ours));
};

const VALUE_CATEGORIES = [
  { category: "Governing Law", term: "governing_law", parse: governingLawCodes, correct: governingLawCorrect },
  { category: "Renewal Term", term: "term.renewal", parse: durationAnswers, correct: durationCorrect },
  {
    category: "Notice Period To Terminate Renewal",
    term: "term.renewal_notice",
    parse: durationAnswers,
    correct: durationCorrect,
  },
];

// The first term of that name in the agreement (a missing term counts as wrong).
function termValue(record, name) {
  const term = (record?.agreement.terms ?? []).find((t) => t.name === name);
  return term ? term.value : undefined;
}

function scoreValues(files, labels, byFile) {
  const result = {};
  for (const { category, term, parse, correct } of VALUE_CATEGORIES) {
    const counts = Object.fromEntries(
      SPLITS.map((s) => [s, { correct: 0, scorable: 0, unscorable: 0, missing: 0 }]),
    );
    const errors = [];
    for (const file of files) {
      const label = labels[file].labels?.[category];
      if (!hasSpans(label) || label.answer === null || label.answer === undefined) continue;
      const accepted = parse(label.answer);
      const splits = [splitOf(file), "all"];
      if (!accepted) {
        for (const s of splits) counts[s].unscorable += 1;
        continue;
      }
      const value = termValue(byFile.get(file), term);
      const ok = value !== undefined && correct(accepted, value);
      for (const s of splits) {
        counts[s].scorable += 1;
        if (ok) counts[s].correct += 1;
        if (value === undefined) counts[s].missing += 1;
      }
      if (!ok && splitOf(file) === "dev") errors.push({ file, answer: label.answer, value });
    }
    result[category] = {
      term,
      ...Object.fromEntries(
        SPLITS.map((s) => [
          s,
          { ...counts[s], accuracy: counts[s].scorable ? counts[s].correct / counts[s].scorable : null },
        ]),
      ),
      errors,
    };
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Parties / dates: cheap document-level counts, printed for information only

function scoreInfo(files, labels, byFile) {
  const count = (predicate) => files.filter(predicate).length;
  const term = (file, name) => termValue(byFile.get(file), name) !== undefined;
  return {
    parties: {
      cuad: count((f) => hasSpans(labels[f].labels?.Parties)),
      ours: count((f) => (byFile.get(f)?.agreement.parties ?? []).length > 0),
    },
    agreement_date: {
      cuad: count((f) => hasSpans(labels[f].labels?.["Agreement Date"])),
      ours: count((f) => term(f, "agreement.date")),
    },
    effective_date: {
      cuad: count((f) => hasSpans(labels[f].labels?.["Effective Date"])),
      ours: count((f) => term(f, "effective_date")),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Output

const fmt = (x) => (x === null ? "  -  " : x.toFixed(3));
const pad = (text, width) => String(text).padStart(width);

function printDetection(detection, macro) {
  const width = Math.max(...Object.keys(detection).map((n) => n.length), 8);
  const group = `${pad("TP", 4)}${pad("FP", 4)}${pad("FN", 4)}  ${"P".padEnd(7)}${"R".padEnd(7)}${"F1".padEnd(7)}`;
  const row = (first, cells) => console.log(`${first.padEnd(width)} | ${cells.join(" | ")}`.trimEnd());
  row("", SPLITS.map((s) => s.padEnd(group.length)));
  row("category", SPLITS.map(() => group));
  for (const [name, r] of Object.entries(detection)) {
    const cells = SPLITS.map((s) => {
      const m = r[s];
      return `${pad(m.tp, 4)}${pad(m.fp, 4)}${pad(m.fn, 4)}  ${fmt(m.precision)}  ${fmt(m.recall)}  ${fmt(m.f1)}  `;
    });
    row(name, cells);
  }
  console.log(
    `macro F1 (${Object.keys(detection).length} categories): ` +
      SPLITS.map((s) => `${s} ${macro[s].toFixed(3)}`).join("   "),
  );
}

function printValues(values) {
  console.log("\nvalue accuracy (CUAD answer and spans present; a missing term counts as wrong):");
  for (const [name, r] of Object.entries(values)) {
    const cells = SPLITS.map((s) => {
      const m = r[s];
      return `${s} ${m.correct}/${m.scorable} = ${fmt(m.accuracy)} (missing ${m.missing}, unscorable: ${m.unscorable})`;
    });
    console.log(`  ${name} [${r.term}]: ${cells.join("; ")}`);
  }
}

function printInfo(info) {
  const line = Object.entries(info)
    .map(([name, { cuad, ours }]) => `${name} ours ${ours} / CUAD ${cuad}`)
    .join(", ");
  console.log(`\ndocuments with (not scored): ${line}`);
}

// ---------------------------------------------------------------------------------------------
// --show-errors: dev-split false positives and negatives of one category

function clauseText(document, clause, cache) {
  const { start, end } = clause;
  if (typeof document.text === "string") {
    if (!cache.has(document)) cache.set(document, Buffer.from(document.text, "utf8"));
    return cache.get(document).subarray(start, end).toString("utf8");
  }
  const pieces = [];
  for (const block of document.blocks ?? []) {
    if (block.end <= start || block.start >= end) continue;
    const bytes = Buffer.from(block.text ?? "", "utf8");
    // A block's text repeats [start, end) of the document text byte for byte.
    if (bytes.length === block.end - block.start) {
      pieces.push(bytes.subarray(Math.max(start, block.start) - block.start, Math.min(end, block.end) - block.start).toString("utf8"));
    } else {
      pieces.push(block.text ?? "");
    }
  }
  return pieces.join(" ");
}

const snippet = (text, n = 100) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > n ? `${flat.slice(0, n)}...` : flat;
};

function showErrors(category, detection, values, byFile) {
  const r = detection[category];
  if (!r) {
    throw new UsageError(
      `unknown category "${category}"; one of: ${Object.keys(detection).join(", ")}`,
    );
  }
  const cache = new Map();
  console.log(`\n${category} [${r.kinds.join(", ")}], dev split only (the test third is never shown)`);
  console.log(`false positives (${r.errors.fp.length}):`);
  for (const { file, clauses } of r.errors.fp) {
    console.log(`  ${file}`);
    const document = byFile.get(file).document;
    for (const c of clauses) {
      const where = c.section ? `§${c.section}` : "(no section)";
      const conf = c.confidence === undefined ? "" : ` conf ${c.confidence}`;
      console.log(`      ${c.kind} ${where}${conf}: ${snippet(clauseText(document, c, cache))}`);
    }
  }
  console.log(`false negatives (${r.errors.fn.length}):`);
  for (const { file, label } of r.errors.fn) {
    const missing = byFile.has(file) ? "" : " [not in the extract output]";
    console.log(`  ${file}${missing}`);
    console.log(`      CUAD: ${snippet(label.spans[0]?.text ?? "")}`);
  }
  const v = values[category];
  if (v) {
    console.log(`wrong values (${v.errors.length}):`);
    for (const { file, answer, value } of v.errors) {
      console.log(`  ${file}: CUAD "${answer}", ours ${value === undefined ? "(none)" : JSON.stringify(value)}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Floors

const floorOf = (x) => Math.max(0, Math.floor((x - FLOOR_MARGIN) * 100 + 1e-9) / 100);

function buildFloor(detection, values, pactumVersion) {
  return {
    comment:
      "Written by bench/eval-cuad --write-floor from a real run: each metric on the whole corpus (split all) minus 0.02, rounded down. bench/eval-cuad --check-floor fails when a metric drops below.",
    pactum_version: pactumVersion,
    written: new Date().toISOString().slice(0, 10),
    split: "all",
    f1: Object.fromEntries(Object.entries(detection).map(([n, r]) => [n, floorOf(r.all.f1)])),
    value_accuracy: Object.fromEntries(
      Object.entries(values)
        .filter(([, r]) => r.all.accuracy !== null)
        .map(([n, r]) => [n, floorOf(r.all.accuracy)]),
    ),
  };
}

function checkFloor(floor, detection, values) {
  const failures = [];
  const compare = (kind, table, current) => {
    for (const [name, min] of Object.entries(table ?? {})) {
      const value = current(name);
      if (value === null || value === undefined) failures.push(`${kind} ${name}: not measured (floor ${min})`);
      else if (value < min) failures.push(`${kind} ${name}: ${value.toFixed(3)} < floor ${min}`);
    }
  };
  compare("F1", floor.f1, (n) => detection[n]?.all.f1);
  compare("value accuracy", floor.value_accuracy, (n) => values[n]?.all.accuracy);
  return failures;
}

// ---------------------------------------------------------------------------------------------

function stripErrors(table) {
  return Object.fromEntries(Object.entries(table).map(([n, { errors, ...rest }]) => [n, rest]));
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const labelsPath = join(options.cuad, "labels.json");
  const categoriesPath = join(options.cuad, "categories.yaml");
  for (const p of [labelsPath, categoriesPath]) {
    if (!existsSync(p)) throw new UsageError(`missing ${p}`);
  }
  const labels = readJson(labelsPath, "CUAD labels").contracts;
  const categories = parseCategories(readFileSync(categoriesPath, "utf8"));
  if (options.showErrors !== undefined && !categories.has(options.showErrors)) {
    throw new UsageError(`unknown category "${options.showErrors}"; one of: ${[...categories.keys()].join(", ")}`);
  }
  const extract = readJson(options.extract, "pactum extract output");
  const byFile = indexExtract(extract);
  const files = Object.keys(labels).sort();
  const missing = files.filter((f) => !byFile.has(f));

  const detection = scoreDetection(files, labels, byFile, categories, options.minConfidence);
  const macro = macroF1(detection);
  const values = scoreValues(files, labels, byFile);
  const info = scoreInfo(files, labels, byFile);
  const sizes = { dev: files.filter((f) => splitOf(f) === "dev").length };
  sizes.test = files.length - sizes.dev;
  sizes.all = files.length;
  const clauses = [...byFile.values()].reduce((n, r) => n + (r.document.clauses ?? []).length, 0);

  console.log(
    `CUAD: ${files.length} agreements (dev ${sizes.dev}, test ${sizes.test}); pactum ${extract.pactum_version}: ` +
      `${byFile.size} documents, ${clauses} clauses` +
      (missing.length ? `; ${missing.length} labelled files missing from the output` : "") +
      (options.minConfidence > 0 ? `; clauses below confidence ${options.minConfidence} ignored` : ""),
  );
  printDetection(detection, macro);
  printValues(values);
  printInfo(info);

  if (options.json) {
    const report = {
      pactum_version: extract.pactum_version,
      min_confidence: options.minConfidence,
      documents: { ...sizes, missing_from_output: missing },
      categories: stripErrors(detection),
      macro_f1: macro,
      values: stripErrors(values),
      info,
    };
    writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
  }
  if (options.showErrors) showErrors(options.showErrors, detection, values, byFile);
  if (options.writeFloor) {
    writeFileSync(options.writeFloor, `${JSON.stringify(buildFloor(detection, values, extract.pactum_version), null, 2)}\n`);
    console.error(`eval-cuad: floor written to ${options.writeFloor}`);
  }
  if (options.checkFloor) {
    const failures = checkFloor(readJson(options.checkFloor, "floor"), detection, values);
    for (const f of failures) console.error(`eval-cuad: below floor: ${f}`);
    if (failures.length) return 1;
    console.error(`eval-cuad: every metric at or above the floor in ${options.checkFloor}`);
  }
  return 0;
}

// Exit 1 means "below the floor" only: anything unexpected exits 2 like a usage error.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.exitCode = main();
  } catch (error) {
    if (!(error instanceof UsageError)) console.error(error.stack);
    console.error(`eval-cuad: ${error.message.split("\n")[0]}`);
    process.exitCode = 2;
  }
}
