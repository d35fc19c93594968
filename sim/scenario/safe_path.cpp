#include "sim/scenario/safe_path.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace gosim {

namespace fs = std::filesystem;

namespace {

std::string lower_first(std::string s) {
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
  return s;
}

std::string os_error(int err) { return lower_first(std::strerror(err)); }

// What kind of thing a non-regular file is, for the message.
std::string not_regular(mode_t mode) {
  if (S_ISDIR(mode)) return "is a directory";
  if (S_ISFIFO(mode)) return "is not a regular file (it is a FIFO)";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "is not a regular file (it is a device)";
  if (S_ISSOCK(mode)) return "is not a regular file (it is a socket)";
  return "is not a regular file";
}

// `inner` lies inside `outer` (both canonical): outer's components are a prefix of inner's.
bool lies_inside(const fs::path& inner, const fs::path& outer) {
  auto i = inner.begin();
  for (auto o = outer.begin(); o != outer.end(); ++o, ++i) {
    if (o->empty()) continue;  // a trailing separator
    if (i == inner.end() || *i != *o) return false;
  }
  return true;
}

}  // namespace

std::string path_text_problem(std::string_view path) {
  if (path.empty()) return "is empty";
  for (size_t i = 0; i < path.size(); ++i) {
    const auto c = static_cast<unsigned char>(path[i]);
    if (c < 0x20 || c == 0x7F) {
      char buf[96];
      std::snprintf(buf, sizeof buf, "contains the control character U+%04X at byte %zu", c, i);
      return buf;
    }
  }
  if (path[0] == '/') return "is an absolute path (only paths relative to the file's folder are allowed)";
  return "";
}

std::string scenario_root(const std::string& scenario_path) {
  std::error_code ec;
  fs::path dir = fs::path(scenario_path).parent_path();
  if (dir.empty()) dir = ".";
  fs::path canon = fs::canonical(dir, ec);
  if (ec) return dir.string();
  fs::path parent = canon.parent_path();
  return parent == canon.root_path() ? canon.string() : parent.string();
}

ContainedPath resolve_contained(const std::string& base_dir, std::string_view text, const std::string& root) {
  ContainedPath out;
  const fs::path joined = (fs::path(base_dir) / fs::path(text)).lexically_normal();
  out.shown = joined.string();
  if (std::string why = path_text_problem(text); !why.empty()) {
    out.error = why;
    return out;
  }
  // The file first: a missing file is "no such file or directory" even when its folder is
  // missing too (a scenario parsed from memory under a made-up path).
  std::error_code ec;
  const fs::path target = fs::canonical(joined, ec);
  if (ec) {
    out.error = os_error(ec.value());
    return out;
  }
  const fs::path canon_root = fs::canonical(root.empty() ? fs::path(".") : fs::path(root), ec);
  if (ec) {
    out.error = "its folder cannot be resolved: " + os_error(ec.value());
    return out;
  }
  out.resolved = target.string();
  if (!lies_inside(target, canon_root)) {
    out.error = "resolves to " + target.string() + ", outside " + canon_root.string();
    out.outside = true;
    return out;
  }
  struct stat st {};
  if (::stat(target.c_str(), &st) != 0) {
    out.error = os_error(errno);
    return out;
  }
  if (!S_ISREG(st.st_mode)) out.error = not_regular(st.st_mode);
  return out;
}

bool read_regular_file(const std::string& path, std::string& out, std::string& error, size_t limit) {
  const std::string too_large = "file is too large (more than " +
                                (limit == kMaxInputFileBytes ? std::string(kMaxInputFileText)
                                                             : std::to_string(limit) + " bytes") +
                                ")";
  struct stat before {};
  if (path.find('\0') != std::string::npos) {
    error = "the path contains a NUL byte";
    return false;
  }
  if (::stat(path.c_str(), &before) != 0) {
    error = os_error(errno);
    return false;
  }
  if (!S_ISREG(before.st_mode)) {
    error = not_regular(before.st_mode);
    return false;
  }
  if (static_cast<uint64_t>(before.st_size) > limit) {
    error = too_large;
    return false;
  }
  // O_NONBLOCK: if a FIFO was swapped in after the stat, open returns at once instead of
  // waiting for a writer; the fstat below then refuses it.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) {
    error = os_error(errno);
    return false;
  }
  struct stat opened {};
  if (::fstat(fd, &opened) != 0 || !S_ISREG(opened.st_mode) || opened.st_dev != before.st_dev ||
      opened.st_ino != before.st_ino) {
    ::close(fd);
    error = S_ISREG(opened.st_mode) ? "changed while it was being opened" : not_regular(opened.st_mode);
    return false;
  }
  out.clear();
  char buf[65536];
  for (;;) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      error = os_error(errno);
      ::close(fd);
      return false;
    }
    out.append(buf, static_cast<size_t>(n));
    if (out.size() > limit) {  // the file grew after the fstat
      ::close(fd);
      error = too_large;
      return false;
    }
  }
  ::close(fd);
  return true;
}

}  // namespace gosim
