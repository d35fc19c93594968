#include "visualizer/session/chan_view.h"

#include <algorithm>
#include <cstring>
#include <map>

#include <fmt/format.h>

#include "sim/interp/fmt_strconv.h"
#include "visualizer/i18n/ui_strings.h"
#include "visualizer/session/chan_made_name.h"
#include "visualizer/session/held_by.h"
#include "visualizer/session/session.h"
#include "visualizer/session/waiters.h"

namespace gosim::viz {

namespace {

uint64_t le(const std::string& b, size_t off, size_t n) {
  uint64_t v = 0;
  for (size_t i = 0; i < n && off + i < b.size(); ++i) v |= static_cast<uint64_t>(static_cast<unsigned char>(b[off + i])) << (8 * i);
  return v;
}

int64_t sign_extend(uint64_t v, size_t bytes) {
  if (bytes >= 8) return static_cast<int64_t>(v);
  const uint64_t sign = uint64_t{1} << (8 * bytes - 1);
  return static_cast<int64_t>((v ^ sign) - sign);
}

std::string hex_bytes(const std::string& b) {
  std::string out;
  for (size_t i = 0; i < b.size() && i < 16; ++i) out += fmt::format("{:02x}", static_cast<unsigned char>(b[i]));
  if (b.size() > 16) out += "…";
  return out;
}

// A Go string's text for a slot: quoted, control characters escaped, long ones cut (the
// panel elides again to the slot's width; the tooltip shows this whole text).
std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (size_t i = 0; i < s.size() && i < 64; ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '"' || c == '\\') out += fmt::format("\\{}", static_cast<char>(c));
    else if (c == '\n') out += "\\n";
    else if (c < 0x20 || c == 0x7f) out += fmt::format("\\x{:02x}", c);
    else out += static_cast<char>(c);
  }
  if (s.size() > 64) out += "…";
  return out + "\"";
}

// The channel the event at the cursor concerns: named by the event, or (a park, a wake-up)
// the one whose queue holds the event's goroutine.
uint64_t current_chan(const Session& s, const Model& md) {
  const Event* e = s.current();
  if (!e) return 0;
  if (const uint64_t c = event_chan(*e)) return c;
  if (e->kind != EventKind::kGoPark || e->g == 0) return 0;
  for (const auto& [addr, c] : md.chans) {
    for (const auto* q : {&c.sendq, &c.recvq}) {
      for (const Sudog& sg : *q) {
        if (sg.g != kNoG && md.allg[static_cast<size_t>(sg.g)].goid == e->g) return addr;
      }
    }
  }
  return 0;
}

}  // namespace

std::string time_chan_name(const Model& md, const std::map<uint64_t, HeldBy>& holders, uint64_t addr, const HChan& c) {
  using Maker = HChan::Maker;
  switch (c.made_by) {
    case Maker::kProgram: return "";
    case Maker::kTimeAfter: return tr(Str::kChanTimeAfter);
    case Maker::kTick: return tr(Str::kChanTimeTick);
    case Maker::kTimer:
    case Maker::kTicker: break;
  }
  for (const auto& [obj, ts] : md.timers) {
    if (ts.f != TimerFunc::kSendTime || ts.arg != addr) continue;
    if (const auto h = holders.find(obj); h != holders.end() && !h->second.short_name().empty()) return h->second.short_name() + ".C";
  }
  return tr(c.made_by == Maker::kTicker ? Str::kChanTickerC : Str::kChanTimerC);
}

std::string chan_elem_text(const Model& md, const ir::Module* mod, int32_t type, const std::string& b) {
  if (!mod || type < 0 || static_cast<size_t>(type) >= mod->types.size()) {
    if (!b.empty() && b.size() <= 8) return fmt::format("{}", le(b, 0, b.size()));
    return b.empty() ? "struct{}" : hex_bytes(b);
  }
  const ir::TypeDesc& t = mod->types[static_cast<size_t>(type)];
  using K = ir::TypeKind;
  switch (t.kind) {
    case K::kBool: return le(b, 0, 1) ? "true" : "false";
    case K::kInt: case K::kInt8: case K::kInt16: case K::kInt32: case K::kInt64:
      return fmt::format("{}", sign_extend(le(b, 0, b.size()), b.size()));
    case K::kUint: case K::kUint8: case K::kUint16: case K::kUint32: case K::kUint64: case K::kUintptr:
      return fmt::format("{}", le(b, 0, b.size()));
    case K::kFloat64: {
      const uint64_t bits = le(b, 0, 8);
      double d = 0;
      std::memcpy(&d, &bits, sizeof d);
      return fmt::format("{}", d);
    }
    case K::kFloat32: case K::kComplex64: case K::kComplex128: {
      // As Go's fmt prints them: shortest float32 digits, complex as (re+imi).
      const bool single = t.kind != K::kComplex128;
      const size_t w = single ? 4 : 8;
      if (b.size() < (t.kind == K::kFloat32 ? w : 2 * w)) return hex_bytes(b);
      auto part = [&](size_t at) {
        double d = 0;
        if (single) {
          const auto bits = static_cast<uint32_t>(le(b, at, 4));
          float f = 0;
          std::memcpy(&f, &bits, sizeof f);
          d = f;
        } else {
          const uint64_t bits = le(b, at, 8);
          std::memcpy(&d, &bits, sizeof d);
        }
        std::string out;
        gosim::interp::AppendFloat(out, d, 'g', -1, single ? 32 : 64);
        return out;
      };
      if (t.kind == K::kFloat32) return part(0);
      std::string im = part(w);
      if (im[0] != '-' && im[0] != '+') im.insert(0, "+");
      return "(" + part(0) + im + "i)";
    }
    case K::kString: {
      const uint64_t ptr = le(b, 0, 8), len = le(b, 8, 8);
      if (len == 0) return "\"\"";
      if (ptr == 0 || len > (1u << 20)) return hex_bytes(b);
      return quoted(md.mem.read_string(ptr, std::min<uint64_t>(len, 65)) + (len > 65 ? std::string("…") : ""));
    }
    case K::kPointer: case K::kChan: case K::kMap: case K::kFunc: case K::kUnsafePointer: {
      const uint64_t p = le(b, 0, 8);
      return p == 0 ? "nil" : fmt::format("{:#x}", p);
    }
    default: return b.empty() ? "{}" : hex_bytes(b);
  }
}

ChanView build_chan_view(const Session& s) {
  ChanView v;
  if (!s.loaded()) return v;
  const Model& md = s.model();
  const ir::Module* mod = s.module();
  const std::map<uint64_t, HeldBy> holders = mod ? held_by(md, *mod) : std::map<uint64_t, HeldBy>{};
  v.current = current_chan(s, md);
  for (const auto& [addr, c] : md.chans) {
    ChanRow r;
    r.addr = addr;
    int32_t elem = -1;
    if (const auto h = holders.find(addr); h != holders.end()) {
      r.names = h->second.names;
      r.name = h->second.short_name();
      elem = mod->types[static_cast<size_t>(h->second.type)].elem;
      if (mod && elem >= 0) r.elem_type = mod->types[static_cast<size_t>(elem)].name;
    } else if (const std::string timed = time_chan_name(md, holders, addr, c); !timed.empty()) {
      r.name = timed;
      r.elem_type = "time.Time";
    } else if (mod) {
      // No live frame variable holds it (gen's out, once gen returned): the variable its make
      // was assigned to, in the function that made it.
      const MadeName made = chan_made_name(*mod, c.made_fn, c.made_pc);
      r.name = made.name;
      if (!made.name.empty()) r.made_in = made.func;
      elem = made.elem_type;
      if (elem >= 0 && static_cast<size_t>(elem) < mod->types.size()) r.elem_type = mod->types[static_cast<size_t>(elem)].name;
    }
    r.elemsize = c.elemsize;
    r.cap = c.dataqsiz;
    r.count = static_cast<uint32_t>(c.buf.size());
    r.sendx = c.sendx;
    r.recvx = c.recvx;
    r.closed = c.closed;
    r.slots.resize(c.dataqsiz);
    // The buffered elements sit from recvx on, oldest first (Go: chanbuf(c, c.recvx)).
    for (size_t i = 0; i < c.buf.size() && c.dataqsiz > 0; ++i) {
      ChanSlot& slot = r.slots[(c.recvx + i) % c.dataqsiz];
      slot.full = true;
      slot.value = chan_elem_text(md, mod, elem, c.buf[i]);
    }
    for (const Sudog& sg : c.sendq) r.sendq.push_back({token_of(md, sg.g), sg.is_select, sg.case_index, chan_elem_text(md, mod, elem, sg.data)});
    for (const Sudog& sg : c.recvq) r.recvq.push_back({token_of(md, sg.g), sg.is_select, sg.case_index, ""});
    r.current = addr == v.current;
    v.chans.push_back(std::move(r));
  }
  // Two channels made as `out` (gen's and square's) are told apart by their maker.
  std::map<std::string, int> uses;
  for (const ChanRow& r : v.chans) ++uses[r.name];
  for (ChanRow& r : v.chans) {
    if (!r.made_in.empty() && uses[r.name] > 1) r.name = fmt::format("{} ({})", r.name, r.made_in);
  }
  return v;
}

}  // namespace gosim::viz
