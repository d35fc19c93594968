// The virtual file tree and the open descriptors, as state (part fs of session 22).
//
// What `ls -l` and /proc/self/fdinfo would show at that instant: every path of the tree with
// its kind, size, mode (as io/fs's FileMode.String prints it) and inode, the working
// directory, and each open descriptor with its path, open flags and file offset (the offset the
// next read or write of that fd starts at; for a directory, how many names getdents64 handed
// out). The tree is the kernel's side of the model (sim/rt/vfs.h); it has no Go counterpart.
#include <fmt/format.h>

#include "sim/state/state_impl.h"

namespace gosim::state {

namespace {

// Go: io/fs FileMode.String over the bits newfstatat reports for a node.
std::string mode_string(const VfsNode& n) {
  std::string s;
  if (n.dir) s += 'd';
  if ((n.perm & 04000) != 0) s += 'u';
  if ((n.perm & 02000) != 0) s += 'g';
  if ((n.perm & 01000) != 0) s += 't';
  if (s.empty()) s += '-';
  const char* const rwx = "rwxrwxrwx";
  for (int i = 0; i < 9; ++i) s += (n.perm & (1u << (8 - i))) != 0 ? rwx[i] : '-';
  return s;
}

// The open flags as os spells them (O_RDONLY, O_WRONLY or O_RDWR, then the others).
std::string flags_string(int64_t f) {
  const int64_t acc = f & kOAccMode;
  std::string s = acc == 0 ? "O_RDONLY" : acc == kOWronly ? "O_WRONLY" : "O_RDWR";
  const std::pair<int64_t, const char*> bits[] = {
      {kOAppend, "O_APPEND"}, {kOCreat, "O_CREATE"}, {kOExcl, "O_EXCL"}, {kOTrunc, "O_TRUNC"}};
  for (const auto& [bit, name] : bits) {
    if ((f & bit) != 0) s += std::string("|") + name;
  }
  return s;
}

}  // namespace

nlohmann::ordered_json files_json(const Model& md) {
  const Vfs& vfs = md.vfs;
  nlohmann::ordered_json nodes = nlohmann::ordered_json::array();
  for (const auto& [path, n] : vfs.nodes) {  // the map's order: sorted by path
    nodes.push_back({{"path", path},
                     {"dir", n.dir},
                     {"size", n.dir ? 4096 : n.data.size()},
                     {"mode", mode_string(n)},
                     {"perm", n.perm},
                     {"ino", n.ino},
                     {"mtime_ns", n.mtime}});
  }
  nlohmann::ordered_json fds = nlohmann::ordered_json::array();
  for (const VfsOpen& o : vfs.open) {
    const VfsNode* n = vfs.find(o.path);
    fds.push_back({{"fd", o.fd},
                   {"path", o.path},
                   {"flags", flags_string(o.flags)},
                   {"offset", o.off},
                   {"dir", n != nullptr && n->dir},
                   {"dir_pos", o.dir_pos}});
  }
  return {{"cwd", vfs.cwd}, {"bytes", vfs.total_bytes()}, {"nodes", std::move(nodes)}, {"open", std::move(fds)}};
}

// The text: the section only when the program has files beyond the empty tree it starts with
// (/, /home, /home/gopher, /tmp) or an open descriptor.
void files_text(std::string& out, const nlohmann::ordered_json& st) {
  const auto& f = st["files"];
  if (f.is_null() || (f["nodes"].size() <= 4 && f["open"].empty() && f["cwd"] == "/home/gopher")) return;
  out += fmt::format("\nFiles (the virtual tree, {} bytes in files; working directory {})\n", f["bytes"].get<uint64_t>(),
                     f["cwd"].get<std::string>());
  for (const auto& n : f["nodes"]) {
    out += fmt::format("  {:<11} {:>8} {}\n", n["mode"].get<std::string>(),
                       n["dir"].get<bool>() ? std::string("-") : std::to_string(n["size"].get<uint64_t>()),
                       n["path"].get<std::string>() + (n["dir"].get<bool>() && n["path"] != "/" ? "/" : ""));
  }
  if (f["open"].empty()) {
    out += "  open descriptors: none (0-2 are stdin, stdout, stderr)\n";
    return;
  }
  for (const auto& o : f["open"]) {
    out += o["dir"].get<bool>()
               ? fmt::format("  fd {} {} ({}), {} names read\n", o["fd"].get<int64_t>(), o["path"].get<std::string>(),
                             o["flags"].get<std::string>(), o["dir_pos"].get<size_t>())
               : fmt::format("  fd {} {} ({}), offset {}\n", o["fd"].get<int64_t>(), o["path"].get<std::string>(),
                             o["flags"].get<std::string>(), o["offset"].get<uint64_t>());
  }
}

}  // namespace gosim::state
