#include "visualizer/panels/controls_panel.h"

#include <algorithm>

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
    ImGui::TextUnformatted("Runs to the next event any enabled breakpoint matches (B)");
    if (s.breakpoints().empty()) ImGui::TextDisabled("No breakpoints: add some with Breakpoints… or the source gutter");
    for (const BreakCondition& b : s.breakpoints()) ImGui::Text("%s%s", b.label().c_str(), b.enabled ? "" : " (off)");
    ImGui::EndTooltip();
  }
  ImGui::SameLine();
  if (ImGui::Button("Breakpoints…")) ImGui::OpenPopup("breakpoints");
  draw_breakpoints(ctx);
  ImGui::SameLine();
  if (ImGui::Button("End")) cmd.to_end();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Go to the end of the run (End)");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
  if (st.speed_in_vtime) {
    // Virtual microseconds of the program per host second.
    float us = static_cast<float>(st.vt_rate / 1000.0);
    if (ImGui::SliderFloat("##vtrate", &us, 1.0f, 1'000'000.0f, "%.0f µs/s", ImGuiSliderFlags_Logarithmic)) st.vt_rate = us * 1000.0;
  } else {
    float speed = static_cast<float>(st.speed);
    if (ImGui::SliderFloat("##speed", &speed, 1.0f, 5000.0f, "%.0f events/s", ImGuiSliderFlags_Logarithmic)) st.speed = speed;
  }
  ImGui::SameLine();
  if (ImGui::Checkbox("virtual time", &st.speed_in_vtime)) {}
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Play at a rate of the program's virtual time (µs per second) instead of events per second");
  ImGui::SameLine();
  if (ImGui::Button("What-if…")) st.show_whatif = !st.show_whatif;
  ImGui::SameLine();
  if (ImGui::Button("View…")) ImGui::OpenPopup("view");
  draw_view_menu(ctx);
  ImGui::SameLine();
  if (ImGui::Button("Help")) st.show_help = !st.show_help;
}

void ControlsPanel::draw_breakpoints(const PanelContext& ctx) {
  if (!ImGui::BeginPopup("breakpoints")) return;
  const Session& s = ctx.session;
  ImGui::TextUnformatted("Breakpoints (all set fields must hold)");
  ImGui::Separator();
  for (size_t i = 0; i < s.breakpoints().size(); ++i) {
    const BreakCondition& b = s.breakpoints()[i];
    ImGui::PushID(static_cast<int>(i));
    bool on = b.enabled;
    if (ImGui::Checkbox("##on", &on)) ctx.commands.enable_break(i, on);
    ImGui::SameLine();
    ImGui::TextUnformatted(b.label().c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton("remove")) ctx.commands.remove_break(i);
    ImGui::PopID();
  }
  if (s.breakpoints().empty()) ImGui::TextDisabled("none yet");
  ImGui::Separator();
  // A new condition: event kind, goroutine, virtual time, source line.
  const std::vector<std::string_view> kinds = event_kind_names();
  const std::string cur = edit_kind_ == 0 ? std::string("any kind") : std::string(kinds[static_cast<size_t>(edit_kind_ - 1)]);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
  if (ImGui::BeginCombo("event kind", cur.c_str())) {
    if (ImGui::Selectable("any kind", edit_kind_ == 0)) edit_kind_ = 0;
    for (size_t k = 0; k < kinds.size(); ++k) {
      if (ImGui::Selectable(std::string(kinds[k]).c_str(), edit_kind_ == static_cast<int>(k) + 1)) edit_kind_ = static_cast<int>(k) + 1;
    }
    ImGui::EndCombo();
  }
  int g = static_cast<int>(edit_.goid);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
  if (ImGui::InputInt("goroutine (0: any)", &g)) edit_.goid = std::max(0, g);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
  ImGui::InputFloat("virtual time µs (-1: any)", &edit_time_us_, 0, 0, "%.3f");
  int line = edit_.line;
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
  if (ImGui::InputInt("source line (0: any)", &line)) edit_.line = std::max(0, line);
  BreakCondition c = edit_;
  c.kind = edit_kind_ == 0 ? EventKind::kCount : event_kind_from_name(kinds[static_cast<size_t>(edit_kind_ - 1)]);
  c.time = edit_time_us_ < 0 ? -1 : static_cast<VTime>(static_cast<double>(edit_time_us_) * 1000.0);
  ImGui::BeginDisabled(c.empty());
  if (ImGui::Button("Add")) ctx.commands.add_break(c);
  ImGui::SameLine();
  if (ImGui::Button("Run until this once")) {
    ctx.commands.run_until(c);
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndDisabled();
  ImGui::EndPopup();
}

void ControlsPanel::draw_view_menu(const PanelContext& ctx) {
  if (!ImGui::BeginPopup("view")) return;
  UiSettings& st = ctx.settings;
  if (ImGui::MenuItem("Open…", "Ctrl+O")) st.show_open = true;
  if (ImGui::MenuItem("Reload", "Ctrl+R")) ctx.commands.reload();
  ImGui::Separator();
  ImGui::TextDisabled("Presenter mode (F) shows:");
  for (const char* id : {"scheduler", "timeline", "source", "events", "inspector", "output"}) {
    auto& list = st.presenter_panels;
    const auto it = std::find(list.begin(), list.end(), id);
    bool on = it != list.end();
    if (ImGui::Checkbox(id, &on)) {
      if (on) list.emplace_back(id);
      else list.erase(it);
    }
  }
  if (ImGui::MenuItem("Presenter mode", "F", st.presenter)) st.presenter = !st.presenter;
  ImGui::EndPopup();
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
