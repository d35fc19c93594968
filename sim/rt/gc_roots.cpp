// What the collector scans: roots and objects, found conservatively.
//
// Go scans precisely: stack maps say which stack slots hold pointers, the heap bitmap which
// words of an object do. gosim's interpreter keeps no per-word pointer maps, so it scans
// conservatively (docs/heap.md): every aligned word whose value lies inside the mapped heap is
// treated as a pointer and given to shade(), which ignores values that are not allocated
// objects. Pointer-free objects (noscan spans) are never scanned, exactly as in Go. A word that
// only looks like a pointer keeps an object alive one cycle longer; nothing reachable is missed.
//
// Some values live in the runtime model instead of simulated memory (a channel's buffered
// elements, the element a blocked sender offers, a request being handled): they are scanned with
// the object or goroutine that holds them.
#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "sim/rt/gc.h"
#include "sim/rt/machine.h"

namespace gosim {

namespace {

bool in_heap(const Model& md, uint64_t w) {
  return w >= kArenaBase && w < kArenaBase + md.heap.pages.mapped_pages * heap::kHeapPageSize;
}

void value_word(const Model& md, uint64_t w, std::vector<uint64_t>& out) {
  if (in_heap(md, w)) out.push_back(w);
}

// The words of bytes the model keeps outside simulated memory (a channel element, defer args).
void bytes_words(const Model& md, const std::string& s, std::vector<uint64_t>& out) {
  for (size_t i = 0; i + 8 <= s.size(); i += 8) {
    uint64_t w = 0;
    for (int k = 7; k >= 0; --k) w = (w << 8) | static_cast<uint8_t>(s[i + static_cast<size_t>(k)]);
    value_word(md, w, out);
  }
}

void request_words(const Model& md, const G& g, std::vector<uint64_t>& out) {
  const Request& r = g.req;
  if (r.kind != ReqKind::kNone) {
    value_word(md, static_cast<uint64_t>(r.a), out);
    value_word(md, static_cast<uint64_t>(r.b), out);
    value_word(md, static_cast<uint64_t>(r.c), out);
    bytes_words(md, r.text, out);
    for (const SelectCase& c : r.cases) {
      value_word(md, c.chan, out);
      bytes_words(md, c.data, out);
    }
  }
  bytes_words(md, g.chanres.data, out);
  for (uint64_t c : g.select_chans) value_word(md, c, out);
}

}  // namespace

void gc_words(const Model& md, uint64_t lo, uint64_t hi, std::vector<uint64_t>& out) {
  lo = (lo + 7) & ~uint64_t{7};
  std::array<uint64_t, 512> buf;
  while (lo + 8 <= hi) {
    const uint64_t n = std::min<uint64_t>((hi - lo) / 8, buf.size());
    md.mem.read(lo, buf.data(), n * 8);
    for (uint64_t i = 0; i < n; ++i) value_word(md, buf[i], out);
    lo += n * 8;
  }
}

// Go: mgcmark.go scanstack: the frames, then what hangs off the G (defer records, the panic).
heap::RootJob gc_stack_root(const Model& md, GIdx gi) {
  const G& g = md.allg[static_cast<size_t>(gi)];
  heap::RootJob job;
  job.kind = heap::RootKind::kStack;
  job.goid = g.goid;
  const GCode& c = g.code;
  if (!c.frames.empty()) {
    const uint64_t lo = c.frames.back().fp;
    job.scan_bytes = c.stack_hi - lo;
    gc_words(md, lo, c.stack_hi, job.pointers);
  }
  for (const Frame& f : c.frames) value_word(md, f.ctx, job.pointers);
  for (const DeferRec& d : c.defers) {
    value_word(md, d.ctx, job.pointers);
    bytes_words(md, d.args, job.pointers);
  }
  value_word(md, c.panic.value[0], job.pointers);
  value_word(md, c.panic.value[1], job.pointers);
  value_word(md, static_cast<uint64_t>(c.arg), job.pointers);  // a go statement's record, until it starts
  if (c.start_ctx != 0) value_word(md, c.start_ctx, job.pointers);  // AfterFunc's f, until it starts
  value_word(md, c.net_results, job.pointers);
  value_word(md, c.net_buf, job.pointers);
  // Go: gcBgMarkWorker's local `node`, live across its gopark: the only thing that keeps the
  // node reachable (the worker pool's lfstack does not).
  value_word(md, g.worker_node, job.pointers);
  request_words(md, g, job.pointers);
  return job;
}

// Go: mgcmark.go markrootBlock over the data and bss sections.
heap::RootJob gc_globals_root(const Machine& mc) {
  const Model& md = mc.model();
  heap::RootJob job;
  job.kind = heap::RootKind::kGlobals;
  const auto [addr, size] = mc.program().gc_globals();
  if (size > 0) {
    job.scan_bytes = size;
    gc_words(md, addr, addr + size, job.pointers);
  }
  // sync's allPools and oldPools (Go globals of package sync) hold the Pools and so their caches.
  for (uint64_t p : md.all_pools) value_word(md, p, job.pointers);
  for (uint64_t p : md.old_pools) value_word(md, p, job.pointers);
  value_word(md, md.all_pools_array, job.pointers);
  value_word(md, md.old_pools_array, job.pointers);
  // fmt's ppFree, a package variable of fmt (sim/interp/fmt_pool.cpp): its Pool fields (local,
  // victim) hold the per-P arrays and through them the pooled printers and their buffers.
  if (md.fmt_ppfree != 0) gc_words(md, md.fmt_ppfree, md.fmt_ppfree + 40, job.pointers);
  // The runtime's own globals: allgs (Go: proc.go `var allgs []*g`, in bss: its array keeps
  // every g object alive), and a time.After channel is held by its timer until it fires.
  // A mark worker's gcBgMarkWorkerNode is not a global: gcBgMarkWorkerPool is an lfstack, which
  // keeps no GC-visible pointer (lfstack.go), so the node lives through the worker's stack
  // (gc_stack_root), as in Go.
  value_word(md, md.allgs_ptr, job.pointers);
  // The start-up objects the runtime's and the natively modelled packages' globals hold (startup.cpp).
  for (uint64_t a : md.startup_roots) value_word(md, a, job.pointers);
  for (const P& pp : md.allp) {
    for (const Timer& t : pp.timers) {
      value_word(md, t.chan, job.pointers);
      // Go: p.timers points into a time.Timer/Ticker, which holds its channel or AfterFunc's f.
      if (t.obj != 0) {
        value_word(md, t.obj, job.pointers);
        value_word(md, md.timers.at(t.obj).arg, job.pointers);
      }
    }
  }
  return job;
}

void gc_runtime_side_pointers(const Model& md, std::vector<uint64_t>& out) {
  for (const auto& [addr, ch] : md.chans) {
    if (!heap::is_marked(md.heap, addr)) continue;  // an unreachable channel's contents stay dead
    for (const std::string& e : ch.buf) bytes_words(md, e, out);
    for (const Sudog& s : ch.sendq) bytes_words(md, s.data, out);
  }
  for (const G& g : md.allg) {
    if (g.status != GStatus::kDead) request_words(md, g, out);
  }
}

heap::PointerFinder gc_pointer_finder(const Model& md) {
  return [&md](uint64_t obj, uint64_t size, std::vector<uint64_t>& out) {
    gc_words(md, obj, obj + size, out);
    // Go: a channel's buffer is part of the hchan allocation; gosim keeps the elements aside.
    const auto it = md.chans.find(obj);
    if (it != md.chans.end()) {
      for (const std::string& e : it->second.buf) bytes_words(md, e, out);
      for (const Sudog& s : it->second.sendq) bytes_words(md, s.data, out);
    }
  };
}

// Marks everything reachable from the roots in a private set, then asks whether the collector
// marked the same objects (it may have marked more: black allocation, floating garbage).
std::string gc_check_reachable_marked(const Machine& mc) {
  const Model& md = mc.model();
  const heap::Heap& h = md.heap;
  std::vector<uint64_t> stack;
  {
    heap::RootJob g = gc_globals_root(mc);
    stack = std::move(g.pointers);
  }
  for (size_t i = 0; i < md.allg.size(); ++i) {
    if (md.allg[i].status == GStatus::kDead) continue;
    heap::RootJob j = gc_stack_root(md, static_cast<GIdx>(i));
    stack.insert(stack.end(), j.pointers.begin(), j.pointers.end());
  }
  gc_runtime_side_pointers(md, stack);
  std::vector<std::vector<uint64_t>> seen(h.spans.size());
  const heap::PointerFinder find = gc_pointer_finder(md);
  std::vector<uint64_t> ptrs;
  while (!stack.empty()) {
    const uint64_t p = stack.back();
    stack.pop_back();
    const heap::ObjectRef o = heap::findObject(h, p);
    if (o.span == heap::kNoSpan) continue;
    const heap::Span& s = h.spans[static_cast<size_t>(o.span)];
    if (heap::isFree(s, o.index)) continue;
    auto& bits = seen[static_cast<size_t>(o.span)];
    if (bits.empty()) bits.assign((s.nelems + 63) / 64, 0);
    if ((bits[o.index / 64] >> (o.index % 64)) & 1) continue;
    bits[o.index / 64] |= 1ull << (o.index % 64);
    if (heap::slot_colour(h, o.span, o.index) == heap::SlotColour::kWhite) {
      std::string msg = fmt::format("object {:#x} ({} bytes) is reachable but still white when marking ends: the "
                                    "sweep would free it", o.base, s.elemsize);
      // Whose write hid it: the latest unshaded write of a pointer to it (what-if barriers).
      const auto& w = h.gc.driver.unseenWrites;
      for (auto it = w.rbegin(); it != w.rend(); ++it) {
        const heap::ObjectRef nv = heap::findObject(h, (*it)[3]);
        const heap::ObjectRef ov = heap::findObject(h, (*it)[2]);
        const heap::ObjectRef slot = heap::findObject(h, (*it)[1]);
        if (nv.span != heap::kNoSpan && nv.base == o.base) {
          msg += fmt::format(". Goroutine {} stored the only pointer to it into object {:#x} after that object had "
                             "been scanned, and no barrier shaded it", (*it)[0], slot.base);
          break;
        }
        if (ov.span != heap::kNoSpan && ov.base == o.base) {
          msg += fmt::format(". Goroutine {} overwrote a pointer to it in object {:#x} and no barrier shaded the old "
                             "value", (*it)[0], slot.base);
          break;
        }
      }
      return msg;
    }
    if (heap::spanclass_noscan(s.spanclass)) continue;
    ptrs.clear();
    find(o.base, s.elemsize, ptrs);
    stack.insert(stack.end(), ptrs.begin(), ptrs.end());
  }
  return "";
}

}  // namespace gosim
