// ExportFile: an exported run (a Go trace, a Perfetto JSON) written under a temporary name
// next to the target and renamed over it only when every byte is out, so a full disk or a
// killed run never leaves a file that looks complete but is cut short.
//
// It is opened before the run starts, so an unwritable place is refused at once rather than
// after a long run. A target that exists and is not a regular file (/dev/null, /dev/full, a
// pipe) is written directly: there is nothing to rename over, and renaming over a device would
// replace it.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "sim/base/out_file.h"

namespace gosim::exporter {

// "" when `path` ends in one of `exts` (".trace"), else the sentence to print, naming the
// flag, the file and what to use instead.
std::string check_extension(std::string_view flag, const std::string& path, std::initializer_list<std::string_view> exts);

// True when `path` exists and is not a regular file (a device such as /dev/stdout or /dev/full,
// a pipe, a directory): no extension is asked of it.
bool is_special_file(const std::string& path);

class ExportFile {
 public:
  ExportFile() = default;
  ~ExportFile();  // an uncommitted temporary file is removed
  ExportFile(const ExportFile&) = delete;
  ExportFile& operator=(const ExportFile&) = delete;

  bool open(const std::string& path);
  bool is_open() const { return out_.is_open(); }
  // Writes everything, closes and renames; false (and no file at `path`) if any step failed.
  bool commit(std::string_view bytes);
  const std::string& error() const { return error_; }
  // "cannot write FILE: REASON; nothing was written — …what to do".
  std::string message() const;

 private:
  OutFile out_;
  std::string path_;
  std::string temp_;  // "" when writing directly
  std::string error_;
  bool committed_ = false;
};

}  // namespace gosim::exporter
