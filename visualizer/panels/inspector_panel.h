// Inspector panel: every field of whatever is selected — a G (with where it is, its wait
// reason in Go's words, its request, its traceback), a P (queues, ticks, timers), an M, a heap
// span or a heap object (inspector_heap.cpp).
// Field names are the Go runtime's (g.waitreason, p.runqhead, m.curg) so a student can find
// them in runtime2.go.
#pragma once

#include <string>

#include "visualizer/i18n/ui_strings.h"
#include "visualizer/ui/panel.h"

namespace gosim::viz {

// The two-column field table every part of the Inspector draws (inspector_panel.cpp):
// begin_fields() opens it (end it with ImGui::EndTable when it returns true); field() adds a
// row with an optional (?) help marker.
bool begin_fields();
void field(const char* name, const std::string& value, const char* help = nullptr);
// A value too wide for the table's value column (an object's words), under the table at the
// pane's whole width; recorded as field() records its rows.
void field_block(const char* name, const std::string& value);

class InspectorPanel final : public Panel {
 public:
  const char* id() const override { return "inspector"; }
  const char* title() const override { return tr(Str::kPanelInspector); }
  void draw(const PanelContext& ctx) override;

 private:
  void draw_selected(const PanelContext& ctx);
  void draw_g(const PanelContext& ctx, int64_t goid);
  void draw_p(const PanelContext& ctx, int32_t id);
  void draw_m(const PanelContext& ctx, int32_t id);
  void draw_span(const PanelContext& ctx, int32_t span);
  void draw_object(const PanelContext& ctx, uint64_t addr);
};

}  // namespace gosim::viz
