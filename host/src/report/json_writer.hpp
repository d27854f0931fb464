#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pactum::host {

// A small streaming JSON writer: correct escaping, stable key order (the order written), and
// two-space indentation so reports diff well. Misuse (a value where a key is due) is a bug and
// asserts in debug builds.
class JsonWriter {
public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);
  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
  JsonWriter& value(std::int64_t number);
  JsonWriter& value(double number);
  JsonWriter& value(bool flag);
  JsonWriter& null();

  // The document so far, with a final newline once the outermost value is closed.
  const std::string& str() const { return out_; }
  // What was written since the last take(), handed over and forgotten, so a long document can
  // be streamed out in pieces while the writer keeps its place in it.
  std::string take() { return std::exchange(out_, {}); }

  static void escape_into(std::string& out, std::string_view text);

private:
  void before_value();
  void newline();

  struct Level {
    bool array = false;
    bool empty = true;
  };
  std::string out_;
  std::vector<Level> stack_;
  bool after_key_ = false;
};

} // namespace pactum::host
