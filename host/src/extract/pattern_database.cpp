#include "extract/pattern_database.hpp"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iterator>
#include <random>
#include <sstream>
#include <vector>

#include <hs/hs.h>

#include "pactum/error.hpp"
#include "report/sha256.hpp"

namespace pactum::host {
namespace {

// One scratch space per thread, grown to fit whichever database the thread scans: Hyperscan
// needs writable scratch per concurrent scan, and allocating it per document would cost more
// than the scan of a short agreement.
struct ScratchHolder {
  hs_scratch_t* scratch = nullptr;
  std::uint64_t sized_for = 0; // PatternDatabase::serial_ of the database it fits
  ScratchHolder() = default;
  ScratchHolder(const ScratchHolder&) = delete;
  ScratchHolder& operator=(const ScratchHolder&) = delete;
  ~ScratchHolder() { hs_free_scratch(scratch); }
};

hs_scratch_t* thread_scratch(const hs_database_t* database, std::uint64_t serial) {
  thread_local ScratchHolder holder;
  // hs_alloc_scratch re-checks the whole database each call (a fifth of the scan time on short
  // agreements), so it runs only when the thread moves to another database.
  if (holder.sized_for != serial) {
    if (hs_alloc_scratch(database, &holder.scratch) != HS_SUCCESS) {
      throw Error("error: cannot allocate Hyperscan scratch space");
    }
    holder.sized_for = serial;
  }
  return holder.scratch;
}

int on_match(unsigned int id, unsigned long long /*from*/, unsigned long long to,
             unsigned int /*flags*/, void* context) {
  static_cast<std::vector<PatternDatabase::Hit>*>(context)->push_back(
      {static_cast<std::size_t>(id), static_cast<std::size_t>(to)});
  return 0;
}

// The largest cached database read back; the core English pack compiles to about 2 MB.
constexpr std::uintmax_t max_cache_bytes = 256U * 1024U * 1024U;

std::string platform_key() {
  hs_platform_info_t platform{};
  hs_populate_platform(&platform);
  return std::to_string(platform.tune) + "/" + std::to_string(platform.cpu_features);
}

hs_database_t* load_cached(const std::filesystem::path& file) {
  std::error_code error;
  const auto size = std::filesystem::file_size(file, error);
  if (error || size == 0 || size > max_cache_bytes) {
    return nullptr;
  }
  std::ifstream in(file, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) {
    return nullptr;
  }
  hs_database_t* database = nullptr;
  // Hyperscan checks the serialized database's version, platform and CRC, so a stale or
  // damaged file is refused here and compiled afresh.
  if (hs_deserialize_database(bytes.data(), bytes.size(), &database) != HS_SUCCESS) {
    return nullptr;
  }
  return database;
}

void store_cached(const std::filesystem::path& file, const hs_database_t* database) {
  char* bytes = nullptr;
  std::size_t length = 0;
  if (hs_serialize_database(database, &bytes, &length) != HS_SUCCESS) {
    return;
  }
  const std::unique_ptr<char, decltype(&std::free)> owned(bytes, &std::free);
  std::error_code error;
  std::filesystem::create_directories(file.parent_path(), error);
  if (error) {
    return;
  }
  // Another process may be writing the same file: each writes its own temporary and renames,
  // so a reader never sees half a database.
  std::random_device random;
  const std::filesystem::path temporary =
      file.string() + ".tmp" + std::to_string(random()) + std::to_string(random());
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(owned.get(), static_cast<std::streamsize>(length));
    if (!out) {
      std::filesystem::remove(temporary, error);
      return;
    }
  }
  std::filesystem::rename(temporary, file, error);
  if (error) {
    std::filesystem::remove(temporary, error);
  }
}

// Every change to the patterns makes a new database file; keep the newest few of a language
// (several installed versions may share the cache) so the cache does not grow without end.
void prune_cache(const std::filesystem::path& kept, std::string_view language) {
  constexpr std::size_t keep = 3;
  const std::string prefix = "patterns-" + std::string(language) + "-";
  std::vector<std::pair<std::filesystem::file_time_type, std::filesystem::path>> files;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(kept.parent_path(), error)) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with(prefix) && name.ends_with(".hsdb") && entry.path() != kept) {
      files.emplace_back(entry.last_write_time(error), entry.path());
    }
  }
  std::ranges::sort(files, std::greater<>{});
  for (std::size_t i = keep - 1; i < files.size(); ++i) {
    std::filesystem::remove(files[i].second, error);
  }
}

std::string where_text(const FilePosition& where) {
  return where.file + ":" + std::to_string(where.line) + ":" + std::to_string(where.column);
}

} // namespace

void PatternDatabase::DatabaseDeleter::operator()(hs_database* database) const noexcept {
  hs_free_database(database);
}

PatternDatabase::~PatternDatabase() = default;
PatternDatabase::PatternDatabase(PatternDatabase&&) noexcept = default;
PatternDatabase& PatternDatabase::operator=(PatternDatabase&&) noexcept = default;

unsigned hyperscan_flags(const PackPattern& pattern) noexcept {
  // Outside a character class a non-ASCII character is a byte sequence that matches the same in
  // byte mode; inside one ("[æøå]") byte mode would match single bytes, so only that needs UTF-8.
  bool in_class = false;
  bool utf8 = false;
  const std::string& regex = pattern.regex;
  for (std::size_t i = 0; i < regex.size() && !utf8; ++i) {
    const char c = regex[i];
    if (c == '\\') {
      ++i;
    } else if (c == '[' && !in_class) {
      in_class = true;
    } else if (c == ']' && in_class) {
      in_class = false;
    } else if (in_class && static_cast<unsigned char>(c) >= 0x80) {
      utf8 = true;
    }
  }
  return (utf8 ? HS_FLAG_UTF8 : 0U) | (pattern.case_sensitive ? 0U : HS_FLAG_CASELESS);
}

std::filesystem::path default_pattern_cache_dir() {
  if (const char* dir = std::getenv("PACTUM_CACHE_DIR"); dir != nullptr) {
    return dir;
  }
  if (const char* dir = std::getenv("XDG_CACHE_HOME"); dir != nullptr && *dir != '\0') {
    return std::filesystem::path(dir) / "pactum";
  }
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    return std::filesystem::path(home) / ".cache" / "pactum";
  }
  return {};
}

PatternDatabase::PatternDatabase(std::span<const PatternPack> packs, std::string_view language,
                                 const std::filesystem::path& cache_dir)
    : language_(language) {
  static std::atomic<std::uint64_t> next_serial{1};
  serial_ = next_serial++;
  for (const PatternPack& pack : packs) {
    if (pack.language != language) {
      continue;
    }
    for (const KindPatterns& kind : pack.kinds) {
      const auto same = std::ranges::find(kinds_, kind.kind, &KindPatterns::kind);
      if (same == kinds_.end()) {
        kinds_.push_back(kind);
        continue;
      }
      // Two packs (the core one and a plugin's) may both describe a kind: their patterns add up.
      const auto append = [](auto& to, const auto& from) {
        to.insert(to.end(), from.begin(), from.end());
      };
      append(same->headings, kind.headings);
      append(same->patterns, kind.patterns);
      append(same->unless, kind.unless);
      append(same->terms, kind.terms);
    }
    for (const FactPatterns& fact : pack.facts) {
      facts_.push_back(fact);
    }
  }

  std::vector<const char*> expressions;
  std::vector<unsigned> flags;
  std::vector<unsigned> ids;
  std::vector<const PackPattern*> sources;
  const auto add = [&](const PackPattern& pattern, Role role, std::size_t index) {
    expressions.push_back(pattern.regex.c_str());
    flags.push_back(hyperscan_flags(pattern));
    ids.push_back(static_cast<unsigned>(targets_.size()));
    targets_.push_back({role, index});
    sources.push_back(&pattern);
  };
  for (std::size_t k = 0; k < kinds_.size(); ++k) {
    for (const PackPattern& pattern : kinds_[k].patterns) {
      add(pattern, Role::body, k);
    }
    for (const PackPattern& pattern : kinds_[k].headings) {
      add(pattern, Role::heading, k);
    }
  }
  for (std::size_t f = 0; f < facts_.size(); ++f) {
    for (const PackPattern& pattern : facts_[f].patterns) {
      add(pattern, Role::fact, f);
    }
  }
  if (expressions.empty()) {
    return;
  }
  std::filesystem::path cache_file;
  if (!cache_dir.empty()) {
    std::string key = std::string(hs_version()) + "\n" + platform_key() + "\n";
    for (std::size_t i = 0; i < expressions.size(); ++i) {
      key += std::to_string(flags[i]) + " " + expressions[i] + "\n";
    }
    cache_file = cache_dir / ("patterns-" + std::string(language) + "-" +
                              sha256_hex(key).substr(0, 32) + ".hsdb");
    if (hs_database_t* cached = load_cached(cache_file)) {
      database_.reset(cached);
      from_cache_ = true;
      return;
    }
  }
  hs_database_t* database = nullptr;
  hs_compile_error_t* error = nullptr;
  if (hs_compile_multi(expressions.data(), flags.data(), ids.data(),
                       static_cast<unsigned>(expressions.size()), HS_MODE_BLOCK, nullptr, &database,
                       &error) != HS_SUCCESS) {
    std::string message = error != nullptr ? error->message : "unknown error";
    const int failed = error != nullptr ? error->expression : -1;
    hs_free_compile_error(error);
    if (failed >= 0 && static_cast<std::size_t>(failed) < sources.size()) {
      throw Error(where_text(sources[static_cast<std::size_t>(failed)]->where) +
                  ": error: Hyperscan cannot compile the pattern: " + message);
    }
    throw Error("error: Hyperscan cannot compile the " + std::string(language) +
                " patterns: " + message);
  }
  database_.reset(database);
  if (!cache_file.empty()) {
    store_cached(cache_file, database);
    prune_cache(cache_file, language);
  }
}

std::vector<PatternDatabase::Hit> PatternDatabase::scan(std::string_view text) const {
  std::vector<Hit> hits;
  if (!database_ || text.empty()) {
    return hits;
  }
  // Hyperscan takes a 32-bit length; documents are limited far below that by the readers.
  if (text.size() > 0xFFFFFFFFU) {
    throw Error("error: the text is too long to scan");
  }
  const hs_error_t status =
      hs_scan(database_.get(), text.data(), static_cast<unsigned>(text.size()), 0,
              thread_scratch(database_.get(), serial_), &on_match, &hits);
  if (status != HS_SUCCESS) {
    throw Error("error: Hyperscan failed to scan the text (status " + std::to_string(status) + ")");
  }
  return hits;
}

} // namespace pactum::host
