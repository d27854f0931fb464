// libFuzzer target for read_text_document, the reader of untrusted .txt and .md files. The first
// byte picks plain text (even) or Markdown (odd); the rest is the file. A pactum::Error is an
// accepted outcome when its message is one line naming the input; a crash, a sanitizer report,
// a hang, any other exception, or a Document that breaks the reader's promises is a finding.
// The promises checked for every accepted input: blocks in order, each inside the text and
// without blanks at its ends or line breaks inside (cells without tabs too); sources inside the
// input; the text valid UTF-8 that XML 1.0 can carry; a Windows-1252 reading says so.
//
// Seeds: tests/fuzz/seeds/text/. Run it like scripts/fuzz.sh runs deal_loader_fuzz.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <string>
#include <string_view>

#include "pactum/error.hpp"
#include "pactum/model/document.hpp"
#include "readers/text_reader.hpp"
#include "text/utf8.hpp"

namespace {

constexpr std::string_view file_name = "fuzz.txt";

[[noreturn]] void finding(const std::string& what) {
  std::fprintf(stderr, "text_reader_fuzz: %s\n", what.c_str());
  std::abort();
}

bool blank(char c) {
  return static_cast<unsigned char>(c) <= 0x20;
}

void check(const pactum::Document& document, std::size_t input_size) {
  if (const auto why = pactum::host::unusable_in_xml(document.text)) {
    finding("document text unusable: " + *why);
  }
  std::size_t previous_end = 0;
  for (const pactum::Block& block : document.blocks) {
    if (block.begin > block.end || block.end > document.text.size()) {
      finding("block outside the text");
    }
    if (block.begin < previous_end) {
      finding("blocks out of order or overlapping");
    }
    previous_end = block.end;
    // Decoded text is at most three times the input (Windows-1252 0x80 → U+20AC).
    if (block.source.begin > block.source.end || block.source.end > 3 * input_size) {
      finding("block source outside the input");
    }
    const std::string_view text = document.slice(block.begin, block.end);
    if (text.empty() && block.kind != pactum::BlockKind::table_cell) {
      finding("empty block");
    }
    if (!text.empty() && (blank(text.front()) || blank(text.back()))) {
      finding("block text with blanks at an end");
    }
    if (text.find_first_of("\n\t") != std::string_view::npos) {
      finding("block text with a line break or tab");
    }
  }
  for (const std::string& warning : document.warnings) {
    if (warning.find('\n') != std::string::npos || !warning.starts_with(file_name)) {
      finding("warning not one line naming the file: " + warning);
    }
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) {
    return 0;
  }
  const bool markdown = (data[0] & 1U) != 0;
  const auto bytes = std::as_bytes(std::span(data + 1, size - 1));
  try {
    const pactum::Document document = pactum::host::read_text_document(bytes, file_name, markdown);
    check(document, size);
  } catch (const pactum::Error& e) {
    const std::string_view message = e.what();
    if (message.find('\n') != std::string_view::npos || !message.starts_with(file_name)) {
      finding("error not one line naming the file: " + std::string(message));
    }
  }
  return 0;
}
