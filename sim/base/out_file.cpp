#include "sim/base/out_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace gosim {

OutFile::~OutFile() {
  if (f_) std::fclose(f_);
}

void OutFile::fail(int err) {
  if (!error_.empty()) return;
  error_ = std::strerror(err != 0 ? err : EIO);
  if (!error_.empty() && error_[0] >= 'A' && error_[0] <= 'Z') error_[0] = static_cast<char>(error_[0] - 'A' + 'a');
}

bool OutFile::open(const std::string& path, bool no_follow) {
  path_ = path;
  error_.clear();
  int flags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOCTTY;
  if (no_follow) flags |= O_NOFOLLOW;
  const int fd = path.find('\0') == std::string::npos ? ::open(path.c_str(), flags, 0644) : -1;
  if (fd < 0) {
    fail(path.find('\0') == std::string::npos ? errno : EINVAL);
    return false;
  }
  f_ = ::fdopen(fd, "wb");
  if (!f_) {
    fail(errno);
    ::close(fd);
    return false;
  }
  return true;
}

bool OutFile::write(std::string_view data) {
  if (!f_ || !error_.empty()) return false;
  if (std::fwrite(data.data(), 1, data.size(), f_) != data.size()) fail(errno);
  return error_.empty();
}

bool OutFile::close() {
  if (!f_) return error_.empty();
  // fflush then fclose: a buffered write to a full disk fails only here.
  if (std::fflush(f_) != 0) fail(errno);
  if (std::fclose(f_) != 0) fail(errno);
  f_ = nullptr;
  return error_.empty();
}

}  // namespace gosim
