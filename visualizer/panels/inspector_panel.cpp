// [SECTION] field table helpers
// [SECTION] G
// [SECTION] P
// [SECTION] M
#include "visualizer/panels/inspector_panel.h"
#include "visualizer/i18n/ui_strings.h"
#include "visualizer/ui/text_fit.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "sim/rt/request_names.h"
#include "sim/trace/vtime.h"

namespace gosim::viz {

// [SECTION] field table helpers
bool begin_fields() {
  // Names as wide as the longest name, values take the rest: a value wraps only when it is
  // really longer than the panel, not because the name column took half of it.
  if (!ImGui::BeginTable("fields", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingFixedFit)) return false;
  ImGui::TableSetupColumn("name", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
  return true;
}

namespace {

// The frame's record while the Inspector draws (field() is a free function its parts share).
FrameRecord* fields_record = nullptr;

}  // namespace

void field(const char* name, const std::string& value, const char* help) {
  ImGui::TableNextRow();
  ImGui::TableSetColumnIndex(0);
  ImGui::TextUnformatted(name);
  if (help) help_marker(help);
  ImGui::TableSetColumnIndex(1);
  const float room = ImGui::GetContentRegionAvail().x;
  const float h = wrapped_text(value);
  if (fields_record != nullptr) {
    // Lines drawn (a list such as the traceback has several by design), for the 720p test.
    const int lines = std::max(1, static_cast<int>(std::lround(h / ImGui::GetTextLineHeightWithSpacing())));
    fields_record->texts.push_back({std::string("inspector:") + name, value, text_width(value), room, lines});
  }
}

void field_block(const char* name, const std::string& value) {
  const float room = ImGui::GetContentRegionAvail().x;
  const float h = wrapped_text(value);
  if (fields_record != nullptr) {
    const int lines = std::max(1, static_cast<int>(std::lround(h / ImGui::GetTextLineHeightWithSpacing())));
    fields_record->texts.push_back({std::string("inspector:") + name, value, text_width(value), room, lines});
  }
}

namespace {

std::string gname(const Model& md, GIdx gi) {
  return gi == kNoG ? std::string("nil") : fmt::format("G{}", md.allg[static_cast<size_t>(gi)].goid);
}

}  // namespace

void InspectorPanel::draw(const PanelContext& ctx) {
  if (!ctx.session.loaded()) return;
  fields_record = &ctx.record;
  draw_selected(ctx);
  fields_record = nullptr;
}

void InspectorPanel::draw_selected(const PanelContext& ctx) {
  const Selection& sel = ctx.settings.selection;
  switch (sel.kind) {
    case Selection::Kind::kNone:
      wrapped_text(tr(Str::kInspectorHint));
      return;
    case Selection::Kind::kG: draw_g(ctx, sel.id); return;
    case Selection::Kind::kP: draw_p(ctx, static_cast<int32_t>(sel.id)); return;
    case Selection::Kind::kM: draw_m(ctx, static_cast<int32_t>(sel.id)); return;
    case Selection::Kind::kSpan: draw_span(ctx, static_cast<int32_t>(sel.id)); return;
    case Selection::Kind::kObject: draw_object(ctx, static_cast<uint64_t>(sel.id)); return;
  }
}

// [SECTION] G
void InspectorPanel::draw_g(const PanelContext& ctx, int64_t goid) {
  const Model& md = ctx.session.model();
  GIdx gi = kNoG;
  for (size_t i = 0; i < md.allg.size(); ++i) {
    if (md.allg[i].goid == goid && md.allg[i].status != GStatus::kDead) gi = static_cast<GIdx>(i);
  }
  if (gi == kNoG) {
    wrapped_text(trf(Str::kGNotExist, goid));
    return;
  }
  const G& g = md.allg[static_cast<size_t>(gi)];
  ImGui::Text("G%lld  %s", static_cast<long long>(g.goid), ctx.session.func_name(g.code.entry).c_str());
  ImGui::TextUnformatted(place_text(ctx.sched.places[static_cast<size_t>(gi)]).c_str());
  if (!begin_fields()) return;
  field("goid", std::to_string(g.goid));
  field("atomicstatus", fmt::format("{} ({})", gstatus_name(g.status), gstate_text(g.status, g.waitreason)),
        tr(Str::kTipStatus));
  field("waitreason", g.status == GStatus::kWaiting || g.waitreason != WaitReason::kZero
                          ? std::string(wait_reason_string(g.waitreason)) : std::string("-"),
        tr(Str::kTipWaitReason));
  field("waitsince", g.status == GStatus::kWaiting ? format_vtime(g.waitsince) : std::string("-"));
  field("m", g.m >= 0 ? fmt::format("M{}", g.m) : std::string("nil"));
  field("parent goid", g.parent_goid ? std::to_string(g.parent_goid) : std::string("-"), tr(Str::kTipParent));
  field("system", g.system ? tr(Str::kYesRuntime) : tr(Str::kNo));
  field("preempt", g.preempt ? tr(Str::kPreemptTrue) : "false");
  field("entry", fmt::format("{} (entry {})", ctx.session.func_name(g.code.entry), g.code.entry));
  // Addresses (semaphores, channels, mutexes) read better in hex, as Go prints pointers.
  auto num = [](int64_t v) { return v > (int64_t{1} << 20) ? fmt::format("{:#x}", v) : std::to_string(v); };
  field("request", fmt::format("{} a={} b={} cost={}", request_kind_name(g.req.kind), num(g.req.a), num(g.req.b), format_vtime(g.req.cost)),
        tr(Str::kTipRequest));
  if (!g.code.frames.empty()) field("frames", std::to_string(g.code.frames.size()));
  if (g.code.stack_hi != 0) field("stack", fmt::format("[{:#x}, {:#x})", g.code.stack_lo, g.code.stack_hi));
  if (g.syncw.active || g.syncw.in_sema) {
    field("sync wait", fmt::format("in_sema={} ticket={} lifo={} starving={} iter={}", g.syncw.in_sema, g.syncw.ticket,
                                   g.syncw.lifo, g.syncw.starving, g.syncw.iter));
  }
  if (!g.select_chans.empty()) field("select on", trn(Str::kSelectOn, g.select_chans.size(), g.select_chans.size()));
  std::string tb;
  for (const TraceFrame& f : ctx.session.program().traceback(ctx.session.machine(), gi)) {
    tb += fmt::format("{}(...)\n    {}:{}\n", f.func, f.file, f.line);
  }
  field("traceback", tb.empty() ? std::string("-") : tb);
  ImGui::EndTable();
}

// [SECTION] P
void InspectorPanel::draw_p(const PanelContext& ctx, int32_t id) {
  const Model& md = ctx.session.model();
  if (id < 0 || static_cast<size_t>(id) >= md.allp.size()) {
    wrapped_text(trf(Str::kPNotExist, id, md.allp.size()));
    return;
  }
  const P& p = md.allp[static_cast<size_t>(id)];
  ImGui::Text("P%d", id);
  if (!begin_fields()) return;
  const char* st[] = {"_Pidle", "_Prunning", "_Psyscall", "_Pgcstop", "_Pdead"};
  field("status", st[static_cast<int>(p.status)]);
  field("m", p.m >= 0 ? fmt::format("M{}", p.m) : std::string("nil"));
  field("runnext", gname(md, p.runnext), tr(Str::kTipRunnext));
  std::string q;
  for (uint32_t i = p.runqhead; i != p.runqtail; ++i) q += gname(md, p.runq[i % kLocalRunqSize]) + " ";
  field("runq", trf(Str::kRunqValue, p.runqtail - p.runqhead, q.empty() ? std::string(tr(Str::kEmpty)) : q));
  field("runqhead / runqtail", fmt::format("{} / {}", p.runqhead, p.runqtail), tr(Str::kTipRing));
  field("schedtick", std::to_string(p.schedtick), tr(Str::kTipSchedtick));
  field("syscalltick", std::to_string(p.syscalltick));
  field("timers", std::to_string(p.timers.size()));
  field("gFree", trn(Str::kGFreeValue, p.gfree.size(), p.gfree.size()));
  field("goidcache", fmt::format("{} .. {}", p.goidcache, p.goidcacheend), tr(Str::kTipGoidcache));
  field("clock", format_vtime(p.clock), tr(Str::kTipClock));
  ImGui::EndTable();
}

// [SECTION] M
void InspectorPanel::draw_m(const PanelContext& ctx, int32_t id) {
  const Model& md = ctx.session.model();
  if (id < 0 || static_cast<size_t>(id) >= md.allm.size()) {
    wrapped_text(trf(Str::kMNotExist, id));
    return;
  }
  const M& m = md.allm[static_cast<size_t>(id)];
  ImGui::Text("M%d%s", id, m.sysmon ? tr(Str::kSysmonSuffix) : "");
  if (!begin_fields()) return;
  field("p", m.p >= 0 ? fmt::format("P{}", m.p) : std::string("nil"), tr(Str::kTipMP));
  field("curg", gname(md, m.curg));
  field("spinning", m.spinning ? tr(Str::kSpinningTrue) : "false");
  field("parked", m.parked ? tr(Str::kParkedTrue) : "false");
  field("oldp", m.oldp >= 0 ? fmt::format("P{}", m.oldp) : std::string("nil"), tr(Str::kTipOldP));
  field("fastrand", fmt::format("{:#x}", m.rand.state), tr(Str::kTipFastrand));
  ImGui::EndTable();
}

}  // namespace gosim::viz
