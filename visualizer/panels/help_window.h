// Help: the keys, and what the pictures mean. Opened with F1 or the Help button.
#pragma once

#include "visualizer/i18n/ui_strings.h"
#include "visualizer/ui/panel.h"

namespace gosim::viz {

class HelpWindow final : public Panel {
 public:
  const char* id() const override { return "help"; }
  const char* title() const override { return tr(Str::kPanelHelp); }
  void draw(const PanelContext& ctx) override;
};

}  // namespace gosim::viz
