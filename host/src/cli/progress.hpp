#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace pactum::cli {

// "checked 12/306" on one self-rewriting stderr line, only when stderr is a terminal and there
// is more than one item: stdout carries results alone, and logs stay clean.
class Progress {
public:
  Progress(std::string_view verb, std::size_t total);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  void advance();
  // Takes the progress line off the screen until the next advance(), before results go to a
  // stdout that shares the terminal.
  void pause();
  // What to print before a message line so it does not mix with the progress line.
  std::string clear() const;
  void finish();

private:
  std::string verb_;
  std::size_t total_;
  std::size_t done_ = 0;
  bool shown_ = false;
  bool active_ = false;
};

} // namespace pactum::cli
