#include "visualizer/panels/sync_panel.h"

#include <algorithm>

#include <fmt/format.h>

#include "visualizer/ui/text_fit.h"
#include "visualizer/ui/token_row.h"

namespace gosim::viz {

namespace {

const char* kind_name(SyncRow::Kind k) {
  switch (k) {
    case SyncRow::Kind::kMutex: return "sync.Mutex";
    case SyncRow::Kind::kRWMutex: return "sync.RWMutex";
    case SyncRow::Kind::kWaitGroup: return "sync.WaitGroup";
    case SyncRow::Kind::kUnknown: break;
  }
  return "";
}

// What each semaphore inside an object is (sim/rt/sync.h layouts).
const char* sema_role(SyncRow::Kind k, uint64_t offset) {
  if (k == SyncRow::Kind::kWaitGroup && offset == 8) return "WaitGroup";
  if (offset == 4) return "Mutex.sema";
  if (offset == 8) return "writerSem";
  if (offset == 12) return "readerSem";
  return "sema";
}

void mutex_chips(const SyncRow& r, std::vector<Chip>& chips) {
  chips.push_back({r.locked ? tr(Str::kMutexLocked) : tr(Str::kMutexUnlocked), r.locked ? colors::kWaiting : colors::kRunnable,
                   r.locked});
  if (r.woken) chips.push_back({tr(Str::kMutexWoken), colors::kRunnable, false});
  if (r.starving) chips.push_back({tr(Str::kMutexStarving), colors::kStw, true});
  if (r.mutex_waiters > 0) chips.push_back({trf(Str::kMutexWaiters, r.mutex_waiters), colors::kWaiting, false});
}

}  // namespace

void SyncPanel::draw(const PanelContext& ctx) {
  const Session& s = ctx.session;
  if (!s.loaded()) return;
  if (rev_ != s.revision()) {
    view_ = build_sync_view(s);
    rev_ = s.revision();
    scroll_to_current_ = 3;
  }
  const bool none = view_.objects.empty() && view_.loose.empty();
  elided_text(none ? tr(Str::kSyncNone) : trf(Str::kSyncCount, view_.objects.size(), view_.loose.size()),
              ImGui::GetContentRegionAvail().x - text_width(" (?)"));
  help_marker(tr(Str::kSyncHelp));
  const float child_top = ImGui::GetCursorPosY();
  ImGui::BeginChild("sync", ImVec2(0, 0), false);
  const float fs = ImGui::GetFontSize();
  for (const SyncRow& r : view_.objects) {
    ImGui::PushID(static_cast<int>(r.addr & 0x7fffffff));
    draw_object(ctx, r);
    ImGui::PopID();
  }
  for (const SemaQueue& q : view_.loose) {
    const float top = ImGui::GetCursorScreenPos().y;
    const std::string label = trf(Str::kSemaLoose, q.addr) + "  " + trf(Str::kSemaCount, q.count);
    ImGui::PushID(static_cast<int>(q.addr & 0x7fffffff));
    token_row(ctx, label, std::min(text_width(label) + fs, ImGui::GetContentRegionAvail().x * 0.5f), q.waiters, {},
              fmt::format("sema:{:#x}:", q.addr));
    ImGui::PopID();
    if (q.current) current_outline(top, ctx.theme);
    ImGui::Separator();
  }
  if (scroll_to_current_ > 0) --scroll_to_current_;
  const float content = ImGui::GetCursorPosY();  // presenter mode fits to all of it
  ImGui::EndChild();
  ctx.record.want_h["sync"] = child_top + content + ImGui::GetStyle().WindowPadding.y * 2;
}

void SyncPanel::draw_object(const PanelContext& ctx, const SyncRow& r) {
  const float fs = ImGui::GetFontSize();
  const float top = ImGui::GetCursorScreenPos().y;
  ImGui::Dummy(ImVec2(1, fs * 0.15f));  // room for the current object's outline
  // Indented by the outline's width, as the channels are, so its frame never covers a letter.
  const float inset = ctx.theme.outline() * 2.0f + 2.0f;
  ImGui::Indent(inset);
  std::string title = r.name.empty() ? trf(Str::kSyncObjectAt, r.addr) : r.name;
  if (r.kind != SyncRow::Kind::kUnknown) title += std::string("  ") + kind_name(r.kind);
  ImGui::PushFont(ctx.theme.mono());
  elided_text(title, ImGui::GetContentRegionAvail().x * 0.45f);
  ImGui::PopFont();
  if (ImGui::IsItemHovered()) {
    std::string held;
    for (const std::string& n : r.names) held += (held.empty() ? "" : ", ") + n;
    ImGui::SetTooltip("%s", r.names.empty() ? tr(Str::kSyncTypeUnknown) : trf(Str::kChanHeldBy, held).c_str());
  }
  ImGui::SameLine();
  std::vector<Chip> chips;
  using K = SyncRow::Kind;
  if (r.kind == K::kMutex || r.kind == K::kRWMutex || r.kind == K::kUnknown) mutex_chips(r, chips);
  if (r.kind == K::kRWMutex || (r.kind == K::kUnknown && (r.reader_count != 0 || r.reader_wait != 0))) {
    chips.push_back({trf(Str::kRwReaders, r.reader_count, r.reader_wait), colors::kRunnable, false});
  }
  if (r.kind == K::kWaitGroup || (r.kind == K::kUnknown && (r.wg_counter != 0 || r.wg_waiters != 0))) {
    chips.push_back({trf(Str::kWgCounter, r.wg_counter, r.wg_waiters), r.wg_counter > 0 ? colors::kWaiting : colors::kRunnable,
                     false});
  }
  chip_line(chips, ctx.theme);
  for (const SemaQueue& q : r.semas) {
    const std::string label = trf(Str::kSemaIn, q.offset, sema_role(r.kind, q.offset)) + " " + trf(Str::kSemaCount, q.count);
    const float lw = std::min(text_width(label) + fs, ImGui::GetContentRegionAvail().x * 0.5f);
    token_row(ctx, label, lw, q.waiters, {}, fmt::format("sema:{:#x}:", q.addr));
  }
  ImGui::Unindent(inset);
  if (r.current) {
    current_outline(top, ctx.theme);
    ctx.record.marks[fmt::format("sync:{:#x}:current", r.addr)] = Rect{ImVec2(0, top), ImVec2(0, ImGui::GetCursorScreenPos().y)};
    if (scroll_to_current_ > 0) ImGui::SetScrollHereY(0.5f);
  }
  ImGui::Separator();
}

}  // namespace gosim::viz
