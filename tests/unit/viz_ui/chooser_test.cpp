// Issue #17 (the chooser): the lesson picker's and the Open dialog's titles are whole at 1280x720
// and 1920x1080, in English and Chinese, and Chinese titles are the files' own ("title_zh-CN" of
// a scenario, a lesson's "zh-CN"). The picker's title column was a stretch share of half the
// table, filled to its edge by lesson 14's title at 1280 wide; the Open dialog showed file names
// only, no scenario's title in any language.
#include "tests/unit/viz_ui/viz_harness.h"

#include <map>

#include "visualizer/session/lesson_catalog.h"

using namespace gosim;
using namespace gosim::viz;
using namespace gosim::viz::test;
using nlohmann::json;

namespace {

std::vector<json> texts(const json& lay, const std::string& where) {
  std::vector<json> out;
  for (const json& t : lay["texts"]) {
    if (t["where"].get<std::string>().starts_with(where)) out.push_back(t);
  }
  return out;
}

const std::pair<float, float> kSizes[] = {{1280, 720}, {1920, 1080}};

}  // namespace

TEST_CASE("the lesson picker: every title whole at 1280x720 and 1920x1080, Chinese titles from the lessons' zh-CN") {
  const std::vector<LessonEntry> lessons = find_lessons(std::string(GOSIM_SOURCE_DIR) + "/lessons", "");
  REQUIRE(lessons.size() >= 16);
  for (const auto& [w, h] : kSizes) {
    for (const Lang lang : {Lang::kEn, Lang::kZhCN}) {
      CAPTURE(w);
      CAPTURE(static_cast<int>(lang));
      Imgui ctx(w, h);
      Session s;
      open(s, "deadlock/deadlock.json");
      VizApp app(s);
      prepare(app);
      app.settings().lang = lang;
      app.show_lesson_picker();
      const json lay = draw(app, 3);
      const auto titles = texts(lay, "lessons:title");
      REQUIRE(titles.size() == lessons.size());
      for (size_t i = 0; i < titles.size(); ++i) {
        const json& t = titles[i];
        INFO(t["text"].get<std::string>() << ": " << t["text_w"].get<float>() << " px in " << t["room_w"].get<float>());
        CHECK(t["text_w"].get<float>() <= t["room_w"].get<float>());
        CHECK(t["text"].get<std::string>().ends_with(lessons[i].title.in(lang)));
        if (lang == Lang::kZhCN) CHECK(lessons[i].title.zh != lessons[i].title.en);
      }
      for (const json& t : texts(lay, "lessons:progress")) CHECK(t["text_w"].get<float>() <= t["room_w"].get<float>());
    }
  }
}

TEST_CASE("the Open dialog names each scenario by its title, in Chinese from title_zh-CN, whole at both sizes") {
  for (const auto& [w, h] : kSizes) {
    for (const Lang lang : {Lang::kEn, Lang::kZhCN}) {
      CAPTURE(w);
      CAPTURE(static_cast<int>(lang));
      Imgui ctx(w, h);
      Session s;
      open(s, "netpoll_server/netpoll_server.json");
      VizApp app(s);
      prepare(app);
      app.settings().lang = lang;
      app.settings().show_open = true;
      const json lay = draw(app, 3);
      // The dialog browses the scenario's folder: its .json is listed with its title.
      const auto titles = texts(lay, "open:title:netpoll_server.json");
      REQUIRE(titles.size() == 1);
      const json& t = titles[0];
      const std::string want = lang == Lang::kZhCN ? s.scenario()->title_zh : s.scenario()->title;
      CHECK(t["text"].get<std::string>() == want);
      CHECK(want == (lang == Lang::kZhCN ? "基于网络轮询器（netpoller）的网络服务器" : "A network server with the netpoller"));
      INFO(t["text_w"].get<float>() << " px in " << t["room_w"].get<float>());
      CHECK(t["text_w"].get<float>() <= t["room_w"].get<float>());
    }
  }
}

TEST_CASE("title_of_path: a scenario folder, a scenario file, a lesson folder, and a Go file (none)") {
  const std::string root = GOSIM_SOURCE_DIR;
  const LText dir = title_of_path(root + "/scenarios/deadlock");
  const LText file = title_of_path(root + "/scenarios/deadlock/deadlock.json");
  CHECK_FALSE(dir.en.empty());
  CHECK_FALSE(dir.zh.empty());
  CHECK(dir.en == file.en);
  CHECK(dir.zh == file.zh);
  const LText les = title_of_path(root + "/lessons/08-netpoller");
  CHECK(les.en.find("netpoller") != std::string::npos);
  CHECK_FALSE(les.zh.empty());
  CHECK(title_of_path(root + "/scenarios/deadlock/deadlock.go").en.empty());
  CHECK(title_of_path(root + "/scenarios").en.empty());
}
