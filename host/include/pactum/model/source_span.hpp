#pragma once

#include <cstddef>
#include <string>

namespace pactum {

// Where a piece of a Document came from in its input file, so findings can point back at it.
struct SourceSpan {
  std::string file;
  std::size_t paragraph = 0; // index of the paragraph (or line) in the input, 0-based
  std::size_t begin = 0;     // byte range in the input, when the format has one
  std::size_t end = 0;
};

// A place in a deal or template YAML file; line and column are 1-based, 0 when unknown.
struct FilePosition {
  std::string file;
  std::size_t line = 0;
  std::size_t column = 0;
};

} // namespace pactum
