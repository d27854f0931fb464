#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace pactum::cli {

// A plain-text table with a header row, columns padded to their widest cell (counted in code
// points, so names in other scripts line up as well as a terminal allows).
class Table {
public:
  explicit Table(std::vector<std::string> header) : rows_{std::move(header)} {}
  void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  void print(std::ostream& out) const;

private:
  std::vector<std::vector<std::string>> rows_;
};

} // namespace pactum::cli
