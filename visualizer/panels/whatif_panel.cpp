#include "visualizer/panels/whatif_panel.h"

#include "visualizer/i18n/ui_strings.h"

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
  help_marker(tr(Str::kTipGomaxprocs));
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
  ImGui::InputScalar(tr(Str::kSeed), ImGuiDataType_U64, &edit_.seed);
  help_marker(tr(Str::kTipSeed));
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
  ImGui::InputInt("GOGC", &edit_.gogc);
  help_marker(tr(Str::kTipGogc));
  ImGui::Checkbox(tr(Str::kNoRunnext), &edit_.whatif.no_runnext);
  help_marker(tr(Str::kTipNoRunnext));
  ImGui::Checkbox(tr(Str::kNoSteal), &edit_.whatif.no_steal);
  help_marker(tr(Str::kTipNoSteal));
  ImGui::Checkbox("asyncpreemptoff", &edit_.whatif.no_async_preempt);
  help_marker(tr(Str::kTipAsyncPreempt));
  ImGui::Spacing();
  if (ImGui::Button(tr(Str::kRerun))) ctx.commands.rerun(edit_);
  ImGui::SameLine();
  ImGui::TextDisabled("%s", trf(Str::kKeepsCursor, s.cursor()).c_str());
  ImGui::SameLine();
  if (ImGui::Button(tr(Str::kReset))) edit_ = s.scenario() ? s.scenario()->config : s.config();
}

}  // namespace gosim::viz
