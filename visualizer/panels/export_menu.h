// The export entries of the Controls panel's menu (issue 16): "Export Go trace…" and "Export
// Perfetto JSON…". Each runs the program once more from the start, headless (sim/export
// export_run: the run is deterministic, so it is the run on screen), and writes the file next to
// the opened scenario; the result — the path and how to open it, or why it failed — shows in the
// banner. There is no save dialog: ImGui has none and gosim-viz stays free of GTK.
#pragma once

#include "visualizer/ui/panel.h"

namespace gosim::viz {

// Draws the two menu items inside an open popup/menu.
void draw_export_items(const PanelContext& ctx);

}  // namespace gosim::viz
