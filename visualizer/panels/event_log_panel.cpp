#include "visualizer/panels/event_log_panel.h"

#include <algorithm>
#include <cmath>
#include <string>

#include <fmt/format.h>

#include "sim/trace/vtime.h"
#include "visualizer/i18n/category_label.h"
#include "visualizer/ui/cjk_font.h"
#include "visualizer/ui/text_fit.h"

namespace gosim::viz {

namespace {

constexpr EventCategory kCategories[] = {EventCategory::kSched, EventCategory::kSync, EventCategory::kChan,
                                         EventCategory::kSyscall, EventCategory::kProgram, EventCategory::kStack,
                                         EventCategory::kAlloc, EventCategory::kGC, EventCategory::kLimit};

uint32_t bit(EventCategory c) { return 1u << static_cast<uint32_t>(c); }

}  // namespace

void EventLogPanel::draw_filters(const PanelContext& ctx) {
  EventLogSettings& ls = ctx.settings.log;
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  for (EventCategory c : kCategories) {
    // The filters wrap instead of running off the panel's edge.
    const float w = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + text_width(category_label(c));
    if (c != kCategories[0] && ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
    bool on = (ls.category_mask & bit(c)) != 0;
    ImGui::PushStyleColor(ImGuiCol_CheckMark, Theme::vec4(Theme::category_color(c)));
    if (ImGui::Checkbox(fmt::format("{}##cat{}", category_label(c), static_cast<int>(c)).c_str(), &on)) ls.category_mask ^= bit(c);
    ImGui::PopStyleColor();
    ImGui::SameLine();
  }
  ImGui::NewLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5);
  ImGui::InputScalar(tr(Str::kGFilter), ImGuiDataType_S64, &ls.goid);
  if (ls.goid < 0) ls.goid = 0;
  ImGui::SameLine();
  ImGui::Checkbox(tr(Str::kFollow), &ls.follow_cursor);
  help_marker(tr(Str::kLogHelp));
}

void EventLogPanel::refilter(const PanelContext& ctx) {
  const EventLogSettings& ls = ctx.settings.log;
  const Session& s = ctx.session;
  const DetailLevel detail = ctx.settings.detail;
  if (filtered_run_ == s.run_id() && filtered_mask_ == ls.category_mask && filtered_goid_ == ls.goid &&
      filtered_detail_ == detail) {
    return;
  }
  filtered_detail_ = detail;
  filtered_run_ = s.run_id();
  filtered_mask_ = ls.category_mask;
  filtered_goid_ = ls.goid;
  scrolled_to_ = ~0ull;
  rows_.clear();
  all_ = ls.goid == 0 && (ls.category_mask & 0x1ff) == 0x1ff && detail == DetailLevel::kAll;
  if (all_) return;
  const auto& ev = s.events();
  for (size_t i = 0; i < ev.size(); ++i) {
    if ((ls.category_mask & bit(event_info(ev[i].kind).category)) == 0) continue;
    if (ls.goid != 0 && ev[i].g != ls.goid) continue;
    if (!detail_shows(detail, ev[i].kind)) continue;
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
  ImGui::TextDisabled("%s", trf(Str::kLogCount, n, s.size()).c_str());

  const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingFixedFit;
  // A log that was hidden (or drawn in another layout: presenter mode on or off) or whose size
  // changed scrolls to the cursor again: what it scrolled to before is not what it shows now.
  const int frame = ImGui::GetFrameCount();
  const float avail_h = ImGui::GetContentRegionAvail().y;
  if (frame != drawn_frame_ + 1 || avail_h != drawn_height_) scrolled_to_ = ~0ull;
  drawn_frame_ = frame;
  drawn_height_ = avail_h;
  if (!ImGui::BeginTable("events", 6, flags)) return;
  const float fs = ImGui::GetFontSize();
  ImGui::TableSetupScrollFreeze(0, 1);
  // Fixed columns as wide as their widest value in this run (the last event's number and
  // time are the longest), so "255.381µs" is never cut; the sentence column takes the rest.
  const float cell_pad = ImGui::GetStyle().CellPadding.x * 2 + fs * 0.3f;
  const float num_w = std::max(text_width(std::to_string(s.size())), text_width(tr(Str::kColNum))) + cell_pad;
  const float time_w = std::max(text_width(format_vtime(s.end_time())), text_width(tr(Str::kColTime))) + cell_pad;
  const float p_w = std::max(text_width(std::to_string(s.model().allp.size())), text_width(tr(Str::kColP))) + cell_pad;
  const float g_w = text_width("0000") + cell_pad;
  // The Go function column gets at most a quarter of the table; longer names elide.
  const float fn_w = std::min(text_width("runtime.runqputslow") + cell_pad, ImGui::GetContentRegionAvail().x * 0.25f);
  ImGui::TableSetupColumn(tr(Str::kColNum), ImGuiTableColumnFlags_WidthFixed, num_w);
  ImGui::TableSetupColumn(tr(Str::kColTime), ImGuiTableColumnFlags_WidthFixed, time_w);
  ImGui::TableSetupColumn(tr(Str::kColP), ImGuiTableColumnFlags_WidthFixed, p_w);
  ImGui::TableSetupColumn(tr(Str::kColG), ImGuiTableColumnFlags_WidthFixed, g_w);
  ImGui::TableSetupColumn(tr(Str::kColWhat), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn(tr(Str::kColGoFunc), ImGuiTableColumnFlags_WidthFixed, fn_w);
  ImGui::TableHeadersRow();

  const float row_h = ImGui::GetTextLineHeightWithSpacing();
  // Keep the current event in view when the cursor moves (rows are one line high).
  if (ctx.settings.log.follow_cursor && scrolled_to_ != s.cursor()) {
    scrolled_to_ = s.cursor();
    const uint32_t cur = s.cursor() == 0 ? 0 : static_cast<uint32_t>(s.cursor() - 1);
    const size_t row = all_ ? cur : static_cast<size_t>(std::lower_bound(rows_.begin(), rows_.end(), cur) - rows_.begin());
    const float visible = ImGui::GetWindowHeight() - row_h;
    ImGui::SetScrollY(std::max(0.0f, static_cast<float>(row) * row_h - visible * 0.5f));
    reveal_current_ = 3;  // the current row may wrap to more lines than row_h: see below
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
      const std::string sentence = s.describe(e, ui_lang());  // the model's sentence in the UI language
      const float cell_w = ImGui::GetContentRegionAvail().x;
      if (current) {
        // The current event's sentence is what the learner reads: all of it, wrapped in its
        // row (the row grows), never cut at the column's edge.
        need_glyphs(sentence);
        const ImVec2 a = ImGui::GetCursorScreenPos();
        wrapped_text(sentence, cell_w);
        LogRowRecord& rec = ctx.record.log_current;
        rec.event = i + 1;
        rec.cell = Rect{a, ImVec2(a.x + cell_w, ImGui::GetCursorScreenPos().y)};
        rec.text_w = text_width(sentence);
        rec.lines = static_cast<int>(std::lround((rec.cell.max.y - a.y) / ImGui::GetTextLineHeightWithSpacing()));
        // A wrapped row can reach below the table's bottom edge (a short log): scroll just
        // enough to show all of it, for a few frames after the cursor moved.
        const float bottom = ImGui::GetWindowPos().y + ImGui::GetWindowHeight() - ImGui::GetStyle().ScrollbarSize;
        if (reveal_current_ > 0 && rec.cell.max.y > bottom) ImGui::SetScrollY(ImGui::GetScrollY() + rec.cell.max.y - bottom);
      } else {
        elided_text(sentence, cell_w);
      }
      if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(fs * 30);
        wrapped_text(sentence, fs * 30);
        ImGui::TextDisabled("%s", trf(Str::kLogRowTip, info.name, info.go_func, info.go_file).c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
      }
      ImGui::TableSetColumnIndex(5);
      elided_text(info.go_func, ImGui::GetContentRegionAvail().x);
      if (future) ImGui::PopStyleColor();
    }
  }
  ImGui::EndTable();
  if (reveal_current_ > 0) --reveal_current_;
}

}  // namespace gosim::viz
