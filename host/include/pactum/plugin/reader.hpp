#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pactum/export.hpp"
#include "pactum/model/document.hpp"

namespace pactum {

struct ReaderInfo {
  std::string id;                      // "<prefix>-<format>"
  std::vector<std::string> extensions; // lower case, with the dot: ".docx"
  std::string description;
};

// Turns the bytes of one input file into a Document. Input is untrusted: a reader throws
// pactum::Error with a one-line reason for anything it cannot read, and never reads past
// `bytes`. Called from worker threads, one Reader per worker.
class PACTUM_EXPORT Reader {
public:
  virtual ~Reader();
  virtual Document read(std::span<const std::byte> bytes, std::string_view file_name) = 0;
};

using ReaderFactory = std::function<std::unique_ptr<Reader>()>;

} // namespace pactum
