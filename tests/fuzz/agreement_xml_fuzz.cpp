// libFuzzer target for read_agreement_xml, the reader of untrusted Agreement XML. A pactum::Error
// is an accepted outcome when its message is one line naming the input; a crash, a sanitizer
// report, a hang, any other exception, or an Agreement that breaks the reader's promises is a
// finding. The promises checked for every accepted input: every span lies inside its document's
// text, every term origin points at a document and clause that exist, and the Agreement survives
// render_agreement_xml and a second read unchanged (compared through the written form, which
// carries every field the format has).
//
// Seeds: tests/fuzz/seeds/agreement/. Run it like scripts/fuzz.sh runs deal_loader_fuzz.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

#include "pactum/error.hpp"
#include "pactum/model/agreement.hpp"
#include "readers/agreement_xml_reader.hpp"
#include "render/xml_renderer.hpp"

namespace {

constexpr std::string_view file_name = "fuzz.xml";

const std::filesystem::path& schema_path() {
  static const std::filesystem::path path =
      std::filesystem::path(PACTUM_SOURCE_DIR) / "schemas" / "agreement.xsd";
  return path;
}

[[noreturn]] void finding(const std::string& what) {
  std::fprintf(stderr, "agreement_xml_fuzz: %s\n", what.c_str());
  std::abort();
}

bool inside(std::size_t begin, std::size_t end, const pactum::Document& document) {
  return begin <= end && end <= document.text.size();
}

void check_consistent(const pactum::Agreement& agreement) {
  for (const pactum::Document& document : agreement.documents) {
    for (const pactum::Block& block : document.blocks) {
      if (!inside(block.begin, block.end, document)) {
        finding("accepted a block outside its text in document " + document.id);
      }
    }
    for (const pactum::Clause& clause : document.clauses) {
      if (!inside(clause.begin, clause.end, document)) {
        finding("accepted a clause outside its text in document " + document.id);
      }
      if (!(clause.confidence >= 0.0 && clause.confidence <= 1.0)) {
        finding("accepted a confidence outside [0, 1]");
      }
    }
  }
  for (const pactum::Term& term : agreement.terms) {
    const pactum::TermOrigin& origin = term.origin;
    if (!origin.document) {
      if (origin.clause || origin.begin != 0 || origin.end != 0) {
        finding("accepted term '" + term.name + "' with a clause or span but no document");
      }
      continue;
    }
    if (*origin.document >= agreement.documents.size()) {
      finding("accepted term '" + term.name + "' naming a document that does not exist");
    }
    const pactum::Document& document = agreement.documents[*origin.document];
    if (origin.clause && *origin.clause >= document.clauses.size()) {
      finding("accepted term '" + term.name + "' naming a clause that does not exist");
    }
    if (!inside(origin.begin, origin.end, document)) {
      finding("accepted term '" + term.name + "' with a span outside its document's text");
    }
  }
}

std::string render(const pactum::Agreement& agreement, const char* which) {
  try {
    return pactum::host::render_agreement_xml(agreement);
  } catch (const pactum::Error& e) {
    finding(std::string("the writer refused the ") + which + " Agreement: " + e.what());
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);

  pactum::Agreement agreement;
  try {
    agreement = pactum::host::read_agreement_xml(bytes, file_name, schema_path());
  } catch (const pactum::Error& e) {
    const std::string_view message = e.what();
    if (message.find('\n') != std::string_view::npos ||
        message.find('\r') != std::string_view::npos) {
      finding("an error message of more than one line: " + std::string(message));
    }
    if (!message.starts_with(std::string(file_name) + ":") ||
        message.find(": error: ") == std::string_view::npos) {
      finding("an error message not of the form FILE[:LINE[:COLUMN]]: error: MESSAGE: " +
              std::string(message));
    }
    return 0;
  }

  check_consistent(agreement);
  const std::string written = render(agreement, "read");
  pactum::Agreement again;
  try {
    again = pactum::host::read_agreement_xml(written, "written.xml", schema_path());
  } catch (const pactum::Error& e) {
    finding(std::string("the reader refused what the writer wrote: ") + e.what());
  }
  if (render(again, "re-read") != written) {
    finding("the Agreement changed on a second trip through the writer and the reader");
  }
  return 0;
}
