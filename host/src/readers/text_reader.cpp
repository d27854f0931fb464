#include "readers/text_reader.hpp"

#include <utility>

#include "readers/document_typing.hpp"
#include "readers/text_segmenter.hpp"

namespace pactum::host {

Document read_text_document(std::span<const std::byte> bytes, std::string_view file_name,
                            bool markdown) {
  DecodedText decoded = decode_text(bytes, file_name);
  Document document;
  document.id = std::string(file_name);
  document.source_file = std::string(file_name);
  // Guessing a language from a few words goes wrong too often to be worth a fact; "und"
  // (undetermined) lets rules that need one say so.
  document.language = "und";
  document.warnings = std::move(decoded.warnings);
  if (markdown) {
    segment_markdown(decoded.text, file_name, document);
  } else {
    segment_plain_text(decoded.text, file_name, document);
  }
  document.type = classify_document(document);
  return document;
}

} // namespace pactum::host
