#include "readers/zip_archive.hpp"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <exception>
#include <map>
#include <new>
#include <utility>

#include "pactum/error.hpp"

// Entries are found through the central directory and inflated with zlib directly. Poco::Zip
// (what the issue named) walks the local headers instead, and for entries written with a data
// descriptor — every entry LibreOffice writes — it looks for the descriptor one byte at a time
// through an istream: a third of the time it took to read a .docx. It also allocated whatever a
// ZIP64 record claimed (found by fuzzing) and asserted on unknown methods, each of which needed
// a pre-check here anyway. The central directory is parsed once, every offset and size is
// checked against the bytes we hold, and the limits are counted on what inflates.
namespace pactum::host {
namespace {

constexpr std::string_view local_header_signature("PK\x03\x04", 4);
constexpr std::string_view directory_signature("PK\x01\x02", 4);
constexpr std::string_view end_of_directory_signature("PK\x05\x06", 4);
constexpr std::string_view zip64_end_signature("PK\x06\x06", 4);
constexpr std::size_t end_of_directory_size = 22;
constexpr std::size_t directory_entry_size = 46;
constexpr std::size_t local_header_size = 30;
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

std::uint16_t little16(std::string_view bytes, std::size_t at) noexcept {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(bytes[at]) |
                                    (static_cast<unsigned char>(bytes[at + 1]) << 8U));
}

std::uint32_t little32(std::string_view bytes, std::size_t at) noexcept {
  return static_cast<std::uint32_t>(little16(bytes, at)) |
         (static_cast<std::uint32_t>(little16(bytes, at + 2)) << 16U);
}

struct Entry {
  std::string name;
  std::uint16_t flags = 0;
  std::uint16_t method = 0;
  std::uint32_t crc = 0;
  std::uint32_t compressed = 0;
  std::size_t local_header = 0;
};

struct FreeInflater {
  void operator()(z_stream* stream) const noexcept {
    inflateEnd(stream);
    delete stream;
  }
};

} // namespace

struct ZipArchive::State {
  std::string file;
  std::string bytes;
  std::vector<Entry> entries;               // in central-directory order
  std::map<std::string, std::size_t> index; // name → first entry of that name
  std::uint64_t total_inflated = 0;

  [[noreturn]] void fail(std::string_view reason) const {
    throw Error(file + ": error: " + std::string(reason));
  }

  void parse() {
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
    // A .docx never needs ZIP64 (4 GB, 65,535 entries); its records are refused rather than
    // half understood.
    if (data.find(zip64_end_signature) != std::string_view::npos) {
      fail("ZIP64 archives are not read (a .docx file is far below 4 GB)");
    }
    const std::size_t declared = little16(data, end_record + 10);
    if (declared > ZipLimits::max_entries) {
      fail("the archive has more than " + std::to_string(ZipLimits::max_entries) + " entries");
    }
    std::size_t at = little32(data, end_record + 16);
    const std::size_t directory_size = little32(data, end_record + 12);
    if (at > end_record || directory_size > end_record - at) {
      fail("truncated zip archive: the central directory lies outside the file");
    }
    entries.reserve(declared);
    for (std::size_t i = 0; i < declared; ++i) {
      if (end_record - at < directory_entry_size || data.substr(at, 4) != directory_signature) {
        fail("corrupt zip archive: central directory entry " + std::to_string(i + 1) +
             " is damaged");
      }
      const std::size_t name_length = little16(data, at + 28);
      const std::size_t variable = name_length + little16(data, at + 30) + little16(data, at + 32);
      if (end_record - at - directory_entry_size < variable) {
        fail("corrupt zip archive: central directory entry " + std::to_string(i + 1) +
             " runs past the directory");
      }
      Entry entry;
      entry.name = std::string(data.substr(at + directory_entry_size, name_length));
      entry.flags = little16(data, at + 8);
      entry.method = little16(data, at + 10);
      entry.crc = little32(data, at + 16);
      entry.compressed = little32(data, at + 20);
      entry.local_header = little32(data, at + 42);
      if (entry.method != 0 && entry.method != 8) {
        fail("entry " + quoted(entry.name) + " uses compression method " +
             std::to_string(entry.method) + "; only stored and deflated entries are read");
      }
      index.emplace(entry.name, entries.size());
      entries.push_back(std::move(entry));
      at += directory_entry_size + variable;
    }
  }

  // The entry's compressed bytes, located through its local header (whose own sizes may be 0
  // when a data descriptor follows: the central directory's are used).
  std::string_view compressed_data(const Entry& entry) const {
    const std::string_view data(bytes);
    const std::size_t at = entry.local_header;
    if (at > data.size() || data.size() - at < local_header_size ||
        data.substr(at, 4) != local_header_signature) {
      fail("entry " + quoted(entry.name) +
           " is damaged: no local header where the directory "
           "says");
    }
    const std::size_t start =
        at + local_header_size + little16(data, at + 26) + little16(data, at + 28);
    if (start > data.size() || data.size() - start < entry.compressed) {
      fail("truncated zip archive: entry " + quoted(entry.name) + " runs past the end");
    }
    return data.substr(start, entry.compressed);
  }

  void count(const Entry& entry, std::size_t inflated, std::size_t got) {
    total_inflated += got;
    if (inflated + got > ZipLimits::max_entry_bytes) {
      fail("entry " + quoted(entry.name) + " inflates to more than " +
           std::to_string(ZipLimits::max_entry_bytes) + " bytes");
    }
    if (total_inflated > ZipLimits::max_total_bytes) {
      fail("the archive inflates to more than " + std::to_string(ZipLimits::max_total_bytes) +
           " bytes in all");
    }
    const std::uint64_t compressed = std::max<std::uint64_t>(1, entry.compressed);
    if (inflated + got > ZipLimits::ratio_floor_bytes &&
        (inflated + got) / compressed > ZipLimits::max_ratio) {
      fail("entry " + quoted(entry.name) + " inflates more than " +
           std::to_string(ZipLimits::max_ratio) + " times its compressed size (a zip bomb?)");
    }
  }

  std::string inflate(const Entry& entry) {
    if ((entry.flags & 0x0001U) != 0) {
      fail("entry " + quoted(entry.name) + " is encrypted");
    }
    const std::string_view input = compressed_data(entry);
    std::string out;
    if (entry.method == 0) {
      count(entry, 0, input.size());
      out.assign(input);
    } else {
      const std::unique_ptr<z_stream, FreeInflater> stream(new z_stream{});
      // Negative window bits: raw DEFLATE, as zip entries hold it.
      if (inflateInit2(stream.get(), -15) != Z_OK) {
        fail("cannot inflate entry " + quoted(entry.name) + ": zlib could not start");
      }
      stream->next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.data()));
      stream->avail_in = static_cast<uInt>(input.size());
      std::array<char, 64 * 1024> chunk{};
      int status = Z_OK;
      while (status == Z_OK) {
        stream->next_out = reinterpret_cast<Bytef*>(chunk.data());
        stream->avail_out = static_cast<uInt>(chunk.size());
        status = ::inflate(stream.get(), Z_NO_FLUSH);
        const std::size_t got = chunk.size() - stream->avail_out;
        if (status != Z_OK && status != Z_STREAM_END) {
          if (status == Z_BUF_ERROR && stream->avail_in == 0) {
            fail("truncated zip archive: entry " + quoted(entry.name) + " ends early");
          }
          fail("entry " + quoted(entry.name) + " is corrupt: " +
               (stream->msg != nullptr ? std::string(stream->msg) : "bad deflate data"));
        }
        count(entry, out.size(), got);
        out.append(chunk.data(), got);
      }
    }
    const auto crc = static_cast<std::uint32_t>(
        crc32(0, reinterpret_cast<const Bytef*>(out.data()), static_cast<uInt>(out.size())));
    if (crc != entry.crc) {
      fail("entry " + quoted(entry.name) + " is corrupt: CRC mismatch");
    }
    return out;
  }
};

ZipArchive::ZipArchive(std::span<const std::byte> bytes, std::string_view file_name)
    : state_(std::make_unique<State>()) {
  state_->file = std::string(file_name);
  try {
    state_->bytes.assign(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    state_->parse();
  } catch (const Error&) {
    throw;
  } catch (const std::bad_alloc&) {
    state_->fail("out of memory while reading the zip archive");
  }
}

ZipArchive::~ZipArchive() = default;
ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;

std::vector<std::string> ZipArchive::names() const {
  std::vector<std::string> names;
  names.reserve(state_->entries.size());
  for (const Entry& entry : state_->entries) {
    names.push_back(entry.name);
  }
  return names;
}

bool ZipArchive::contains(std::string_view name) const {
  return state_->index.contains(std::string(name));
}

std::optional<std::string> ZipArchive::read(std::string_view name) {
  const auto found = state_->index.find(std::string(name));
  if (found == state_->index.end()) {
    return std::nullopt;
  }
  const Entry& entry = state_->entries[found->second];
  try {
    return state_->inflate(entry);
  } catch (const Error&) {
    throw;
  } catch (const std::bad_alloc&) {
    state_->fail("out of memory while inflating entry " + quoted(entry.name));
  }
}

} // namespace pactum::host
