#include "readers/docx_numbering.hpp"

#include <utility>

#include "readers/docx_xml.hpp"

namespace pactum::host::docx {
namespace {

// Word's own dialog allows far less; a hostile lvlText copied into every paragraph must not
// make the text grow quadratically.
constexpr std::size_t longest_level_text = 64;

std::string roman(long value, bool upper) {
  static constexpr std::array<std::pair<long, std::string_view>, 13> numerals{{{1000, "m"},
                                                                               {900, "cm"},
                                                                               {500, "d"},
                                                                               {400, "cd"},
                                                                               {100, "c"},
                                                                               {90, "xc"},
                                                                               {50, "l"},
                                                                               {40, "xl"},
                                                                               {10, "x"},
                                                                               {9, "ix"},
                                                                               {5, "v"},
                                                                               {4, "iv"},
                                                                               {1, "i"}}};
  std::string text;
  for (const auto& [amount, numeral] : numerals) {
    while (value >= amount) {
      value -= amount;
      for (const char c : numeral) {
        text += upper ? static_cast<char>(c - 'a' + 'A') : c;
      }
    }
  }
  return text;
}

// A counter shown in a w:numFmt; formats this reader does not know show as decimal numbers,
// and so do values a format cannot show in a few characters.
std::string formatted(long value, std::string_view format) {
  if ((format == "lowerRoman" || format == "upperRoman") && value > 0 && value < 4000) {
    return roman(value, format == "upperRoman");
  }
  if ((format == "lowerLetter" || format == "upperLetter") && value > 0 && value <= 26 * 20) {
    // Word's letters go a … z, aa … zz, aaa …
    const char letter = static_cast<char>((format == "upperLetter" ? 'A' : 'a') + (value - 1) % 26);
    return std::string(static_cast<std::size_t>((value - 1) / 26 + 1), letter);
  }
  if (format == "decimalZero" && value >= 0 && value < 10) {
    return "0" + std::to_string(value);
  }
  return std::to_string(value);
}

} // namespace

Numbering::Numbering(const xmlNode* numbering) {
  if (numbering == nullptr) {
    return;
  }
  const auto read_level = [](const xmlNode& node) {
    Level level;
    level.defined = true;
    level.start = to_number(child_value(node, "start")).value_or(1);
    level.format = child_value(node, "numFmt").value_or("decimal");
    level.text = child_value(node, "lvlText").value_or("");
    if (level.text.size() > longest_level_text) {
      level.text.resize(longest_level_text);
    }
    level.legal = on_off(w_child(node, "isLgl"));
    level.restart = to_number(child_value(node, "lvlRestart"));
    level.style = child_value(node, "pStyle").value_or("");
    return level;
  };
  const auto level_index = [](const xmlNode& node) -> std::optional<int> {
    const auto index = to_number(w_attribute(node, "ilvl"));
    if (!index || *index < 0 || *index >= level_count) {
      return std::nullopt;
    }
    return static_cast<int>(*index);
  };
  for (const xmlNode* child = numbering->children; child != nullptr; child = child->next) {
    if (is_w(*child, "abstractNum")) {
      const auto id = to_number(w_attribute(*child, "abstractNumId"));
      if (!id || abstracts_.contains(*id)) {
        continue;
      }
      Abstract abstract;
      for (const xmlNode* node = child->children; node != nullptr; node = node->next) {
        if (is_w(*node, "lvl")) {
          if (const auto index = level_index(*node)) {
            abstract.levels[static_cast<std::size_t>(*index)] = read_level(*node);
          }
        }
      }
      abstracts_.emplace(*id, std::move(abstract));
    } else if (is_w(*child, "num")) {
      const auto id = to_number(w_attribute(*child, "numId"));
      const auto abstract_id = to_number(child_value(*child, "abstractNumId"));
      if (!id || !abstract_id || instances_.contains(*id)) {
        continue;
      }
      Instance instance;
      instance.abstract_id = *abstract_id;
      for (const xmlNode* node = child->children; node != nullptr; node = node->next) {
        if (!is_w(*node, "lvlOverride")) {
          continue;
        }
        const auto index = level_index(*node);
        if (!index) {
          continue;
        }
        const auto at = static_cast<std::size_t>(*index);
        instance.start_overrides[at] = to_number(child_value(*node, "startOverride"));
        if (const xmlNode* level = w_child(*node, "lvl")) {
          instance.level_overrides[at] = read_level(*level);
        }
      }
      instances_.emplace(*id, std::move(instance));
    }
  }
}

const Numbering::Level& Numbering::level(const Instance& instance, Abstract& abstract,
                                         int index) const {
  const auto at = static_cast<std::size_t>(index);
  return instance.level_overrides[at] ? *instance.level_overrides[at] : abstract.levels[at];
}

std::optional<Numbering::Label> Numbering::next(long num_id, int level_index) {
  if (num_id == 0 || level_index < 0 || level_index >= level_count) {
    return std::nullopt;
  }
  const auto found = instances_.find(num_id);
  if (found == instances_.end()) {
    return std::nullopt;
  }
  Instance& instance = found->second;
  const auto abstract_found = abstracts_.find(instance.abstract_id);
  if (abstract_found == abstracts_.end()) {
    return std::nullopt;
  }
  Abstract& abstract = abstract_found->second;
  // A w:num with start overrides restarts the list where it is first used.
  if (!instance.used) {
    instance.used = true;
    for (std::size_t at = 0; at < level_count; ++at) {
      if (instance.start_overrides[at]) {
        abstract.counters[at] = *instance.start_overrides[at] - 1;
        abstract.started[at] = true;
      }
    }
  }
  const auto at = static_cast<std::size_t>(level_index);
  const Level& current = level(instance, abstract, level_index);
  if (abstract.started[at]) {
    ++abstract.counters[at];
  } else {
    abstract.counters[at] = current.start;
    abstract.started[at] = true;
  }
  // Deeper levels start again, unless their w:lvlRestart says only a shallower level (or, with
  // 0, none) restarts them.
  for (int deeper = level_index + 1; deeper < level_count; ++deeper) {
    const long restart_after = level(instance, abstract, deeper).restart.value_or(deeper);
    if (restart_after != 0 && level_index < restart_after) {
      abstract.started[static_cast<std::size_t>(deeper)] = false;
    }
  }

  Label label;
  if (current.format == "bullet") {
    label.bullet = true;
    return label;
  }
  const std::string_view pattern = current.text;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' &&
        pattern[i + 1] <= '9') {
      const int referenced = pattern[i + 1] - '1';
      ++i;
      if (referenced > level_index) {
        continue; // Word shows nothing for a level deeper than the paragraph's
      }
      const Level& shown = level(instance, abstract, referenced);
      const auto shown_at = static_cast<std::size_t>(referenced);
      const long value = abstract.started[shown_at] ? abstract.counters[shown_at] : shown.start;
      if (shown.format == "none") {
        continue;
      }
      label.text += formatted(value, current.legal ? "decimal" : std::string_view(shown.format));
    } else {
      label.text += pattern[i];
    }
  }
  label.bullet = label.text.find_first_not_of(" \t") == std::string::npos;
  return label;
}

std::optional<int> Numbering::level_of_style(long num_id, std::string_view style_id) const {
  const auto found = instances_.find(num_id);
  if (found == instances_.end() || style_id.empty()) {
    return std::nullopt;
  }
  const auto abstract = abstracts_.find(found->second.abstract_id);
  if (abstract == abstracts_.end()) {
    return std::nullopt;
  }
  for (int index = 0; index < level_count; ++index) {
    if (abstract->second.levels[static_cast<std::size_t>(index)].style == style_id) {
      return index;
    }
  }
  return std::nullopt;
}

} // namespace pactum::host::docx
