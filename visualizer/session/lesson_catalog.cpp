#include "visualizer/session/lesson_catalog.h"

#include <algorithm>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "sim/scenario/safe_path.h"

namespace gosim::viz {

namespace fs = std::filesystem;

namespace {

LText text_of(const nlohmann::json& j) {
  LText t;
  if (!j.is_object()) return t;
  if (j.contains("en") && j["en"].is_string()) t.en = j["en"].get<std::string>();
  if (j.contains("zh-CN") && j["zh-CN"].is_string()) t.zh = j["zh-CN"].get<std::string>();
  return t;
}

// A scenario file's titles ("title", "title_zh-CN"), or a lesson's title object.
LText title_in_file(const fs::path& file) {
  std::string text, why;
  if (!read_regular_file(file.string(), text, why)) return {};
  const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("title")) return {};
  const nlohmann::json& t = j["title"];
  if (t.is_object()) return text_of(t);  // a lesson
  LText out;
  if (t.is_string()) out.en = t.get<std::string>();
  if (j.contains("title_zh-CN") && j["title_zh-CN"].is_string()) out.zh = j["title_zh-CN"].get<std::string>();
  return out;
}

}  // namespace

LText title_of_path(const std::string& path) {
  std::error_code ec;
  const fs::path p(path);
  if (fs::is_directory(p, ec)) {
    const fs::path scenario = p / (p.filename().string() + ".json");
    if (fs::is_regular_file(scenario, ec)) return title_in_file(scenario);
    if (fs::is_regular_file(p / "lesson.json", ec)) return title_in_file(p / "lesson.json");
    return {};
  }
  if (p.extension() != ".json") return {};
  return title_in_file(p);
}

std::string lesson_file_of(const std::string& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    const fs::path f = fs::path(path) / "lesson.json";
    return fs::is_regular_file(f, ec) ? f.string() : "";
  }
  const fs::path p(path);
  if (p.filename() == "lesson.json") return path;
  return "";
}

std::string default_lessons_dir() {
  std::error_code ec;
  if (fs::is_directory("lessons", ec)) return "lessons";
#ifdef GOSIM_LESSONS_DIR
  if (fs::is_directory(GOSIM_LESSONS_DIR, ec)) return GOSIM_LESSONS_DIR;
#endif
  return "";
}

std::vector<LessonEntry> find_lessons(const std::string& dir, const std::string& progress_dir) {
  std::vector<LessonEntry> out;
  std::error_code ec;
  std::vector<fs::path> folders;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code dec;
    if (it->is_directory(dec) && fs::is_regular_file(it->path() / "lesson.json", dec)) folders.push_back(it->path());
  }
  // By name, never in the file system's order: 01 before 02.
  std::sort(folders.begin(), folders.end());
  for (const fs::path& f : folders) {
    LessonEntry e;
    e.id = f.filename().string();
    e.path = (f / "lesson.json").string();
    std::string text, why;
    if (!read_regular_file(e.path, text, why)) {
      e.error = why;
    } else {
      const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
      if (j.is_discarded() || !j.is_object()) {
        e.error = "not a JSON object";
      } else {
        if (j.contains("title")) e.title = text_of(j["title"]);
        if (j.contains("minutes") && j["minutes"].is_number_integer()) e.minutes = j["minutes"].get<int>();
        if (j.contains("steps") && j["steps"].is_array()) {
          e.steps = j["steps"].size();
          for (const auto& s : j["steps"]) e.questions += s.is_object() && s.contains("question") ? 1 : 0;
        }
      }
    }
    if (e.title.en.empty()) e.title.en = e.id;
    if (!progress_dir.empty()) {
      std::string msg;
      std::error_code pec;
      e.has_progress = fs::exists(fs::path(progress_dir) / (e.id + ".json"), pec);
      e.progress = load_progress(progress_dir, e.id, msg);
      if (!msg.empty()) e.has_progress = false;
    }
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace gosim::viz
