// The size-class table against Go 1.19's own runtime/sizeclasses.go: the committed extract in
// data/go119_sizeclasses.txt (made by gen_sizeclasses.sh from the real file) always, and the
// installed file itself when golang-1.19-src is present.
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "sim/heap/sizeclasses.h"

using namespace gosim::heap;

namespace {

struct GoTable {
  std::vector<std::vector<uint64_t>> rows;  // class, bytes/obj, bytes/span, objects, tail waste
  std::map<std::string, std::vector<uint64_t>> arrays;
};

std::vector<uint64_t> numbers(const std::string& s) {
  std::vector<uint64_t> out;
  std::istringstream in(s);
  std::string tok;
  while (in >> tok) out.push_back(std::stoull(tok));
  return out;
}

GoTable load_extract(const std::string& path) {
  GoTable t;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto sp = line.find(' ');
    const std::string key = line.substr(0, sp);
    if (key == "class") t.rows.push_back(numbers(line.substr(sp)));
    else t.arrays[key] = numbers(line.substr(sp));
  }
  return t;
}

// Parses the Go source directly: the comment table and the `var name = [...]uint8{...}` arrays.
GoTable load_go_source(const std::string& path) {
  GoTable t;
  std::ifstream in(path);
  std::string line;
  const std::regex row(R"(^//\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+[\d.]+%\s+\d+$)");
  const std::regex arr(R"(^var (\w+) = \[[^\]]*\]uint(?:8|16)\{([^}]*)\})");
  std::smatch m;
  while (std::getline(in, line)) {
    if (std::regex_match(line, m, row)) {
      t.rows.push_back({std::stoull(m[1]), std::stoull(m[2]), std::stoull(m[3]), std::stoull(m[4]), std::stoull(m[5])});
    } else if (std::regex_search(line, m, arr)) {
      std::string body = m[2];
      for (char& c : body) if (c == ',') c = ' ';
      t.arrays[m[1]] = numbers(body);
    }
  }
  return t;
}

void check_against(const GoTable& go) {
  REQUIRE(go.rows.size() == 67);
  for (const auto& r : go.rows) {
    const int c = static_cast<int>(r[0]);
    const SizeClassInfo info = size_class_info(c);
    INFO("class " << c);
    CHECK(info.size == r[1]);
    CHECK(info.npages * kHeapPageSize == r[2]);
    CHECK(info.objects == r[3]);
    CHECK(info.tail_waste == r[4]);
  }
  const auto& s8 = go.arrays.at("size_to_class8");
  REQUIRE(s8.size() == 129);
  for (size_t i = 0; i < s8.size(); ++i) CHECK(size_to_class8(static_cast<int>(i)) == s8[i]);
  const auto& s128 = go.arrays.at("size_to_class128");
  REQUIRE(s128.size() == 249);
  for (size_t i = 0; i < s128.size(); ++i) CHECK(size_to_class128(static_cast<int>(i)) == s128[i]);
  const auto& np = go.arrays.at("class_to_allocnpages");
  REQUIRE(np.size() == kNumSizeClasses);
  for (int i = 0; i < kNumSizeClasses; ++i) CHECK(class_to_allocnpages(i) == np[static_cast<size_t>(i)]);
  // Every size mallocgc can ask for, looked up the way malloc.go does with Go's own arrays.
  for (uint64_t size = 1; size <= kMaxSmallSize; ++size) {
    const uint64_t want = size <= kSmallSizeMax - 8 ? s8[(size + 7) / 8] : s128[(size - kSmallSizeMax + 127) / 128];
    if (static_cast<uint64_t>(size_to_class(size)) != want) {
      FAIL("size " << size << ": gosim class " << size_to_class(size) << ", Go class " << want);
    }
  }
}

}  // namespace

TEST_CASE("the size classes match the committed extract of Go 1.19's sizeclasses.go") {
  const GoTable go = load_extract(std::string(GOSIM_SOURCE_DIR) + "/tests/unit/heap/data/go119_sizeclasses.txt");
  check_against(go);
}

TEST_CASE("the size classes match the installed Go 1.19 sizeclasses.go, when present") {
  const std::string path = "/usr/share/go-1.19/src/runtime/sizeclasses.go";
  if (!std::ifstream(path)) {
    MESSAGE("golang-1.19-src not installed, skipped");
    return;
  }
  check_against(load_go_source(path));
}

TEST_CASE("span classes carry the noscan bit: 68 size classes, 136 span classes") {
  CHECK(kNumSpanClasses == 136);
  CHECK(makeSpanClass(5, false) == 10);
  CHECK(makeSpanClass(5, true) == 11);
  CHECK(spanclass_sizeclass(11) == 5);
  CHECK(spanclass_noscan(11));
  CHECK(kTinySpanClass == 5);
  CHECK(size_to_class(0) == 0);
  CHECK(class_to_size(size_to_class(33)) == 48);
  CHECK(class_to_size(size_to_class(1025)) == 1152);
}

TEST_CASE("roundupsize (msize.go): a class's object size when small, whole pages beyond 32 KiB") {
  CHECK(roundupsize(0) == 0);
  CHECK(roundupsize(1) == 8);
  CHECK(roundupsize(9) == 16);
  CHECK(roundupsize(1025) == 1152);
  CHECK(roundupsize(32767) == 32768);
  CHECK(roundupsize(32768) == 32768);
  CHECK(roundupsize(32769) == 40960);
  CHECK(roundupsize(~uint64_t{0} - 10) == ~uint64_t{0} - 10);  // Go: no overflow, the size as it is
}
