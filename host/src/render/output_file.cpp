#include "render/output_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <utility>

#include "pactum/error.hpp"

namespace pactum::host {

OutputFile::OutputFile(std::filesystem::path path) : path_(std::move(path)) {
  const auto folder = path_.has_parent_path() ? path_.parent_path() : std::filesystem::path(".");
  temp_ = (folder / ("." + path_.filename().string() + ".tmp-XXXXXX")).string();
  fd_ = ::mkstemp(temp_.data());
  if (fd_ < 0) {
    throw Error(path_.string() + ": error: cannot create a file here: " + std::strerror(errno));
  }
}

OutputFile::~OutputFile() {
  if (fd_ >= 0) {
    ::close(fd_);
    ::unlink(temp_.c_str());
  }
}

void OutputFile::fail(const char* what) {
  const std::string reason = std::strerror(errno);
  if (fd_ >= 0) {
    ::close(fd_);
    fd_ = -1;
  }
  ::unlink(temp_.c_str());
  throw Error(path_.string() + ": error: " + what + ": " + reason);
}

void OutputFile::write(std::string_view bytes) {
  if (fd_ < 0) {
    throw Error(path_.string() + ": error: written after it was closed");
  }
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd_, bytes.data() + written, bytes.size() - written);
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      fail("cannot write");
    }
    written += static_cast<std::size_t>(n);
  }
}

void OutputFile::commit() {
  if (fd_ < 0) {
    throw Error(path_.string() + ": error: committed twice");
  }
  if (::fchmod(fd_, 0644) != 0 || ::fsync(fd_) != 0) {
    fail("cannot flush");
  }
  const int fd = std::exchange(fd_, -1);
  if (::close(fd) != 0) {
    ::unlink(temp_.c_str());
    throw Error(path_.string() + ": error: cannot close: " + std::strerror(errno));
  }
  if (::rename(temp_.c_str(), path_.c_str()) != 0) {
    const std::string reason = std::strerror(errno);
    ::unlink(temp_.c_str());
    throw Error(path_.string() + ": error: cannot rename into place: " + reason);
  }
}

void write_file_atomically(const std::filesystem::path& path, std::string_view bytes) {
  OutputFile file(path);
  file.write(bytes);
  file.commit();
}

} // namespace pactum::host
