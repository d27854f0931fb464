#pragma once

#include <string>
#include <string_view>

namespace pactum::host {

// Lower-case hex SHA-256 of the bytes, for the provenance of every input a report names.
std::string sha256_hex(std::string_view bytes);

} // namespace pactum::host
