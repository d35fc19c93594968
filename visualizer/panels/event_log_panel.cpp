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
  // One line: the kinds behind a button (nine check boxes took two lines of a 720p log, which
  // then showed three rows), the goroutine filter, follow. Items wrap only when the panel is
  // too narrow even for that.
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  auto next_item = [&](float w) {
    ImGui::SameLine();
    if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
  };
  int on = 0;
  for (EventCategory c : kCategories) on += (ls.category_mask & bit(c)) != 0;
  const std::string kinds = trf(Str::kLogKinds, on, std::size(kCategories));
  if (ImGui::Button(fmt::format("{}###kinds", kinds).c_str())) ImGui::OpenPopup("kinds");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::kLogKindsTip));
  if (ImGui::BeginPopup("kinds")) {
    for (EventCategory c : kCategories) {
      bool c_on = (ls.category_mask & bit(c)) != 0;
      ImGui::PushStyleColor(ImGuiCol_CheckMark, Theme::vec4(Theme::category_color(c)));
      if (ImGui::Checkbox(fmt::format("{}##cat{}", category_label(c), static_cast<int>(c)).c_str(), &c_on)) ls.category_mask ^= bit(c);
      ImGui::PopStyleColor();
    }
    ImGui::EndPopup();
  }
  const float fs = ImGui::GetFontSize();
  next_item(fs * 5 + ImGui::GetStyle().ItemInnerSpacing.x + text_width(tr(Str::kGFilter)));
  ImGui::SetNextItemWidth(fs * 5);
  ImGui::InputScalar(tr(Str::kGFilter), ImGuiDataType_S64, &ls.goid);
  if (ls.goid < 0) ls.goid = 0;
  next_item(ImGui::GetFrameHeight() + text_width(tr(Str::kFollow)) + text_width(" (?)"));
  ImGui::Checkbox(tr(Str::kFollow), &ls.follow_cursor);
  help_marker(tr(Str::kLogHelp));
}

void EventLogPanel::refilter(const PanelContext& ctx) {
  const EventLogSettings& ls = ctx.settings.log;
  const Session& s = ctx.session;
  const DetailLevel detail = ctx.settings.detail;
  const bool lib = ctx.settings.lib_collapsed && s.lib_calls() != nullptr && !s.lib_calls()->groups().empty();
  if (filtered_run_ != s.run_id()) expanded_.clear();
  if (filtered_run_ == s.run_id() && filtered_mask_ == ls.category_mask && filtered_goid_ == ls.goid &&
      filtered_detail_ == detail && filtered_lib_ == lib && filtered_expanded_ == expanded_.size()) {
    return;
  }
  filtered_lib_ = lib;
  filtered_expanded_ = expanded_.size();
  filtered_detail_ = detail;
  filtered_run_ = s.run_id();
  filtered_mask_ = ls.category_mask;
  filtered_goid_ = ls.goid;
  scrolled_to_ = ~0ull;
  rows_.clear();
  all_ = ls.goid == 0 && (ls.category_mask & 0x1ff) == 0x1ff && detail == DetailLevel::kAll && !lib;
  if (all_) return;
  const auto& ev = s.events();
  for (size_t i = 0; i < ev.size(); ++i) {
    // A folded library call: its first event's row stands for it (the summary); the rest of its
    // folded events show only when it is expanded.
    if (lib && s.lib_folded(i)) {
      const uint32_t grp = s.lib_group(i);
      if (s.lib_calls()->group(grp).first_seq == ev[i].seq) {
        rows_.push_back(static_cast<uint32_t>(i));
        continue;
      }
      if (expanded_.count(grp) == 0) continue;
    }
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
  const float fs = ImGui::GetFontSize();
  // The Go function column costs a narrow log (720p's) half its sentence: there the column is
  // left out; the Controls bar names the current event's function and each row's tooltip its own.
  const bool fn_col = ImGui::GetContentRegionAvail().x >= fs * kGoFuncMinWidthFs;
  const float table_top = ImGui::GetCursorPosY();
  if (!ImGui::BeginTable("events", fn_col ? 6 : 5, flags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  // Fixed columns as wide as their widest value in this run (the last event's number; the
  // longest time text), so "611.905µs" is never cut; the sentence column takes the rest.
  const float cell_pad = ImGui::GetStyle().CellPadding.x * 2 + fs * 0.3f;
  const float num_w = std::max(text_width(std::to_string(s.size())), text_width(tr(Str::kColNum))) + cell_pad;
  if (time_run_ != s.run_id()) {
    time_run_ = s.run_id();
    widest_time_ = format_vtime(s.end_time());
    for (const Event& e : s.events()) {
      std::string t = format_vtime(e.time);
      if (t.size() > widest_time_.size()) widest_time_ = std::move(t);
    }
  }
  const float time_w = std::max(text_width(widest_time_), text_width(tr(Str::kColTime))) + cell_pad;
  const float p_w = std::max(text_width(std::to_string(s.model().allp.size())), text_width(tr(Str::kColP))) + cell_pad;
  const float g_w = text_width("0000") + cell_pad;
  // The Go function column gets at most a quarter of the table; longer names elide.
  const float fn_w = std::min(text_width("runtime.runqputslow") + cell_pad, ImGui::GetContentRegionAvail().x * 0.25f);
  ImGui::TableSetupColumn(tr(Str::kColNum), ImGuiTableColumnFlags_WidthFixed, num_w);
  ImGui::TableSetupColumn(tr(Str::kColTime), ImGuiTableColumnFlags_WidthFixed, time_w);
  ImGui::TableSetupColumn(tr(Str::kColP), ImGuiTableColumnFlags_WidthFixed, p_w);
  ImGui::TableSetupColumn(tr(Str::kColG), ImGuiTableColumnFlags_WidthFixed, g_w);
  ImGui::TableSetupColumn(tr(Str::kColWhat), ImGuiTableColumnFlags_WidthStretch);
  if (fn_col) ImGui::TableSetupColumn(tr(Str::kColGoFunc), ImGuiTableColumnFlags_WidthFixed, fn_w);
  ImGui::TableHeadersRow();

  // The current event's row, when the filters list it. Its sentence wraps (the row grows), so
  // the rows are drawn in three runs: the rows before it and after it by clippers that take
  // every row as one line high, the current row on its own. One clipper over all rows placed
  // the rows after a tall current row at the wrong height and, once scrolled near it, dropped
  // the current row altogether.
  uint32_t cur_ev = s.cursor() == 0 ? 0 : static_cast<uint32_t>(s.cursor() - 1);
  // Inside a folded library call (a seek can land there), its summary row is the current one.
  if (filtered_lib_ && s.cursor() > 0 && s.lib_folded(cur_ev) && expanded_.count(s.lib_group(cur_ev)) == 0) {
    cur_ev = static_cast<uint32_t>(s.lib_calls()->group(s.lib_group(cur_ev)).first_seq - 1);
  }
  size_t cur_row = n;
  if (s.cursor() > 0) {
    if (all_) cur_row = cur_ev;
    else {
      const auto it = std::lower_bound(rows_.begin(), rows_.end(), cur_ev);
      if (it != rows_.end() && *it == cur_ev) cur_row = static_cast<size_t>(it - rows_.begin());
    }
  }
  if (cur_row > n) cur_row = n;

  const float row_h = ImGui::GetTextLineHeightWithSpacing();
  // The height this panel needs for the header and the current row whole (its sentence wrapped
  // at the width its cell had in the last frame): the normal layout grows the log to it
  // (presenter mode and lessons size the log their own way).
  if (cur_row < n && cell_w_ > 0 && !ctx.settings.presenter && ctx.lesson == nullptr) {
    const uint32_t grp = filtered_lib_ && s.lib_folded(cur_ev) ? s.lib_group(cur_ev) : 0;
    const std::string text = grp != 0 && s.lib_calls()->group(grp).first_seq == cur_ev + 1
                                 ? s.lib_calls()->describe(s.lib_calls()->group(grp), ui_lang())
                                 : s.describe(s.events()[cur_ev], ui_lang());
    const ImGuiStyle& st = ImGui::GetStyle();
    ctx.record.want_h["events"] = table_top + row_h + std::max(row_h, wrapped_height(text, cell_w_) + st.CellPadding.y * 2) +
                                  st.WindowPadding.y * 2 + st.CellPadding.y * 2 + 2.0f;
  }
  // A row's sentence: the event's, or for the first event of a folded library call its summary.
  auto row_text = [&](uint32_t i) {
    const uint32_t grp = filtered_lib_ && s.lib_folded(i) ? s.lib_group(i) : 0;
    if (grp != 0 && s.lib_calls()->group(grp).first_seq == i + 1) return s.lib_calls()->describe(s.lib_calls()->group(grp), ui_lang());
    return s.describe(s.events()[i], ui_lang());
  };
  // Keep the current event in view when the cursor moves: its whole (wrapped) row, centred
  // when it fits. The row's height comes from the sentence and the width its cell had in the
  // last frame, so the first frame after a move already scrolls to the right place; a few
  // more frames follow while column widths settle.
  if (ctx.settings.log.follow_cursor && scrolled_to_ != s.cursor()) {
    scrolled_to_ = s.cursor();
    reveal_current_ = 3;
  }
  if (ctx.settings.log.follow_cursor && reveal_current_ > 0) {
    const size_t row = cur_row < n ? cur_row
                       : all_      ? std::min<size_t>(cur_ev, n)
                                   : static_cast<size_t>(std::lower_bound(rows_.begin(), rows_.end(), cur_ev) - rows_.begin());
    float cur_h = row_h;
    if (cur_row < n && cell_w_ > 0) {
      cur_h = std::max(row_h, wrapped_height(row_text(cur_ev), cell_w_) +
                                  ImGui::GetStyle().CellPadding.y * 2);
    }
    const float visible = ImGui::GetWindowHeight() - row_h;  // below the frozen header row
    const float top = static_cast<float>(row) * row_h;
    const float want = cur_h <= visible ? top - (visible - cur_h) * 0.5f : top;
    ImGui::SetScrollY(std::max(0.0f, want));
  }

  auto draw_row = [&](size_t r) {
    const uint32_t i = index_of(r);
    const Event& e = s.events()[i];
    const EventInfo& info = event_info(e.kind);
    const bool current = r == cur_row;
    const bool future = i >= s.cursor();
    ImGui::TableNextRow(ImGuiTableRowFlags_None, row_h);
    if (current) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, Theme::u32(colors::kCursor, 110));
    if (future) ImGui::PushStyleColor(ImGuiCol_Text, Theme::vec4(ctx.theme.surface().text_dim));
    ImGui::TableSetColumnIndex(0);
    const std::string num = fmt::format("{}##e{}", i + 1, i);
    // The current row's highlight covers all its lines (its height as the last frame wrapped it).
    const ImVec2 sel_size(0, current ? std::max(0.0f, cur_h_ - ImGui::GetStyle().CellPadding.y * 2) : 0.0f);
    if (ImGui::Selectable(num.c_str(), current, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap, sel_size)) {
      ctx.commands.seek(i + 1);
    }
    ImGui::TableSetColumnIndex(1);
    const std::string when = format_vtime(e.time);
    ctx.record.texts.push_back({"log_time", when, text_width(when), ImGui::GetContentRegionAvail().x, 1});
    ImGui::TextUnformatted(when.c_str());
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
    // The first event of a folded library call is drawn as the call's summary, with ▸/▾ to expand.
    const uint32_t grp = filtered_lib_ && s.lib_folded(i) ? s.lib_group(i) : 0;
    const bool summary = grp != 0 && s.lib_calls()->group(grp).first_seq == e.seq;
    const bool inner = grp != 0 && !summary;
    if (summary) {
      const bool open = expanded_.count(grp) != 0;
      // An arrow drawn by ImGui (no glyph needed), as tall as the text line.
      ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(0, 0));
      if (ImGui::ArrowButton(fmt::format("lib{}", grp).c_str(), open ? ImGuiDir_Down : ImGuiDir_Right)) {
        if (open) expanded_.erase(grp);
        else expanded_.insert(grp);
      }
      ImGui::PopStyleVar();
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", trn(Str::kLibRowTip, s.lib_calls()->group(grp).events, s.lib_calls()->group(grp).events).c_str());
      ImGui::SameLine();
    } else if (inner) {
      ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x + fs * 1.2f, ImGui::GetCursorScreenPos().y));
    }
    const std::string sentence = summary ? s.lib_calls()->describe(s.lib_calls()->group(grp), ui_lang())
                                         : s.describe(e, ui_lang());  // the model's sentence in the UI language
    const float cell_w = ImGui::GetContentRegionAvail().x;
    if (current) {
      // The current event's sentence is what the learner reads: all of it, wrapped in its
      // row (the row grows), never cut at the column's edge.
      need_glyphs(sentence);
      cell_w_ = cell_w;
      const ImVec2 a = ImGui::GetCursorScreenPos();
      wrapped_text(sentence, cell_w);
      LogRowRecord& rec = ctx.record.log_current;
      rec.event = i + 1;
      rec.cell = Rect{a, ImVec2(a.x + cell_w, ImGui::GetCursorScreenPos().y)};
      rec.text_w = text_width(sentence);
      rec.lines = static_cast<int>(std::lround((rec.cell.max.y - a.y) / ImGui::GetTextLineHeightWithSpacing()));
      cur_h_ = rec.cell.max.y - a.y + ImGui::GetStyle().CellPadding.y * 2;
      // The part of the table that scrolls (below the frozen header): what lies outside it
      // was not on screen.
      ImDrawList* dl = ImGui::GetWindowDrawList();
      rec.visible = Rect{dl->GetClipRectMin(), dl->GetClipRectMax()};
      // While revealing, the row as drawn corrects the estimate made before the table: the
      // estimate takes the row's wrap width and the log's height from the last frame, which a
      // layout change (presenter mode off, a taller controls bar) makes wrong by a few pixels.
      // ImGui applies the scroll at the next frame; the last SetScrollY of a frame wins.
      if (ctx.settings.log.follow_cursor && reveal_current_ > 0) {
        const float pad = ImGui::GetStyle().CellPadding.y;
        const float row_top = a.y - pad;
        const float row_len = rec.cell.max.y - a.y + pad * 2;
        const float vis_len = rec.visible.max.y - rec.visible.min.y;
        const float want_top = row_len <= vis_len ? rec.visible.min.y + (vis_len - row_len) * 0.5f : rec.visible.min.y;
        ImGui::SetScrollY(std::max(0.0f, ImGui::GetScrollY() + (row_top - want_top)));
      }
    } else {
      elided_text(sentence, cell_w);
    }
    if (ImGui::IsItemHovered()) {
      ImGui::BeginTooltip();
      ImGui::PushTextWrapPos(fs * 30);
      wrapped_text(sentence, fs * 30);
      ImGui::TextDisabled("%s", trf(Str::kLogRowTip, info.name, event_go_func(e), event_go_file(e)).c_str());
      ImGui::PopTextWrapPos();
      ImGui::EndTooltip();
    }
    if (fn_col) {
      ImGui::TableSetColumnIndex(5);
      elided_text(event_go_func(e), ImGui::GetContentRegionAvail().x);
    }
    if (future) ImGui::PopStyleColor();
  };
  auto clipped = [&](size_t from, size_t to) {
    if (from >= to) return;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(to - from), row_h);
    while (clipper.Step()) {
      for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) draw_row(from + static_cast<size_t>(r));
    }
  };
  clipped(0, cur_row);
  if (cur_row < n) draw_row(cur_row);
  clipped(std::min(cur_row + 1, n), n);
  ImGui::EndTable();
  if (reveal_current_ > 0) --reveal_current_;
}

}  // namespace gosim::viz
