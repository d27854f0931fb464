#include "pactum/error.hpp"

namespace pactum {

Error::Error(const std::string& message) : std::runtime_error(message) {}
Error::~Error() = default;

} // namespace pactum
