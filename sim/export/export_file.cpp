#include "sim/export/export_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace gosim::exporter {

std::string check_extension(std::string_view flag, const std::string& path, std::initializer_list<std::string_view> exts) {
  for (const std::string_view ext : exts) {
    if (path.size() > ext.size() && std::string_view(path).substr(path.size() - ext.size()) == ext) return "";
  }
  std::string names;
  for (const std::string_view ext : exts) names += (names.empty() ? "" : " or ") + std::string(ext);
  return std::string(flag) + ": " + path + ": unknown extension; give a file name ending in " + names;
}

bool is_special_file(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode);
}

ExportFile::~ExportFile() {
  if (!committed_ && !temp_.empty()) {
    out_.close();
    ::unlink(temp_.c_str());
  }
}

bool ExportFile::open(const std::string& path) {
  path_ = path;
  struct stat st {};
  const bool special = ::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode);
  if (special && S_ISDIR(st.st_mode)) {
    error_ = "it is a directory";
    return false;
  }
  // The temporary name is fixed (no pid, no clock): a second run simply replaces it.
  temp_ = special ? "" : path + ".partial";
  if (!out_.open(special ? path : temp_)) {
    error_ = out_.error();
    temp_.clear();
    return false;
  }
  return true;
}

bool ExportFile::commit(std::string_view bytes) {
  if (!out_.is_open()) return false;
  if (!out_.write(bytes) || !out_.close()) {
    error_ = out_.error();
    return false;
  }
  if (!temp_.empty() && std::rename(temp_.c_str(), path_.c_str()) != 0) {
    error_ = std::strerror(errno);
    return false;
  }
  committed_ = true;
  return true;
}

std::string ExportFile::message() const {
  return "cannot write " + path_ + ": " + error_ +
         "; nothing was written — check that the folder exists and is writable and the disk has room, or give another path";
}

}  // namespace gosim::exporter
