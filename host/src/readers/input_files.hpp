#pragma once

#include <filesystem>
#include <functional>
#include <span>
#include <string>
#include <vector>

namespace pactum::host {

// What a batch verb was pointed at, as a list of files in a stable order.
struct InputError {
  std::string path;
  std::string message; // "PATH: error: no such file or folder"
};

struct InputScan {
  std::vector<std::filesystem::path> files;
  std::vector<InputError> errors;
};

// Files named on the command line are taken as they are (the reader says if it cannot read
// one); folders are walked recursively, in sorted order, keeping the files `wanted` accepts.
// The walk never follows symbolic links (a link cycle or a link out of the folder cannot make
// it wander), skips editor lock files (`~$*`, `.~lock.*#`) and `.pactum.yaml`, and goes on past
// folders it may not read, reporting them.
InputScan collect_inputs(std::span<const std::string> paths,
                         const std::function<bool(const std::filesystem::path&)>& wanted);

// The file's extension, lower case, with the dot: ".docx" for "MSA.DOCX".
std::string lower_extension(const std::filesystem::path& path);

} // namespace pactum::host
