#include "visualizer/ui/caption.h"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

namespace gosim::viz {

Caption caption_line(const Session& s, const UiSettings& settings) {
  Caption c;
  if (!s.loaded()) return c;
  const Event* e = s.current();
  if (!settings.caption.empty()) {
    c.text = settings.caption;
  } else if (e == nullptr) {
    c.text = "Before the first event: nothing has run yet. Step forward (→) to see the runtime create main (goroutine 1).";
  } else {
    c.text = fmt::format("Event {}: {}.", s.cursor(), s.describe(*e));
  }
  // The model can be ahead of the event log (one runtime step emits several events; see
  // sched_view.h): say so rather than show a picture the log does not explain yet.
  // Events about goroutines whose creation is itself pending are not counted: those Gs are
  // not drawn at all yet.
  std::vector<int64_t> unborn;
  for (const Event& p : s.model().engine.pending) {
    if (p.kind == EventKind::kGoCreate) unborn.push_back(p.g);
  }
  size_t ahead = 0;
  for (const Event& p : s.model().engine.pending) {
    if (p.kind != EventKind::kGoCreate && std::find(unborn.begin(), unborn.end(), p.g) == unborn.end()) ++ahead;
  }
  if (ahead > 0) {
    c.text += fmt::format("  (The picture already includes the next {} event{}, emitted in the same runtime step.)", ahead,
                          ahead == 1 ? "" : "s");
  }
  if (e != nullptr && s.scenario()) {
    const std::string_view kind = event_info(e->kind).name;
    for (const Note& n : s.scenario()->notes) {
      if (!n.event_kind.empty() && n.event_kind == kind) c.note = n.text;
    }
  }
  return c;
}

}  // namespace gosim::viz
