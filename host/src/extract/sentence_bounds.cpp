#include "extract/sentence_bounds.hpp"

#include <map>
#include <memory>
#include <string>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

namespace pactum::host {
namespace {

struct UTextCloser {
  void operator()(UText* text) const noexcept { utext_close(text); }
};

// Creating a break iterator loads ICU's rules; keep one per language per thread.
icu::BreakIterator* iterator_for(std::string_view language) {
  thread_local std::map<std::string, std::unique_ptr<icu::BreakIterator>, std::less<>> cache;
  const auto found = cache.find(language);
  if (found != cache.end()) {
    return found->second.get();
  }
  // "ss=standard" turns on ICU's list of abbreviations that do not end a sentence.
  const std::string locale_id = std::string(language) + "@ss=standard";
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> iterator(
      icu::BreakIterator::createSentenceInstance(icu::Locale(locale_id.c_str()), status));
  if (U_FAILURE(status)) {
    iterator.reset();
  }
  return cache.emplace(std::string(language), std::move(iterator)).first->second.get();
}

} // namespace

std::pair<std::size_t, std::size_t> sentence_around(std::string_view text, std::size_t offset,
                                                    std::string_view language) {
  const std::pair<std::size_t, std::size_t> whole{0, text.size()};
  if (text.empty() || text.size() > 0x7FFFFFFF) {
    return whole;
  }
  offset = std::min(offset, text.size() - 1);
  icu::BreakIterator* iterator = iterator_for(language);
  if (iterator == nullptr) {
    return whole;
  }
  UErrorCode status = U_ZERO_ERROR;
  const std::unique_ptr<UText, UTextCloser> utext(
      utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status));
  if (U_FAILURE(status)) {
    return whole;
  }
  iterator->setText(utext.get(), status);
  if (U_FAILURE(status)) {
    return whole;
  }
  // With UTF-8 UText, ICU's indexes are byte offsets into `text`.
  const int32_t at = static_cast<int32_t>(offset);
  int32_t end = iterator->following(at);
  if (end == icu::BreakIterator::DONE) {
    end = static_cast<int32_t>(text.size());
  }
  int32_t begin = iterator->isBoundary(at) ? at : iterator->preceding(at);
  if (begin == icu::BreakIterator::DONE) {
    begin = 0;
  }
  // Keep the iterator from holding a pointer to text that is about to go away.
  iterator->setText(icu::UnicodeString());
  return {static_cast<std::size_t>(begin), static_cast<std::size_t>(end)};
}

} // namespace pactum::host
