// The lesson's narration pane: the step's text, its question and reveal, step N of M, Back/Next.
//
// The pane stays readable wherever the layout puts it: the text size is chosen each frame as
// the largest (from the theme's font size down to 60% of it) at which the whole step — text,
// question, choices, reveal — fits the pane's height without scrolling, so a six-sentence step
// in presenter mode at 1280×720 shrinks a little instead of being cut off. What the learner
// does (a choice, a goroutine, a number, Back, Next) goes out as Commands; the player moves.
#pragma once

#include "visualizer/i18n/ui_strings.h"
#include "visualizer/ui/panel.h"

namespace gosim::viz {

class NarrationPanel final : public Panel {
 public:
  const char* id() const override { return "narration"; }
  const char* title() const override { return tr(Str::kLessonPane); }
  void draw(const PanelContext& ctx) override;

 private:
  char number_[32] = {};
  size_t number_step_ = ~size_t{0};  // the step number_ was typed for
};

}  // namespace gosim::viz
