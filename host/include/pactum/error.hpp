#pragma once

#include <stdexcept>
#include <string>

#include "pactum/export.hpp"

namespace pactum {

// The one exception type of the SDK: an error that ends the operation (a plugin that cannot
// register, an input that cannot be read). Findings are never exceptions; they are data.
// Its key function lives in the SDK library, so host and plugins share one typeinfo.
class PACTUM_EXPORT Error : public std::runtime_error {
public:
  explicit Error(const std::string& message);
  ~Error() override;
};

} // namespace pactum
