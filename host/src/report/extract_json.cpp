#include "report/extract_json.hpp"

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

void write_document(JsonWriter& json, const Document& document) {
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
  json.end_object();
}

} // namespace

ExtractJson::ExtractJson(std::function<void(std::string_view)> sink,
                         std::string_view pactum_version)
    : sink_(std::move(sink)) {
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
  json_.key("documents").begin_array();
  for (const Document& document : agreement.documents) {
    write_document(json_, document);
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
