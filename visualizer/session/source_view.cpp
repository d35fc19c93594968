#include "visualizer/session/source_view.h"

#include "sim/interp/frame_view.h"

#include <algorithm>
#include <string_view>

#include "sim/ir/ir.h"
#include "visualizer/session/session.h"

namespace gosim::viz {

std::vector<std::string> split_source_lines(const std::string& text) {
  std::vector<std::string> out;
  std::string cur;
  for (char ch : text) {
    if (ch == '\n') {
      if (!cur.empty() && cur.back() == '\r') cur.pop_back();
      out.push_back(std::move(cur));
      cur.clear();
    } else if (ch == '\t') {
      do cur += ' ';
      while (cur.size() % 4 != 0);
    } else {
      cur += ch;
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

LineAnnotations note_annotations(const Scenario& sc, Lang lang) {
  LineAnnotations out;
  for (const Note& n : sc.notes) {
    if (n.line > 0) out[n.line].push_back(LineAnnotation{LineAnnotation::Kind::kNote, n.text_in(lang)});
  }
  return out;
}

int32_t SourceView::line_of_goid(int64_t goid) const {
  for (const auto& [line, gs] : gs_at) {
    for (const SourceG& g : gs) {
      if (g.goid == goid) return line;
    }
  }
  return 0;
}

const ElsewhereG* SourceView::elsewhere_of_goid(int64_t goid) const {
  auto it = elsewhere.find(goid);
  return it == elsewhere.end() ? nullptr : &it->second;
}

namespace {

// The function whose line Session::line_of reports: the innermost frame of the user's code (library
// frames above it are skipped: the source keeps the user's line, sim/interp/lib_frames.h), or the
// entry of a G that has not started yet. Null when there is none.
const ir::Function* innermost_fn(const ir::Module& mod, const Program& prog, const G& g) {
  int32_t fn = g.code.entry;
  for (auto it = g.code.frames.rbegin(); it != g.code.frames.rend(); ++it) {
    fn = it->fn;
    if (!prog.is_library(fn)) break;
  }
  if (fn < 0 || static_cast<size_t>(fn) >= mod.funcs.size()) return nullptr;
  return &mod.funcs[static_cast<size_t>(fn)];
}

std::string base_name(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// The compiler names the program's own files as the scenario does or by the path's tail
// ("main.go" for "lessons/05-channels/main.go"); GOROOT files by their absolute path.
// A scenario may share another's program ("../sysmon_preempt/sysmon_preempt.go" in preempt_off):
// the compiler keeps that relative name, the panel shows the resolved path, so the leading "../"
// and "./" steps are dropped before the tail is compared (else G1's line was "in another file":
// no highlight, no line note in preempt_off and write_barrier_off).
bool same_file(const std::string& fn_file, const std::string& shown) {
  if (fn_file == shown) return true;
  std::string_view tail = fn_file;
  while (tail.starts_with("../") || tail.starts_with("./")) tail.remove_prefix(tail.starts_with("./") ? 2 : 3);
  return !tail.empty() && shown.size() > tail.size() && shown.ends_with(tail) && shown[shown.size() - tail.size() - 1] == '/';
}

}  // namespace

SourceView build_source_view(const Session& s, Lang lang) {
  SourceView v;
  if (!s.loaded() || s.source_text().empty()) return v;
  v.name = s.source_name();
  v.lines = split_source_lines(s.source_text());
  if (s.scenario()) v.notes = note_annotations(*s.scenario(), lang);
  const Model& md = s.model();
  std::vector<int64_t> unborn;  // at cursor 0: created by a go_create still to come (see scheduler_view.h)
  for (const Event& e : md.engine.pending) {
    if (e.kind == EventKind::kGoCreate) unborn.push_back(e.g);
  }
  for (size_t i = 0; i < md.allg.size(); ++i) {
    const auto gi = static_cast<GIdx>(i);
    const int32_t line = s.line_of(gi);
    const G& g = md.allg[i];
    if (line <= 0) {
      // No user frame: only library code runs (runtime.main's package initialization, a
      // goroutine the library started). It is elsewhere, at the innermost library frame's line.
      const ir::Module* mod = s.module();
      const int32_t lib_line = mod != nullptr ? interp::line_in_model(md, *mod, gi) : 0;
      const int32_t fn = g.code.frames.empty() ? g.code.entry : g.code.frames.back().fn;
      if (lib_line > 0 && fn >= 0 && static_cast<size_t>(fn) < mod->funcs.size() &&
          std::find(unborn.begin(), unborn.end(), g.goid) == unborn.end()) {
        const ir::Function& f = mod->funcs[static_cast<size_t>(fn)];
        v.elsewhere[g.goid] = ElsewhereG{f.name, base_name(f.file), lib_line};
      }
      continue;
    }
    if (std::find(unborn.begin(), unborn.end(), g.goid) != unborn.end()) continue;
    const ir::Function* fn = s.module() ? innermost_fn(*s.module(), s.program(), g) : nullptr;
    if (fn != nullptr && !fn->file.empty() && !same_file(fn->file, v.name)) {
      v.elsewhere[g.goid] = ElsewhereG{fn->name, base_name(fn->file), line};
      continue;
    }
    v.gs_at[line].push_back(SourceG{gi, g.goid, g.status, g.waitreason});
  }
  for (auto& [line, gs] : v.gs_at) {
    std::sort(gs.begin(), gs.end(), [](const SourceG& a, const SourceG& b) { return a.goid < b.goid; });
  }
  return v;
}

int64_t story_goid(const Session& s) {
  // Bounded: a long stretch of events with no G (a GC's per-object work) falls back to G1.
  constexpr uint64_t kLookBack = 4096;
  const uint64_t cur = s.cursor();
  for (uint64_t n = cur; n > 0 && cur - n < kLookBack; --n) {
    if (const int64_t g = s.events()[n - 1].g; g > 0) return g;
  }
  return 1;
}

}  // namespace gosim::viz
