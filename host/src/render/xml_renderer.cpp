#include "render/xml_renderer.hpp"

#include <libxml/parser.h>
#include <libxml/xmlwriter.h>

#include <cmath>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pactum/error.hpp"
#include "render/xml_text_writer.hpp"
#include "text/utf8.hpp"

namespace pactum::host {
namespace {

constexpr const char* agreement_namespace = "urn:pactum:agreement:1";

// "0.857": rounded to thousandths, without trailing zeros, never in exponent form.
std::optional<std::string> confidence_text(double confidence) {
  if (!std::isfinite(confidence)) {
    return std::nullopt;
  }
  const long long thousandths = std::llround(confidence * 1000.0);
  if (thousandths < 0 || thousandths > 1000) {
    return std::nullopt;
  }
  if (thousandths % 1000 == 0) {
    return std::to_string(thousandths / 1000);
  }
  std::string fraction = std::to_string(thousandths);
  fraction.insert(0, 3 - fraction.size(), '0');
  fraction.erase(fraction.find_last_not_of('0') + 1);
  return "0." + fraction;
}

// The Agreement's XML writer: every string is checked first, so what XML 1.0 cannot carry is
// an error naming the place instead of a file no parser accepts.
class XmlOut {
public:
  XmlOut() : writer_("the agreement as XML") { writer_.where("the agreement"); }

  void where(std::string place) { writer_.where(std::move(place)); }
  const std::string& where() const { return writer_.where(); }

  void start_root(const char* name) { writer_.start_with_namespace(name, agreement_namespace); }
  void start(const char* name) { writer_.start(name); }
  void end() { writer_.end(); }

  void attribute(const char* name, const std::string& value) {
    require_writable(value, std::string("attribute ") + name);
    writer_.attribute(name, value);
  }
  void optional_attribute(const char* name, const std::string& value) {
    if (!value.empty()) {
      attribute(name, value);
    }
  }
  void attribute(const char* name, std::string_view value) { attribute(name, std::string(value)); }
  void attribute(const char* name, std::size_t value) { attribute(name, std::to_string(value)); }
  void attribute(const char* name, bool value) {
    attribute(name, std::string(value ? "true" : "false"));
  }
  // A string literal would otherwise be taken as a bool.
  void attribute(const char* name, const char* value) = delete;

  // Element content. Everything the writer does not escape itself is plain UTF-8 text, and "\r"
  // becomes &#13; (a parser would otherwise fold "\r\n" into "\n").
  void text(const std::string& value, std::string_view what) {
    require_writable(value, what);
    writer_.text(value);
  }

  std::string finish() { return writer_.finish(); }

private:
  void require_writable(std::string_view value, std::string_view what) const {
    if (const std::optional<std::string> problem = unusable_in_xml(value)) {
      throw Error("cannot write the agreement as XML: " + writer_.where() + ", " +
                  std::string(what) + ": " + *problem);
    }
  }

  XmlTextWriter writer_;
};

void write_generated(XmlOut& out, const GenerationStamp& generated) {
  out.where("the generation stamp");
  out.start("generated");
  out.attribute("pactum-version", generated.pactum_version);
  out.attribute("template", generated.template_id);
  out.attribute("template-version", generated.template_version);
  out.optional_attribute("deal-file", generated.deal_file);
  out.end();
}

void write_parties(XmlOut& out, const std::vector<Party>& parties) {
  out.start("parties");
  for (std::size_t i = 0; i < parties.size(); ++i) {
    const Party& party = parties[i];
    out.where("party " + std::to_string(i));
    out.start("party");
    out.attribute("role", to_string(party.role));
    out.attribute("name", party.name);
    out.optional_attribute("defined-term", party.defined_term);
    out.optional_attribute("country", party.country);
    out.end();
  }
  out.end();
}

void write_fact(XmlOut& out, const std::string& name, Tri value) {
  out.where("fact '" + name + "'");
  out.start("fact");
  out.attribute("name", name);
  out.attribute("value", to_string(value));
  out.end();
}

void write_fact_set(XmlOut& out, const std::string& name, const FactSet& set) {
  out.where("fact set '" + name + "'");
  out.start("fact-set");
  out.attribute("name", name);
  out.attribute("known", set.known);
  for (const std::string& value : set.values) {
    out.start("value");
    out.text(value, "value");
    out.end();
  }
  out.end();
}

void write_facts(XmlOut& out, const Facts& facts) {
  out.start("facts");
  write_fact_set(out, "processing_locations", facts.processing_locations);
  write_fact_set(out, "data_subject_regions", facts.data_subject_regions);
  write_fact_set(out, "languages", facts.languages);
  write_fact_set(out, "channels", facts.channels);
  write_fact(out, "personal_data", facts.personal_data);
  write_fact(out, "payment_card_data", facts.payment_card_data);
  write_fact(out, "health_data", facts.health_data);
  write_fact(out, "calls_recorded", facts.calls_recorded);
  write_fact(out, "prior_outsourcing", facts.prior_outsourcing);
  for (const auto& [name, value] : facts.extra) {
    write_fact(out, name, value);
  }
  out.end();
}

void write_block(XmlOut& out, const Block& block) {
  out.start("block");
  out.attribute("kind", to_string(block.kind));
  // Block::level is an int; the schema takes only the non-negative levels the model means.
  out.attribute("level", std::to_string(block.level));
  out.optional_attribute("section", block.section);
  out.attribute("begin", block.begin);
  out.attribute("end", block.end);
  if (block.kind == BlockKind::table_cell) {
    out.attribute("table", block.table);
    out.attribute("row", block.row);
    out.attribute("column", block.column);
    out.attribute("header", block.header);
  }
  out.end();
}

void write_clause(XmlOut& out, const Clause& clause) {
  const std::optional<std::string> confidence = confidence_text(clause.confidence);
  if (!confidence) {
    throw Error("cannot write the agreement as XML: " + out.where() + " has confidence " +
                std::to_string(clause.confidence) + ", outside [0, 1]");
  }
  out.start("clause");
  out.attribute("kind", clause.kind);
  out.optional_attribute("section", clause.section);
  out.attribute("begin", clause.begin);
  out.attribute("end", clause.end);
  out.attribute("origin", to_string(clause.origin));
  out.attribute("confidence", *confidence);
  out.attribute("party", to_string(clause.party));
  out.end();
}

void write_document(XmlOut& out, const Document& document) {
  const std::string where = "document '" + document.id + "'";
  out.where(where);
  out.start("document");
  out.attribute("id", document.id);
  out.attribute("type", to_string(document.type));
  out.optional_attribute("language", document.language);
  out.optional_attribute("title", document.title);
  out.optional_attribute("source-file", document.source_file);
  out.start("text");
  out.text(document.text, "text");
  out.end();
  out.start("blocks");
  for (std::size_t i = 0; i < document.blocks.size(); ++i) {
    out.where(where + " block " + std::to_string(i));
    write_block(out, document.blocks[i]);
  }
  out.end();
  out.start("clauses");
  for (std::size_t i = 0; i < document.clauses.size(); ++i) {
    out.where(where + " clause " + std::to_string(i));
    write_clause(out, document.clauses[i]);
  }
  out.end();
  out.end();
}

void write_term(XmlOut& out, const Term& term) {
  out.start("term");
  out.attribute("name", term.name);
  out.optional_attribute("qualifier", term.qualifier);
  out.attribute("value", term.value);
  out.attribute("business-days", term.business_days);
  out.attribute("party", to_string(term.party));
  const TermOrigin& origin = term.origin;
  if (origin.document) {
    out.attribute("document", *origin.document);
  }
  if (origin.clause) {
    out.attribute("clause", *origin.clause);
  }
  // The span is a range of the origin document's text, so it means nothing without one.
  if (origin.document) {
    out.attribute("begin", origin.begin);
    out.attribute("end", origin.end);
  }
  if (origin.deal) {
    out.optional_attribute("deal-file", origin.deal->file);
    out.attribute("line", origin.deal->line);
    out.attribute("column", origin.deal->column);
  }
  out.end();
}

} // namespace

std::string render_agreement_xml(const Agreement& agreement) {
  XmlOut out;
  out.start_root("agreement");
  out.attribute("id", agreement.id);
  if (agreement.generated) {
    write_generated(out, *agreement.generated);
  }
  write_parties(out, agreement.parties);
  write_facts(out, agreement.facts);
  out.start("documents");
  for (const Document& document : agreement.documents) {
    write_document(out, document);
  }
  out.end();
  out.start("terms");
  for (std::size_t i = 0; i < agreement.terms.size(); ++i) {
    out.where("term " + std::to_string(i) + " '" + agreement.terms[i].name + "'");
    write_term(out, agreement.terms[i]);
  }
  out.end();
  out.end();
  return out.finish();
}

} // namespace pactum::host
