#include "readers/zip_archive.hpp"

#include <Poco/Checksum.h>
#include <Poco/DeflatingStream.h>
#include <Poco/Exception.h>
#include <Poco/MemoryStream.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipCommon.h>
#include <Poco/Zip/ZipException.h>
#include <Poco/Zip/ZipFileInfo.h>
#include <Poco/Zip/ZipLocalFileHeader.h>
#include <Poco/Zip/ZipStream.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <exception>
#include <ios>
#include <limits>
#include <new>
#include <sstream>
#include <utility>

#include "pactum/error.hpp"

namespace pactum::host {
namespace {

constexpr std::string_view local_header_signature("PK\x03\x04", 4);
constexpr std::string_view end_of_directory_signature("PK\x05\x06", 4);
constexpr std::string_view zip64_end_signature("PK\x06\x06", 4);
constexpr std::size_t end_of_directory_size = 22;
constexpr std::size_t longest_comment = 0xFFFF;

// An entry name from the archive, fit for a one-line message: hostile names may be long or
// hold control characters.
std::string quoted(std::string_view name) {
  std::string text;
  for (const char c : name.substr(0, std::min<std::size_t>(name.size(), 80))) {
    const auto byte = static_cast<unsigned char>(c);
    text += byte < 0x20 || byte == 0x7F ? '?' : c;
  }
  return "'" + text + (name.size() > 80 ? "...'" : "'");
}

std::string one_line_reason(std::string_view text) {
  std::string line;
  for (const char c : text.substr(0, std::min<std::size_t>(text.size(), 200))) {
    const auto byte = static_cast<unsigned char>(c);
    line += byte < 0x20 || byte == 0x7F ? ' ' : c;
  }
  return line;
}

std::uint16_t little16(std::string_view bytes, std::size_t at) noexcept {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(bytes[at]) |
                                    (static_cast<unsigned char>(bytes[at + 1]) << 8U));
}

std::uint32_t little32(std::string_view bytes, std::size_t at) noexcept {
  return static_cast<std::uint32_t>(little16(bytes, at)) |
         (static_cast<std::uint32_t>(little16(bytes, at + 2)) << 16U);
}

// Poco's own words, for the rare failure only it detects; its assertion messages name its
// source files, which mean nothing to whoever sent the archive.
std::string poco_reason(const Poco::Exception& e) {
  if (dynamic_cast<const Poco::AssertionViolationException*>(&e) != nullptr) {
    return "inconsistent headers";
  }
  return one_line_reason(e.displayText());
}

std::size_t count_occurrences(std::string_view bytes, std::string_view needle,
                              std::size_t stop_after) noexcept {
  std::size_t count = 0;
  for (std::size_t at = bytes.find(needle); at != std::string_view::npos && count <= stop_after;
       at = bytes.find(needle, at + needle.size())) {
    ++count;
  }
  return count;
}

} // namespace

struct ZipArchive::State {
  std::string file;
  std::string bytes;
  // Poco reads through a stream over `bytes`; both live as long as the archive.
  std::unique_ptr<Poco::MemoryInputStream> stream;
  std::unique_ptr<Poco::Zip::ZipArchive> archive;
  std::uint64_t total_inflated = 0;

  [[noreturn]] void fail(std::string_view reason) const {
    throw Error(file + ": error: " + std::string(reason));
  }

  // Checks, on the raw bytes and before Poco sees them, what Poco would otherwise find out
  // late or expensively: Poco parses every local header into a map before anything can be
  // counted, so an archive of a million empty entries would cost a gigabyte first.
  void check_shape() const {
    const std::string_view data(bytes);
    if (data.size() < end_of_directory_size || (!data.starts_with(local_header_signature) &&
                                                !data.starts_with(end_of_directory_signature))) {
      fail("not a zip archive");
    }
    const std::size_t earliest = data.size() > end_of_directory_size + longest_comment
                                     ? data.size() - end_of_directory_size - longest_comment
                                     : 0;
    std::size_t end_record = std::string_view::npos;
    for (std::size_t at = data.size() - end_of_directory_size + 1; at-- > earliest;) {
      if (data.substr(at, 4) == end_of_directory_signature) {
        end_record = at;
        break;
      }
    }
    if (end_record == std::string_view::npos) {
      fail("truncated zip archive: no end of central directory record");
    }
    if (little16(data, end_record + 4) != 0 || little16(data, end_record + 6) != 0) {
      fail("multi-volume zip archives are not read");
    }
    const std::size_t declared = little16(data, end_record + 10);
    if (declared > ZipLimits::max_entries ||
        count_occurrences(data, local_header_signature, ZipLimits::max_entries) >
            ZipLimits::max_entries) {
      fail("the archive has more than " + std::to_string(ZipLimits::max_entries) + " entries");
    }
    // Poco allocates the size a ZIP64 end of central directory record claims, unchecked (found
    // by fuzzing: a 400 PB request). Every path to that parser needs the record's signature in
    // the input, so refusing the signature guards it; a .docx file never needs ZIP64.
    if (data.find(zip64_end_signature) != std::string_view::npos) {
      fail("ZIP64 archives are not read (a .docx file is far below 4 GB)");
    }
    check_methods(data, little32(data, end_record + 16), declared);
  }

  // Poco asserts on compression methods it has no name for; the central directory says which
  // method each entry uses, so the error can say it. A malformed directory is left to Poco.
  void check_methods(std::string_view data, std::size_t at, std::size_t entries) const {
    constexpr std::size_t fixed = 46;
    for (std::size_t i = 0; i < entries && at <= data.size() && data.size() - at >= fixed; ++i) {
      if (data.substr(at, 4) != std::string_view("PK\x01\x02", 4)) {
        return;
      }
      const std::size_t name_length = little16(data, at + 28);
      const std::size_t variable = name_length + little16(data, at + 30) + little16(data, at + 32);
      if (data.size() - at - fixed < name_length) {
        return;
      }
      const std::uint16_t method = little16(data, at + 10);
      if (method != 0 && method != 8) {
        fail("entry " + quoted(data.substr(at + fixed, name_length)) + " uses compression method " +
             std::to_string(method) + "; only stored and deflated entries are read");
      }
      at += fixed + variable;
    }
  }

  std::string inflate(const std::string& name, const Poco::Zip::ZipLocalFileHeader& header) {
    if (header.isEncrypted()) {
      fail("entry " + quoted(name) + " is encrypted");
    }
    const auto method = header.getCompressionMethod();
    if (method != Poco::Zip::ZipCommon::CM_STORE && method != Poco::Zip::ZipCommon::CM_DEFLATE) {
      fail("entry " + quoted(name) + " uses compression method " +
           std::to_string(static_cast<int>(method)) +
           "; only stored and deflated entries are read");
    }
    // The ratio is taken against the compressed size the header claims, but never more than
    // the whole archive: a lying header cannot buy more inflation than the bytes we hold.
    // Local headers of entries with a data descriptor say 0; the central directory knows.
    std::uint64_t claimed = header.getCompressedSize();
    for (auto info = archive->fileInfoBegin(); info != archive->fileInfoEnd(); ++info) {
      if (info->first == name) {
        claimed = std::max<std::uint64_t>(claimed, info->second.getCompressedSize());
        break;
      }
    }
    const std::uint64_t compressed =
        std::max<std::uint64_t>(1, std::min<std::uint64_t>(claimed, bytes.size()));
    stream->clear();
    Poco::Zip::ZipInputStream input(*stream, header, true);
    // Errors a stream buffer throws (CRC failure, corrupt deflate data) come back out of read()
    // only with badbit in the exception mask; otherwise the stream would just stop.
    input.exceptions(std::ios::badbit);
    std::string inflated;
    std::array<char, 64 * 1024> chunk{};
    while (input) {
      input.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
      const auto got = static_cast<std::size_t>(input.gcount());
      if (got == 0) {
        break;
      }
      total_inflated += got;
      if (inflated.size() + got > ZipLimits::max_entry_bytes) {
        fail("entry " + quoted(name) + " inflates to more than " +
             std::to_string(ZipLimits::max_entry_bytes) + " bytes");
      }
      if (total_inflated > ZipLimits::max_total_bytes) {
        fail("the archive inflates to more than " + std::to_string(ZipLimits::max_total_bytes) +
             " bytes in all");
      }
      inflated.append(chunk.data(), got);
      if (inflated.size() > ZipLimits::ratio_floor_bytes &&
          inflated.size() / compressed > ZipLimits::max_ratio) {
        fail("entry " + quoted(name) + " inflates more than " +
             std::to_string(ZipLimits::max_ratio) + " times its compressed size (a zip bomb?)");
      }
    }
    return inflated;
  }
};

ZipArchive::ZipArchive(std::span<const std::byte> bytes, std::string_view file_name)
    : state_(std::make_unique<State>()) {
  state_->file = std::string(file_name);
  try {
    state_->bytes.assign(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    state_->check_shape();
    state_->stream =
        std::make_unique<Poco::MemoryInputStream>(state_->bytes.data(), state_->bytes.size());
    state_->archive = std::make_unique<Poco::Zip::ZipArchive>(*state_->stream);
  } catch (const Error&) {
    throw;
  } catch (const Poco::Exception& e) {
    state_->fail("not a readable zip archive: " + poco_reason(e));
  } catch (const std::bad_alloc&) {
    state_->fail("out of memory while reading the zip archive");
  } catch (const std::exception& e) {
    state_->fail("not a readable zip archive: " + one_line_reason(e.what()));
  }
}

ZipArchive::~ZipArchive() = default;
ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;

std::vector<std::string> ZipArchive::names() const {
  std::vector<std::string> names;
  for (auto it = state_->archive->headerBegin(); it != state_->archive->headerEnd(); ++it) {
    names.push_back(it->first);
  }
  return names;
}

bool ZipArchive::contains(std::string_view name) const {
  return state_->archive->findHeader(std::string(name)) != state_->archive->headerEnd();
}

std::optional<std::string> ZipArchive::read(std::string_view name) {
  const std::string key(name);
  const auto found = state_->archive->findHeader(key);
  if (found == state_->archive->headerEnd()) {
    return std::nullopt;
  }
  try {
    return state_->inflate(key, found->second);
  } catch (const Error&) {
    throw;
  } catch (const Poco::Zip::ZipException& e) {
    state_->fail("entry " + quoted(key) + " is corrupt: " + one_line_reason(e.message()));
  } catch (const Poco::Exception& e) {
    state_->fail("entry " + quoted(key) +
                 " cannot be inflated: " + one_line_reason(e.displayText()));
  } catch (const std::bad_alloc&) {
    state_->fail("out of memory while inflating entry " + quoted(key));
  } catch (const std::exception& e) {
    state_->fail("entry " + quoted(key) + " cannot be inflated: " + one_line_reason(e.what()));
  }
}

} // namespace pactum::host
