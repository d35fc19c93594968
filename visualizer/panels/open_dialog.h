// The Open dialog (Ctrl+O): a path field, the recent files, and a small browser of the folder's
// scenario (.json) and Go (.go) files. Dear ImGui has no native file dialog and Debian's GLFW
// none either; this keeps gosim-viz free of a GTK dependency. Drag-and-drop onto the window
// opens a file too (main.cpp).
#pragma once

#include <string>

#include "visualizer/i18n/ui_strings.h"
#include "visualizer/ui/panel.h"

namespace gosim::viz {

class OpenDialog final : public Panel {
 public:
  const char* id() const override { return "open"; }
  const char* title() const override { return tr(Str::kPanelOpen); }
  void draw(const PanelContext& ctx) override;

 private:
  std::string dir_;      // the folder being browsed ("" until first drawn)
  char path_[1024] = {};
};

// Puts `path` first in the recent list (no duplicates, at most 10).
void remember_recent(std::vector<std::string>& recent, const std::string& path);

}  // namespace gosim::viz
