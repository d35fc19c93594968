// The animation end to end, headless: VizApp and the real Scheduler panel in an ImGui context
// with no window (as the frame benchmark runs), over shipped scenarios. For each kind of move the
// brief names, a goroutine token drawn at t = 0 of the tween sits exactly where the settled
// frame of the state before drew it, and at t = 1 where the settled frame of the state after
// draws it; halfway it is strictly between. The places come from the model (build_sched_view),
// not from the animator, so the test would fail if the tween started or ended elsewhere.
#if GOSIM_HAVE_VIZ_UI
#include <doctest/doctest.h>

#include <functional>
#include <optional>
#include <string>

#include <imgui.h>
#include <nlohmann/json.hpp>

#include "visualizer/anim/animator.h"
#include "visualizer/session/scheduler_view.h"
#include "visualizer/session/session.h"
#include "visualizer/ui/viz_app.h"

using namespace gosim;
using namespace gosim::viz;
using nlohmann::json;

namespace {

struct Imgui {
  Imgui() {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1920, 1080);
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
  }
  ~Imgui() { ImGui::DestroyContext(); }
};

void open(Session& s, const std::string& rel) {
  const Diagnostics d = s.open_scenario(std::string(GOSIM_SOURCE_DIR) + "/scenarios/" + rel);
  REQUIRE(d.empty());
}

// A pair of cursors (a, b) and a goroutine whose place changes from `from` to `to` between them.
struct Move {
  uint64_t a = 0, b = 0;
  int64_t goid = 0;
  GPlace from, to;
};

using PlacePred = std::function<bool(const GPlace& before, const GPlace& after)>;

// The first consecutive pair of events (n-1, n) where some goroutine's place goes `pred`.
std::optional<Move> find_step(Session& s, const PlacePred& pred) {
  s.seek(0);
  SchedView before = build_sched_view(s);
  for (uint64_t n = 1; n <= s.size(); ++n) {
    s.seek(n);
    SchedView after = build_sched_view(s);
    for (size_t gi = 0; gi < before.places.size() && gi < after.places.size(); ++gi) {
      if (pred(before.places[gi], after.places[gi])) {
        return Move{n - 1, n, s.model().allg[gi].goid, before.places[gi], after.places[gi]};
      }
    }
    before = std::move(after);
  }
  return std::nullopt;
}

// The token of `goid` as the frame drew it (--dump-layout's g_tokens).
std::optional<json> token(const json& layout, int64_t goid) {
  for (const json& t : layout["g_tokens"]) {
    if (t["goid"].get<int64_t>() == goid) return t["box"];
  }
  return std::nullopt;
}

json draw(VizApp& app, int frames = 1) {
  for (int i = 0; i < frames; ++i) {
    ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    app.frame(0);
    ImGui::Render();
  }
  return json::parse(app.layout_json(1920, 1080));
}

// Drives the window through the move and checks the token's drawn box at t = 0, ½ and 1.
void check_tween(Session& s, const Move& m) {
  INFO("goid ", m.goid, ": ", place_text(m.from), " -> ", place_text(m.to), " between events ", m.a, " and ", m.b);
  Imgui ctx;
  VizApp app(s);
  app.load_fonts(ImGui::GetIO(), 1.0f);
  unsigned char* px = nullptr;
  int w = 0, h = 0;
  ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&px, &w, &h);
  app.set_live_clock(false);  // only this test moves the animation clock

  // The settled pictures of both states.
  s.seek(m.b);
  const auto settled_after = token(draw(app, 3), m.goid);
  app.frame_clock().advance(1.0);
  s.seek(m.a);
  draw(app);  // a new state, but calm: this seek itself animates; let it settle
  app.frame_clock().advance(1.0);
  const auto settled_before = token(draw(app, 2), m.goid);
  REQUIRE(settled_before);
  REQUIRE(settled_after);
  CHECK(*settled_before != *settled_after);

  app.frame_clock().advance(1.0);  // long after: the next step animates
  s.seek(m.b);
  const json t0 = draw(app);
  CHECK(t0["anim"]["active"] == true);
  CHECK(t0["anim"]["t"] == 0.0);
  CHECK(token(t0, m.goid) == settled_before);
  // The move, as the animator derived it from the two frames' places.
  bool listed = false;
  for (const json& mv : t0["anim"]["moves"]) {
    if (mv["goid"].get<int64_t>() != m.goid) continue;
    listed = true;
    CHECK(mv["from"]["kind"] == static_cast<int>(m.from.kind));
    CHECK(mv["to"]["kind"] == static_cast<int>(m.to.kind));
  }
  CHECK(listed);

  app.frame_clock().advance(Animator::kDurationS / 2);
  const auto half = token(draw(app), m.goid);
  REQUIRE(half);
  for (int k = 0; k < 4; ++k) {
    const float lo = std::min((*settled_before)[k].get<float>(), (*settled_after)[k].get<float>());
    const float hi = std::max((*settled_before)[k].get<float>(), (*settled_after)[k].get<float>());
    CHECK((*half)[k].get<float>() >= lo);
    CHECK((*half)[k].get<float>() <= hi);
  }
  CHECK(*half != *settled_before);
  CHECK(*half != *settled_after);

  app.frame_clock().advance(Animator::kDurationS / 2);
  const json t1 = draw(app);
  CHECK(token(t1, m.goid) == settled_after);
  CHECK(t1["anim"]["active"] == false);
}

bool is(const GPlace& p, GPlace::Kind k) { return p.kind == k; }

}  // namespace

TEST_CASE("tween: runnext -> running on the same P (scenarios/runnext)") {
  Session s;
  open(s, "runnext/runnext.json");
  const auto m = find_step(s, [](const GPlace& a, const GPlace& b) {
    return is(a, GPlace::Kind::kRunnext) && is(b, GPlace::Kind::kRunning) && a.where == b.where;
  });
  REQUIRE(m);
  check_tween(s, *m);
}

TEST_CASE("tween: a P's local queue -> the global queue (runqputslow, scenarios/runq_overflow)") {
  Session s;
  open(s, "runq_overflow/runq_overflow.json");
  const auto m = find_step(s, [](const GPlace& a, const GPlace& b) {
    // A token drawn in both frames: the first slots of the queues (a lane shows ~20 tokens).
    return is(a, GPlace::Kind::kLocalQueue) && is(b, GPlace::Kind::kGlobalQueue) && a.slot < 8 && b.slot < 8;
  });
  REQUIRE(m);
  check_tween(s, *m);
}

TEST_CASE("tween: stolen from P0's queue onto P1 (runqsteal, scenarios/work_stealing)") {
  Session s;
  open(s, "work_stealing/work_stealing.json");
  const auto m = find_step(s, [](const GPlace& a, const GPlace& b) {
    const bool on_p = is(b, GPlace::Kind::kLocalQueue) || is(b, GPlace::Kind::kRunning) || is(b, GPlace::Kind::kRunnext);
    return is(a, GPlace::Kind::kLocalQueue) && a.where == 0 && on_p && b.where == 1 && a.slot < 8 && b.slot < 8;
  });
  REQUIRE(m);
  check_tween(s, *m);
}

TEST_CASE("tween: a channel's sendq -> running (scenarios/pipeline, one lesson-sized jump)") {
  // In Go a woken sender does not run at once: the receiver's goready puts it in runnext and a
  // later schedule runs it. The window animates between any two states it shows (a lesson
  // step, a click on the timeline), so this takes the state where the sender waits in the
  // channel's sendq and the first later one where it runs.
  Session s;
  open(s, "pipeline/pipeline.json");
  std::optional<Move> m;
  for (uint64_t n = 0; n <= s.size() && !m; ++n) {
    s.seek(n);
    const SchedView v = build_sched_view(s);
    for (const WaitGroup& w : v.waiting) {
      if (w.reason != WaitReason::kChanSend || w.gs.empty()) continue;
      const GToken g = w.gs.front();
      for (uint64_t k = n + 1; k <= s.size() && !m; ++k) {
        s.seek(k);
        const GPlace p = build_sched_view(s).places[static_cast<size_t>(g.gi)];
        if (is(p, GPlace::Kind::kRunning)) m = Move{n, k, g.goid, v.places[static_cast<size_t>(g.gi)], p};
      }
      break;
    }
  }
  REQUIRE(m);
  check_tween(s, *m);
}
#endif
