#include "sim/interp/frame_view.h"

#include "sim/interp/fmt_strconv.h"

#include <algorithm>
#include <cstring>

#include <fmt/format.h>

#include "sim/interp/fmt_strconv.h"

namespace gosim::interp {

namespace {

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

bool valid_fn(const ir::Module& mod, int32_t fn) { return fn >= 0 && static_cast<size_t>(fn) < mod.funcs.size(); }

}  // namespace

const char* frame_slot_kind_name(FrameSlot::Kind k) {
  switch (k) {
    case FrameSlot::Kind::kParam: return "param";
    case FrameSlot::Kind::kResult: return "result";
    case FrameSlot::Kind::kLocal: return "local";
  }
  return "?";
}

int32_t frame_line(const ir::Function& fn, const Frame& f) {
  // pc is the next instruction. Inside an instruction (a call, a channel operation, a library
  // call that blocked) the statement is the one before it; at a back-edge safe point or at the
  // kRet that runs the deferred calls, nothing has started: the statement is pc's own.
  const bool at_pc = f.at_safe_point || f.at_return;
  const size_t at = at_pc ? static_cast<size_t>(std::max(f.pc, 0)) : f.pc > 0 ? static_cast<size_t>(f.pc - 1) : 0;
  return at < fn.pos_of.size() && fn.pos_of[at].line > 0 ? fn.pos_of[at].line : fn.pos.line;
}

std::string format_value(const Memory& mem, const ir::Module& mod, int32_t type, uint64_t addr, int depth) {
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
    case K::kFloat32: case K::kComplex64: case K::kComplex128: {
      // Go's own spelling of the value (fmt's %v): 0.1 for a float32 0.1, (1+2i).
      const bool single = t.kind != K::kComplex128;
      auto part = [&](uint64_t at) {
        const uint64_t bits = mem.load(at, single ? 4 : 8);
        double d = 0;
        if (single) {
          float f = 0;
          const auto b32 = static_cast<uint32_t>(bits);
          std::memcpy(&f, &b32, sizeof f);
          d = f;
        } else {
          std::memcpy(&d, &bits, sizeof d);
        }
        std::string out;
        AppendFloat(out, d, 'g', -1, single ? 32 : 64);
        return out;
      };
      if (t.kind == K::kFloat32) return part(addr);
      std::string im = part(addr + (single ? 4 : 8));
      if (im[0] != '-' && im[0] != '+') im.insert(0, "+");
      return "(" + part(addr) + im + "i)";
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

std::vector<FrameView> frame_views(const Model& md, const ir::Module& mod, GIdx gi) {
  std::vector<FrameView> out;
  if (gi == kNoG || static_cast<size_t>(gi) >= md.allg.size()) return out;
  const auto& frames = md.allg[static_cast<size_t>(gi)].code.frames;
  for (size_t k = 0; k < frames.size(); ++k) {
    const Frame& f = frames[k];
    if (!valid_fn(mod, f.fn)) continue;
    const ir::Function& fn = mod.funcs[static_cast<size_t>(f.fn)];
    FrameView fv;
    fv.fn = f.fn;
    fv.func = fn.name;
    fv.line = frame_line(fn, f);
    fv.fp = f.fp;
    fv.size = static_cast<uint64_t>(fn.frame_size);
    fv.params_size = fn.params_size;
    fv.results_offset = fn.results_offset;
    fv.results_size = fn.results_size;
    fv.innermost = k + 1 == frames.size();
    if (k > 0 && valid_fn(mod, frames[k - 1].fn)) {
      const ir::Function& cf = mod.funcs[static_cast<size_t>(frames[k - 1].fn)];
      fv.returns_to = fmt::format("{} line {}", cf.name, frame_line(cf, frames[k - 1]));
    }
    for (const ir::VarInfo& var : fn.vars) {
      FrameSlot sl;
      sl.name = var.name;
      sl.offset = var.offset;
      sl.on_heap = var.on_heap;
      const bool typed = var.type >= 0 && static_cast<size_t>(var.type) < mod.types.size();
      sl.type = typed ? mod.types[static_cast<size_t>(var.type)].name : std::string("?");
      sl.size = var.on_heap || !typed ? 8 : static_cast<int32_t>(std::max<int64_t>(1, mod.types[static_cast<size_t>(var.type)].size));
      if (var.offset < fn.params_size) sl.kind = FrameSlot::Kind::kParam;
      else if (fn.results_size > 0 && var.offset >= fn.results_offset && var.offset < fn.results_offset + fn.results_size)
        sl.kind = FrameSlot::Kind::kResult;
      const uint64_t at = f.fp + static_cast<uint64_t>(var.offset);
      if (var.on_heap) {
        sl.heap_addr = md.mem.load(at, 8);
        if (sl.heap_addr != 0) sl.value = format_value(md.mem, mod, var.type, sl.heap_addr);
      } else {
        sl.value = format_value(md.mem, mod, var.type, at);
      }
      fv.slots.push_back(std::move(sl));
    }
    std::sort(fv.slots.begin(), fv.slots.end(), [](const FrameSlot& a, const FrameSlot& b) {
      return a.offset != b.offset ? a.offset > b.offset : a.name < b.name;
    });
    out.push_back(std::move(fv));
  }
  return out;
}

int32_t line_in_model(const Model& md, const ir::Module& mod, GIdx gi) {
  if (gi == kNoG || static_cast<size_t>(gi) >= md.allg.size()) return 0;
  const G& g = md.allg[static_cast<size_t>(gi)];
  if (g.system || g.status == GStatus::kDead || g.status == GStatus::kIdle) return 0;
  if (g.code.frames.empty()) {
    // No frames: either it has not started (runnable, on a queue) or its function returned.
    if (g.status != GStatus::kRunnable || !valid_fn(mod, g.code.entry)) return 0;
    return mod.funcs[static_cast<size_t>(g.code.entry)].pos.line;  // not started: its func line
  }
  const Frame& f = g.code.frames.back();
  if (!valid_fn(mod, f.fn)) return 0;
  return frame_line(mod.funcs[static_cast<size_t>(f.fn)], f);
}

}  // namespace gosim::interp
