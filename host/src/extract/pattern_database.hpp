#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/pattern_pack.hpp"

struct hs_database;

namespace pactum::host {

// Every clause, heading and fact pattern of one language, compiled once into one Hyperscan
// database so a document is scanned in a single linear-time pass however many patterns there
// are. Immutable after construction and safe to scan from several threads at once (each thread
// keeps its own scratch space).
class PatternDatabase {
public:
  enum class Role { body, heading, fact };
  // What a pattern id stands for: the kind (index into `kinds()`) or fact (index into `facts()`).
  struct Target {
    Role role = Role::body;
    std::size_t index = 0;
  };
  // One hit: the pattern's target and the byte offset just past the end of the match.
  struct Hit {
    std::size_t target = 0; // index into targets()
    std::size_t end = 0;
  };

  // Compiles the patterns of `language` from every pack. Throws pactum::Error naming the
  // pattern's file:line:column when Hyperscan refuses one.
  //
  // Compiling hundreds of patterns with bounded gaps takes Hyperscan seconds, so when
  // `cache_dir` is not empty the compiled database is kept there, named by a SHA-256 of the
  // Hyperscan version, the CPU platform and every pattern with its flags; a later run with the
  // same patterns loads it in milliseconds. A cache that cannot be read or written is ignored.
  PatternDatabase(std::span<const PatternPack> packs, std::string_view language,
                  const std::filesystem::path& cache_dir = {});
  ~PatternDatabase();
  PatternDatabase(PatternDatabase&&) noexcept;
  PatternDatabase& operator=(PatternDatabase&&) noexcept;
  PatternDatabase(const PatternDatabase&) = delete;
  PatternDatabase& operator=(const PatternDatabase&) = delete;

  const std::string& language() const noexcept { return language_; }
  bool empty() const noexcept { return database_ == nullptr; }
  const std::vector<Target>& targets() const noexcept { return targets_; }
  // The kinds and facts of every pack for this language, merged by name.
  const std::vector<KindPatterns>& kinds() const noexcept { return kinds_; }
  const std::vector<FactPatterns>& facts() const noexcept { return facts_; }

  // Whether the compiled database came from the cache (for tests and the benchmark).
  bool from_cache() const noexcept { return from_cache_; }

  // All hits in `text`, in order of their end offsets. Throws pactum::Error if Hyperscan fails.
  std::vector<Hit> scan(std::string_view text) const;

private:
  struct DatabaseDeleter {
    void operator()(hs_database* database) const noexcept;
  };

  std::string language_;
  std::vector<KindPatterns> kinds_;
  std::vector<FactPatterns> facts_;
  std::vector<Target> targets_;
  std::unique_ptr<hs_database, DatabaseDeleter> database_;
  bool from_cache_ = false;
  // Unique per database ever built in this process, so a thread's scratch space is resized when
  // it meets a new database even at a reused address.
  std::uint64_t serial_ = 0;
};

// Hyperscan flags for a pattern. Patterns run on bytes, which compiles many times faster than
// UTF-8 mode (a class such as [^.;] stays one byte wide, so a gap of {0,80} is 80 bytes); a
// non-ASCII literal ("måneder", "’") is a byte sequence and matches the same. Only a pattern
// with a non-ASCII character inside a class ("[æøå]") is compiled in UTF-8 mode.
unsigned hyperscan_flags(const PackPattern& pattern) noexcept;

// $PACTUM_CACHE_DIR, else $XDG_CACHE_HOME/pactum, else $HOME/.cache/pactum; empty when none is
// set (no caching).
std::filesystem::path default_pattern_cache_dir();

} // namespace pactum::host
