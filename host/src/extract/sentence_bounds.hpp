#pragma once

#include <cstddef>
#include <string_view>
#include <utility>

namespace pactum::host {

// The sentence of `text` that holds byte `offset`, as a byte range [first, second) of `text`,
// found with ICU's sentence rules for `language` (abbreviations such as "Inc." and "No." do not
// end a sentence). Only the text given is examined, so callers pass one paragraph, not a whole
// document: sentence breaking is the slowest step of extraction and runs only around hits.
std::pair<std::size_t, std::size_t> sentence_around(std::string_view text, std::size_t offset,
                                                    std::string_view language);

} // namespace pactum::host
