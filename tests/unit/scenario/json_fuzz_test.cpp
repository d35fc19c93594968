// The JSON reader against nlohmann::json on randomly damaged documents.
//
// Two properties: the reader never crashes or hangs on any input, and it agrees with an
// independent strict parser about what is JSON and what it means. The only inputs where they
// may disagree are the ones we refuse on purpose (duplicate keys, deep nesting).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <random>
#include <string>

#include "sim/scenario/json.h"

using gosim::JsonKind;
using gosim::JsonValue;

namespace {

nlohmann::json to_nlohmann(const JsonValue& v) {
  switch (v.kind) {
    case JsonKind::kNull: return nullptr;
    case JsonKind::kBool: return v.boolean;
    case JsonKind::kNumber:
      if (v.is_int64 && v.number_text.find_first_of(".eE") == std::string::npos) return v.int64;
      return v.number;
    case JsonKind::kString: return v.string;
    case JsonKind::kArray: {
      nlohmann::json a = nlohmann::json::array();
      for (const JsonValue& i : v.items) a.push_back(to_nlohmann(i));
      return a;
    }
    case JsonKind::kObject: {
      nlohmann::json o = nlohmann::json::object();
      for (const gosim::JsonMember& m : v.members) o[m.key] = to_nlohmann(m.value);
      return o;
    }
  }
  return nullptr;
}

const char* const kSeeds[] = {
    R"({
  "id": "hello",
  "title": "Hello, goroutines",
  "summary": "caf\u00e9 \ud83d\ude00 \"quoted\" tab\tend",
  "source": "package main\n\nfunc main() {}\n",
  "config": {"GOMAXPROCS": 2, "GOGC": "off", "seed": 0, "limits": {"max_events": 1e6}},
  "breakpoints": [{"line": 3}, {"event": "go_create", "time_ms": 1.25}],
  "notes": [{"line": 1, "text": "é😀"}],
  "x": [true, false, null, -0, 0.5e-3, [], {}]
})",
    R"([1, -2.5E+3, "a\\b\/c", [[[]]], {"k": {"k": {"k": null}}}])",
};

// Bytes worth inserting: JSON's structure, escapes, number parts, and UTF-8 lead bytes.
const char kInteresting[] = "{}[]\",:\\/ \n\t0123456789-+.eEtrufalsn\x80\xC3\xE2\xF0\xFF'u";

std::string mutate(std::string s, std::mt19937& rng) {
  int edits = 1 + static_cast<int>(rng() % 4);
  for (int k = 0; k < edits && !s.empty(); ++k) {
    size_t at = rng() % s.size();
    char c = kInteresting[rng() % (sizeof kInteresting - 1)];
    switch (rng() % 4) {
      case 0: s.insert(s.begin() + static_cast<long>(at), c); break;
      case 1: s.erase(at, 1); break;
      case 2: s[at] = c; break;
      default: s.erase(at, rng() % 8); break;  // cut a run, often half a token
    }
  }
  return s;
}

}  // namespace

TEST_CASE("damaged documents: never a crash, and the same verdict and value as nlohmann") {
  std::mt19937 rng(20191);  // fixed: a failure must reproduce
  int accepted = 0, refused = 0;
  for (const char* seed : kSeeds) {
    for (int round = 0; round < 6000; ++round) {
      std::string text = mutate(seed, rng);
      gosim::JsonParse ours = gosim::parse_json(text);
      nlohmann::json theirs = nlohmann::json::parse(text, nullptr, false);
      INFO("input: ", text);
      if (ours.value) {
        ++accepted;
        REQUIRE(!theirs.is_discarded());
        CHECK(to_nlohmann(*ours.value) == theirs);
      } else {
        ++refused;
        CHECK(ours.error.pos.known());
        CHECK(!ours.error.message.empty());
        if (!theirs.is_discarded()) {
          CHECK(ours.error.message.rfind("duplicate key", 0) == 0);
        }
      }
    }
  }
  // Both outcomes must be exercised for the comparison to mean anything.
  CHECK(accepted > 100);
  CHECK(refused > 100);
}

TEST_CASE("every prefix of a document is refused at a position inside it, never accepted") {
  std::string doc = kSeeds[0];
  for (size_t n = 0; n + 1 < doc.size(); ++n) {
    gosim::JsonParse p = gosim::parse_json(std::string_view(doc).substr(0, n));
    INFO("prefix length ", n);
    REQUIRE(!p.value);
    CHECK(p.error.pos.known());
  }
}
