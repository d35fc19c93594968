// sim/scenario/safe_path: a path written inside a file is data, not a key to the disk.
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <filesystem>
#include <string>

#include "sim/scenario/safe_path.h"
#include "sim/scenario/scenario.h"
#include "tests/unit/scenario/scenario_test_util.h"

using gosim::ContainedPath;
using gosim::ScenarioLoad;
using gosim::test::errors_of;
using gosim::test::TempDir;

namespace fs = std::filesystem;

namespace {
std::string canon(const std::string& p) { return fs::canonical(p).string(); }
}  // namespace

TEST_CASE("path_text_problem refuses NUL and other control characters, absolute and empty paths") {
  CHECK(gosim::path_text_problem("hello.go").empty());
  CHECK(gosim::path_text_problem("../shared/pingpong.go").empty());
  CHECK(gosim::path_text_problem("café.go").empty());  // UTF-8 is not a control character
  CHECK(gosim::path_text_problem(std::string("/etc/shadow\0.go", 15)) ==
        "contains the control character U+0000 at byte 11");
  CHECK(gosim::path_text_problem("a\tb.go") == "contains the control character U+0009 at byte 1");
  CHECK(gosim::path_text_problem("a\x7f.go") == "contains the control character U+007F at byte 1");
  CHECK(gosim::path_text_problem("a\nb.go") == "contains the control character U+000A at byte 1");
  CHECK(gosim::path_text_problem("/etc/passwd.go") ==
        "is an absolute path (only paths relative to the file's folder are allowed)");
  CHECK(gosim::path_text_problem("") == "is empty");
}

TEST_CASE("scenario_root is the parent of the scenario's folder") {
  TempDir tmp("root");
  tmp.write("lessons/a/s.json", "{}");
  CHECK(gosim::scenario_root(tmp.path("lessons/a/s.json")) == canon(tmp.path("lessons")));
  // Spelled with .. and a trailing ./, the answer is the same folder.
  CHECK(gosim::scenario_root(tmp.path("lessons/a/../a/./s.json")) == canon(tmp.path("lessons")));
  // A scenario directly below / may only read its own folder, not the whole disk.
  CHECK(gosim::scenario_root("/tmp/s.json") == canon("/tmp"));
}

TEST_CASE("resolve_contained accepts files in the folder and the shared parent, refuses the rest") {
  TempDir tmp("contain");
  tmp.write("secret.go", "package main\n");
  tmp.write("lessons/shared/p.go", "package main\n");
  tmp.write("lessons/a/own.go", "package main\n");
  const std::string dir = tmp.path("lessons/a");
  const std::string root = tmp.path("lessons");

  ContainedPath own = gosim::resolve_contained(dir, "own.go", root);
  CHECK(own.error.empty());
  CHECK(own.resolved == canon(tmp.path("lessons/a/own.go")));
  CHECK(own.shown == tmp.path("lessons/a/own.go"));

  ContainedPath shared = gosim::resolve_contained(dir, "../shared/p.go", root);
  CHECK(shared.error.empty());
  CHECK(shared.shown == tmp.path("lessons/shared/p.go"));

  ContainedPath up = gosim::resolve_contained(dir, "../../secret.go", root);
  CHECK(up.outside);
  CHECK(up.error == "resolves to " + canon(tmp.path("secret.go")) + ", outside " + canon(root));

  // A symlink inside the folder that points out of it is judged by where it points.
  fs::create_symlink("../../secret.go", tmp.path("lessons/a/link.go"));
  ContainedPath link = gosim::resolve_contained(dir, "link.go", root);
  CHECK(link.outside);
  fs::create_symlink("/etc/passwd", tmp.path("lessons/a/pw.go"));
  CHECK(gosim::resolve_contained(dir, "pw.go", root).outside);
  // ... and one that stays inside is fine.
  fs::create_symlink("../shared/p.go", tmp.path("lessons/a/ok_link.go"));
  CHECK(gosim::resolve_contained(dir, "ok_link.go", root).error.empty());

  // A folder named "lessons2" beside "lessons" is not inside it (components, not string prefixes).
  tmp.write("lessons2/x.go", "package main\n");
  CHECK(gosim::resolve_contained(dir, "../../lessons2/x.go", root).outside);

  CHECK(gosim::resolve_contained(dir, "gone.go", root).error == "no such file or directory");
  CHECK(gosim::resolve_contained(dir, "../shared", root).error == "is a directory");
  CHECK(gosim::resolve_contained(dir, "/etc/passwd", root).error ==
        "is an absolute path (only paths relative to the file's folder are allowed)");
}

TEST_CASE("a FIFO or a device is refused before it is opened, so nothing blocks") {
  TempDir tmp("fifo");
  tmp.write("lessons/a/s.json", "{}");
  REQUIRE(::mkfifo(tmp.path("lessons/a/f.go").c_str(), 0600) == 0);
  ContainedPath p = gosim::resolve_contained(tmp.path("lessons/a"), "f.go", tmp.path("lessons"));
  CHECK(p.error == "is not a regular file (it is a FIFO)");
  std::string text, why;
  // Without the check this read would wait for a writer forever.
  CHECK_FALSE(gosim::read_regular_file(tmp.path("lessons/a/f.go"), text, why));
  CHECK(why == "is not a regular file (it is a FIFO)");
  CHECK_FALSE(gosim::read_regular_file("/dev/zero", text, why));
  CHECK(why == "is not a regular file (it is a device)");
}

TEST_CASE("read_regular_file caps the size; the default cap is 4 MiB") {
  TempDir tmp("size");
  tmp.write("ten", "0123456789");
  std::string text, why;
  CHECK(gosim::read_regular_file(tmp.path("ten"), text, why, 10));
  CHECK(text == "0123456789");
  CHECK_FALSE(gosim::read_regular_file(tmp.path("ten"), text, why, 9));
  CHECK(why == "file is too large (more than 9 bytes)");
  tmp.write("big", std::string(gosim::kMaxInputFileBytes + 1, 'x'));
  CHECK_FALSE(gosim::read_regular_file(tmp.path("big"), text, why));
  CHECK(why == "file is too large (more than 4 MiB)");
  tmp.write("max", std::string(gosim::kMaxInputFileBytes, 'x'));
  CHECK(gosim::read_regular_file(tmp.path("max"), text, why));
  CHECK(text.size() == gosim::kMaxInputFileBytes);
}

TEST_CASE("a scenario's source_file is refused with its position when it leaves the allowed folder") {
  TempDir tmp("scen");
  tmp.write("secret.go", "package main\n");
  tmp.write("lessons/shared/p.go", "package main\n\nfunc main() {}\n");
  auto load = [&](const std::string& source_file) {
    tmp.write("lessons/a/s.json", "{\"id\": \"s\", \"title\": \"\", \"summary\": \"\",\n \"source_file\": \"" +
                                      source_file + "\"}");
    return gosim::load_scenario(tmp.path("lessons/a/s.json"));
  };
  const std::string json = tmp.path("lessons/a/s.json");
  ScenarioLoad ok = load("../shared/p.go");
  INFO(errors_of(ok));
  REQUIRE(ok.scenario.has_value());
  // The running program knows the file as written, whatever the working directory.
  CHECK(ok.scenario->program_name == "../shared/p.go");
  CHECK(ok.scenario->source_name == tmp.path("lessons/shared/p.go"));

  CHECK(errors_of(load("../../secret.go")) ==
        json + ":2:17: source_file \"../../secret.go\" resolves to " + canon(tmp.path("secret.go")) + ", outside " +
            canon(tmp.path("lessons")) + ": a scenario's files must lie in its own folder or its parent folder");
  CHECK(errors_of(load("/etc/passwd.go")) ==
        json + ":2:17: source_file \"/etc/passwd.go\" is an absolute path (only paths relative to the file's "
               "folder are allowed)");
  CHECK(errors_of(load("/etc/shadow\\u0000.go")) ==
        json + ":2:17: source_file \"/etc/shadow\\u0000.go\" contains the control character U+0000 at byte 11");
  REQUIRE(::mkfifo(tmp.path("lessons/a/f.go").c_str(), 0600) == 0);
  CHECK(errors_of(load("f.go")) == json + ":2:17: cannot read source_file \"" + tmp.path("lessons/a/f.go") +
                                       "\": is not a regular file (it is a FIFO)");
}

TEST_CASE("every string field is capped, and the cap is reported at the value") {
  const std::string title(201, 'T');
  ScenarioLoad load = gosim::parse_scenario(
      "d.json", "{\"id\": \"d\", \"title\": \"" + title + "\", \"summary\": \"\", \"source\": \"\"}");
  CHECK(errors_of(load) == "d.json:1:22: title is too long (201 characters; at most 200)");
  // Characters, not bytes: 200 two-byte characters fit.
  std::string accents;
  for (int i = 0; i < 200; ++i) accents += "é";
  load = gosim::parse_scenario("d.json",
                               "{\"id\": \"d\", \"title\": \"" + accents + "\", \"summary\": \"\", \"source\": \"\"}");
  CHECK(load.scenario.has_value());
  load = gosim::parse_scenario("d.json", "{\"id\": \"d\", \"title\": \"\", \"summary\": \"\", \"source\": \"\", "
                                         "\"notes\": [{\"line\": 1, \"text\": \"" +
                                             std::string(2001, 'n') + "\"}]}");
  CHECK(errors_of(load) == "d.json:1:85: notes[0].text is too long (2001 characters; at most 2000)");
}
