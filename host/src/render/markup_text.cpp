#include "render/markup_text.hpp"

#include <string>

#include "pactum/error.hpp"
#include "text/utf8.hpp"

namespace pactum::host {

void check_markup_text(std::string_view text, std::string_view what) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t at = i;
    const auto code_point = next_code_point(text, i);
    if (!code_point) {
      throw Error("cannot render " + std::string(what) + ": the text is not UTF-8 at byte " +
                  std::to_string(at));
    }
    if (!allowed_in_xml(*code_point)) {
      throw Error("cannot render " + std::string(what) + ": " + code_point_name(*code_point) +
                  " at byte " + std::to_string(at) + " cannot be written");
    }
  }
}

} // namespace pactum::host
