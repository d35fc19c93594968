#include "visualizer/ui/caption.h"

#include <fmt/format.h>

#include "visualizer/i18n/ui_strings.h"

namespace gosim::viz {

Caption caption_line(const Session& s, const UiSettings& settings, int32_t story_line) {
  Caption c;
  if (!s.loaded()) return c;
  const Event* e = s.current();
  if (!settings.caption.empty()) {
    c.text = settings.caption;
  } else if (e == nullptr) {
    c.text = tr(Str::kCaptionStart);
  } else {
    c.text = trf(Str::kCaptionEvent, s.cursor(), s.describe(*e, ui_lang()));
  }
  if (e != nullptr && s.scenario()) {
    const std::string_view kind = event_info(e->kind).name;
    for (const Note& n : s.scenario()->notes) {
      if (!n.event_kind.empty() && n.event_kind == kind) c.note = n.text_in(ui_lang());
    }
    for (const Note& n : s.scenario()->notes) {
      if (c.note.empty() && n.event_kind.empty() && story_line > 0 && n.line == story_line) c.note = n.text_in(ui_lang());
    }
  }
  return c;
}

}  // namespace gosim::viz
