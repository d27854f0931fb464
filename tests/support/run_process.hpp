#pragma once

#include <string>
#include <vector>

namespace pactum::test {

struct ProcessResult {
  int status = -1; // exit status, or -1 if the process did not exit normally
  std::string out;
  std::string err;
  long max_rss_kib = 0; // the child's peak resident memory, from wait4
};

// Runs a program with arguments (no shell), capturing stdout and stderr. `env` entries
// ("NAME=value") are added to the current environment, replacing a variable of the same name.
ProcessResult run_process(const std::vector<std::string>& argv,
                          const std::vector<std::string>& env = {});

} // namespace pactum::test
