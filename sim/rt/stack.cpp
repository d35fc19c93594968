// Go: runtime/stack.go newstack (its sizing rule), copystack, adjustpointers/adjustdefers/
// adjustctxt, shrinkstack; cmd/internal/obj/x86/obj6.go stacksplit (the prologue's check).
// The design notes are in stack.h.
#include "sim/rt/stack.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <stdexcept>

#include <fmt/format.h>

#include "sim/heap/heap.h"
#include "sim/i18n/catalog.h"

namespace gosim {

SplitCheck split_check_kind(int64_t framesize, bool leaf) {
  // Go: obj6.go preprocess marks a leaf with a frame under _StackSmall NOSPLIT: it cannot run
  // past the guard by more than _StackLimit, which the guard area reserves.
  if (leaf && framesize < static_cast<int64_t>(kStackSmall)) return SplitCheck::kNosplit;
  if (framesize <= static_cast<int64_t>(kStackSmall)) return SplitCheck::kSmall;
  if (framesize <= static_cast<int64_t>(kStackBig)) return SplitCheck::kLarge;
  return SplitCheck::kHuge;
}

const char* split_check_name(SplitCheck k) {
  switch (k) {
    case SplitCheck::kNosplit: return "nosplit (leaf, frame < 128): no check";
    case SplitCheck::kSmall: return "small frame (<= 128): SP <= stackguard0 -> morestack";
    case SplitCheck::kLarge: return "large frame (<= 4096): SP-(framesize-128) <= stackguard0 -> morestack";
    case SplitCheck::kHuge: return "huge frame (> 4096): wrap-around check, then SP-(framesize-128) <= stackguard0";
  }
  return "?";
}

bool stacksplit_fails(uint64_t sp, uint64_t guard, int64_t framesize, bool leaf) {
  switch (split_check_kind(framesize, leaf)) {
    case SplitCheck::kNosplit: return false;
    case SplitCheck::kSmall: return sp <= guard;  // CMPQ SP, 16(R14); JLS
    case SplitCheck::kLarge:
    case SplitCheck::kHuge: {
      const auto off = static_cast<uint64_t>(framesize) - kStackSmall;
      if (sp < off) return true;  // kHuge: SUBQ wrapped (JCS); kLarge cannot wrap in practice
      return sp - off <= guard;   // LEAQ/SUBQ, CMPQ, JLS
    }
  }
  return false;
}

uint64_t newstack_size(uint64_t oldsize, uint64_t used, int64_t framesize) {
  uint64_t newsize = oldsize * 2;
  // Go: "Make sure we grow at least as much as needed to fit the new frame."
  const uint64_t needed = static_cast<uint64_t>(std::max<int64_t>(framesize, 0)) + kStackGuard;
  while (newsize - used < needed) newsize *= 2;
  return newsize;
}

std::string stack_overflow_text(uint64_t limit, uint64_t sp, uint64_t lo, uint64_t hi) {
  return fmt::format("runtime: goroutine stack exceeds {}-byte limit\nruntime: sp={:#x} stack=[{:#x}, {:#x}]\n", limit,
                     sp, lo, hi);
}

namespace {

// Go: adjustpointer — one word, if it points into the old stack.
struct Adjuster {
  uint64_t lo, hi;
  int64_t delta;
  int64_t count = 0;
  bool in_old(uint64_t v) const { return v >= lo && v < hi; }
  uint64_t moved(uint64_t v) const { return static_cast<uint64_t>(static_cast<int64_t>(v) + delta); }
  void word(uint64_t& v) {
    if (!in_old(v)) return;
    v = moved(v);
    ++count;
  }
};

// gosim's address-keyed side tables (Go keeps this state inside the object's own memory, so it
// moves with the stack for free).
template <class Map>
void rekey(Map& m, const Adjuster& adj) {
  std::vector<uint64_t> keys;
  if constexpr (requires { m.lower_bound(adj.lo); }) {
    // Ordered: only the keys inside the old range (the GC may shrink many stacks per cycle).
    for (auto it = m.lower_bound(adj.lo); it != m.end() && it->first < adj.hi; ++it) keys.push_back(it->first);
  } else {
    for (const auto& kv : m) {
      if (adj.in_old(kv.first)) keys.push_back(kv.first);
    }
  }
  std::sort(keys.begin(), keys.end());
  for (uint64_t k : keys) {
    auto node = m.extract(k);
    node.key() = adj.moved(k);
    m.insert(std::move(node));
  }
}

}  // namespace

CopyStackResult copystack(Model& md, GIdx gi, uint64_t newsize, int32_t p, heap::EventOut out) {
  G& g = md.allg[static_cast<size_t>(gi)];
  GCode& c = g.code;
  if (c.stack_lo == 0) throw std::logic_error("copystack: nil stackbase");
  if (g.status == GStatus::kSyscall) throw std::logic_error("copystack: stack growth not allowed in system call");
  CopyStackResult r;
  r.old_lo = c.stack_lo;
  r.old_hi = c.stack_hi;
  const uint64_t sp = stack_sp(c);
  const uint64_t used = r.old_hi - sp;
  const GStatus was = g.status;
  g.status = GStatus::kCopystack;  // Go: casgstatus(gp, _Grunning, _Gcopystack): the GC keeps off

  r.new_lo = heap::stackalloc(md.heap, p, newsize, out).addr;
  r.new_hi = r.new_lo + newsize;
  Adjuster adj{r.old_lo, r.old_hi, static_cast<int64_t>(r.new_hi) - static_cast<int64_t>(r.old_hi)};

  // Go: memmove(new.hi-used, old.hi-used, used), then adjustframe over every frame. Without
  // stack maps, every word of the used part is a candidate.
  md.mem.copy(r.new_hi - used, sp, used);
  r.copied = used;
  for (uint64_t a = r.new_hi - used; a + 8 <= r.new_hi; a += 8) {
    uint64_t w = md.mem.load(a, 8);
    const int64_t before = adj.count;
    adj.word(w);
    if (adj.count != before) md.mem.store(a, w, 8);
  }
  // Go: adjustctxt, adjustdefers (fn, sp, varp, the argument block), adjustsudogs (none point
  // into a stack here: see stack.h).
  for (Frame& f : c.frames) {
    f.fp = adj.moved(f.fp);                     // Go: frames are found from SP; nothing to count
    if (adj.in_old(f.ret_to)) f.ret_to = adj.moved(f.ret_to);  // gosim's result slot in the caller
    adj.word(f.ctx);
  }
  for (DeferRec& d : c.defers) {
    adj.word(d.ctx);
    for (size_t i = 0; i + 8 <= d.args.size(); i += 8) {
      uint64_t w;
      std::memcpy(&w, d.args.data() + i, 8);
      const int64_t before = adj.count;
      adj.word(w);
      if (adj.count != before) std::memcpy(d.args.data() + i, &w, 8);
    }
  }
  adj.word(c.panic.value[1]);
  adj.word(c.net_results);
  adj.word(c.net_buf);
  rekey(md.syncs, adj);
  rekey(md.semtable, adj);
  r.adjusted = adj.count;

  c.stack_lo = r.new_lo;
  c.stack_hi = r.new_hi;
  if (out) {
    Event e;
    e.kind = EventKind::kCopyStack;
    e.p = p;
    e.g = g.goid;
    e.a = static_cast<int64_t>(r.old_lo);
    e.b = static_cast<int64_t>(r.new_lo);
    e.c = copystack_event_c(r);
    heap::emit(out, e);
  }
  heap::stackfree(md.heap, p, r.old_lo, r.old_hi - r.old_lo, out);  // Go: stackfree(old), last
  g.status = was;
  return r;
}

bool shrinkstack(Model& md, GIdx gi, int32_t p, heap::EventOut out) {
  const G& g = md.allg[static_cast<size_t>(gi)];
  const GCode& c = g.code;
  // Go: isShrinkStackSafe — never during a system call; a G without a stack has nothing to do.
  if (c.stack_lo == 0 || g.status == GStatus::kDead || g.status == GStatus::kSyscall) return false;
  const uint64_t oldsize = c.stack_hi - c.stack_lo;
  const uint64_t newsize = oldsize / 2;
  if (newsize < kStackMin) return false;  // Go: never below _FixedStack
  // Go: "only shrink the stack if gp is using less than a quarter of its current stack",
  // counting the guard space nosplit functions may use below SP.
  const uint64_t used = c.stack_hi - stack_sp(c) + kStackLimit;
  if (used >= oldsize / 4) return false;
  copystack(md, gi, newsize, p, out);
  return true;
}

int64_t copystack_event_c(const CopyStackResult& r) {
  const auto lg = [](uint64_t n) { return static_cast<int64_t>(std::countr_zero(n)); };
  const int64_t copied = static_cast<int64_t>(std::min<uint64_t>(r.copied, (uint64_t{1} << 30) - 1));
  const int64_t adjusted = std::min<int64_t>(r.adjusted, (int64_t{1} << 21) - 1);
  return lg(r.old_hi - r.old_lo) | lg(r.new_hi - r.new_lo) << 6 | copied << 12 | adjusted << 42;
}

CopyStackResult copystack_from_event(const Event& e) {
  CopyStackResult r;
  r.old_lo = static_cast<uint64_t>(e.a);
  r.new_lo = static_cast<uint64_t>(e.b);
  r.old_hi = r.old_lo + (uint64_t{1} << (e.c & 63));
  r.new_hi = r.new_lo + (uint64_t{1} << ((e.c >> 6) & 63));
  r.copied = static_cast<uint64_t>((e.c >> 12) & ((int64_t{1} << 30) - 1));
  r.adjusted = (e.c >> 42) & ((int64_t{1} << 21) - 1);
  return r;
}

std::string describe_stack_event(const Event& e, const std::string& fn_name, Lang lang) {
  using fmt::arg;
  using i18n::Msg;
  auto t = [&](Msg m, const auto&... args) { return i18n::tr(lang, m, args...); };
  const std::string g = fmt::format("G{}", e.g);
  if (e.kind == EventKind::kMorestack) {
    const auto sp = static_cast<uint64_t>(e.b), guard = static_cast<uint64_t>(e.c);
    const int64_t fs = morestack_framesize(e);
    const std::string where = sp > guard ? t(Msg::kSpAbove, arg("n", sp - guard)) : t(Msg::kSpBelow, arg("n", guard - sp));
    // The large-frame check wants framesize - _StackSmall bytes above the guard.
    const std::string want = fs <= static_cast<int64_t>(kStackSmall)
                                 ? t(Msg::kSmallFrameWants)
                                 : t(Msg::kLargeFrameWants, arg("n", fs - static_cast<int64_t>(kStackSmall)));
    return t(Msg::kMorestack, arg("g", g), arg("fn", fn_name), arg("size", fs), arg("sp", sp), arg("where", where),
             arg("guard", guard), arg("want", want));
  }
  const CopyStackResult r = copystack_from_event(e);
  const uint64_t oldsize = r.old_hi - r.old_lo, newsize = r.new_hi - r.new_lo;
  return t(newsize > oldsize ? Msg::kCopyStackGrows : Msg::kCopyStackShrinks, arg("g", g), arg("old_lo", r.old_lo),
           arg("old_hi", r.old_hi), arg("old_kib", oldsize / 1024), arg("new_lo", r.new_lo), arg("new_hi", r.new_hi),
           arg("new_kib", newsize / 1024), arg("copied", r.copied), arg("adjusted", r.adjusted));
}

}  // namespace gosim
