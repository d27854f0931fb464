#include "render/zip_writer.hpp"

#include <Poco/DateTime.h>
#include <Poco/Exception.h>
#include <Poco/Path.h>
#include <Poco/Zip/Compress.h>
#include <Poco/Zip/ZipCommon.h>

#include <exception>
#include <sstream>

#include "pactum/error.hpp"

namespace pactum::host {
namespace {

constexpr std::size_t stored_below = 2048;

} // namespace

std::string write_zip(std::span<const ZipPart> parts, std::string_view what) {
  // Not the current time: output must be reproducible byte for byte.
  const Poco::DateTime fixed_time(2000, 1, 1, 0, 0, 0);
  try {
    std::ostringstream out(std::ios::binary);
    Poco::Zip::Compress compress(out, true);
    for (const ZipPart& part : parts) {
      std::istringstream in(std::string(part.bytes), std::ios::binary);
      // Deflating a part of a few hundred bytes saves little and costs a compressor set-up
      // (some 300 KB of state) each: small parts are stored.
      const bool small = part.bytes.size() < stored_below;
      compress.addFile(in, fixed_time, Poco::Path(std::string(part.name), Poco::Path::PATH_UNIX),
                       small ? Poco::Zip::ZipCommon::CM_STORE : Poco::Zip::ZipCommon::CM_DEFLATE,
                       Poco::Zip::ZipCommon::CL_FAST);
    }
    compress.close();
    if (!out) {
      throw Error("cannot write " + std::string(what) + ": the zip stream failed");
    }
    return std::move(out).str();
  } catch (const Error&) {
    throw;
  } catch (const Poco::Exception& e) {
    throw Error("cannot write " + std::string(what) + ": " + e.displayText());
  } catch (const std::bad_alloc&) {
    throw Error("cannot write " + std::string(what) + ": out of memory");
  }
}

} // namespace pactum::host
