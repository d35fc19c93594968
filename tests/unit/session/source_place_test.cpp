// Where the source panel says a goroutine is, and the session layer's screen text in Chinese.
#include <doctest/doctest.h>

#include <string>

#include "visualizer/i18n/ui_strings.h"
#include "visualizer/session/scheduler_view.h"
#include "visualizer/session/session.h"
#include "visualizer/session/source_view.h"

using namespace gosim;
using namespace gosim::viz;

namespace {
const std::string kRoot = GOSIM_SOURCE_DIR;

// Sets the UI language for one scope, back to English after it (tr() reads process state).
struct UiLang {
  explicit UiLang(Lang l) { set_ui_lang(l); }
  ~UiLang() { set_ui_lang(Lang::kEn); }
};
}  // namespace

TEST_CASE("a goroutine whose innermost frame is in runtime.main is placed in proc.go, not at a main.go line") {
  Session s;
  REQUIRE(s.open_scenario(kRoot + "/lessons/01-program-start/main.go").empty());
  // Right after G1 is created its entry is runtime.main (Go: proc.go main), not main.main.
  bool seen = false;
  for (uint64_t n = 1; n <= s.size() && !seen; ++n) {
    s.seek(n);
    const SourceView v = build_source_view(s);
    const ElsewhereG* e = v.elsewhere_of_goid(1);
    if (e == nullptr) continue;
    seen = true;
    CHECK(e->func == "runtime.main");
    CHECK(e->file == "proc.go");
    CHECK(e->line > 0);
    CHECK(v.line_of_goid(1) == 0);  // no token at proc.go's line number in main.go
    for (const auto& [line, gs] : v.gs_at) {
      for (const SourceG& g : gs) CHECK(g.goid != 1);
    }
  }
  CHECK(seen);
  // Later G1 runs main.main: then its line is main.go's.
  bool in_main = false;
  for (uint64_t n = s.cursor(); n <= s.size() && !in_main; ++n) {
    s.seek(n);
    const SourceView v = build_source_view(s);
    in_main = v.line_of_goid(1) > 0;
    if (in_main) CHECK(v.elsewhere_of_goid(1) == nullptr);
  }
  CHECK(in_main);
}

TEST_CASE("the inspector's place and state sentences follow the UI language") {
  GPlace p;
  p.kind = GPlace::Kind::kRunnext;
  p.where = 0;
  CHECK(place_text(p) == "P0's runnext slot");
  CHECK(gstate_text(GStatus::kWaiting, WaitReason::kChanSend) == "waiting: chan send");
  UiLang zh(Lang::kZhCN);
  CHECK(place_text(p) == "P0 的 runnext 槽位");
  // Go's wait reason stays as Go prints it; the words around it are Chinese.
  CHECK(gstate_text(GStatus::kWaiting, WaitReason::kChanSend) == "等待中：chan send");
  BreakCondition b;
  b.line = 12;
  CHECK(b.label() == "任意事件，第 12 行");
}
