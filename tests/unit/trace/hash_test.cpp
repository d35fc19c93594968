#include <doctest/doctest.h>

#include <string>

#include "sim/trace/hash.h"
#include "sim/trace/jsonl.h"

using namespace gosim;

TEST_CASE("the trace hash is FNV-1a over fixed little-endian fields") {
  TraceHasher h;
  CHECK(h.hex() == "cbf29ce484222325");  // the FNV-1a 64 offset basis: nothing mixed yet
  Event e;
  e.seq = 1;
  e.kind = EventKind::kGoCreate;
  h.add(e);
  const auto once = h.digest();
  TraceHasher h2;
  h2.add(e);
  CHECK(h2.digest() == once);
  e.time = 1;  // any field changes the digest
  TraceHasher h3;
  h3.add(e);
  CHECK(h3.digest() != once);
}

TEST_CASE("JSON Lines: stable field order, named args, escaped text") {
  Event e;
  e.seq = 3;
  e.time = 1250;
  e.kind = EventKind::kSteal;
  e.p = 1;
  e.m = 2;
  e.g = 7;
  e.a = 0;
  e.b = 3;
  std::string out;
  write_jsonl(out, e, "P1 stole \"3\"");
  CHECK(out ==
        "{\"seq\":3,\"t\":1250,\"kind\":\"steal\",\"cat\":\"sched\",\"p\":1,\"m\":2,\"g\":7,"
        "\"args\":{\"victim\":0,\"count\":3,\"runnext\":0},\"func\":\"runtime.runqsteal\",\"file\":\"proc.go\","
        "\"text\":\"P1 stole \\\"3\\\"\"}\n");
}

TEST_CASE("every event kind has a unique name that maps back to it") {
  for (auto name : event_kind_names()) {
    const EventKind k = event_kind_from_name(name);
    REQUIRE(k != EventKind::kCount);
    CHECK(event_info(k).name == name);
  }
  CHECK(event_kind_from_name("no_such_kind") == EventKind::kCount);
}
