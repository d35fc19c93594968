#include "visualizer/panels/controls_panel.h"

#include <fmt/format.h>

#include "sim/trace/vtime.h"
#include "visualizer/ui/caption.h"

namespace gosim::viz {

const std::vector<EventCategory>& steppable_categories() {
  static const std::vector<EventCategory> cats = {EventCategory::kSched, EventCategory::kSync, EventCategory::kChan,
                                                  EventCategory::kSyscall, EventCategory::kProgram, EventCategory::kStack,
                                                  EventCategory::kAlloc, EventCategory::kGC};
  return cats;
}

void ControlsPanel::draw(const PanelContext& ctx) {
  if (!ctx.session.loaded()) {
    ImGui::TextDisabled("No run loaded.");
    return;
  }
  draw_buttons(ctx);
  draw_scrubber(ctx);
  draw_status(ctx);
}

void ControlsPanel::draw_buttons(const PanelContext& ctx) {
  const Session& s = ctx.session;
  UiSettings& st = ctx.settings;
  Commands& cmd = ctx.commands;
  if (ImGui::Button("Restart")) cmd.restart();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Back to the start of the run (Home)");
  ImGui::SameLine();
  if (ImGui::Button("◀ Back")) cmd.step(s, -1);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Step back one event (Left)");
  ImGui::SameLine();
  if (ImGui::Button(st.playing ? "Pause" : "Play ▶", ImVec2(ImGui::GetFontSize() * 4.5f, 0))) st.playing = !st.playing;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Play or pause (Space)");
  ImGui::SameLine();
  if (ImGui::Button("Step ▶")) cmd.step(s, 1);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Step forward one event (Right)");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
  const std::string cur(category_name(st.next_category));
  if (ImGui::BeginCombo("##nextcat", cur.c_str())) {
    for (EventCategory c : steppable_categories()) {
      if (ImGui::Selectable(std::string(category_name(c)).c_str(), c == st.next_category)) st.next_category = c;
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  if (ImGui::Button("Next ▶▶")) cmd.next_of(st.next_category);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Next event of the chosen kind (Shift+Right; Shift+Left: previous)");
  ImGui::SameLine();
  if (ImGui::Button("Run to breakpoint")) cmd.run_to_breakpoint();
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    if (s.breakpoints().empty()) ImGui::TextUnformatted("No breakpoints (a scenario's \"breakpoints\" appear here)");
    for (const BreakCondition& b : s.breakpoints()) {
      ImGui::Text("%s%s", b.label().c_str(), b.matchable() ? "" : " (needs source lines: not yet)");
    }
    ImGui::EndTooltip();
  }
  ImGui::SameLine();
  if (ImGui::Button("End")) cmd.to_end();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Go to the end of the run (End)");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
  float speed = static_cast<float>(st.speed);
  if (ImGui::SliderFloat("events/s", &speed, 1.0f, 5000.0f, "%.0f", ImGuiSliderFlags_Logarithmic)) st.speed = speed;
  ImGui::SameLine();
  if (ImGui::Button("What-if…")) st.show_whatif = !st.show_whatif;
  ImGui::SameLine();
  if (ImGui::Button("Help")) st.show_help = !st.show_help;
}

void ControlsPanel::draw_scrubber(const PanelContext& ctx) {
  const Session& s = ctx.session;
  uint64_t pos = s.cursor();
  const uint64_t lo = 0, hi = s.size();
  ImGui::SetNextItemWidth(-1);
  const std::string fmt_s = fmt::format("event %llu of {}  ·  {}", hi, format_vtime(s.now()));
  if (ImGui::SliderScalar("##scrub", ImGuiDataType_U64, &pos, &lo, &hi, fmt_s.c_str())) ctx.commands.seek(pos);
}

void ControlsPanel::draw_status(const PanelContext& ctx) {
  const Session& s = ctx.session;
  const Caption c = caption_line(s, ctx.settings);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(c.text.c_str());
  if (!c.note.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, Theme::vec4(okabe_ito::kOrange));
    ImGui::TextUnformatted(("Note: " + c.note).c_str());
    ImGui::PopStyleColor();
  }
  ImGui::PopTextWrapPos();
  if (const Event* e = s.current()) {
    const EventInfo& info = event_info(e->kind);
    ImGui::TextDisabled("%.*s · models %.*s in %.*s · run: %s", static_cast<int>(info.name.size()), info.name.data(),
                        static_cast<int>(info.go_func.size()), info.go_func.data(), static_cast<int>(info.go_file.size()),
                        info.go_file.data(), s.ending().c_str());
  }
  if (!s.divergence().empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, Theme::vec4(colors::kError));
    ImGui::TextWrapped("gosim bug: %s", s.divergence().c_str());
    ImGui::PopStyleColor();
  }
}

}  // namespace gosim::viz
