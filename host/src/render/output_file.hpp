#pragma once

#include <filesystem>
#include <string_view>

namespace pactum::host {

// Writes a whole file or nothing: the bytes go to a temporary file in the same folder, are
// flushed, and the temporary is renamed over `path`. An interrupted run never leaves a half
// file. Throws pactum::Error naming the path on failure.
void write_file_atomically(const std::filesystem::path& path, std::string_view bytes);

} // namespace pactum::host
