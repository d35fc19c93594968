// A file gosim writes (a JSON Lines trace, a screenshot, a layout dump), with every write and
// the close checked.
//
// `--trace-jsonl /dev/full` used to exit 0 with the trace lost: buffered writes fail late (at
// the flush or the close), and nothing looked. OutFile keeps the first failure, in the OS's
// words, so the caller can stop and print `gosim: cannot write FILE: no space left on device`
// and exit 1. Every output file goes through it; the program's own stdout and stderr do not (a
// Go program ignores a failed fmt.Println too).
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace gosim {

class OutFile {
 public:
  OutFile() = default;
  ~OutFile();
  OutFile(const OutFile&) = delete;
  OutFile& operator=(const OutFile&) = delete;

  // Creates or truncates `path`. With no_follow, a symlink as the last component is refused
  // (for names that come from a file, such as a script's screenshot).
  bool open(const std::string& path, bool no_follow = false);
  bool is_open() const { return f_ != nullptr; }
  // False once any write failed; later writes are skipped.
  bool write(std::string_view data);
  // Flushes and closes; false if that or any earlier write failed.
  bool close();
  // Why it failed ("no space left on device"), or "".
  const std::string& error() const { return error_; }
  const std::string& path() const { return path_; }
  // The message gosim prints: "cannot write FILE: REASON".
  std::string message() const { return "cannot write " + path_ + ": " + error_; }

 private:
  std::FILE* f_ = nullptr;
  std::string path_;
  std::string error_;
  void fail(int err);
};

}  // namespace gosim
