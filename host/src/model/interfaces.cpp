// Key functions of the SDK interfaces: defining them here puts each vtable and typeinfo in the
// SDK library once, shared by the host and every plugin.
#include "pactum/plugin/reader.hpp"
#include "pactum/plugin/registrar.hpp"
#include "pactum/plugin/renderer.hpp"
#include "pactum/plugin/rule.hpp"

namespace pactum {

Rule::~Rule() = default;
Reader::~Reader() = default;
Renderer::~Renderer() = default;
Registrar::~Registrar() = default;

} // namespace pactum
