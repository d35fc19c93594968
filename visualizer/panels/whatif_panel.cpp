#include "visualizer/panels/whatif_panel.h"

namespace gosim::viz {

void WhatIfPanel::draw(const PanelContext& ctx) {
  const Session& s = ctx.session;
  if (!s.loaded()) return;
  if (edited_run_ != s.run_id()) {
    edit_ = s.config();
    edited_run_ = s.run_id();
  }
  int procs = edit_.gomaxprocs;
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
  if (ImGui::SliderInt("GOMAXPROCS", &procs, 1, 64)) edit_.gomaxprocs = procs;
  help_marker("How many Ps: how many goroutines can run at the same time.");
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
  ImGui::InputScalar("seed", ImGuiDataType_U64, &edit_.seed);
  help_marker("Seeds the runtime's random choices (fastrand): work-stealing order, select.");
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
  ImGui::InputInt("GOGC", &edit_.gogc);
  help_marker("The heap goal (-1: off). It changes nothing until the heap and GC model lands.");
  ImGui::Checkbox("no runnext", &edit_.whatif.no_runnext);
  help_marker("A woken or new goroutine goes to the tail of the queue instead of runnext: see why runnext exists.");
  ImGui::Checkbox("no work stealing", &edit_.whatif.no_steal);
  help_marker("Idle Ps never steal: an idle P next to a long queue.");
  ImGui::Checkbox("asyncpreemptoff", &edit_.whatif.no_async_preempt);
  help_marker("GODEBUG=asyncpreemptoff=1: goroutines are preempted only at function calls, as before Go 1.14.");
  ImGui::Spacing();
  if (ImGui::Button("Re-run")) ctx.commands.rerun(edit_);
  ImGui::SameLine();
  ImGui::TextDisabled("keeps the cursor at event %llu", static_cast<unsigned long long>(s.cursor()));
  ImGui::SameLine();
  if (ImGui::Button("Reset")) edit_ = s.scenario() ? s.scenario()->config : s.config();
}

}  // namespace gosim::viz
