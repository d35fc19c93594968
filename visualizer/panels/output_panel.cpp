#include "visualizer/panels/output_panel.h"

#include "visualizer/i18n/ui_strings.h"

namespace gosim::viz {

void OutputPanel::draw(const PanelContext& ctx) {
  const Session& s = ctx.session;
  if (!s.loaded()) return;
  const std::string_view out = s.output_at_cursor();
  ImGui::BeginChild("output_text", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
  ImGui::PushFont(ctx.theme.mono());
  if (out.empty()) {
    ImGui::TextDisabled("%s", tr(Str::kNothingPrinted));
  } else {
    ImGui::TextUnformatted(out.data(), out.data() + out.size());
  }
  if (s.at_end()) {
    ImGui::Separator();
    ImGui::TextDisabled("%s", s.ending().c_str());
  }
  ImGui::PopFont();
  if (shown_bytes_ != out.size()) {
    shown_bytes_ = out.size();
    ImGui::SetScrollHereY(1.0f);
  }
  ImGui::EndChild();
}

}  // namespace gosim::viz
