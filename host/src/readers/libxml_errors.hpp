#pragma once

#include <libxml/xmlerror.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace pactum::host {

// What every reader of untrusted XML shares: error messages kept to one short line, the first
// error libxml2 reports, and libxml2's process-wide error handlers kept off stderr.

// Messages are one line, however many lines the text they quote (or libxml2's message) has.
std::string one_line(std::string_view text);

// At most `longest` bytes of `text`, cut before a UTF-8 sequence, "..." marking the cut.
std::string shortened(std::string_view text, std::size_t longest);

// The first error libxml2 reports through one channel. Filled from C callbacks, which must not
// throw: a failure to copy the message leaves it empty.
struct FirstError {
  bool set = false;
  std::string message;
  long line = 0;
  long column = 0;               // parser errors only
  const xmlNode* node = nullptr; // the element at fault, for validation errors

  void take(const xmlError* error) noexcept;
};

// An xmlStructuredErrorFunc that hands the error to the FirstError `sink` points at.
void record_error(void* sink, xmlErrorPtr error);

// libxml2 sends errors that have no parser or validation context of their own (encoding
// conversion, memory) to per-thread handlers that print to stderr by default. For the lifetime
// of this guard they go to `sink` instead; the previous handlers come back afterwards.
class ErrorRouting {
public:
  explicit ErrorRouting(FirstError& sink);
  ~ErrorRouting();
  ErrorRouting(const ErrorRouting&) = delete;
  ErrorRouting& operator=(const ErrorRouting&) = delete;

private:
  xmlStructuredErrorFunc structured_;
  void* structured_context_;
  xmlGenericErrorFunc generic_;
  void* generic_context_;
};

// xmlInitParser, once per process, before libxml2 is used from several threads.
void initialise_libxml2();

} // namespace pactum::host
