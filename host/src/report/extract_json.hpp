#pragma once

#include <cstddef>
#include <functional>
#include <span>
#include <string>
#include <string_view>

#include "pactum/model/agreement.hpp"
#include "report/check_report.hpp"
#include "report/json_writer.hpp"

namespace pactum::host {

// The `pactum extract` document (schemas/extract.schema.json), written as a stream: each
// Agreement goes to `sink` as soon as it is added, so a batch of any size is written in flat
// memory. Call add() per Agreement in order, then finish() once.
class ExtractJson {
public:
  // `with_text` adds each Document's whole extracted text, which the byte offsets point into.
  ExtractJson(std::function<void(std::string_view)> sink, std::string_view pactum_version,
              bool with_text = false);

  void add(const Agreement& agreement, std::span<const CheckedFile> files);
  // Every input with its SHA-256 or error, and the totals.
  void finish(std::span<const CheckedFile> inputs, std::size_t agreements, std::size_t documents);

private:
  void flush();

  std::function<void(std::string_view)> sink_;
  bool with_text_ = false;
  JsonWriter json_;
};

} // namespace pactum::host
