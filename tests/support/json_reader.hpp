#pragma once
// A small, strict JSON reader for tests that walk the program's reports exactly (tests do not
// link a JSON library). Escapes other than \uXXXX are decoded; \uXXXX is kept as written.

#include <cctype>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pactum::test {

struct Json {
  enum class Type { null, boolean, number, string, array, object } type = Type::null;
  bool boolean = false;
  std::string text; // string value, or a number's literal
  std::vector<Json> items;
  // An object's members as two parallel lists: a std::pair holding the still-incomplete Json
  // would not compile with every standard library.
  std::vector<std::string> keys;
  std::vector<Json> values;

  const Json* member(std::string_view key) const {
    for (std::size_t i = 0; i < keys.size(); ++i) {
      if (keys[i] == key) {
        return &values[i];
      }
    }
    return nullptr;
  }
};

class JsonReader {
public:
  explicit JsonReader(std::string_view text) : text_(text) {}

  // The document, or nullopt with error() saying where it went wrong.
  std::optional<Json> read() {
    Json value;
    if (!value_into(value)) {
      return std::nullopt;
    }
    skip_space();
    if (at_ != text_.size()) {
      return fail("trailing characters");
    }
    return value;
  }
  const std::string& error() const { return error_; }

private:
  std::nullopt_t fail(const std::string& what) {
    if (error_.empty()) {
      error_ = what + " at byte " + std::to_string(at_);
    }
    return std::nullopt;
  }
  void skip_space() {
    while (at_ < text_.size() &&
           (text_[at_] == ' ' || text_[at_] == '\n' || text_[at_] == '\r' || text_[at_] == '\t')) {
      ++at_;
    }
  }
  bool literal(std::string_view word) {
    if (text_.substr(at_, word.size()) != word) {
      return false;
    }
    at_ += word.size();
    return true;
  }
  bool value_into(Json& out) {
    skip_space();
    if (at_ >= text_.size()) {
      fail("unexpected end");
      return false;
    }
    const char c = text_[at_];
    if (c == '{') {
      out.type = Json::Type::object;
      ++at_;
      skip_space();
      if (at_ < text_.size() && text_[at_] == '}') {
        ++at_;
        return true;
      }
      while (true) {
        skip_space();
        std::string key;
        if (!string_into(key)) {
          return false;
        }
        skip_space();
        if (at_ >= text_.size() || text_[at_] != ':') {
          fail("expected ':'");
          return false;
        }
        ++at_;
        Json member;
        if (!value_into(member)) {
          return false;
        }
        out.keys.push_back(std::move(key));
        out.values.push_back(std::move(member));
        skip_space();
        if (at_ < text_.size() && text_[at_] == ',') {
          ++at_;
          continue;
        }
        if (at_ < text_.size() && text_[at_] == '}') {
          ++at_;
          return true;
        }
        fail("expected ',' or '}'");
        return false;
      }
    }
    if (c == '[') {
      out.type = Json::Type::array;
      ++at_;
      skip_space();
      if (at_ < text_.size() && text_[at_] == ']') {
        ++at_;
        return true;
      }
      while (true) {
        Json item;
        if (!value_into(item)) {
          return false;
        }
        out.items.push_back(std::move(item));
        skip_space();
        if (at_ < text_.size() && text_[at_] == ',') {
          ++at_;
          continue;
        }
        if (at_ < text_.size() && text_[at_] == ']') {
          ++at_;
          return true;
        }
        fail("expected ',' or ']'");
        return false;
      }
    }
    if (c == '"') {
      out.type = Json::Type::string;
      return string_into(out.text);
    }
    if (literal("true")) {
      out.type = Json::Type::boolean;
      out.boolean = true;
      return true;
    }
    if (literal("false")) {
      out.type = Json::Type::boolean;
      return true;
    }
    if (literal("null")) {
      out.type = Json::Type::null;
      return true;
    }
    const std::size_t begin = at_;
    while (at_ < text_.size() &&
           (std::isdigit(static_cast<unsigned char>(text_[at_])) != 0 ||
            std::string_view("+-.eE").find(text_[at_]) != std::string_view::npos)) {
      ++at_;
    }
    if (at_ == begin) {
      fail("unexpected character");
      return false;
    }
    out.type = Json::Type::number;
    out.text = std::string(text_.substr(begin, at_ - begin));
    return true;
  }
  // Rule ids and statuses are ASCII; \u escapes are kept as written, which is exact for them.
  bool string_into(std::string& out) {
    if (at_ >= text_.size() || text_[at_] != '"') {
      fail("expected a string");
      return false;
    }
    ++at_;
    while (at_ < text_.size() && text_[at_] != '"') {
      if (text_[at_] == '\\') {
        if (at_ + 1 >= text_.size()) {
          break;
        }
        const char e = text_[at_ + 1];
        const std::string_view from = "\"\\/bfnrt";
        const std::string_view to = "\"\\/\b\f\n\r\t";
        if (const auto i = from.find(e); i != std::string_view::npos) {
          out += to[i];
          at_ += 2;
        } else {
          out += text_.substr(at_, 2);
          at_ += 2;
        }
        continue;
      }
      out += text_[at_++];
    }
    if (at_ >= text_.size()) {
      fail("unterminated string");
      return false;
    }
    ++at_;
    return true;
  }

  std::string_view text_;
  std::size_t at_ = 0;
  std::string error_;
};

} // namespace pactum::test
