// The terminal picture: what view.panels asks for, highlights marked, both languages.
#include <doctest/doctest.h>

#include "sim/lesson/picture.h"

using json = nlohmann::ordered_json;
using gosim::lesson::step_picture;
using gosim::lesson::View;

namespace {

// The shape of `gosim state --json`, cut down to what the picture reads.
const json& state() {
  static const json kState = json::parse(R"json({
    "event": {"seq": 29, "time": "100ns", "p": 0, "g": 6, "text": "G1 created G6"},
    "exit": {"finished": false, "kind": "running", "code": null},
    "ps": [{"id": 0, "status": "running", "m": 0, "runnext": 6, "runq": {"goids": [5]},
            "timers": [{"when_ns": 10000000, "goid": 7, "chan": null}]}],
    "ms": [{"id": 0, "p": 0, "curg": 1}],
    "sched": {"runq": []},
    "goroutines": [
      {"goid": 1, "status": "running", "wait_reason": "", "system": false, "p": 0, "m": 0, "queue": null,
       "blocked_on": null, "func": "main.main", "line": 3, "stack": null,
       "frames": [{"func": "main.main", "line": 3, "fp": "0xc000004700", "size": 64,
                   "vars": [{"name": "x", "type": "int", "value": "42", "on_heap": false, "heap_addr": null}]}]},
      {"goid": 2, "status": "waiting", "wait_reason": "force gc (idle)", "system": true, "p": -1, "m": -1, "queue": null,
       "blocked_on": null, "func": "runtime.forcegchelper", "line": 0, "stack": null, "frames": []},
      {"goid": 6, "status": "runnable", "wait_reason": "", "system": false, "p": -1, "m": -1,
       "queue": {"where": "runnext", "p": 0}, "blocked_on": null, "func": "main.main.func1", "line": 4, "stack": null, "frames": []}],
    "channels": [],
    "heap": {"spans": [{"base": "0xc000008000", "use": "heap", "sizeclass": 2, "elemsize": 16, "noscan": true, "slots": "wg.."}]},
    "gc": {"phase": "mark", "cycle": 1, "heap_live": 8192, "goal": 4194304, "grey_objects": 1},
    "output": "hi\n"
  })json");
  return kState;
}

const std::string kSource = "package main\n\nfunc main() {\n\tgo f()\n}\n";

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("a scheduler step: Ps with runnext and runq, the program's goroutines, timers, highlights") {
  View v;
  v.panels = {"scheduler", "source"};
  v.highlight = {"p:0.runnext", "g:6"};
  const std::string pic = step_picture(state(), v, "scheduler", kSource, gosim::Lang::kEn);
  INFO(pic);
  CHECK(contains(pic, "[Event 29, 100ns] G1 created G6"));
  CHECK(contains(pic, "Source: G1 line 3: func main() {"));  // the running goroutine's line, not the new G's
  CHECK(contains(pic, "▶runnext G6"));
  CHECK(contains(pic, "runq [G5]"));
  CHECK(contains(pic, "timers: 10ms → wake G7"));
  CHECK(contains(pic, "global queue: [empty]"));
  CHECK(contains(pic, "▶ G6   runnable"));
  CHECK_FALSE(contains(pic, "forcegchelper"));  // runtime goroutines only at detail "all"
  CHECK_FALSE(contains(pic, "Heap"));           // no heap panel asked for
  CHECK(contains(step_picture(state(), v, "all", kSource, gosim::Lang::kEn), "runtime.forcegchelper"));
}

TEST_CASE("a memory step: stacks with variables, heap slots, the GC phase, the output") {
  View v;
  v.panels = {"stacks", "heap", "gc", "output"};
  v.highlight = {"var:1.x", "span:0xc000008000"};
  const std::string pic = step_picture(state(), v, "memory", kSource, gosim::Lang::kEn);
  INFO(pic);
  CHECK(contains(pic, "main.main line 3 (frame 0xc000004700, 64 B)"));
  CHECK(contains(pic, "▶ x int = 42"));
  CHECK(contains(pic, "▶ span 0xc000008000 class 2 (16 B) noscan [wg..]"));
  CHECK(contains(pic, "GC: mark (cycle 1), heap live 8192 B, goal 4194304 B, 1 grey"));
  CHECK(contains(pic, "Output so far:\nhi\n"));
  CHECK_FALSE(contains(pic, "runnext"));
}

TEST_CASE("the Chinese picture: fixed words in Chinese, Go's names as they are") {
  View v;
  v.panels = {"scheduler", "source", "gc"};
  const std::string pic = step_picture(state(), v, "scheduler", kSource, gosim::Lang::kZhCN);
  INFO(pic);
  CHECK(contains(pic, "[事件 29, 100ns]"));
  CHECK(contains(pic, "源码：G1 第 3 行：func main() {"));
  CHECK(contains(pic, "P0 运行中"));
  CHECK(contains(pic, "runnext G6"));
  CHECK(contains(pic, "全局运行队列：[空]"));
  CHECK(contains(pic, "G6   可运行"));
  CHECK(contains(pic, "定时器：10ms → 唤醒 G7"));
  CHECK(contains(pic, "垃圾回收：标记（第 1 轮）"));
  CHECK_FALSE(contains(pic, "runnable"));
  CHECK_FALSE(contains(pic, "global queue"));
}
