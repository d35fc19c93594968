// Loading a scenario: read, parse, validate against the schema, check what the schema cannot
// say, then fill the Scenario struct.
//
// Each stage stops the load when it finds anything, because later stages assume the earlier
// ones held (the struct filler trusts that "config.GOMAXPROCS" is an integer in 1..256).
// Within a stage every finding is reported, so one `gosim check` shows all schema mistakes.
//
// The checks beyond the schema: the source file exists and can be read (the message names the
// path as resolved from the JSON file's folder), event names are kinds the trace knows, and
// breakpoint and note lines lie inside the program.
#include "sim/scenario/scenario.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

#include "sim/trace/event.h"
#include "sim/scenario/json.h"
#include "sim/scenario/json_document.h"
#include "sim/scenario/safe_path.h"
#include "sim/scenario/schema.h"

namespace gosim {

namespace {

// Like the Go compiler, stop listing after a screenful: past that, the file is more likely
// not a scenario at all than a scenario with many mistakes.
int64_t count_lines(std::string_view text) {
  if (text.empty()) return 0;
  int64_t lines = std::count(text.begin(), text.end(), '\n');
  return text.back() == '\n' ? lines : lines + 1;
}

ScenarioLoad refuse(const std::string& file, Pos pos, std::string message) {
  ScenarioLoad load;
  load.errors.push_back({file, pos, "", std::move(message)});
  return load;
}

// Fills a Scenario from a document the schema has accepted, checking the rules the schema
// cannot express on the way.
class ScenarioReader {
 public:
  ScenarioReader(const std::string& path, const JsonValue& root) : path_(path), root_(root) {}

  ScenarioLoad read() {
    s_.path = path_;
    s_.id = root_.find("id")->string;
    s_.title = root_.find("title")->string;
    if (const JsonValue* t = root_.find("title_zh-CN")) s_.title_zh = t->string;
    s_.summary = root_.find("summary")->string;
    read_source();
    if (const JsonValue* c = root_.find("config")) read_config(*c);
    if (const JsonValue* e = root_.find("env")) read_env(*e);
    if (const JsonValue* in = root_.find("stdin")) s_.config.stdin_data = in->string;  // the schema bounds it
    if (const JsonValue* f = root_.find("files")) read_files(*f);  // part vfs2
    if (const JsonValue* b = root_.find("breakpoints")) read_breakpoints(*b);
    if (const JsonValue* n = root_.find("notes")) read_notes(*n);
    if (const JsonValue* v = root_.find("viz")) {
      // The schema allows only the three names.
      if (const JsonValue* d = v->find("detail")) s_.viz_detail = parse_detail_level(d->string);
    }
    ScenarioLoad load;
    if (errors_.empty()) {
      load.scenario = std::move(s_);
    } else {
      load.errors = std::move(errors_);
    }
    return load;
  }

  // `base` with the keys of a config object (one the schema accepted) set over it.
  Config overlay_config(const JsonValue& c, const Config& base) {
    s_.config = base;
    read_config(c);
    return s_.config;
  }

 private:
  const std::string& path_;
  const JsonValue& root_;
  Scenario s_;
  Diagnostics errors_;
  bool source_read_ = false;

  void error(const JsonValue& at, std::string pointer, std::string message) {
    errors_.push_back({path_, at.pos, std::move(pointer), std::move(message)});
  }

  void read_source() {
    if (const JsonValue* inline_source = root_.find("source")) {
      s_.source = inline_source->string;
      s_.source_name = path_ + "#source";
      s_.program_name = std::filesystem::path(path_).filename().string() + "#source";
      source_read_ = true;
      return;
    }
    // A scenario is data: its source_file may only name a regular file in the scenario's
    // folder or its parent's (safe_path.h says why and how).
    const JsonValue& file = *root_.find("source_file");
    if (std::string why = path_text_problem(file.string); !why.empty()) {
      error(file, "/source_file", "source_file " + json_quote(file.string) + " " + why);
      return;
    }
    const std::string root = scenario_root(path_);
    ContainedPath p = resolve_contained(std::filesystem::path(path_).parent_path().string(), file.string, root);
    s_.source_name = p.shown;
    s_.program_name = std::filesystem::path(file.string).lexically_normal().string();
    if (p.outside) {
      error(file, "/source_file",
            "source_file " + json_quote(file.string) + " " + p.error +
                ": a scenario's files must lie in its own folder or its parent folder");
      return;
    }
    std::string why = p.error;
    if (why.empty()) read_regular_file(p.resolved, s_.source, why);
    if (!why.empty()) {
      error(file, "/source_file", "cannot read source_file " + json_quote(s_.source_name) + ": " + why);
      return;
    }
    source_read_ = true;
  }

  void read_config(const JsonValue& c) {
    Config& cfg = s_.config;
    if (const JsonValue* v = c.find("GOMAXPROCS")) cfg.gomaxprocs = static_cast<int32_t>(v->int64);
    if (const JsonValue* v = c.find("GOGC")) {
      cfg.gogc = v->is_string() ? -1 : static_cast<int32_t>(v->int64);  // "off" is GOGC=-1
    }
    if (const JsonValue* v = c.find("GOMEMLIMIT")) cfg.gomemlimit = v->int64;
    if (const JsonValue* v = c.find("gctrace")) cfg.gctrace = v->boolean;
    if (const JsonValue* v = c.find("check_gc")) cfg.check_gc = v->boolean;
    if (const JsonValue* v = c.find("check_events")) cfg.check_events = v->boolean;
    if (const JsonValue* v = c.find("call_events")) cfg.call_events = v->boolean;
    if (const JsonValue* v = c.find("startup_heap")) cfg.startup_heap = v->boolean;
    if (const JsonValue* v = c.find("seed")) cfg.seed = static_cast<uint64_t>(v->int64);
    if (const JsonValue* l = c.find("limits")) {
      Limits& lim = cfg.limits;
      read_int(*l, "max_events", lim.max_events);
      read_int(*l, "max_goroutines", lim.max_goroutines);
      // The schema caps milliseconds so that nanoseconds fit in int64.
      if (read_int(*l, "max_virtual_time_ms", lim.max_virtual_time_ns)) {
        lim.max_virtual_time_ns *= 1'000'000;
      }
      if (read_int(*l, "max_cpu_time_ms", lim.max_cpu_time_ns)) lim.max_cpu_time_ns *= 1'000'000;
      read_int(*l, "max_stack_bytes", lim.max_stack_bytes);
      read_int(*l, "max_heap_bytes", lim.max_heap_bytes);
    }
    if (const JsonValue* k = c.find("cost")) {
      CostModel& cost = cfg.cost;
      read_int(*k, "instr_ns", cost.instr_ns);
      read_int(*k, "call_ns", cost.call_ns);
      read_int(*k, "newproc_ns", cost.newproc_ns);
      read_int(*k, "schedule_ns", cost.schedule_ns);
      read_int(*k, "park_ns", cost.park_ns);
      read_int(*k, "ready_ns", cost.ready_ns);
      read_int(*k, "wakep_ns", cost.wakep_ns);
      read_int(*k, "syscall_ns", cost.syscall_ns);
      read_int(*k, "write_ns", cost.write_ns);
      read_int(*k, "file_ns", cost.file_ns);  // part vfs2
      read_int(*k, "sync_ns", cost.sync_ns);
      read_int(*k, "spin_ns", cost.spin_ns);
      read_int(*k, "net_ns", cost.net_ns);
    }
    if (const JsonValue* w = c.find("whatif")) {
      WhatIf& wi = cfg.whatif;
      auto flag = [&](std::string_view key, bool& out) {
        if (const JsonValue* v = w->find(key)) out = v->boolean;
      };
      flag("no_runnext", wi.no_runnext);
      flag("no_steal", wi.no_steal);
      flag("no_async_preempt", wi.no_async_preempt);
      read_int(*w, "sysmon_period_us", wi.sysmon_period_us);
      flag("gc_stw", wi.gc_stw);
      if (const JsonValue* v = w->find("gc_barrier")) {
        // The schema allows only these four names; their numbers are WhatIf::gc_barrier's.
        static constexpr std::string_view kBarriers[] = {"hybrid", "off", "dijkstra", "yuasa"};
        for (int32_t i = 0; i < 4; ++i) {
          if (v->string == kBarriers[i]) wi.gc_barrier = i;
        }
      }
    }
  }

  static bool read_int(const JsonValue& obj, std::string_view key, int64_t& out) {
    const JsonValue* v = obj.find(key);
    if (v) out = v->int64;
    return v != nullptr;
  }

  void read_breakpoints(const JsonValue& list) {
    for (size_t i = 0; i < list.items.size(); ++i) {
      const JsonValue& b = list.items[i];
      std::string where = "breakpoints[" + std::to_string(i) + "]";
      std::string pointer = "/breakpoints/" + std::to_string(i);
      Breakpoint bp;
      bp.pos = b.pos;
      if (const JsonValue* v = b.find("line")) {
        bp.line = static_cast<int32_t>(v->int64);
        check_line(*v, where, pointer);
      }
      if (const JsonValue* v = b.find("event")) {
        bp.event_kind = v->string;
        check_event(*v, where, pointer);
      }
      if (const JsonValue* v = b.find("goroutine")) bp.goroutine = v->int64;
      if (const JsonValue* v = b.find("time_ms")) bp.virtual_time_ns = std::llround(v->number * 1e6);
      s_.breakpoints.push_back(std::move(bp));
    }
  }

  // "env": {"HOME": "/home/gopher"} (part io): the names syscall.Setenv would refuse are refused
  // here, at the name, so the program starts with an environment Go could have.
  void read_env(const JsonValue& env) {
    for (const JsonMember& m : env.members) {
      const std::string pointer = "/env/" + m.key;
      JsonValue at;
      at.pos = m.key_pos;
      if (m.key.empty()) {
        error(at, pointer, "env: a variable name cannot be empty");
      } else if (m.key.find('=') != std::string::npos) {
        error(at, pointer, "env: the variable name " + json_quote(m.key) + " cannot contain '=' (write the value after the colon)");
      } else if (m.key.find('\0') != std::string::npos || m.value.string.find('\0') != std::string::npos) {
        error(at, pointer, "env: " + json_quote(m.key) + ": names and values cannot contain NUL characters");
      } else {
        s_.config.env.push_back(m.key + "=" + m.value.string);
      }
    }
  }

  // "files": {"data/in.txt": "...", "out/": ""} (part vfs2): the virtual file tree's paths are
  // relative to the working directory and stay inside it; the tree is bounded, as stdin is.
  static bool clean_relative(const std::string& p) {
    size_t i = 0;
    while (i <= p.size()) {
      size_t j = p.find('/', i);
      if (j == std::string::npos) j = p.size();
      const std::string e = p.substr(i, j - i);
      if (e.empty() || e == "." || e == "..") return false;
      i = j + 1;
    }
    return true;
  }

  void read_files(const JsonValue& files) {
    constexpr uint64_t kMaxFilesBytes = 1 << 20;
    uint64_t total = 0;
    for (const JsonMember& m : files.members) {
      const std::string pointer = "/files/" + m.key;
      JsonValue at;
      at.pos = m.key_pos;
      const std::string dirless = !m.key.empty() && m.key.back() == '/' ? m.key.substr(0, m.key.size() - 1) : m.key;
      if (dirless.empty()) {
        error(at, pointer, "files: a path cannot be empty (write \"name.txt\" or \"dir/\")");
      } else if (dirless[0] == '/') {
        error(at, pointer, "files: " + json_quote(m.key) + " is outside the tree: a path is relative to the working directory /home/gopher (write it without the leading '/')");
      } else if (!clean_relative(dirless)) {
        error(at, pointer, "files: " + json_quote(m.key) + " is not a clean path inside the tree (no '.', '..' or empty elements: the tree is the working directory /home/gopher and below)");
      } else if (m.key.size() > 255 || m.key.find('\0') != std::string::npos) {
        error(at, pointer, "files: " + json_quote(m.key.substr(0, 40)) + ": a path is at most 255 bytes, without NUL characters");
      } else if (m.key.back() == '/' && !m.value.string.empty()) {
        error(at, pointer, "files: " + json_quote(m.key) + " ends in '/', a directory, which cannot have contents (remove the '/' for a file)");
      } else if ((total += m.value.string.size()) > kMaxFilesBytes) {
        error(at, pointer, "files: more than 1 MiB (1048576 bytes) of file contents in all; give smaller files");
        return;
      } else {
        s_.config.files.emplace_back(m.key, m.value.string);
      }
    }
  }

  void read_notes(const JsonValue& list) {
    for (size_t i = 0; i < list.items.size(); ++i) {
      const JsonValue& n = list.items[i];
      std::string where = "notes[" + std::to_string(i) + "]";
      std::string pointer = "/notes/" + std::to_string(i);
      Note note;
      note.pos = n.pos;
      note.text = n.find("text")->string;
      if (const JsonValue* v = n.find("zh-CN")) note.text_zh = v->string;
      if (const JsonValue* v = n.find("line")) {
        note.line = static_cast<int32_t>(v->int64);
        check_line(*v, where, pointer);
      }
      if (const JsonValue* v = n.find("event")) {
        note.event_kind = v->string;
        check_event(*v, where, pointer);
      }
      s_.notes.push_back(std::move(note));
    }
  }

  void check_event(const JsonValue& v, const std::string& where, const std::string& pointer) {
    if (event_kind_from_name(v.string) != EventKind::kCount) return;
    std::vector<std::string> kinds;
    for (std::string_view k : event_kind_names()) kinds.emplace_back(k);
    std::string guess = suggest_name(v.string, kinds);
    std::string hint = guess.empty() ? " (the kinds are listed in docs/scenarios.md)"
                                     : " (did you mean " + json_quote(guess) + "?)";
    error(v, pointer + "/event",
          "unknown event kind " + json_describe(v) + " in " + where + ".event" + hint);
  }

  // A line past the end of the program is a breakpoint that can never fire: almost always a
  // scenario whose program was edited after the breakpoints were written.
  void check_line(const JsonValue& v, const std::string& where, const std::string& pointer) {
    if (!source_read_) return;
    int64_t lines = count_lines(s_.source);
    if (v.int64 <= lines) return;
    std::string program = root_.find("source") ? "the inline source" : s_.source_name;
    error(v, pointer + "/line",
          where + ".line is " + v.number_text + ", but " + program + " has only " +
              std::to_string(lines) + (lines == 1 ? " line" : " lines"));
  }
};

// Turns a file stem into an id the schema would accept ("Hello World" -> "hello_world").
std::string id_from_stem(std::string stem) {
  for (char& c : stem) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    if (!ok) c = '_';
  }
  size_t start = stem.find_first_not_of("_-");
  return start == std::string::npos ? "main" : stem.substr(start);
}

}  // namespace

Config overlay_config_json(const JsonValue& config, const Config& base) {
  static const std::string kNoPath;
  static const JsonValue kNoRoot;
  return ScenarioReader(kNoPath, kNoRoot).overlay_config(config, base);
}

ScenarioLoad load_scenario(const std::string& path) {
  std::string text, why;
  if (!read_regular_file(path, text, why)) return refuse(path, {}, "cannot read file: " + why);
  return parse_scenario(path, text);
}

ScenarioLoad parse_scenario(const std::string& path, const std::string& text) {
  const JsonValue* schema = scenario_schema();
  if (!schema) {
    const JsonError& e = scenario_schema_error();
    return refuse(path, {}, "internal error: the built-in scenario.schema.json does not parse (" +
                                std::to_string(e.pos.line) + ":" + std::to_string(e.pos.col) +
                                ": " + e.message + ")");
  }
  ScenarioLoad load;
  const std::optional<JsonValue> doc = read_json_document(path, text, "scenario", *schema, load.errors);
  if (!doc) return load;
  return ScenarioReader(path, *doc).read();
}

ScenarioLoad scenario_from_go_file(const std::string& path) {
  Scenario s;
  std::string why;
  if (!read_regular_file(path, s.source, why)) return refuse(path, {}, "cannot read file: " + why);
  std::filesystem::path p(path);
  s.program_name = p.filename().string();
  s.id = id_from_stem(p.stem().string());
  s.title = p.filename().string();
  s.source_name = path;
  ScenarioLoad load;
  load.scenario = std::move(s);
  return load;
}

ScenarioLoad scenario_from_dir(const std::string& path_in) {
  std::string path = path_in;
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  std::error_code ec;
  if (!std::filesystem::exists(path + "/go.mod", ec)) {
    return refuse(path, {}, "not a Go program directory: no go.mod (create one with: go mod init example.com/NAME)");
  }
  // The source view shows the file that declares func main (the first .go file otherwise).
  std::vector<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(path, ec)) {
    const std::string n = e.path().filename().string();
    if (n.size() > 3 && n.compare(n.size() - 3, 3, ".go") == 0 && n.find("_test.go") == std::string::npos) names.push_back(n);
  }
  std::sort(names.begin(), names.end());
  if (names.empty()) return refuse(path, {}, "no Go files in the directory");
  Scenario s;
  std::string chosen;
  for (const std::string& n : names) {
    std::string text;
    std::string why;
    if (!read_regular_file(path + "/" + n, text, why)) continue;
    if (chosen.empty() || text.find("\nfunc main()") != std::string::npos) {
      if (!chosen.empty() && s.source.find("\nfunc main()") != std::string::npos) continue;
      chosen = n;
      s.source = std::move(text);
    }
  }
  if (chosen.empty()) return refuse(path, {}, "cannot read the directory's Go files");
  const std::string base = std::filesystem::path(path).filename().string();
  s.source_dir = path;
  s.source_name = path + "/" + chosen;
  s.program_name = base + "/" + chosen;
  s.id = id_from_stem(base);
  s.title = base;
  ScenarioLoad load;
  load.scenario = std::move(s);
  return load;
}

}  // namespace gosim
