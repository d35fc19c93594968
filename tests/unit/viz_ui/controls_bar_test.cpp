// Issue #17 item 3, text cut: at 1280 wide the controls bar's last button (Help) was cut at the
// right edge. The speed slider now gives up width first, so every button is on the bar, in
// English and in Chinese, at 1280x720 and 1920x1080.
#include "tests/unit/viz_ui/viz_harness.h"

using namespace gosim;
using namespace gosim::viz;
using namespace gosim::viz::test;
using nlohmann::json;

TEST_CASE("normal mode: the controls bar's Help button is whole at 1280 and 1920 wide, en and zh-CN") {
  const std::pair<float, float> sizes[] = {{1920, 1080}, {1280, 720}};
  for (const auto& [w, h] : sizes) {
    for (const Lang lang : {Lang::kEn, Lang::kZhCN}) {
      CAPTURE(w);
      CAPTURE(static_cast<int>(lang));
      Imgui ctx(w, h);
      Session s;
      open(s, "write_barrier/write_barrier.json");
      VizApp app(s);
      prepare(app);
      app.settings().lang = lang;
      s.seek(10);
      const json lay = draw(app, 2);
      const json& clip = lay["marks"]["controls:clip"];
      const json& help = lay["marks"]["controls:help"];
      INFO("Help " << help.dump() << " in the bar's visible part " << clip.dump());
      CHECK(help[2].get<float>() <= clip[2].get<float>() + 0.5f);
    }
  }
}

// At 1920x1080 the bar is sized once per run from the run's longest event note: under each
// note its last status line ("proc_resize · models runtime.procresize …") is whole, and the bar
// keeps one height (nothing below it moves). Before, at 9.8 ems, that line was cut under a
// two-line note (gomaxprocs_resize's proc_resize, mutex_starvation, stack_shrink).
TEST_CASE("1920x1080 normal mode: the controls bar keeps one height through a run and shows every status line under its notes") {
  for (const char* scenario : {"gomaxprocs_resize/gomaxprocs_resize.json", "mutex_starvation/mutex_starvation.json",
                               "stack_shrink/stack_shrink.json"}) {
    for (const Lang lang : {Lang::kEn, Lang::kZhCN}) {
      CAPTURE(scenario);
      CAPTURE(static_cast<int>(lang));
      Imgui ctx(1920, 1080);
      Session s;
      open(s, scenario);
      VizApp app(s);
      prepare(app);
      app.settings().lang = lang;
      s.seek(1);
      const json bar = draw(app, 2)["panels"]["controls"];
      int noted = 0;
      for (const Note& n : s.scenario()->notes) {
        if (n.event_kind.empty()) continue;
        uint64_t at = 0;
        for (const Event& e : s.events()) {
          if (event_info(e.kind).name == n.event_kind) {
            at = e.seq;
            break;
          }
        }
        if (at == 0) continue;
        ++noted;
        CAPTURE(n.event_kind);
        s.seek(at);
        const json lay = draw(app, 2);
        CHECK(lay["panels"]["controls"] == bar);
        const json& clip = lay["marks"]["controls:clip"];
        const json& status = lay["marks"]["controls:status"];
        INFO("status lines " << status.dump() << " in the bar's visible part " << clip.dump());
        CHECK(status[3].get<float>() <= clip[3].get<float>() + 0.5f);
      }
      CHECK(noted > 0);
    }
  }
}

// At 1280x720 (under kControlsRunHeightMinY) the bar kept 9.8 ems and its last line, "sem_acquire
// · models runtime.semacquire1 in sema.go · run: …", was cut under a note of two lines or more
// (mutex_starvation's sem_acquire note takes four). That line now sits beside the scrubber, the
// bar is sized from the run's notes as at 1080, and its growth comes out of the Inspector/Output
// row: the source and the event log keep their 9.8-em-bar heights (log_follow and texts_720
// need the log's rows).
TEST_CASE("1280x720 normal mode: the kind line and every note are inside the bar; the event log keeps its place (grows only for a long current sentence)") {
  for (const char* scenario : {"gomaxprocs_resize/gomaxprocs_resize.json", "mutex_starvation/mutex_starvation.json",
                               "stack_shrink/stack_shrink.json", "netpoll_server/netpoll_server.json"}) {
    for (const Lang lang : {Lang::kEn, Lang::kZhCN}) {
      CAPTURE(scenario);
      CAPTURE(static_cast<int>(lang));
      Imgui ctx(1280, 720);
      Session s;
      open(s, scenario);
      VizApp app(s);
      prepare(app);
      app.settings().lang = lang;
      s.seek(1);
      const json first = draw(app, 2);
      const json bar = first["panels"]["controls"];
      const json log = first["panels"]["events"];
      const json source = first["panels"]["source"];
      // The log as tall as under a 9.8-em bar: 32% of what is below it.
      const float fs = ImGui::GetFontSize();
      CHECK(log[3].get<float>() - log[1].get<float>() == doctest::Approx(std::floor((720.0f - std::min(720.0f * 0.3f, fs * 9.8f)) * 0.32f)));
      int noted = 0;
      for (const Note& n : s.scenario()->notes) {
        if (n.event_kind.empty()) continue;
        uint64_t at = 0;
        for (const Event& e : s.events()) {
          if (event_info(e.kind).name == n.event_kind) {
            at = e.seq;
            break;
          }
        }
        if (at == 0) continue;
        ++noted;
        CAPTURE(n.event_kind);
        s.seek(at);
        const json lay = draw(app, 3);  // a grown log scrolls its row into view one frame later
        CHECK(lay["panels"]["controls"] == bar);
        // The log keeps its place and at least its height; it grows up into the source panel
        // only for a current sentence longer than its rows (room17: stack_shrink's copystack),
        // and then shows that row whole.
        const json& ev = lay["panels"]["events"];
        CHECK(ev[3] == log[3]);
        CHECK(ev[1].get<float>() <= log[1].get<float>());
        CHECK(lay["panels"]["source"][1] == source[1]);
        CHECK(lay["panels"]["source"][3] == ev[1]);
        if (ev[1].get<float>() < log[1].get<float>()) {
          CHECK(lay["log_current"]["cell"][3].get<float>() <= lay["log_current"]["visible"][3].get<float>() + 0.5f);
          CHECK(lay["log_current"]["cell"][1].get<float>() >= lay["log_current"]["visible"][1].get<float>() - 0.5f);
        }
        const json& clip = lay["marks"]["controls:clip"];
        const json& models = lay["marks"]["controls:models"];
        const json& status = lay["marks"]["controls:status"];
        INFO("kind line " << models.dump() << ", sentence and note end " << status.dump() << ", the bar's visible part " << clip.dump());
        CHECK(models[3].get<float>() <= clip[3].get<float>() + 0.5f);
        CHECK(models[1].get<float>() >= clip[1].get<float>() - 0.5f);
        CHECK(status[3].get<float>() <= clip[3].get<float>() + 0.5f);
        bool saw = false;
        for (const json& t : lay["texts"]) {
          if (t["where"] != "controls:models") continue;
          saw = true;
          // Whole, or elided with a tooltip in its half of the row: the kind is always read.
          CHECK(t["text"].get<std::string>().starts_with(n.event_kind));
        }
        CHECK(saw);
      }
      CHECK(noted > 0);
    }
  }
}
