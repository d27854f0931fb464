#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "pactum/export.hpp"
#include "pactum/model/agreement.hpp"

namespace pactum {

struct RendererInfo {
  std::string id;        // "<prefix>-<format>"
  std::string format;    // "md", "html", "docx", "xml", or a plugin's own
  std::string extension; // with the dot: ".md"
  std::string description;
};

struct RenderOptions {
  std::vector<std::string> languages; // first is the prevailing language
};

// Renders one Document of an Agreement to the bytes of one output file. It escapes for its
// own format; the canonical text it gets is unescaped.
class PACTUM_EXPORT Renderer {
public:
  virtual ~Renderer();
  virtual std::string render(const Agreement& agreement, const Document& document,
                             const RenderOptions& options) = 0;
};

using RendererFactory = std::function<std::unique_ptr<Renderer>()>;

} // namespace pactum
