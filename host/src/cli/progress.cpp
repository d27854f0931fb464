#include "cli/progress.hpp"

#include <unistd.h>

#include <iostream>

namespace pactum::cli {

Progress::Progress(std::string_view verb, std::size_t total)
    : verb_(verb), total_(total), active_(total > 1 && ::isatty(2) != 0) {}

Progress::~Progress() {
  finish();
}

void Progress::advance() {
  ++done_;
  if (active_) {
    std::cerr << "\r\033[K" << verb_ << ' ' << done_ << '/' << total_ << std::flush;
    shown_ = true;
  }
}

void Progress::pause() {
  if (shown_) {
    std::cerr << "\r\033[K" << std::flush;
    shown_ = false;
  }
}

std::string Progress::clear() const {
  return shown_ ? "\r\033[K" : "";
}

void Progress::finish() {
  if (shown_) {
    std::cerr << "\r\033[K" << std::flush;
    shown_ = false;
  }
  active_ = false;
}

} // namespace pactum::cli
