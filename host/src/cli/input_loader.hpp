#pragma once

#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "cli/session.hpp"
#include "pactum/model/agreement.hpp"
#include "readers/agreement_grouping.hpp"
#include "readers/document_readers.hpp"
#include "report/check_report.hpp"
#include "rules/playbook.hpp"
#include "templates/template.hpp"

namespace pactum::cli {

// One group of input files made into one Agreement, with what happened to each file.
struct LoadedGroup {
  std::optional<Agreement> agreement; // empty when no file of the group could be read
  std::vector<host::Waiver> waivers;  // from deal files' `waivers:`
  std::vector<host::CheckedFile> files;
  std::string error; // set when some, not all, files failed: the Agreement is incomplete
};

// Reads the files of a group — deal files (generated in memory), Agreement XML, and documents
// (.txt, .md, .docx, plugin formats) — into one Agreement. Safe to call from several worker
// threads: templates are loaded once and deals generated one at a time under a lock, documents
// are read in parallel.
class InputLoader {
public:
  enum class Deals { generate, refuse };

  InputLoader(Session& session, const host::DocumentReaders& readers, Deals deals);

  // Whether a file found by walking a folder is an input this loader takes.
  bool wanted(const std::filesystem::path& path) const;

  LoadedGroup load(const host::InputGroup& group);

  // The date jurisdictions' derived facts (a restricted transfer) are judged at (default today).
  // The jurisdictions asked for (--jurisdiction) count as applying.
  void set_judging(std::string as_of, std::vector<std::string> asked) {
    as_of_ = std::move(as_of);
    asked_ = std::move(asked);
  }

private:
  struct Loaded {
    std::optional<Agreement> agreement; // deal files and Agreement XML
    std::optional<Document> document;   // everything else
    std::vector<host::Waiver> waivers;
  };
  Loaded load_file(const std::filesystem::path& path, const std::string& bytes);
  Agreement generate_deal(const std::filesystem::path& path, const std::string& bytes);

  Session& session_;
  const host::DocumentReaders& readers_;
  const host::Extractor& extractor_;
  Deals deals_;
  std::mutex deal_mutex_;
  std::map<std::filesystem::path, host::Template> templates_;
  std::string as_of_;
  std::vector<std::string> asked_;
};

} // namespace pactum::cli
