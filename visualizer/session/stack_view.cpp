#include "visualizer/session/stack_view.h"

#include <algorithm>
#include <cstring>

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

int32_t line_at(const ir::Function& fn, int32_t pc) {
  const size_t at = pc > 0 ? static_cast<size_t>(pc - 1) : 0;
  return at < fn.pos_of.size() && fn.pos_of[at].line > 0 ? fn.pos_of[at].line : fn.pos.line;
}

std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s.substr(0, 24)) {
    if (c == '\n') out += "\\n";
    else if (c == '"') out += "\\\"";
    else if (static_cast<unsigned char>(c) < 32) out += '?';
    else out += c;
  }
  return out + (s.size() > 24 ? "…\"" : "\"");
}

// A variable's value as a learner would read it, from the bytes at addr.
std::string format_value(const Memory& mem, const ir::Module& mod, int32_t type, uint64_t addr, int depth = 0) {
  if (type < 0 || static_cast<size_t>(type) >= mod.types.size()) return fmt::format("{:#x}", mem.load(addr, 8));
  const ir::TypeDesc& t = mod.types[static_cast<size_t>(type)];
  using K = ir::TypeKind;
  auto sgn = [&](int n) {
    const uint64_t v = mem.load(addr, n);
    const int sh = 64 - 8 * n;
    return std::to_string(static_cast<int64_t>(v << sh) >> sh);
  };
  switch (t.kind) {
    case K::kBool: return mem.load(addr, 1) ? "true" : "false";
    case K::kInt: case K::kInt64: return sgn(8);
    case K::kInt8: return sgn(1);
    case K::kInt16: return sgn(2);
    case K::kInt32: return sgn(4);
    case K::kUint: case K::kUint64: case K::kUintptr: return std::to_string(mem.load(addr, 8));
    case K::kUint8: return std::to_string(mem.load(addr, 1));
    case K::kUint16: return std::to_string(mem.load(addr, 2));
    case K::kUint32: return std::to_string(mem.load(addr, 4));
    case K::kFloat64: {
      const uint64_t bits = mem.load(addr, 8);
      double d = 0;
      static_assert(sizeof d == sizeof bits);
      std::memcpy(&d, &bits, sizeof d);
      return fmt::format("{:g}", d);
    }
    case K::kString: {
      const uint64_t p = mem.load(addr, 8), n = mem.load(addr + 8, 8);
      if (n == 0) return "\"\"";
      return quoted(mem.read_string(p, std::min<uint64_t>(n, 25)));
    }
    case K::kSlice:
      return fmt::format("len={} cap={} ptr={:#x}", mem.load(addr + 8, 8), mem.load(addr + 16, 8), mem.load(addr, 8));
    case K::kInterface: {
      const uint64_t tw = mem.load(addr, 8), d = mem.load(addr + 8, 8);
      if (tw == 0) return "nil";
      const int32_t id = ir::type_of_word(tw);
      const std::string tn = id >= 0 && static_cast<size_t>(id) < mod.types.size() ? mod.types[static_cast<size_t>(id)].name : "?";
      return fmt::format("({}, {:#x})", tn, d);
    }
    case K::kStruct: case K::kArray: {
      if (depth > 0) return "{…}";
      std::string out = "{";
      size_t n = 0;
      if (t.kind == K::kStruct) {
        for (const ir::FieldDesc& f : t.fields) {
          if (n++ == 3) { out += ", …"; break; }
          out += (n > 1 ? ", " : "") + format_value(mem, mod, f.type, addr + static_cast<uint64_t>(f.offset), depth + 1);
        }
      } else if (t.elem >= 0) {
        const int64_t es = mod.types[static_cast<size_t>(t.elem)].size;
        for (int64_t i = 0; i < t.len; ++i) {
          if (i == 4) { out += ", …"; break; }
          out += (i > 0 ? ", " : "") + format_value(mem, mod, t.elem, addr + static_cast<uint64_t>(i * es), depth + 1);
        }
      }
      return out + "}";
    }
    default: {
      const uint64_t p = mem.load(addr, 8);
      return p == 0 ? std::string("nil") : fmt::format("{:#x}", p);
    }
  }
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
  const auto& frames = g.code.frames;
  for (size_t k = 0; k < frames.size(); ++k) {
    const Frame& f = frames[k];
    if (f.fn < 0 || static_cast<size_t>(f.fn) >= mod->funcs.size()) continue;
    const ir::Function& fn = mod->funcs[static_cast<size_t>(f.fn)];
    StackFrameView fv;
    fv.fn = f.fn;
    fv.func = fn.name;
    fv.line = line_at(fn, f.pc);
    fv.fp = f.fp;
    fv.size = static_cast<uint64_t>(fn.frame_size);
    fv.params_size = fn.params_size;
    fv.results_offset = fn.results_offset;
    fv.results_size = fn.results_size;
    fv.innermost = k + 1 == frames.size();
    if (k > 0) {
      const Frame& caller = frames[k - 1];
      if (caller.fn >= 0 && static_cast<size_t>(caller.fn) < mod->funcs.size()) {
        const ir::Function& cf = mod->funcs[static_cast<size_t>(caller.fn)];
        fv.returns_to = fmt::format("{} line {}", cf.name, line_at(cf, caller.pc));
      }
    }
    for (const ir::VarInfo& var : fn.vars) {
      StackSlot sl;
      sl.name = var.name;
      sl.offset = var.offset;
      sl.on_heap = var.on_heap;
      const bool typed = var.type >= 0 && static_cast<size_t>(var.type) < mod->types.size();
      sl.type = typed ? mod->types[static_cast<size_t>(var.type)].name : std::string("?");
      sl.size = var.on_heap || !typed ? 8 : static_cast<int32_t>(std::max<int64_t>(1, mod->types[static_cast<size_t>(var.type)].size));
      if (var.offset < fn.params_size) sl.kind = StackSlot::Kind::kParam;
      else if (fn.results_size > 0 && var.offset >= fn.results_offset && var.offset < fn.results_offset + fn.results_size)
        sl.kind = StackSlot::Kind::kResult;
      const uint64_t at = f.fp + static_cast<uint64_t>(var.offset);
      if (var.on_heap) {
        const uint64_t cell = md.mem.load(at, 8);
        sl.value = cell == 0 ? std::string("→ nil (not yet allocated)")
                             : fmt::format("→ {:#x} (heap) = {}", cell, format_value(md.mem, *mod, var.type, cell));
      } else {
        sl.value = format_value(md.mem, *mod, var.type, at);
      }
      fv.slots.push_back(std::move(sl));
    }
    std::sort(fv.slots.begin(), fv.slots.end(), [](const StackSlot& a, const StackSlot& b) {
      return a.offset != b.offset ? a.offset > b.offset : a.name < b.name;
    });
    v.frames.push_back(std::move(fv));
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

}  // namespace gosim::viz
