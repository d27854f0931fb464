#include "report/check_reporters.hpp"

namespace pactum::host {

std::unique_ptr<CheckReportStream> make_check_stream(std::string_view format, bool color) {
  if (format == "json") {
    return make_json_stream();
  }
  if (format == "csv") {
    return make_csv_stream();
  }
  if (format == "text") {
    return make_text_stream(color);
  }
  return nullptr;
}

} // namespace pactum::host
