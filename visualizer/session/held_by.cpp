#include "visualizer/session/held_by.h"

#include <algorithm>

#include <fmt/format.h>

#include "sim/interp/frame_view.h"

namespace gosim::viz {

namespace {

bool is_sync_type(const ir::TypeDesc& t) {
  return t.kind == ir::TypeKind::kStruct && (t.name == "sync.Mutex" || t.name == "sync.RWMutex" || t.name == "sync.WaitGroup");
}

bool is_time_type(const ir::TypeDesc& t) {
  return t.kind == ir::TypeKind::kStruct && (t.name == "time.Timer" || t.name == "time.Ticker");
}

}  // namespace

std::map<uint64_t, HeldBy> held_by(const Model& md, const ir::Module& mod) {
  std::map<uint64_t, HeldBy> out;
  auto type_at = [&](int32_t id) -> const ir::TypeDesc* {
    return id >= 0 && static_cast<size_t>(id) < mod.types.size() ? &mod.types[static_cast<size_t>(id)] : nullptr;
  };
  for (size_t i = 0; i < md.allg.size(); ++i) {
    const G& g = md.allg[i];
    if (g.status == GStatus::kDead || g.status == GStatus::kIdle) continue;
    for (const interp::FrameView& fv : interp::frame_views(md, mod, static_cast<GIdx>(i))) {
      if (fv.fn < 0 || static_cast<size_t>(fv.fn) >= mod.funcs.size()) continue;
      for (const ir::VarInfo& var : mod.funcs[static_cast<size_t>(fv.fn)].vars) {
        const ir::TypeDesc* t = type_at(var.type);
        if (!t) continue;
        // Where the variable lives: its frame slot, or (moved to heap) where the slot points.
        uint64_t at = fv.fp + static_cast<uint64_t>(static_cast<int64_t>(var.offset));
        if (var.on_heap) at = md.mem.load(at, 8);
        if (at == 0) continue;
        uint64_t obj = 0;
        int32_t obj_type = -1;
        if (t->kind == ir::TypeKind::kChan) {
          obj = md.mem.load(at, 8);
          obj_type = var.type;
          if (!md.chans.count(obj)) obj = 0;
        } else if (is_sync_type(*t)) {
          obj = at;
          obj_type = var.type;
        } else if (t->kind == ir::TypeKind::kPointer && type_at(t->elem) && is_sync_type(*type_at(t->elem))) {
          obj = md.mem.load(at, 8);
          obj_type = t->elem;
        } else if (t->kind == ir::TypeKind::kPointer && type_at(t->elem) && is_time_type(*type_at(t->elem))) {
          // ticker := time.NewTicker(…): the Timer/Ticker whose C a channel view names "ticker.C".
          obj = md.mem.load(at, 8);
          obj_type = t->elem;
          if (!md.timers.count(obj)) obj = 0;
        }
        if (obj == 0) continue;
        HeldBy& h = out[obj];
        const std::string name = fmt::format("{} ({})", var.name, fv.func);
        if (std::find(h.names.begin(), h.names.end(), name) == h.names.end()) h.names.push_back(name);
        if (h.type < 0) h.type = obj_type;
      }
    }
  }
  return out;
}

}  // namespace gosim::viz
