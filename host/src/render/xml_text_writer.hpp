#pragma once

#include <libxml/xmlwriter.h>

#include <memory>
#include <string>
#include <string_view>

namespace pactum::host {

// libxml2's text writer into memory, indented, with every call checked: a failure is a
// pactum::Error ("cannot write WHAT: libxml2 failed while writing WHERE"), never a silently
// truncated file. It writes strings as given: callers make them valid XML text first (the
// Agreement writer refuses what XML cannot carry; reports repair it).
class XmlTextWriter {
public:
  explicit XmlTextWriter(std::string what);

  // What is being written, for error messages: "document 'msa' clause 3".
  void where(std::string place) { where_ = std::move(place); }
  const std::string& where() const { return where_; }

  void start(const char* name);
  void start_with_namespace(const char* name, const char* namespace_uri);
  void end();
  void attribute(const char* name, const std::string& value);
  void text(const std::string& value);
  std::string finish();

private:
  void check(int result) const;

  struct FreeWriter {
    void operator()(xmlTextWriterPtr writer) const noexcept { xmlFreeTextWriter(writer); }
  };
  struct FreeBuffer {
    void operator()(xmlBufferPtr buffer) const noexcept { xmlBufferFree(buffer); }
  };
  std::string what_;
  std::string where_;
  // Declared first so it is destroyed last: the writer writes into it.
  std::unique_ptr<xmlBuffer, FreeBuffer> buffer_;
  std::unique_ptr<xmlTextWriter, FreeWriter> writer_;
};

} // namespace pactum::host
