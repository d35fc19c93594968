#include "visualizer/panels/event_log_panel.h"

#include <algorithm>

#include <fmt/format.h>

#include "sim/trace/vtime.h"

namespace gosim::viz {

namespace {

constexpr EventCategory kCategories[] = {EventCategory::kSched, EventCategory::kSync, EventCategory::kChan,
                                         EventCategory::kSyscall, EventCategory::kProgram, EventCategory::kStack,
                                         EventCategory::kAlloc, EventCategory::kGC, EventCategory::kLimit};

uint32_t bit(EventCategory c) { return 1u << static_cast<uint32_t>(c); }

}  // namespace

void EventLogPanel::draw_filters(const PanelContext& ctx) {
  EventLogSettings& ls = ctx.settings.log;
  for (EventCategory c : kCategories) {
    bool on = (ls.category_mask & bit(c)) != 0;
    ImGui::PushStyleColor(ImGuiCol_CheckMark, Theme::vec4(Theme::category_color(c)));
    if (ImGui::Checkbox(std::string(category_name(c)).c_str(), &on)) ls.category_mask ^= bit(c);
    ImGui::PopStyleColor();
    ImGui::SameLine();
  }
  ImGui::NewLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5);
  ImGui::InputScalar("G (0: all)", ImGuiDataType_S64, &ls.goid);
  if (ls.goid < 0) ls.goid = 0;
  ImGui::SameLine();
  ImGui::Checkbox("follow", &ls.follow_cursor);
  help_marker("Tick the kinds of event to list; G: only events about that goroutine (0: all). "
              "Click a row to move the cursor to just after that event.");
}

void EventLogPanel::refilter(const PanelContext& ctx) {
  const EventLogSettings& ls = ctx.settings.log;
  const Session& s = ctx.session;
  if (filtered_run_ == s.run_id() && filtered_mask_ == ls.category_mask && filtered_goid_ == ls.goid) return;
  filtered_run_ = s.run_id();
  filtered_mask_ = ls.category_mask;
  filtered_goid_ = ls.goid;
  scrolled_to_ = ~0ull;
  rows_.clear();
  all_ = ls.goid == 0 && (ls.category_mask & 0x1ff) == 0x1ff;
  if (all_) return;
  const auto& ev = s.events();
  for (size_t i = 0; i < ev.size(); ++i) {
    if ((ls.category_mask & bit(event_info(ev[i].kind).category)) == 0) continue;
    if (ls.goid != 0 && ev[i].g != ls.goid) continue;
    rows_.push_back(static_cast<uint32_t>(i));
  }
}

void EventLogPanel::draw(const PanelContext& ctx) {
  const Session& s = ctx.session;
  if (!s.loaded()) return;
  draw_filters(ctx);
  refilter(ctx);
  size_t n = all_ ? s.size() : rows_.size();
  if (ctx.settings.hide_future) {
    n = all_ ? s.cursor() : static_cast<size_t>(std::lower_bound(rows_.begin(), rows_.end(), static_cast<uint32_t>(s.cursor())) - rows_.begin());
  }
  auto index_of = [&](size_t row) { return all_ ? static_cast<uint32_t>(row) : rows_[row]; };
  ImGui::SameLine();
  ImGui::TextDisabled("%zu of %llu events", n, static_cast<unsigned long long>(s.size()));

  const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("events", 6, flags)) return;
  const float fs = ImGui::GetFontSize();
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed, fs * 3.2f);
  ImGui::TableSetupColumn("time", ImGuiTableColumnFlags_WidthFixed, fs * 4.0f);
  ImGui::TableSetupColumn("P", ImGuiTableColumnFlags_WidthFixed, fs * 1.1f);
  ImGui::TableSetupColumn("G", ImGuiTableColumnFlags_WidthFixed, fs * 1.8f);
  ImGui::TableSetupColumn("what happened", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("Go function", ImGuiTableColumnFlags_WidthFixed, fs * 9.5f);
  ImGui::TableHeadersRow();

  const float row_h = ImGui::GetTextLineHeightWithSpacing();
  // Keep the current event in view when the cursor moves (rows are one line high).
  if (ctx.settings.log.follow_cursor && scrolled_to_ != s.cursor()) {
    scrolled_to_ = s.cursor();
    const uint32_t cur = s.cursor() == 0 ? 0 : static_cast<uint32_t>(s.cursor() - 1);
    const size_t row = all_ ? cur : static_cast<size_t>(std::lower_bound(rows_.begin(), rows_.end(), cur) - rows_.begin());
    const float visible = ImGui::GetWindowHeight() - row_h;
    ImGui::SetScrollY(std::max(0.0f, static_cast<float>(row) * row_h - visible * 0.5f));
  }

  const Surface& sf = ctx.theme.surface();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(n), row_h);
  while (clipper.Step()) {
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      const uint32_t i = index_of(static_cast<size_t>(r));
      const Event& e = s.events()[i];
      const EventInfo& info = event_info(e.kind);
      const bool current = i + 1 == s.cursor();
      const bool future = i >= s.cursor();
      ImGui::TableNextRow(ImGuiTableRowFlags_None, row_h);
      if (current) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, Theme::u32(colors::kCursor, 110));
      if (future) ImGui::PushStyleColor(ImGuiCol_Text, Theme::vec4(sf.text_dim));
      ImGui::TableSetColumnIndex(0);
      const std::string num = fmt::format("{}##e{}", i + 1, i);
      if (ImGui::Selectable(num.c_str(), current, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap)) {
        ctx.commands.seek(i + 1);
      }
      ImGui::TableSetColumnIndex(1);
      ImGui::TextUnformatted(format_vtime(e.time).c_str());
      ImGui::TableSetColumnIndex(2);
      if (e.p >= 0) ImGui::Text("%d", e.p);
      ImGui::TableSetColumnIndex(3);
      if (e.g != 0) ImGui::Text("%lld", static_cast<long long>(e.g));
      ImGui::TableSetColumnIndex(4);
      // A small category swatch, then the sentence.
      const ImVec2 p = ImGui::GetCursorScreenPos();
      ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + fs * 0.25f), ImVec2(p.x + fs * 0.5f, p.y + fs * 0.85f),
                                                Theme::u32(Theme::category_color(info.category), future ? 110 : 255));
      ImGui::SetCursorScreenPos(ImVec2(p.x + fs * 0.8f, p.y));
      const std::string sentence = s.describe(e);
      ImGui::TextUnformatted(sentence.c_str());
      if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(fs * 30);
        ImGui::TextUnformatted(sentence.c_str());
        ImGui::TextDisabled("%.*s · %.*s in Go's %.*s", static_cast<int>(info.name.size()), info.name.data(),
                            static_cast<int>(info.go_func.size()), info.go_func.data(),
                            static_cast<int>(info.go_file.size()), info.go_file.data());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
      }
      ImGui::TableSetColumnIndex(5);
      ImGui::TextUnformatted(info.go_func.data(), info.go_func.data() + info.go_func.size());
      if (future) ImGui::PopStyleColor();
    }
  }
  ImGui::EndTable();
}

}  // namespace gosim::viz
