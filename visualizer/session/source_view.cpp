#include "visualizer/session/source_view.h"

#include <algorithm>

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

LineAnnotations note_annotations(const Scenario& sc) {
  LineAnnotations out;
  for (const Note& n : sc.notes) {
    if (n.line > 0) out[n.line].push_back(LineAnnotation{LineAnnotation::Kind::kNote, n.text});
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

SourceView build_source_view(const Session& s) {
  SourceView v;
  if (!s.loaded() || s.source_text().empty()) return v;
  v.name = s.source_name();
  v.lines = split_source_lines(s.source_text());
  if (s.scenario()) v.notes = note_annotations(*s.scenario());
  const Model& md = s.model();
  std::vector<int64_t> unborn;  // at cursor 0: created by a go_create still to come (see scheduler_view.h)
  for (const Event& e : md.engine.pending) {
    if (e.kind == EventKind::kGoCreate) unborn.push_back(e.g);
  }
  for (size_t i = 0; i < md.allg.size(); ++i) {
    const auto gi = static_cast<GIdx>(i);
    const int32_t line = s.line_of(gi);
    if (line <= 0) continue;
    const G& g = md.allg[i];
    if (std::find(unborn.begin(), unborn.end(), g.goid) != unborn.end()) continue;
    v.gs_at[line].push_back(SourceG{gi, g.goid, g.status, g.waitreason});
  }
  for (auto& [line, gs] : v.gs_at) {
    std::sort(gs.begin(), gs.end(), [](const SourceG& a, const SourceG& b) { return a.goid < b.goid; });
  }
  return v;
}

}  // namespace gosim::viz
