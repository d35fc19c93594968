// The Open dialog (Ctrl+O): a path field, the recent files, and a small browser of the folder's
// scenario (.json) and Go (.go) files, each scenario or lesson (file or folder) with its title in
// the UI language beside its name: scenarios/ reads as a list of what each one shows. Dear ImGui has no native file dialog and Debian's GLFW
// none either; this keeps gosim-viz free of a GTK dependency. Drag-and-drop onto the window
// opens a file too (main.cpp).
#pragma once

#include <string>
#include <vector>

#include "visualizer/session/lesson_plan.h"

#include "visualizer/i18n/ui_strings.h"
#include "visualizer/ui/panel.h"

namespace gosim::viz {

class OpenDialog final : public Panel {
 public:
  const char* id() const override { return "open"; }
  const char* title() const override { return tr(Str::kPanelOpen); }
  void draw(const PanelContext& ctx) override;

 private:
  struct Entry {
    std::string name;  // "deadlock/" or "hello.go"
    std::string path;
    bool dir = false;
    LText title;       // the scenario's or lesson's ("" for other files and folders)
  };
  // The folder's entries, read once when the folder changes (not every frame: a title needs
  // its file parsed), sorted by name so the list never depends on the file system's order.
  void list_dir();
  std::string dir_;      // the folder being browsed ("" until first drawn)
  std::string listed_;   // the folder entries_ holds
  std::vector<Entry> entries_;
  char path_[1024] = {};
};

// Puts `path` first in the recent list (no duplicates, at most 10).
void remember_recent(std::vector<std::string>& recent, const std::string& path);

}  // namespace gosim::viz
