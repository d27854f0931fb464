#pragma once

#include <libxml/tree.h>

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace pactum::host::docx {

// Word's automatic numbering (numbering.xml), replayed paragraph by paragraph: w:num points at
// a w:abstractNum whose w:lvl elements say how each level counts and shows (w:start, w:numFmt,
// w:lvlText "%1.%2.", w:isLgl, w:lvlRestart); w:lvlOverride changes a level for one w:num.
// Counters belong to the abstract numbering, shared by every w:num that points at it.
class Numbering {
public:
  static constexpr int level_count = 9;

  struct Label {
    std::string text;    // as Word shows it: "12.3.", "(a)"; empty for bullets and "none"
    bool bullet = false; // a bullet (or no visible number): a list item without a section
  };

  Numbering() = default;
  // `numbering` is the root of numbering.xml, or nullptr when the package has none.
  explicit Numbering(const xmlNode* numbering);

  // The label of the next paragraph numbered (num_id, level), advancing the counters; nullopt
  // when num_id is 0 (numbering removed) or names no numbering.
  std::optional<Label> next(long num_id, int level);

  // The level of `num_id` that names `style_id` in its w:pStyle (how heading styles are tied
  // to the levels of one list), or nullopt.
  std::optional<int> level_of_style(long num_id, std::string_view style_id) const;

private:
  struct Level {
    long start = 1;
    std::string format = "decimal";
    std::string text;
    bool legal = false;
    std::optional<long> restart;
    std::string style;
    bool defined = false;
  };
  struct Abstract {
    std::array<Level, level_count> levels{};
    std::array<long, level_count> counters{};
    std::array<bool, level_count> started{};
  };
  struct Instance {
    long abstract_id = 0;
    std::array<std::optional<long>, level_count> start_overrides{};
    std::array<std::optional<Level>, level_count> level_overrides{};
    bool used = false;
  };

  const Level& level(const Instance& instance, Abstract& abstract, int index) const;

  std::map<long, Abstract> abstracts_;
  std::map<long, Instance> instances_;
};

} // namespace pactum::host::docx
