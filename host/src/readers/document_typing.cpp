#include "readers/document_typing.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pactum::host {
namespace {

// Enough of a heading or paragraph to name the document; also bounds the work per block.
constexpr std::size_t max_phrase_bytes = 300;

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (const char c : text.substr(0, std::min(text.size(), max_phrase_bytes))) {
    const bool letter =
        (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
    if (letter) {
      word += c;
    } else if (c >= 'A' && c <= 'Z') {
      word += static_cast<char>(c - 'A' + 'a');
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) {
    words.push_back(std::move(word));
  }
  return words;
}

class Phrase {
public:
  explicit Phrase(std::vector<std::string> words) : words_(std::move(words)) {}

  bool has(std::string_view word) const { return std::ranges::find(words_, word) != words_.end(); }
  bool has_prefix(std::string_view prefix) const {
    return std::ranges::any_of(words_, [&](const std::string& w) { return w.starts_with(prefix); });
  }
  template <std::size_t N>
  bool has_sequence(const std::array<std::string_view, N>& sequence) const {
    for (std::size_t i = 0; i + N <= words_.size(); ++i) {
      if (std::equal(sequence.begin(), sequence.end(), words_.begin() + static_cast<long>(i))) {
        return true;
      }
    }
    return false;
  }
  std::string_view first() const { return words_.empty() ? std::string_view() : words_[0]; }

private:
  std::vector<std::string> words_;
};

bool data_protection(const Phrase& p) {
  return p.has("dpa") || p.has_prefix("auftragsverarbeitung") ||
         p.has_sequence(std::array<std::string_view, 2>{"data", "processing"}) ||
         p.has_sequence(std::array<std::string_view, 2>{"data", "protection"});
}

// The type a heading or title names, if it names one. Order matters: "Amendment No. 2 to the
// Statement of Work" is an amendment, "Exhibit B – Data Processing Addendum" a DPA, "Schedule 3
// – Form of Statement of Work" a schedule, "Schedule 4 – Knowledge-Transfer Plan" a KT plan,
// "Statement of Work under the Master Services Agreement" a SOW.
std::optional<DocumentType> type_named(std::string_view text, bool attachment_possible = true) {
  const Phrase p(words_of(text));
  if (p.has("amendment") || p.has("amendments") || p.has("amend") ||
      p.has_prefix("änderungsvereinbarung") || p.has_prefix("nachtrag")) {
    return DocumentType::amendment;
  }
  if (data_protection(p)) {
    return DocumentType::dpa;
  }
  if (p.has("addendum")) {
    return DocumentType::amendment;
  }
  // "Schedule 4 – Knowledge-Transfer Plan" is the plan itself, not a schedule of terms.
  if (p.has_sequence(std::array<std::string_view, 3>{"knowledge", "transfer", "plan"})) {
    return DocumentType::kt_plan;
  }
  static constexpr std::array<std::string_view, 6> attachments = {
      "schedule", "exhibit", "annex", "appendix", "attachment", "anlage"};
  if (attachment_possible && std::ranges::find(attachments, p.first()) != attachments.end()) {
    return DocumentType::schedule;
  }
  if (p.has_sequence(std::array<std::string_view, 3>{"statement", "of", "work"}) || p.has("sow") ||
      p.has_sequence(std::array<std::string_view, 2>{"work", "order"}) ||
      p.has_sequence(std::array<std::string_view, 2>{"task", "order"}) ||
      p.has("leistungsbeschreibung")) {
    return DocumentType::sow;
  }
  if (p.has("agreement") || p.has("contract") || p.has_prefix("vertrag") ||
      p.has_sequence(std::array<std::string_view, 3>{"terms", "and", "conditions"})) {
    return DocumentType::msa;
  }
  return std::nullopt;
}

// "This Statement of Work is entered into …": the words after "this" name the document.
std::optional<DocumentType> type_introduced(std::string_view paragraph) {
  const std::vector<std::string> words = words_of(paragraph);
  for (std::size_t i = 0; i + 1 < words.size() && i < 40; ++i) {
    if (words[i] != "this") {
      continue;
    }
    std::string following;
    for (std::size_t k = i + 1; k < words.size() && k <= i + 5; ++k) {
      following += words[k] + ' ';
    }
    if (const auto type = type_named(following, false)) {
      return type;
    }
  }
  return std::nullopt;
}

// "EXHIBIT 10.1", "Exhibit 99.2": the number a securities filing gives an attached contract,
// not a schedule of the contract.
bool filing_label(std::string_view text) {
  const std::vector<std::string> words = words_of(text.substr(0, 40));
  const std::size_t dot = text.find('.');
  return words.size() >= 2 && words[0] == "exhibit" && !words[1].empty() && words[1][0] >= '0' &&
         words[1][0] <= '9' && dot != std::string_view::npos && dot + 1 < text.size() &&
         text[dot + 1] >= '0' && text[dot + 1] <= '9';
}

} // namespace

DocumentType classify_document(const Document& document) {
  if (const auto type = type_named(document.title)) {
    return *type;
  }
  constexpr std::size_t headings_read = 5;
  constexpr std::size_t paragraphs_read = 3;
  std::size_t headings = 0;
  std::size_t paragraphs = 0;
  for (const Block& block : document.blocks) {
    if (headings >= headings_read && paragraphs >= paragraphs_read) {
      break;
    }
    const std::string_view text = document.slice(block.begin, block.end);
    if (block.kind == BlockKind::heading && headings < headings_read && !filing_label(text)) {
      ++headings;
      // "Exhibit A" further down names what is attached, not this document.
      if (const auto type = type_named(text, &block == &document.blocks.front())) {
        return *type;
      }
    } else if (block.kind == BlockKind::paragraph && paragraphs < paragraphs_read) {
      ++paragraphs;
      if (const auto type = type_introduced(text)) {
        return *type;
      }
    }
  }
  return DocumentType::other;
}

} // namespace pactum::host
