#pragma once

// The build id says whether C++ objects made on one side of the plugin boundary can be used on
// the other: same compiler family and major version, same standard library and its ABI, same
// -std, same sanitizers, same SDK API major. It is computed here, at compile time, from the
// compiler's own macros, so the host and each plugin each state what they were really built
// with. It is deliberately not a commit hash: rebuilding an unchanged plugin must not break it.

#include <cstdint>
#include <string_view>

#include "pactum/api_version.hpp"

#define PACTUM_BUILD_ID_STR2(x) #x
#define PACTUM_BUILD_ID_STR(x) PACTUM_BUILD_ID_STR2(x)

#if defined(__clang__)
#define PACTUM_BUILD_ID_COMPILER "clang-" PACTUM_BUILD_ID_STR(__clang_major__)
#elif defined(__GNUC__)
#define PACTUM_BUILD_ID_COMPILER "gcc-" PACTUM_BUILD_ID_STR(__GNUC__)
#else
#define PACTUM_BUILD_ID_COMPILER "unknown-compiler"
#endif

#if defined(_LIBCPP_VERSION)
#define PACTUM_BUILD_ID_STDLIB "libc++-" PACTUM_BUILD_ID_STR(_LIBCPP_ABI_VERSION)
#elif defined(__GLIBCXX__)
#define PACTUM_BUILD_ID_STDLIB "libstdc++-cxx11abi" PACTUM_BUILD_ID_STR(_GLIBCXX_USE_CXX11_ABI)
#else
#define PACTUM_BUILD_ID_STDLIB "unknown-stdlib"
#endif

#if defined(__SANITIZE_ADDRESS__)
#define PACTUM_BUILD_ID_ASAN " asan"
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PACTUM_BUILD_ID_ASAN " asan"
#endif
#endif
#ifndef PACTUM_BUILD_ID_ASAN
#define PACTUM_BUILD_ID_ASAN ""
#endif

// Set by the SDK's CMake target from the sanitizer flags it was built with (UBSan and others have
// no compiler macro to detect them by).
#ifndef PACTUM_SANITIZERS
#define PACTUM_SANITIZERS "none"
#endif

#define PACTUM_BUILD_ID_TEXT                                                                       \
  PACTUM_BUILD_ID_COMPILER " " PACTUM_BUILD_ID_STDLIB " c++" PACTUM_BUILD_ID_STR(__cplusplus)      \
      PACTUM_BUILD_ID_ASAN " sanitizers=" PACTUM_SANITIZERS                                        \
                           " api" PACTUM_BUILD_ID_STR(PACTUM_API_MAJOR)

namespace pactum {

// FNV-1a, 64 bit: stable across compilers and platforms, computable at compile time.
constexpr std::uint64_t fnv1a_64(std::string_view text) noexcept {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

inline constexpr std::string_view build_id_text = PACTUM_BUILD_ID_TEXT;
inline constexpr std::uint64_t build_id = fnv1a_64(build_id_text);

} // namespace pactum
