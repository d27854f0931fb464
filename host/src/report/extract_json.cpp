#include "report/extract_json.hpp"

#include <algorithm>
#include <cstdint>
#include <utility>

namespace pactum::host {
namespace {

std::int64_t number(std::size_t value) {
  return static_cast<std::int64_t>(value);
}

void write_block(JsonWriter& json, const Document& document, const Block& block) {
  json.begin_object();
  json.key("kind").value(to_string(block.kind));
  if (block.kind == BlockKind::heading || block.kind == BlockKind::list_item) {
    json.key("level").value(std::int64_t{block.level});
  }
  if (!block.section.empty()) {
    json.key("section").value(block.section);
  }
  json.key("start").value(number(block.begin));
  json.key("end").value(number(block.end));
  if (block.kind == BlockKind::table_cell) {
    json.key("table").value(number(block.table));
    json.key("row").value(number(block.row));
    json.key("column").value(number(block.column));
    json.key("header").value(block.header);
  }
  if (!block.source.file.empty()) {
    json.key("source").begin_object();
    json.key("paragraph").value(number(block.source.paragraph));
    // DOCX paragraphs have no byte range in the file (they come from inflated XML).
    if (block.source.end > block.source.begin) {
      json.key("start").value(number(block.source.begin));
      json.key("end").value(number(block.source.end));
    }
    json.end_object();
  }
  json.key("text").value(document.slice(block.begin, block.end));
  json.end_object();
}

void write_clause(JsonWriter& json, const Clause& clause) {
  json.begin_object();
  json.key("kind").value(clause.kind);
  if (!clause.section.empty()) {
    json.key("section").value(clause.section);
  }
  json.key("start").value(number(clause.begin));
  json.key("end").value(number(clause.end));
  // Two decimals: the scores are coarse, and more digits would only make diffs noisy.
  json.key("confidence")
      .value(static_cast<double>(static_cast<std::int64_t>(clause.confidence * 100.0 + 0.5)) /
             100.0);
  json.key("party").value(to_string(clause.party));
  json.key("origin").value(to_string(clause.origin));
  json.end_object();
}

void write_fact_set(JsonWriter& json, const char* name, const FactSet& set) {
  json.key(name);
  if (!set.known) {
    json.null();
    return;
  }
  json.begin_array();
  for (const std::string& value : set.values) {
    json.value(value);
  }
  json.end_array();
}

void write_tri(JsonWriter& json, const char* name, Tri value) {
  json.key(name);
  if (value == Tri::unknown) {
    json.null();
  } else {
    json.value(value == Tri::yes);
  }
}

void write_facts(JsonWriter& json, const Agreement& agreement) {
  json.key("facts").begin_object();
  write_tri(json, "personal_data", agreement.facts.personal_data);
  write_tri(json, "payment_card_data", agreement.facts.payment_card_data);
  write_tri(json, "health_data", agreement.facts.health_data);
  FactSet countries;
  for (const Party& party : agreement.parties) {
    if (!party.country.empty()) {
      countries.known = true;
      if (std::ranges::find(countries.values, party.country) == countries.values.end()) {
        countries.values.push_back(party.country);
      }
    }
  }
  write_fact_set(json, "party_countries", countries);
  write_fact_set(json, "processing_locations", agreement.facts.processing_locations);
  write_fact_set(json, "data_subject_regions", agreement.facts.data_subject_regions);
  json.end_object();
}

void write_parties(JsonWriter& json, const Agreement& agreement) {
  json.key("parties").begin_array();
  for (const Party& party : agreement.parties) {
    json.begin_object();
    json.key("name").value(party.name);
    json.key("role").value(to_string(party.role));
    json.key("defined_term").value(party.defined_term);
    if (!party.country.empty()) {
      json.key("country").value(party.country);
    }
    json.end_object();
  }
  json.end_array();
}

void write_terms(JsonWriter& json, const Agreement& agreement) {
  json.key("terms").begin_array();
  for (const Term& term : agreement.terms) {
    json.begin_object();
    json.key("name").value(term.name);
    if (!term.qualifier.empty()) {
      json.key("qualifier").value(term.qualifier);
    }
    json.key("value").value(term.value);
    if (term.business_days) {
      json.key("business_days").value(true);
    }
    if (term.origin.document) {
      json.key("document").value(number(*term.origin.document));
      if (term.origin.clause) {
        json.key("clause").value(number(*term.origin.clause));
      }
      if (term.origin.end > term.origin.begin) {
        json.key("start").value(number(term.origin.begin));
        json.key("end").value(number(term.origin.end));
      }
    }
    json.key("party").value(to_string(term.party));
    json.end_object();
  }
  json.end_array();
}

void write_document(JsonWriter& json, const Document& document, bool with_text) {
  json.begin_object();
  json.key("id").value(document.id);
  json.key("file").value(document.source_file);
  json.key("type").value(to_string(document.type));
  json.key("title").value(document.title);
  json.key("language").value(document.language.empty() ? "und" : document.language);
  json.key("length").value(number(document.text.size()));
  json.key("blocks").begin_array();
  for (const Block& block : document.blocks) {
    write_block(json, document, block);
  }
  json.end_array();
  json.key("clauses").begin_array();
  for (const Clause& clause : document.clauses) {
    write_clause(json, clause);
  }
  json.end_array();
  if (with_text) {
    json.key("text").value(document.text);
  }
  json.end_object();
}

} // namespace

ExtractJson::ExtractJson(std::function<void(std::string_view)> sink,
                         std::string_view pactum_version, bool with_text)
    : sink_(std::move(sink)), with_text_(with_text) {
  json_.begin_object();
  json_.key("pactum_version").value(pactum_version);
  json_.key("agreements").begin_array();
  flush();
}

void ExtractJson::flush() {
  const std::string piece = json_.take();
  sink_(piece);
}

void ExtractJson::add(const Agreement& agreement, std::span<const CheckedFile> files) {
  json_.begin_object();
  json_.key("id").value(agreement.id);
  json_.key("files").begin_array();
  for (const CheckedFile& file : files) {
    json_.value(file.path);
  }
  json_.end_array();
  write_parties(json_, agreement);
  write_facts(json_, agreement);
  write_terms(json_, agreement);
  json_.key("documents").begin_array();
  for (const Document& document : agreement.documents) {
    write_document(json_, document, with_text_);
  }
  json_.end_array();
  json_.end_object();
  flush();
}

void ExtractJson::finish(std::span<const CheckedFile> inputs, std::size_t agreements,
                         std::size_t documents) {
  json_.end_array();
  json_.key("inputs").begin_array();
  std::size_t errors = 0;
  for (const CheckedFile& file : inputs) {
    json_.begin_object();
    json_.key("path").value(file.path);
    if (file.sha256.empty()) {
      json_.key("sha256").null();
    } else {
      json_.key("sha256").value(file.sha256);
    }
    if (!file.error.empty()) {
      json_.key("error").value(file.error);
      ++errors;
    }
    if (!file.warnings.empty()) {
      json_.key("warnings").begin_array();
      for (const std::string& warning : file.warnings) {
        json_.value(warning);
      }
      json_.end_array();
    }
    json_.end_object();
  }
  json_.end_array();
  json_.key("summary").begin_object();
  json_.key("files").value(number(inputs.size()));
  json_.key("agreements").value(number(agreements));
  json_.key("documents").value(number(documents));
  json_.key("errors").value(number(errors));
  json_.end_object();
  json_.end_object();
  flush();
}

} // namespace pactum::host
