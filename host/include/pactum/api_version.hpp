#pragma once

#include <cstdint>

// The plugin API version. A plugin loads only into a host with the same major version and a
// minor version at least as new as the plugin's.
//  - major: anything that breaks a compiled plugin (a changed struct layout, a removed or
//    reordered virtual function, a changed signature).
//  - minor: additions an older plugin does not see (a new virtual function appended to the end
//    of an interface, a new free function in the SDK library).
#define PACTUM_API_MAJOR 1
#define PACTUM_API_MINOR 2

namespace pactum {

inline constexpr std::uint32_t api_major = PACTUM_API_MAJOR;
inline constexpr std::uint32_t api_minor = PACTUM_API_MINOR;

} // namespace pactum
