#include "visualizer/panels/controls_panel.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>
#include <imgui_internal.h>

#include "sim/trace/vtime.h"
#include "visualizer/i18n/category_label.h"
#include "visualizer/panels/export_menu.h"
#include "visualizer/ui/text_fit.h"
#include "visualizer/ui/caption.h"
#include "visualizer/ui/detail_control.h"

namespace gosim::viz {

const std::vector<EventCategory>& steppable_categories() {
  static const std::vector<EventCategory> cats = {EventCategory::kSched, EventCategory::kSync, EventCategory::kChan,
                                                  EventCategory::kSyscall, EventCategory::kProgram, EventCategory::kStack,
                                                  EventCategory::kAlloc, EventCategory::kGC};
  return cats;
}

void ControlsPanel::draw(const PanelContext& ctx) {
  if (!ctx.session.loaded()) {
    ImGui::TextDisabled("%s", tr(Str::kNoRun));
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
  if (ImGui::Button(tr(Str::kRestart))) cmd.restart();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::kRestartTip));
  ImGui::SameLine();
  if (ImGui::Button(tr(Str::kBack))) cmd.step(s, -1);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::kBackTip));
  ImGui::SameLine();
  if (ImGui::Button(fmt::format("{}###play", tr(st.playing ? Str::kPause : Str::kPlay)).c_str(), ImVec2(ImGui::GetFontSize() * 4.5f, 0))) st.playing = !st.playing;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::kPlayTip));
  ImGui::SameLine();
  if (ImGui::Button(tr(Str::kStep))) cmd.step(s, 1);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::kStepTip));
  ImGui::SameLine();
  detail_combo(st.detail);
  ImGui::SameLine();
  // Next ▶▶ and the kind it jumps to, side by side and in that order.
  if (ImGui::Button(tr(Str::kNext))) cmd.next_of(st.next_category);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::kNextTip));
  ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
  float cat_w = 0;
  for (EventCategory c : steppable_categories()) cat_w = std::max(cat_w, text_width(category_label(c)));
  ImGui::SetNextItemWidth(cat_w + ImGui::GetFrameHeight() + ImGui::GetStyle().FramePadding.x * 2);
  const std::string cur(category_label(st.next_category));
  if (ImGui::BeginCombo("##nextcat", cur.c_str())) {
    for (EventCategory c : steppable_categories()) {
      if (ImGui::Selectable(category_label(c), c == st.next_category)) st.next_category = c;
    }
    ImGui::EndCombo();
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::kNextKindTip));
  ImGui::SameLine();
  if (ImGui::Button(tr(Str::kRunToBreak))) cmd.run_to_breakpoint();
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(tr(Str::kRunToBreakTip));
    if (s.breakpoints().empty()) ImGui::TextDisabled("%s", tr(Str::kNoBreakpointsTip));
    for (const BreakCondition& b : s.breakpoints()) ImGui::Text("%s%s", b.label().c_str(), b.enabled ? "" : tr(Str::kBreakOff));
    ImGui::EndTooltip();
  }
  ImGui::SameLine();
  if (ImGui::Button(tr(Str::kBreakpointsBtn))) ImGui::OpenPopup("breakpoints");
  draw_breakpoints(ctx);
  ImGui::SameLine();
  if (ImGui::Button(tr(Str::kEnd))) cmd.to_end();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::kEndTip));
  ImGui::SameLine();
  {
    // The speed slider gives up width first, so the buttons after it (Help last) stay on the
    // bar at 1280 wide: what follows it is measured, the slider takes what is left, within
    // 3 to 8 ems.
    const ImGuiStyle& style = ImGui::GetStyle();
    auto button_w = [&](Str label) { return text_width(tr(label)) + style.FramePadding.x * 2; };
    const float after = style.ItemSpacing.x * 4 + ImGui::GetFrameHeight() + style.ItemInnerSpacing.x +
                        text_width(tr(Str::kVirtualTime)) + button_w(Str::kWhatIfBtn) + button_w(Str::kViewBtn) +
                        button_w(Str::kHelpBtn);
    const float fs = ImGui::GetFontSize();
    ImGui::SetNextItemWidth(std::clamp(ImGui::GetContentRegionAvail().x - after, fs * 3, fs * 8));
  }
  if (st.speed_in_vtime) {
    // Virtual microseconds of the program per host second.
    float us = static_cast<float>(st.vt_rate / 1000.0);
    if (ImGui::SliderFloat("##vtrate", &us, 1.0f, 1'000'000.0f, tr(Str::kSpeedVt), ImGuiSliderFlags_Logarithmic)) st.vt_rate = us * 1000.0;
  } else {
    float speed = static_cast<float>(st.speed);
    if (ImGui::SliderFloat("##speed", &speed, 1.0f, 5000.0f, tr(Str::kSpeedEvents), ImGuiSliderFlags_Logarithmic)) st.speed = speed;
  }
  ImGui::SameLine();
  if (ImGui::Checkbox(tr(Str::kVirtualTime), &st.speed_in_vtime)) {}
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::kVirtualTimeTip));
  ImGui::SameLine();
  if (ImGui::Button(tr(Str::kWhatIfBtn))) st.show_whatif = !st.show_whatif;
  ImGui::SameLine();
  if (ImGui::Button(tr(Str::kViewBtn))) ImGui::OpenPopup("view");
  draw_view_menu(ctx);
  ImGui::SameLine();
  if (ImGui::Button(tr(Str::kHelpBtn))) st.show_help = !st.show_help;
  ctx.record.marks["controls:help"] = Rect{ImGui::GetItemRectMin(), ImGui::GetItemRectMax()};
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ctx.record.marks["controls:clip"] = Rect{dl->GetClipRectMin(), dl->GetClipRectMax()};
}

void ControlsPanel::draw_breakpoints(const PanelContext& ctx) {
  if (!ImGui::BeginPopup("breakpoints")) return;
  const Session& s = ctx.session;
  ImGui::TextUnformatted(tr(Str::kBreakpointsTitle));
  ImGui::Separator();
  for (size_t i = 0; i < s.breakpoints().size(); ++i) {
    const BreakCondition& b = s.breakpoints()[i];
    ImGui::PushID(static_cast<int>(i));
    bool on = b.enabled;
    if (ImGui::Checkbox("##on", &on)) ctx.commands.enable_break(i, on);
    ImGui::SameLine();
    ImGui::TextUnformatted(b.label().c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton(tr(Str::kRemove))) ctx.commands.remove_break(i);
    ImGui::PopID();
  }
  if (s.breakpoints().empty()) ImGui::TextDisabled("%s", tr(Str::kNoneYet));
  ImGui::Separator();
  // A new condition: event kind, goroutine, virtual time, source line.
  const std::vector<std::string_view> kinds = event_kind_names();
  const std::string cur = edit_kind_ == 0 ? std::string(tr(Str::kAnyKind)) : std::string(kinds[static_cast<size_t>(edit_kind_ - 1)]);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
  if (ImGui::BeginCombo(tr(Str::kEventKind), cur.c_str())) {
    if (ImGui::Selectable(tr(Str::kAnyKind), edit_kind_ == 0)) edit_kind_ = 0;
    for (size_t k = 0; k < kinds.size(); ++k) {
      if (ImGui::Selectable(std::string(kinds[k]).c_str(), edit_kind_ == static_cast<int>(k) + 1)) edit_kind_ = static_cast<int>(k) + 1;
    }
    ImGui::EndCombo();
  }
  int g = static_cast<int>(edit_.goid);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
  if (ImGui::InputInt(tr(Str::kBreakGoroutine), &g)) edit_.goid = std::max(0, g);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
  ImGui::InputFloat(tr(Str::kBreakTime), &edit_time_us_, 0, 0, "%.3f");
  int line = edit_.line;
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
  if (ImGui::InputInt(tr(Str::kBreakLine), &line)) edit_.line = std::max(0, line);
  BreakCondition c = edit_;
  c.kind = edit_kind_ == 0 ? EventKind::kCount : event_kind_from_name(kinds[static_cast<size_t>(edit_kind_ - 1)]);
  c.time = edit_time_us_ < 0 ? -1 : static_cast<VTime>(static_cast<double>(edit_time_us_) * 1000.0);
  ImGui::BeginDisabled(c.empty());
  if (ImGui::Button(tr(Str::kAdd))) ctx.commands.add_break(c);
  ImGui::SameLine();
  if (ImGui::Button(tr(Str::kRunUntilOnce))) {
    ctx.commands.run_until(c);
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndDisabled();
  ImGui::EndPopup();
}

void ControlsPanel::draw_view_menu(const PanelContext& ctx) {
  if (!ImGui::BeginPopup("view")) return;
  UiSettings& st = ctx.settings;
  if (ImGui::MenuItem(tr(Str::kMenuOpen), "Ctrl+O")) st.show_open = true;
  if (ImGui::MenuItem(tr(Str::kMenuReload), "Ctrl+R")) ctx.commands.reload();
  draw_export_items(ctx);
  ImGui::Separator();
  ImGui::TextDisabled("%s", tr(Str::kPresenterShows));
  for (const auto& [id, name] : {std::pair{"scheduler", Str::kPanelScheduler}, {"timeline", Str::kPanelTimeline},
                                 {"source", Str::kPanelSource}, {"events", Str::kPanelEvents},
                                 {"inspector", Str::kPanelInspector}, {"output", Str::kPanelOutput},
                                 {"channels", Str::kPanelChannels}, {"sync", Str::kPanelSync},
                                 {"timers", Str::kPanelTimers}, {"netpoll", Str::kPanelNetpoll}}) {
    auto& list = st.presenter_panels;
    const auto it = std::find(list.begin(), list.end(), id);
    bool on = it != list.end();
    if (ImGui::Checkbox(fmt::format("{}##{}", tr(name), id).c_str(), &on)) {
      if (on) list.emplace_back(id);
      else list.erase(it);
      st.presenter_auto = false;  // the teacher's choice stays for every step
    }
  }
  if (ImGui::MenuItem(tr(Str::kPresenterMode), "F", st.presenter)) st.presenter = !st.presenter;
  ImGui::Separator();
  // The language takes effect with the next frame: every text is looked up as it is drawn.
  ImGui::TextDisabled("%s", tr(Str::kLanguage));
  if (ImGui::MenuItem(tr(Str::kLangEnglish), nullptr, st.lang == Lang::kEn)) st.lang = Lang::kEn;
  if (ImGui::MenuItem(tr(Str::kLangChinese), nullptr, st.lang == Lang::kZhCN)) st.lang = Lang::kZhCN;
  ImGui::Separator();
  if (ImGui::MenuItem(tr(Str::kLibFold), "L", st.lib_collapsed)) st.lib_collapsed = !st.lib_collapsed;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::kLibFoldTip));
  if (ImGui::MenuItem(tr(Str::kMenuRuntimeObjects), "R", st.runtime_objects_expanded)) st.runtime_objects_expanded = !st.runtime_objects_expanded;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::kMenuRuntimeObjectsTip));
  ImGui::Separator();
  if (ImGui::MenuItem(tr(Str::kZoomIn), "Ctrl+=")) st.zoom = std::min(2.5f, st.zoom * 1.1f);
  if (ImGui::MenuItem(tr(Str::kZoomOut), "Ctrl+-")) st.zoom = std::max(0.5f, st.zoom / 1.1f);
  if (ImGui::MenuItem(tr(Str::kZoomReset), "Ctrl+0")) st.zoom = 1.0f;
  ImGui::Separator();
  // Animation: saved in imgui.ini with the recent files (ui/anim_settings.h).
  ImGui::TextDisabled("%s", tr(Str::kAnimation));
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::kAnimTip));
  if (ImGui::MenuItem(tr(Str::kAnimOn), "A", st.anim_on)) {
    st.anim_on = !st.anim_on;
    ImGui::MarkIniSettingsDirty();
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::kAnimTip));
  for (const float speed : {0.5f, 1.0f, 2.0f}) {
    if (ImGui::MenuItem(trf(Str::kAnimSpeed, speed).c_str(), "Shift+A", st.anim_speed == speed, st.anim_on)) {
      st.anim_speed = speed;
      ImGui::MarkIniSettingsDirty();
    }
  }
  ImGui::EndPopup();
}

// The scrubber and, on its right, the "kind · models runtime.xxx in proc.go · run: …" line: a
// row of the bar the notes above can never push out of it (under a two-line note at 720p the
// line was cut at the bar's bottom). The split is fixed, so nothing moves between steps; the
// line ends in "…" with the whole of it in a tooltip when longer than its half.
void ControlsPanel::draw_scrubber(const PanelContext& ctx) {
  const Session& s = ctx.session;
  uint64_t pos = s.cursor();
  const uint64_t lo = 0, hi = s.size();
  const float avail = ImGui::GetContentRegionAvail().x;
  const float status_w = std::floor(avail * kControlsStatusShare);
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  ImGui::SetNextItemWidth(avail - status_w - spacing);
  // "%llu" stays for ImGui to fill with the slider's value.
  const std::string fmt_s = trf(Str::kScrubber, "%llu", hi, format_vtime(s.now()));
  if (ImGui::SliderScalar("##scrub", ImGuiDataType_U64, &pos, &lo, &hi, fmt_s.c_str())) ctx.commands.seek(pos);
  ImGui::SameLine(0, spacing);
  const ImVec2 at(ImGui::GetCursorScreenPos().x, ImGui::GetCursorScreenPos().y + ImGui::GetStyle().FramePadding.y);
  if (const Event* e = s.current()) {
    const EventInfo& info = event_info(e->kind);
    const std::string line = trf(Str::kModels, info.name, event_go_func(*e), event_go_file(*e), s.ending());
    ImGui::AlignTextToFramePadding();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    elided_text(line, status_w);
    ImGui::PopStyleColor();
    ctx.record.texts.push_back({"controls:models", line, text_width(line), status_w, 1});
  } else {
    ImGui::NewLine();
  }
  ctx.record.marks["controls:models"] = Rect{at, ImVec2(at.x + status_w, at.y + ImGui::GetFontSize())};
}

void ControlsPanel::draw_status(const PanelContext& ctx) {
  const Session& s = ctx.session;
  const Caption c = caption_line(s, ctx.settings);
  const ImVec2 top = ImGui::GetCursorScreenPos();
  // The bar's height is fixed for the run (controls_bar_height): the sentence gets its lines
  // and ends in "…" beyond them (whole in the tooltip and the event log's row).
  wrapped_text_lines(c.text, 0, kControlsSentenceLines);
  if (!c.note.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, Theme::vec4(okabe_ito::kOrange));
    wrapped_text(trf(Str::kNotePrefix, c.note));
    ImGui::PopStyleColor();
  }
  if (!s.divergence().empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, Theme::vec4(colors::kError));
    wrapped_text(trf(Str::kGosimBug, s.divergence()));
    ImGui::PopStyleColor();
  }
  // Where the status lines ended (the UI test checks the last one is not cut).
  ctx.record.marks["controls:status"] = Rect{top, ImVec2(top.x + 1, ImGui::GetCursorScreenPos().y - ImGui::GetStyle().ItemSpacing.y)};
}

// One height for the whole run, so that no panel below moves between steps (a bar that grew
// with each step's note made every panel jump) and nothing in it is cut: the buttons, the
// scrubber with the "kind · models …" line beside it, the sentence's lines, and the longest of
// the run's event notes wrapped at the bar's width (normal mode shows the notes named by event
// kind; line notes sit beside the source).
float controls_bar_height(const Session& s, float width) {
  const ImGuiStyle& st = ImGui::GetStyle();
  const float content_w = std::max(1.0f, width - st.WindowPadding.x * 2);
  float note_h = 0;
  if (s.scenario()) {
    for (const Note& n : s.scenario()->notes) {
      if (n.event_kind.empty()) continue;
      note_h = std::max(note_h, wrapped_height(trf(Str::kNotePrefix, n.text_in(ui_lang())), content_w));
    }
  }
  const float line = ImGui::GetTextLineHeightWithSpacing();
  return ImGui::GetFrameHeight() + st.WindowPadding.y * 2 + ImGui::GetFrameHeightWithSpacing() * 2 +
         line * static_cast<float>(kControlsSentenceLines) + note_h;
}

}  // namespace gosim::viz
