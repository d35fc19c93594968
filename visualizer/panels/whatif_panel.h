// What-if panel: change the run's configuration — GOMAXPROCS, the seed, GOGC and the what-if
// switches that turn off a runtime rule — and re-run. The cursor stays at the same event
// number when the new run is that long, so a learner can compare the two pictures.
#pragma once

#include "visualizer/i18n/ui_strings.h"
#include "visualizer/ui/panel.h"

namespace gosim::viz {

class WhatIfPanel final : public Panel {
 public:
  const char* id() const override { return "whatif"; }
  const char* title() const override { return tr(Str::kPanelWhatIf); }
  void draw(const PanelContext& ctx) override;

 private:
  Config edit_;
  uint64_t edited_run_ = ~0ull;  // the run edit_ was copied from
};

}  // namespace gosim::viz
