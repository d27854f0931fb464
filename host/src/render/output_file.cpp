#include "render/output_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "pactum/error.hpp"

namespace pactum::host {
namespace {

class FileDescriptor {
public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  ~FileDescriptor() {
    if (fd_ >= 0) {
      ::close(fd_);
    }
  }
  int get() const { return fd_; }
  int release() {
    const int fd = fd_;
    fd_ = -1;
    return fd;
  }

private:
  int fd_;
};

} // namespace

void write_file_atomically(const std::filesystem::path& path, std::string_view bytes) {
  const auto folder = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  std::string temp = (folder / ("." + path.filename().string() + ".tmp-XXXXXX")).string();
  FileDescriptor fd(::mkstemp(temp.data()));
  if (fd.get() < 0) {
    throw Error(path.string() + ": error: cannot create a file here: " + std::strerror(errno));
  }
  const auto fail = [&](const char* what) {
    const std::string reason = std::strerror(errno);
    ::unlink(temp.c_str());
    throw Error(path.string() + ": error: " + what + ": " + reason);
  };
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd.get(), bytes.data() + written, bytes.size() - written);
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      fail("cannot write");
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fchmod(fd.get(), 0644) != 0 || ::fsync(fd.get()) != 0) {
    fail("cannot flush");
  }
  if (::close(fd.release()) != 0) {
    fail("cannot close");
  }
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    fail("cannot rename into place");
  }
}

} // namespace pactum::host
