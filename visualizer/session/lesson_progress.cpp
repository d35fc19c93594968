#include "visualizer/session/lesson_progress.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "sim/base/out_file.h"
#include "sim/scenario/safe_path.h"

namespace gosim::viz {

namespace fs = std::filesystem;

std::string progress_dir() {
  // XDG Base Directory: a relative XDG_STATE_HOME is invalid and must be ignored.
  const char* xdg = std::getenv("XDG_STATE_HOME");
  fs::path base;
  if (xdg != nullptr && xdg[0] == '/') {
    base = xdg;
  } else {
    const char* home = std::getenv("HOME");
    if (home == nullptr || home[0] != '/') return "";
    base = fs::path(home) / ".local" / "state";
  }
  return (base / "gosim" / "lessons").string();
}

std::string progress_json(const LessonProgress& p) {
  nlohmann::json j;
  j["step"] = p.step;
  j["answers"] = nlohmann::json::object();
  for (const auto& [step, v] : p.answers) j["answers"][std::to_string(step)] = v;
  j["revealed"] = nlohmann::json::array();
  for (size_t s : p.revealed) j["revealed"].push_back(s);
  return j.dump(1) + "\n";
}

LessonProgress parse_progress(const std::string& text, std::string& error) {
  LessonProgress p;
  error.clear();
  const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  auto count = [](const nlohmann::json& v) { return v.is_number_unsigned() && v.get<uint64_t>() < 10000; };
  if (j.is_discarded() || !j.is_object()) {
    error = "not a JSON object";
    return {};
  }
  if (!j.contains("step") || !count(j["step"])) {
    error = "\"step\" is not a step number";
    return {};
  }
  p.step = j["step"].get<size_t>();
  if (j.contains("answers")) {
    if (!j["answers"].is_object()) {
      error = "\"answers\" is not an object";
      return {};
    }
    for (const auto& [k, v] : j["answers"].items()) {
      char* end = nullptr;
      const unsigned long s = std::strtoul(k.c_str(), &end, 10);
      if (k.empty() || *end != '\0' || s >= 10000 || !v.is_number()) {
        error = "answer \"" + k + "\" is not step: number";
        return {};
      }
      p.answers[s] = v.get<double>();
    }
  }
  if (j.contains("revealed")) {
    if (!j["revealed"].is_array()) {
      error = "\"revealed\" is not an array";
      return {};
    }
    for (const auto& v : j["revealed"]) {
      if (!count(v)) {
        error = "\"revealed\" holds something other than step numbers";
        return {};
      }
      p.revealed.insert(v.get<size_t>());
    }
  }
  return p;
}

LessonProgress load_progress(const std::string& dir, const std::string& id, std::string& message) {
  message.clear();
  if (dir.empty()) return {};
  const fs::path file = fs::path(dir) / (id + ".json");
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(file, ec))) return {};
  std::string text, why;
  if (!read_regular_file(file.string(), text, why, 1 << 20)) {
    message = "ignored the saved progress " + file.string() + ": " + why + "; starting at step 1";
    return {};
  }
  LessonProgress p = parse_progress(text, why);
  if (!why.empty()) message = "ignored the saved progress " + file.string() + ": " + why + "; starting at step 1";
  return p;
}

std::string save_progress(const std::string& dir, const std::string& id, const LessonProgress& p) {
  if (dir.empty()) return "no state directory (neither XDG_STATE_HOME nor HOME is set)";
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return "cannot create " + dir + ": " + ec.message();
  const fs::path file = fs::path(dir) / (id + ".json");
  const fs::path tmp = fs::path(dir) / ("." + id + ".json.tmp");
  OutFile out;
  if (!out.open(tmp.string(), true) || !out.write(progress_json(p)) || !out.close()) return out.message();
  // rename(2) replaces the old file in one step: a reader sees the old progress or the new one.
  fs::rename(tmp, file, ec);
  if (ec) {
    fs::remove(tmp, ec);
    return "cannot write " + file.string() + ": " + ec.message();
  }
  return "";
}

}  // namespace gosim::viz
