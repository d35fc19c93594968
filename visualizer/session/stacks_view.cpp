#include "visualizer/session/stacks_view.h"

#include "sim/interp/lib_frames.h"

#include <algorithm>

#include <fmt/format.h>

#include "sim/ir/ir.h"
#include "sim/rt/stack.h"
#include "visualizer/session/session.h"

namespace gosim::viz {

namespace {

GIdx find_live_g(const Model& md, int64_t goid) {
  for (size_t i = 0; i < md.allg.size(); ++i) {
    if (md.allg[i].goid == goid && md.allg[i].status != GStatus::kDead) return static_cast<GIdx>(i);
  }
  return kNoG;
}

}  // namespace

StackView build_stack_view(const Session& s, int64_t goid) {
  StackView v;
  v.goid = goid;
  if (!s.loaded()) return v;
  const Model& md = s.model();
  v.gi = find_live_g(md, goid);
  if (v.gi == kNoG) return v;
  v.exists = true;
  const G& g = md.allg[static_cast<size_t>(v.gi)];
  v.status = g.status;
  v.entry = s.func_name(g.code.entry);
  v.lo = g.code.stack_lo;
  v.hi = g.code.stack_hi;
  v.has_stack = v.hi > v.lo;
  if (!v.has_stack) return v;
  v.guard = v.lo + kStackGuard;
  v.used = g.code.frames.empty() ? 0 : v.hi - g.code.frames.back().fp;
  const ir::Module* mod = s.module();
  if (mod == nullptr) return v;
  v.frames = interp::frame_views(md, *mod, v.gi);
  for (StackFrameView& f : v.frames) f.library = s.program().is_library(f.fn);
  // The panel shows a moved variable as the pointer in its slot and what it points to.
  for (StackFrameView& f : v.frames) {
    for (StackSlot& sl : f.slots) {
      if (!sl.on_heap) continue;
      sl.value = sl.heap_addr == 0 ? std::string("→ nil (not yet allocated)")
                                   : fmt::format("→ {:#x} (heap) = {}", sl.heap_addr, sl.value);
    }
  }
  return v;
}

std::optional<StackGrowth> stack_growth_at_cursor(const Session& s) {
  if (!s.loaded() || s.cursor() == 0) return std::nullopt;
  const auto& ev = s.events();
  const uint64_t c = s.cursor() - 1;
  const EventKind k = ev[c].kind;
  if (k != EventKind::kMorestack && k != EventKind::kCopyStack && k != EventKind::kStackAlloc && k != EventKind::kStackFree) {
    return std::nullopt;
  }
  const int64_t g = ev[c].g;
  if (g == 0) return std::nullopt;
  const uint64_t from = c >= 3 ? c - 3 : 0, to = std::min<uint64_t>(ev.size(), c + 4);
  StackGrowth gr;
  gr.goid = g;
  bool found = false;
  // The copystack event (Go: copystack) says it all: both ranges, bytes copied, pointers adjusted.
  for (uint64_t d = 0; d < 4 && !found; ++d) {
    for (uint64_t i : {c - std::min(c, d), c + d}) {
      if (i < from || i >= to || ev[i].kind != EventKind::kCopyStack || ev[i].g != g) continue;
      // morestack, stack_alloc and copystack come before the stack_free: only pair forwards
      // from the first two, backwards from the last.
      if ((k == EventKind::kMorestack || k == EventKind::kStackAlloc) && i < c) continue;
      if (k == EventKind::kStackFree && i > c) continue;
      const CopyStackResult r = copystack_from_event(ev[i]);
      gr.old_lo = r.old_lo;
      gr.old_hi = r.old_hi;
      gr.new_lo = r.new_lo;
      gr.new_hi = r.new_hi;
      gr.copied = r.copied;
      gr.adjusted_count = r.adjusted;
      gr.copy_event = static_cast<uint32_t>(i);
      found = true;
      break;
    }
  }
  if (!found) {
    // Without copystack events: stack_alloc of the new stack, then stack_free of the old.
    for (uint64_t i = from; i + 1 < to && !found; ++i) {
      if (ev[i].kind != EventKind::kStackAlloc || ev[i].g != g) continue;
      for (uint64_t j = i + 1; j < std::min<uint64_t>(to, i + 4); ++j) {
        if (ev[j].kind != EventKind::kStackFree || ev[j].g != g || !(c >= i && c <= j)) continue;
        gr.new_lo = static_cast<uint64_t>(ev[i].a);
        gr.new_hi = gr.new_lo + static_cast<uint64_t>(ev[i].b);
        gr.old_lo = static_cast<uint64_t>(ev[j].a);
        gr.old_hi = gr.old_lo + static_cast<uint64_t>(ev[j].b);
        gr.copy_event = static_cast<uint32_t>(j);
        gr.adjusted_count = -1;
        found = true;
        break;
      }
    }
  }
  if (!found) return std::nullopt;
  // Where the adjusted pointers are, when the model still has the goroutine on the new stack
  // (one agenda item may run on and grow it again before its events are handed out).
  const Model& md = s.model();
  const GIdx gi = find_live_g(md, g);
  if (gi != kNoG) {
    const GCode& code = md.allg[static_cast<size_t>(gi)].code;
    gr.model_on_new = code.stack_lo == gr.new_lo && code.stack_hi == gr.new_hi;
    if (gr.model_on_new) {
      uint64_t lo = code.frames.empty() ? gr.new_hi : code.frames.back().fp;
      if (gr.copied > 0) lo = std::max(lo, gr.new_hi - gr.copied);  // only the copied part
      for (uint64_t a = lo & ~uint64_t{7}; a + 8 <= gr.new_hi; a += 8) {
        const uint64_t w = md.mem.load(a, 8);
        if (w >= gr.new_lo && w < gr.new_hi) gr.adjusted.push_back(a);
      }
    }
  }
  return gr;
}

std::vector<StackBar> stack_bars(const Session& s) {
  std::vector<StackBar> out;
  if (!s.loaded()) return out;
  for (const G& g : s.model().allg) {
    if (g.status == GStatus::kDead || g.code.stack_hi <= g.code.stack_lo) continue;
    StackBar b;
    b.goid = g.goid;
    b.size = g.code.stack_hi - g.code.stack_lo;
    b.used = g.code.frames.empty() ? 0 : g.code.stack_hi - g.code.frames.back().fp;
    b.status = g.status;
    out.push_back(b);
  }
  std::sort(out.begin(), out.end(), [](const StackBar& a, const StackBar& b) { return a.goid < b.goid; });
  return out;
}

std::vector<StackRow> stack_rows(const StackView& v, bool fold_lib) {
  std::vector<StackRow> rows;
  for (size_t k = 0; k < v.frames.size(); ++k) {
    const StackFrameView& f = v.frames[k];
    if (!fold_lib || !f.library) {
      rows.push_back(StackRow{k, 1, false, {}});
      continue;
    }
    if (rows.empty() || !rows.back().folded || rows.back().first + rows.back().count != k) {
      rows.push_back(StackRow{k, 0, true, {}});
    }
    StackRow& r = rows.back();
    ++r.count;
    const std::string pkg(interp::symbol_package(f.func));
    if ((", " + r.packages + ", ").find(", " + pkg + ", ") == std::string::npos) {
      r.packages += (r.packages.empty() ? "" : ", ") + pkg;
    }
  }
  return rows;
}

}  // namespace gosim::viz
