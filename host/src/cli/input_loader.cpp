#include "cli/input_loader.hpp"

#include "templates/scalar_types.hpp"

#include <algorithm>
#include <cstdlib>
#include <exception>
#include <new>

#include "pactum/error.hpp"
#include "plugin_host/install_paths.hpp"
#include "readers/agreement_xml_reader.hpp"
#include "readers/input_files.hpp"
#include "report/sha256.hpp"
#include "templates/deal.hpp"
#include "templates/generator.hpp"
#include "templates/kt_tracking_copy.hpp"
#include "templates/template_catalog.hpp"

namespace pactum::cli {
namespace {

namespace fs = std::filesystem;

// Largest deal or Agreement XML file read whole; agreements are far smaller.
constexpr std::uintmax_t max_structured_bytes = std::uintmax_t{64} * 1024 * 1024;

bool is_deal(const fs::path& path) {
  const std::string extension = host::lower_extension(path);
  return extension == ".yaml" || extension == ".yml";
}

bool is_agreement_xml(const fs::path& path) {
  return host::lower_extension(path) == ".xml";
}

// Adds what one file gave to the group's Agreement. The first file that knows the parties,
// facts and terms (a deal, an Agreement XML) supplies them; documents are appended in order.
void merge(Agreement& into, Agreement&& from) {
  if (into.parties.empty()) {
    into.parties = std::move(from.parties);
  }
  if (into.terms.empty()) {
    // Terms point at their Document by index, and these Documents go after those already in.
    const std::size_t shift = into.documents.size();
    into.terms = std::move(from.terms);
    for (Term& term : into.terms) {
      if (term.origin.document) {
        *term.origin.document += shift;
      }
    }
    into.facts = std::move(from.facts);
  }
  if (!into.generated) {
    into.generated = std::move(from.generated);
  }
  for (Document& document : from.documents) {
    into.documents.push_back(std::move(document));
  }
}

} // namespace

InputLoader::InputLoader(Session& session, const host::DocumentReaders& readers, Deals deals)
    : session_(session), readers_(readers), extractor_(session.extractor()), deals_(deals) {}

bool InputLoader::wanted(const fs::path& path) const {
  if (deals_ == Deals::generate && is_deal(path)) {
    return true;
  }
  return is_agreement_xml(path) || readers_.reads(path);
}

Agreement InputLoader::generate_deal(const fs::path& path, const std::string& bytes) {
  const host::PluginHost& plugins = session_.plugins();
  const std::string name = path.string();
  std::vector<host::DealError> errors;
  const auto ref = host::read_template_ref(bytes, name, errors);
  if (!ref) {
    throw Error(errors.front().line());
  }
  // Templates are loaded once per run, and generation (mstch, ICU formatters) runs one deal at
  // a time: deals are few and quick next to the documents of a batch.
  const std::scoped_lock lock(deal_mutex_);
  const char* env = std::getenv("PACTUM_TEMPLATE_PATH");
  const auto folder = host::find_template(*ref, host::template_roots(env != nullptr ? env : ""),
                                          path.parent_path());
  if (folder.empty()) {
    throw Error(name + ": error: template '" + *ref + "' not found");
  }
  auto cached = templates_.find(folder);
  if (cached == templates_.end()) {
    cached =
        templates_.emplace(folder, host::Template::load(folder, plugins.registry().vocabulary()))
            .first;
  }
  const host::Template& templ = cached->second;
  const host::DealLoad loaded = host::load_deal(bytes, name, templ);
  if (!loaded.deal) {
    std::string message = loaded.errors.front().line();
    if (loaded.errors.size() > 1) {
      message += " (and " + std::to_string(loaded.errors.size() - 1) + " more)";
    }
    throw Error(message);
  }
  std::string language = templ.languages.empty() ? "en" : templ.languages.front();
  for (const auto& wanted_language : loaded.deal->languages) {
    if (std::ranges::find(templ.languages, wanted_language) != templ.languages.end()) {
      language = wanted_language;
      break;
    }
  }
  Agreement agreement = host::generate_agreement(
      {templ, *loaded.deal, plugins.registry().library_clauses(), plugins.registry().vocabulary(),
       language, plugins.registry().jurisdictions(), as_of_});
  for (Document& document : agreement.documents) {
    document.source_file = name;
  }
  return agreement;
}

InputLoader::Loaded InputLoader::load_file(const fs::path& path, const std::string& bytes) {
  const std::string name = path.string();
  if (is_deal(path) && host::is_kt_tracking_copy(bytes)) {
    return {host::kt_tracking_agreement(host::read_kt_tracking_copy(bytes, name)), {}, {}};
  }
  if (is_deal(path)) {
    if (deals_ == Deals::refuse) {
      throw Error(name + ": error: this is a deal file; 'pactum generate' makes documents from "
                         "deals, 'pactum check' checks them");
    }
    Loaded loaded;
    loaded.agreement = generate_deal(path, bytes);
    loaded.waivers = host::parse_waivers(bytes, name);
    return loaded;
  }
  if (is_agreement_xml(path)) {
    return {host::read_agreement_xml(bytes, name, host::schemas_dir() / "agreement.xsd"), {}, {}};
  }
  if (!readers_.reads(path)) {
    throw Error(name + ": error: cannot read '" + path.extension().string() +
                "' files: this version reads " + readers_.extension_list() +
                (deals_ == Deals::generate ? ", deal files (.yaml)" : "") +
                " and Agreement XML (.xml)");
  }
  return {{}, readers_.read(path, host::as_bytes(bytes)), {}};
}

LoadedGroup InputLoader::load(const host::InputGroup& group) {
  LoadedGroup result;
  Agreement agreement;
  agreement.id = group.id;
  std::size_t read = 0;
  std::string first_error;
  for (const fs::path& path : group.files) {
    host::CheckedFile file{path.string(), "", "", {}};
    try {
      const std::uintmax_t limit = is_deal(path) || is_agreement_xml(path)
                                       ? max_structured_bytes
                                       : readers_.size_limit(path);
      const std::string bytes = host::read_input_file(path, limit);
      file.sha256 = host::sha256_hex(bytes);
      Loaded loaded = load_file(path, bytes);
      if (loaded.agreement) {
        if (group.files.size() == 1 && !loaded.agreement->id.empty()) {
          agreement.id = loaded.agreement->id;
        }
        merge(agreement, std::move(*loaded.agreement));
      }
      if (loaded.document) {
        file.warnings = std::move(loaded.document->warnings);
        loaded.document->warnings.clear();
        // Findings name the document: its file name reads better than the whole path, which
        // stays in source_file; two files of one Agreement with the same name keep their paths.
        const std::string name = path.filename().string();
        if (std::ranges::none_of(agreement.documents,
                                 [&](const Document& d) { return d.id == name; })) {
          loaded.document->id = name;
        }
        agreement.documents.push_back(std::move(*loaded.document));
      }
      result.waivers.insert(result.waivers.end(), loaded.waivers.begin(), loaded.waivers.end());
      ++read;
    } catch (const Error& e) {
      file.error = e.what();
    } catch (const std::bad_alloc&) {
      file.error = path.string() + ": error: out of memory reading the file";
    } catch (const std::exception& e) {
      file.error = path.string() + ": error: " + e.what();
    }
    if (!file.error.empty() && first_error.empty()) {
      first_error = file.path;
    }
    result.files.push_back(std::move(file));
  }
  if (read > 0) {
    try {
      extractor_.extract(agreement);
    } catch (const Error& e) {
      // Extraction failing (a pattern engine out of memory) must not read as "clause missing".
      result.error = std::string("not checked: ") + e.what();
      result.files.back().error = e.what();
      return result;
    }
    host::derive_jurisdiction_facts(agreement, session_.plugins().registry().jurisdictions(),
                                    as_of_.empty() ? host::today_iso_date() : as_of_, asked_);
    result.agreement = std::move(agreement);
    if (read < group.files.size()) {
      result.error = "not checked: " + std::to_string(group.files.size() - read) + " of " +
                     std::to_string(group.files.size()) +
                     " files could not be read (first: " + first_error + ")";
    }
  }
  return result;
}

} // namespace pactum::cli
