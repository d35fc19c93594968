// Files named inside other files: data, not keys to the disk.
//
// A scenario names its Go program (`source_file`), a visualizer script names its screenshots.
// Those files travel: a lesson folder is downloaded, shared, dropped on the window. So a path
// written inside a file is held to rules a path typed on the command line is not:
//
//   - its text is a relative path of printable characters: no NUL (the C library would stop
//     reading at it, so "/etc/shadow\u0000.go" would pass a ".go" check and open /etc/shadow),
//     no other control character, no leading '/';
//   - it resolves, after every symlink, inside the folder the rule allows (for a scenario: its
//     own folder's parent, where shared programs live as "../shared/pingpong.go"; see
//     docs/scenarios.md);
//   - it names a regular file: a FIFO would block the reader forever, a device would stream
//     without end. That is checked with stat before opening, and again with fstat on the
//     descriptor actually opened (O_NONBLOCK, so even a FIFO swapped in between cannot block),
//     comparing device and inode so nothing can be swapped in between.
//
// Every file gosim reads (scenario, Go source, script) goes through read_regular_file, which
// also caps its size at kMaxInputFileBytes. The CLI, the scenario loader and the visualizer all
// use these functions; nothing else in gosim opens an input file.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace gosim {

// The largest file gosim reads. No lesson comes near it (the biggest shipped program is a few
// KiB); the cap keeps a mistaken argument (a log, a disk image) from being read into memory.
inline constexpr size_t kMaxInputFileBytes = size_t{4} << 20;
inline constexpr const char* kMaxInputFileText = "4 MiB";

// Why the text of a path written inside a file is unacceptable, or "" when it is fine:
// empty, a control character (NUL included) or an absolute path.
std::string path_text_problem(std::string_view path);

// A path written in a file, resolved against the folder that file is in.
struct ContainedPath {
  std::string shown;     // as diagnostics print it: the folder joined with the text, normalised
  std::string resolved;  // after symlinks: what is opened
  std::string error;     // "" when the path may be read
  bool outside = false;  // the error is that it lies outside the allowed folder
};

// Resolves `text` (written in a file inside `base_dir`) and checks that the result, after
// symlinks, lies inside `root` (a folder that contains base_dir) and is a regular file.
// Never opens anything.
ContainedPath resolve_contained(const std::string& base_dir, std::string_view text, const std::string& root);

// The folder a scenario's files must lie in: the parent of the scenario's own folder, unless
// that parent is the file system's root (then the scenario's folder itself).
std::string scenario_root(const std::string& scenario_path);

// Reads a whole regular file of at most `limit` bytes. FIFOs, devices, sockets and folders are
// refused without reading (and without blocking). On failure `error` says why, in the OS's
// words as Go prints them ("no such file or directory").
bool read_regular_file(const std::string& path, std::string& out, std::string& error,
                       size_t limit = kMaxInputFileBytes);

}  // namespace gosim
