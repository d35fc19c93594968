// The virtual file tree (sim/rt/vfs.h): Linux's answers for the calls part fs added.
#include <doctest/doctest.h>

#include <set>

#include "sim/rt/vfs.h"

using namespace gosim;

TEST_CASE("the root lists its children, never itself (an empty name made filepath.Walk(\"/\") recurse)") {
  Vfs v;
  const std::vector<std::string> kids = v.children("/");
  CHECK(kids == std::vector<std::string>{"home", "tmp"});
}

TEST_CASE("renameat moves a directory with its tree, its open descriptors and the working directory") {
  Vfs v;
  v.add_file("src/a/x.txt", "x");
  v.add_file("src/b.txt", "bb");
  int64_t fd = -1;
  REQUIRE(v.openat("src/b.txt", 0, 0, 0, &fd) == Errno::kOK);
  REQUIRE(v.chdir("src/a") == Errno::kOK);
  CHECK(v.renameat("/home/gopher/src", "/home/gopher/dst") == Errno::kOK);
  CHECK(v.find("/home/gopher/src") == nullptr);
  REQUIRE(v.find("/home/gopher/dst/a/x.txt") != nullptr);
  CHECK(v.find("/home/gopher/dst/b.txt")->data == "bb");
  CHECK(v.fd(fd)->path == "/home/gopher/dst/b.txt");
  CHECK(v.cwd == "/home/gopher/dst/a");
}

TEST_CASE("renameat refuses what Linux refuses") {
  Vfs v;
  v.add_file("d/f.txt", "f");
  v.add_file("e/g.txt", "g");
  v.add_dir("empty");
  CHECK(v.renameat("missing", "x") == Errno::kENOENT);
  CHECK(v.renameat("d", "e") == Errno::kENOTEMPTY);        // onto a directory that is not empty
  CHECK(v.renameat("d", "d/inner") == Errno::kEINVAL);     // below itself
  CHECK(v.renameat("d/f.txt", "empty") == Errno::kEISDIR);  // a file onto a directory
  CHECK(v.renameat("d", "e/g.txt") == Errno::kENOTDIR);    // a directory onto a file
  CHECK(v.renameat("d/f.txt", "nodir/f.txt") == Errno::kENOENT);
  CHECK(v.renameat("d", "empty") == Errno::kOK);           // onto an empty directory: replaces it
  CHECK(v.find("/home/gopher/empty/f.txt") != nullptr);
}

TEST_CASE("truncate, chmod and chdir answer as Linux does") {
  Vfs v;
  v.add_file("a.txt", "0123456789");
  CHECK(v.truncate("a.txt", 4, 7) == Errno::kOK);
  CHECK(v.find("/home/gopher/a.txt")->data == "0123");
  CHECK(v.find("/home/gopher/a.txt")->mtime == 7);
  CHECK(v.truncate("a.txt", 6, 8) == Errno::kOK);
  CHECK(v.find("/home/gopher/a.txt")->data == std::string("0123\0\0", 6));
  CHECK(v.truncate("/tmp", 1, 0) == Errno::kEISDIR);
  CHECK(v.truncate("a.txt", -1, 0) == Errno::kEINVAL);
  CHECK(v.chmod("a.txt", 0600) == Errno::kOK);
  CHECK(v.find("/home/gopher/a.txt")->perm == 0600);
  CHECK(v.chdir("a.txt") == Errno::kENOTDIR);
  CHECK(v.chdir("nowhere") == Errno::kENOENT);
  CHECK(v.chdir("/tmp") == Errno::kOK);
  CHECK(v.abs("x") == "/tmp/x");
}

TEST_CASE("every node has its own inode number, kept across a rename") {
  Vfs v;
  v.add_file("a.txt", "a");
  v.add_file("b/c.txt", "c");
  std::set<uint64_t> inos;
  for (const auto& [p, n] : v.nodes) inos.insert(n.ino);
  CHECK(inos.size() == v.nodes.size());
  CHECK(inos.count(0) == 0);
  const uint64_t ino = v.find("/home/gopher/a.txt")->ino;
  REQUIRE(v.renameat("a.txt", "z.txt") == Errno::kOK);
  CHECK(v.find("/home/gopher/z.txt")->ino == ino);
}

TEST_CASE("rmdir answers as Linux does for the root, \".\" and the working directory (part lang19)") {
  Vfs v;
  v.add_dir("w");
  // Linux: rmdir("/") is EBUSY, even with entries below it (python3 os.rmdir("/") as root).
  CHECK(v.unlinkat("/") == Errno::kEBUSY);
  CHECK(std::string(errno_text(static_cast<int64_t>(Errno::kEBUSY))) == "device or resource busy");
  REQUIRE(v.chdir("w") == Errno::kOK);
  CHECK(v.unlinkat(".") == Errno::kEINVAL);            // the last element is "."
  CHECK(v.unlinkat("/home/gopher/w") == Errno::kOK);   // the working directory by name goes
  CHECK(v.find("/home/gopher/w") == nullptr);
}
