#pragma once

#include <span>
#include <string>
#include <string_view>

namespace pactum::host {

// One file inside an archive: its name ("word/document.xml", never a file system path) and bytes.
struct ZipPart {
  std::string_view name;
  std::string_view bytes;
};

// The parts as one deflated zip archive in memory, in the order given. Every entry carries the
// same fixed time stamp (1 January 2000), so the same parts always give the same bytes: generated
// files can be compared and cached. Throws pactum::Error "cannot write WHAT: …" when Poco fails.
std::string write_zip(std::span<const ZipPart> parts, std::string_view what);

} // namespace pactum::host
