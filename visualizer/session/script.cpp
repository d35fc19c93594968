#include "visualizer/session/script.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "sim/scenario/json.h"
#include "sim/scenario/safe_path.h"
#include "visualizer/session/session.h"

namespace gosim::viz {

namespace {

struct OpName {
  std::string_view name;
  StepOp op;
};
constexpr OpName kOps[] = {
    {"step", StepOp::kStep},       {"step_back", StepOp::kStepBack},   {"run_until", StepOp::kRunUntil},
    {"seek", StepOp::kSeek},       {"select", StepOp::kSelect},        {"panel", StepOp::kPanel},
    {"caption", StepOp::kCaption}, {"wait_ms", StepOp::kWaitMs},       {"screenshot", StepOp::kScreenshot},
    {"presenter", StepOp::kPresenter}, {"lesson_next", StepOp::kLessonNext}, {"lesson_back", StepOp::kLessonBack},
    {"answer", StepOp::kAnswer},   {"keys", StepOp::kKeys},         {"settle", StepOp::kSettle},
    {"advance_ms", StepOp::kAdvanceMs}, {"pin_span", StepOp::kPinSpan}, {"runtime_objects", StepOp::kRuntimeObjects},
};

std::string known_ops() {
  std::string s;
  for (const auto& o : kOps) s += (s.empty() ? "" : ", ") + std::string(o.name);
  return s;
}

// A caption is a sentence or two; a screenshot a file name.
constexpr size_t kMaxScriptString = 1000;

// Collects refusals for one script; each names the step by its index.
class Checker {
 public:
  Checker(const std::string& file, Diagnostics& out) : file_(file), out_(out) {}
  void fail(Pos pos, size_t index, const std::string& msg) {
    out_.push_back(Diagnostic{file_, pos, "", fmt::format("step [{}]: {}", index, msg)});
  }
  bool count(const JsonValue& v, size_t index, std::string_view key, int64_t max, int64_t& out) {
    if (!v.is_number() || !v.is_int64 || v.int64 < 0 || v.int64 > max) {
      fail(v.pos, index, fmt::format("{} wants a whole number from 0 to {} (got {})", key, max, json_describe(v)));
      return false;
    }
    out = v.int64;
    return true;
  }
  bool string(const JsonValue& v, size_t index, std::string_view key, bool allow_empty, std::string& out) {
    if (!v.is_string() || (!allow_empty && v.string.empty())) {
      fail(v.pos, index, fmt::format("{} wants a {}string (got {})", key, allow_empty ? "" : "non-empty ", json_describe(v)));
      return false;
    }
    // A script is data like a scenario: no string of it is echoed or drawn at any length.
    if (v.string.size() > kMaxScriptString) {
      fail(v.pos, index, fmt::format("{} is too long ({} bytes; at most {})", key, v.string.size(), kMaxScriptString));
      return false;
    }
    out = v.string;
    return true;
  }

 private:
  const std::string& file_;
  Diagnostics& out_;
};

bool parse_kind(Checker& ck, const JsonValue& v, size_t index, EventKind& out) {
  std::string name;
  if (!ck.string(v, index, "run_until's event kind", false, name)) return false;
  out = event_kind_from_name(name);
  if (out == EventKind::kCount) {
    std::string names;
    for (auto n : event_kind_names()) names += (names.empty() ? "" : ", ") + std::string(n);
    ck.fail(v.pos, index, fmt::format("unknown event kind {} (known: {})", json_quote(name), names));
    return false;
  }
  return true;
}

bool parse_until(Checker& ck, const JsonValue& v, size_t index, BreakCondition& c) {
  if (v.is_string()) return parse_kind(ck, v, index, c.kind);
  if (!v.is_object() || v.members.empty()) {
    ck.fail(v.pos, index, fmt::format("run_until wants an event kind name or an object with kind, g and/or time_ns (got {})",
                                      json_describe(v)));
    return false;
  }
  bool ok = true;
  for (const JsonMember& m : v.members) {
    if (m.key == "kind") {
      ok = parse_kind(ck, m.value, index, c.kind) && ok;
    } else if (m.key == "g") {
      ok = ck.count(m.value, index, "run_until.g", int64_t{1} << 40, c.goid) && ok;
      if (ok && c.goid == 0) { ck.fail(m.value.pos, index, "run_until.g wants a goroutine id (1 or more)"); ok = false; }
    } else if (m.key == "time_ns") {
      ok = ck.count(m.value, index, "run_until.time_ns", int64_t{1} << 62, c.time) && ok;
    } else {
      ck.fail(m.key_pos, index, fmt::format("run_until has no field {} (known: kind, g, time_ns)", json_quote(m.key)));
      ok = false;
    }
  }
  return ok;
}

bool parse_select(Checker& ck, const JsonValue& v, size_t index, Selection& s) {
  if (!v.is_object() || v.members.size() != 1) {
    ck.fail(v.pos, index, fmt::format("select wants one of {{\"g\": id}}, {{\"p\": id}}, {{\"m\": id}}, {{\"span\": index}} or "
                                      "{{\"object\": address}} (got {})", json_describe(v)));
    return false;
  }
  const JsonMember& m = v.members[0];
  int64_t id = 0;
  if (!ck.count(m.value, index, "select." + m.key, int64_t{1} << 62, id)) return false;
  if (m.key == "g") s = Selection::g(id);
  else if (m.key == "p") s = Selection::p(id);
  else if (m.key == "m") s = Selection::m(id);
  else if (m.key == "span") s = Selection::span(id);
  else if (m.key == "object") s = Selection::object(static_cast<uint64_t>(id));
  else {
    ck.fail(m.key_pos, index, fmt::format("select has no field {} (known: g, p, m, span, object)", json_quote(m.key)));
    return false;
  }
  return true;
}

bool parse_panel(Checker& ck, const JsonValue& v, size_t index, std::string& out) {
  if (!ck.string(v, index, "panel", false, out)) return false;
  for (auto n : script_panel_names()) {
    if (n == out) return true;
  }
  std::string names;
  for (auto n : script_panel_names()) names += (names.empty() ? "" : ", ") + std::string(n);
  ck.fail(v.pos, index, fmt::format("unknown panel {} (panels: {})", json_quote(out), names));
  return false;
}

// A script names its screenshots by file name only; load_script writes them in the folder the
// user chose (--shots-dir) or else the script's own folder. A script from a downloaded lesson can
// thus never write outside that folder, nor anything but a .png.
bool parse_screenshot(Checker& ck, const JsonValue& v, size_t index, std::string& out) {
  if (!ck.string(v, index, "screenshot", false, out)) return false;
  std::string why = path_text_problem(out);
  if (why.empty() && (out.find('/') != std::string::npos || out == "." || out == ".."))
    why = "has a folder part";
  if (why.empty() && (out.size() <= 4 || out.compare(out.size() - 4, 4, ".png") != 0)) why = "does not end in .png";
  if (why.empty()) return true;
  ck.fail(v.pos, index,
          fmt::format("screenshot {} {}: a script names a file such as \"step3.png\", written in the script's "
                      "folder (or the folder given with --shots-dir)",
                      json_describe(v), why));
  return false;
}

bool parse_keys(Checker& ck, const JsonValue& v, size_t index, std::vector<std::string>& out) {
  std::string text;
  if (!ck.string(v, index, "keys", false, text)) return false;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == ' ') {
      ++i;
      continue;
    }
    const size_t j = std::min(text.find(' ', i), text.size());
    const std::string name = text.substr(i, j - i);
    const auto& known = script_key_names();
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      std::string names;
      for (auto n : known) names += (names.empty() ? "" : " ") + std::string(n);
      ck.fail(v.pos, index, fmt::format("keys: unknown key {} (keys: {})", json_quote(name), names));
      return false;
    }
    out.push_back(name);
    i = j;
  }
  if (out.size() > 1000) {
    ck.fail(v.pos, index, "keys: at most 1000 keys in one step");
    return false;
  }
  return true;
}

bool parse_step(Checker& ck, const JsonValue& item, size_t index, ScriptStep& st) {
  if (!item.is_object() || item.members.size() != 1) {
    ck.fail(item.pos, index, fmt::format("each step is an object with exactly one key, such as {{\"step\": 1}} (got {})",
                                         item.is_object() ? fmt::format("{} keys", item.members.size()) : json_describe(item)));
    return false;
  }
  const JsonMember& m = item.members[0];
  const OpName* op = nullptr;
  for (const auto& o : kOps) {
    if (o.name == m.key) op = &o;
  }
  if (op == nullptr) {
    ck.fail(m.key_pos, index, fmt::format("unknown step {} (known: {})", json_quote(m.key), known_ops()));
    return false;
  }
  st.op = op->op;
  st.index = index;
  st.pos = m.key_pos;
  const JsonValue& v = m.value;
  switch (st.op) {
    case StepOp::kStep:
    case StepOp::kStepBack:
    case StepOp::kSeek: return ck.count(v, index, m.key, int64_t{1} << 40, st.n);
    case StepOp::kWaitMs: return ck.count(v, index, m.key, 600'000, st.n);
    case StepOp::kAdvanceMs: return ck.count(v, index, m.key, 600'000, st.n);
    case StepOp::kPinSpan: return ck.count(v, index, m.key, int64_t{1} << 31, st.n);
    case StepOp::kRunUntil: return parse_until(ck, v, index, st.until);
    case StepOp::kSelect: return parse_select(ck, v, index, st.select);
    case StepOp::kPanel: return parse_panel(ck, v, index, st.text);
    case StepOp::kCaption: return ck.string(v, index, m.key, true, st.text);
    case StepOp::kScreenshot: return parse_screenshot(ck, v, index, st.text);
    case StepOp::kLessonNext:
    case StepOp::kLessonBack: return ck.count(v, index, m.key, 100, st.n);
    case StepOp::kAnswer:
      if (!v.is_number()) {
        ck.fail(v.pos, index, fmt::format("answer wants a number: a choice's index, a goid or the number (got {})", json_describe(v)));
        return false;
      }
      st.value = v.number;
      return true;
    case StepOp::kKeys: return parse_keys(ck, v, index, st.keys);
    case StepOp::kPresenter:
    case StepOp::kSettle:
    case StepOp::kRuntimeObjects:
      if (v.kind != JsonKind::kBool) {
        ck.fail(v.pos, index, fmt::format("{} wants true or false (got {})", m.key, json_describe(v)));
        return false;
      }
      st.flag = v.boolean;
      return true;
  }
  return false;
}

}  // namespace

const std::vector<std::string_view>& script_key_names() {
  static const std::vector<std::string_view> names = {"Right", "Left", "PageDown", "PageUp", "Space",
                                                      "Backspace", "Escape", "B", "F5",
                                                      "Ctrl+=", "Ctrl+-", "Ctrl+0"};
  return names;
}

const std::vector<std::string_view>& script_panel_names() {
  static const std::vector<std::string_view> names = {"scheduler", "timeline", "events", "output", "inspector",
                                                      "controls", "whatif", "help", "source", "stacks", "heap", "gc",
                                                      "heap_graph", "channels", "sync", "timers", "netpoll",
                                                      "narration", "lessons", "open"};
  return names;
}

ScriptParse parse_script(const std::string& name, std::string_view text) {
  ScriptParse out;
  JsonParse jp = parse_json(text);
  if (!jp.value) {
    out.errors.push_back(Diagnostic{name, jp.error.pos, "", jp.error.message});
    return out;
  }
  const JsonValue& root = *jp.value;
  if (root.kind != JsonKind::kArray) {
    out.errors.push_back(Diagnostic{name, root.pos, "", fmt::format("a script is a JSON array of steps (got {})", json_describe(root))});
    return out;
  }
  Checker ck(name, out.errors);
  for (size_t i = 0; i < root.items.size(); ++i) {
    ScriptStep st;
    if (parse_step(ck, root.items[i], i, st)) out.steps.push_back(std::move(st));
  }
  if (!out.errors.empty()) out.steps.clear();
  return out;
}

ScriptParse load_script(const std::string& path, const std::string& shots_dir) {
  std::string text, why;
  if (!read_regular_file(path, text, why)) {
    ScriptParse out;
    out.errors.push_back(Diagnostic{path, {}, "", "cannot read the script file: " + why});
    return out;
  }
  ScriptParse out = parse_script(path, text);
  std::filesystem::path dir = shots_dir.empty() ? std::filesystem::path(path).parent_path() : std::filesystem::path(shots_dir);
  if (dir.empty()) dir = ".";
  for (ScriptStep& st : out.steps) {
    if (st.op == StepOp::kScreenshot) st.text = (dir / st.text).string();
  }
  return out;
}

void ScriptRunner::advance(Session& session, ScriptHost& host, double now_ms) {
  if (wait_until_ >= 0) {
    if (now_ms < wait_until_) return;
    wait_until_ = -1;
  }
  while (next_ < steps_.size()) {
    if (host.busy()) return;
    const ScriptStep& st = steps_[next_++];
    const auto n = static_cast<uint64_t>(st.n);
    switch (st.op) {
      case StepOp::kStep: session.step(n); break;
      case StepOp::kStepBack: session.step_back(n); break;
      case StepOp::kSeek: session.seek(n); break;
      case StepOp::kRunUntil:
        if (!session.run_until(st.until)) {
          host.note(fmt::format("step [{}]: run_until {}: no such event after event {}; the cursor stays", st.index,
                                st.until.label(), session.cursor()));
        }
        break;
      case StepOp::kSelect: host.select(st.select); break;
      case StepOp::kPanel: host.show_panel(st.text); break;
      case StepOp::kCaption: host.set_caption(st.text); break;
      case StepOp::kPresenter: host.set_presenter(st.flag); break;
      case StepOp::kSettle: host.set_settle(st.flag); break;
      case StepOp::kPinSpan: host.pin_span(st.n); break;
      case StepOp::kRuntimeObjects: host.show_runtime_objects(st.flag); break;
      case StepOp::kAdvanceMs:
        host.advance_clock_ms(static_cast<double>(st.n));
        // The clock moves at the start of the next frame: a step just before this one starts
        // its tween in the frame being built, and this advance lands inside that tween.
        return;
      case StepOp::kLessonNext:
        for (int64_t i = 0; i < st.n; ++i) host.lesson_next();
        break;
      case StepOp::kLessonBack:
        for (int64_t i = 0; i < st.n; ++i) host.lesson_back();
        break;
      case StepOp::kAnswer: host.lesson_answer(st.value); break;
      case StepOp::kKeys:
        for (const std::string& k : st.keys) host.press_key(k);
        // The presses are handled in the frame being built; the next step waits for it.
        return;
      case StepOp::kWaitMs:
        wait_until_ = now_ms + static_cast<double>(st.n);
        return;
      case StepOp::kScreenshot:
        host.screenshot(st.text);
        return;  // let a frame be drawn before the next step changes anything
    }
  }
}

}  // namespace gosim::viz
