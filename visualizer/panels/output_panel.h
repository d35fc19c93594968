// Output panel: what the program has printed up to the cursor (stdout and stderr together, as
// a terminal shows them), and, at the end of the run, how it ended ("exit status 0").
#pragma once

#include "visualizer/i18n/ui_strings.h"
#include "visualizer/ui/panel.h"

namespace gosim::viz {

class OutputPanel final : public Panel {
 public:
  const char* id() const override { return "output"; }
  const char* title() const override { return tr(Str::kPanelOutput); }
  void draw(const PanelContext& ctx) override;

 private:
  size_t shown_bytes_ = ~size_t{0};  // output length last drawn, to scroll to new lines
};

}  // namespace gosim::viz
