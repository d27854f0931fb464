#include "report/csv_cell.hpp"

#include "report/check_reporters.hpp"

namespace pactum::host {
namespace {

bool could_start_formula(std::string_view cell) {
  if (cell.empty()) {
    return false;
  }
  switch (cell.front()) {
  case '=':
  case '+':
  case '-':
  case '@':
  case '\t':
  case '\r':
    return true;
  default:
    return false;
  }
}

} // namespace

void append_csv_cell(std::string& out, std::string_view raw) {
  std::string cell = valid_utf8(raw);
  if (could_start_formula(cell)) {
    cell.insert(0, 1, '\'');
  }
  if (cell.find_first_of(",\"\r\n") == std::string::npos) {
    out += cell;
    return;
  }
  out += '"';
  for (const char c : cell) {
    if (c == '"') {
      out += '"';
    }
    out += c;
  }
  out += '"';
}

} // namespace pactum::host
