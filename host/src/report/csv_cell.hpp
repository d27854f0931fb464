#pragma once

#include <string>
#include <string_view>

namespace pactum::host {

// Appends one RFC 4180 cell: quoted when it holds a comma, a quote or a line break, quotes
// doubled, invalid UTF-8 replaced.
//
// A spreadsheet evaluates a cell that starts with =, +, - or @ as a formula (and some also
// after a leading tab or carriage return), so text quoted from an agreement could run
// =HYPERLINK(...) or worse when the report is opened. Such a cell is prefixed with a single
// quote, which spreadsheets show as text and do not evaluate (OWASP "CSV injection").
void append_csv_cell(std::string& out, std::string_view raw);

} // namespace pactum::host
