// The lesson picker: every lesson under lessons/ with its title (in the UI language), its
// minutes and the learner's progress (step N of M, questions answered). A click opens one.
// The list is read when the picker opens and again on "Refresh" (a lesson's progress changes
// while it is played; the picker re-reads when it is shown again).
#pragma once

#include <vector>

#include "visualizer/i18n/ui_strings.h"
#include "visualizer/session/lesson_catalog.h"
#include "visualizer/ui/panel.h"

namespace gosim::viz {

class LessonPicker final : public Panel {
 public:
  const char* id() const override { return "lessons"; }
  const char* title() const override { return tr(Str::kLessonPicker); }
  void draw(const PanelContext& ctx) override;
  // Re-read the list on the next draw.
  void refresh() { loaded_ = false; }

 private:
  bool loaded_ = false;
  std::string dir_;
  std::vector<LessonEntry> entries_;
};

}  // namespace gosim::viz
