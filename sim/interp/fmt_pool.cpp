// fmt's printer pool as Go 1.19 runs it (Go: fmt/print.go newPrinter and (*pp).free over
// `var ppFree = sync.Pool{New: func() any { return new(pp) }}`).
//
// What Go does: every Print/Sprint/Fprint/Errorf call takes a *pp from ppFree and puts it back
// when done, so only the first call allocates the printer (200 bytes: size class 208) and its
// buffer (p.buf, a []byte) grows only when an output is longer than any before. free drops a
// printer whose buffer grew past 64 KiB instead of putting it back. ppFree is an ordinary
// sync.Pool: the first Get or Put after program start, and the first after each GC, runs
// pinSlow (allPools = append(allPools, p), make([]poolLocal, GOMAXPROCS)); clearpools at every
// gcStart moves its per-P caches to the victim cache, so a printer survives one GC in the pool
// and is dropped by the second.
//
// gosim runs ppFree through the same sync.Pool model as the program's own Pools (lib_pool.cpp,
// sim/rt/mgc_pools.cpp): the Pool's fields live in fmt's package data (a page of gosim's, the
// GC scans it with the globals), the printers and their buffers are heap objects the pool holds,
// and the collector sees them. Simplifications: gosim's printer is native code, so the pp's words
// other than buf and fmt.buf stay zero; the buffer grows piece by piece as Go's appends do
// (pp_grow), but after the text is formatted rather than between its pieces; the output's bytes
// are not copied into the buffer.
#include "sim/heap/heap.h"
#include "sim/heap/sizeclasses.h"
#include "sim/interp/exec.h"
#include "sim/interp/fmt_format.h"

namespace gosim::interp {

namespace {
// fmt's package variables (no Go address: gosim's page for them). ppFree is a sync.Pool:
// local @0, localSize @8, victim @16, victimSize @24, New @32 (sim/interp/lib_pool.cpp).
const uint64_t kFmtPage = scratch_page(-4);
constexpr uint64_t kPpFree = 0;
constexpr uint64_t kGetResult = 64;  // Get's result, an eface (gosim's scratch)
// The eface type word of *fmt.pp. gosim's module has no fmt.pp type: the word is this page's
// address, outside the heap, so the collector and the viewers never read it as a pointer.
constexpr uint64_t kPpTypeWord = 128;
constexpr uint64_t kPpSize = 200;     // Go: unsafe.Sizeof(fmt.pp{}) on amd64
constexpr uint64_t kPpFmtBuf = 64;    // Go: pp.fmt.buf (fmt.init(&p.buf) points it at p.buf)
constexpr uint64_t kMaxPooledBuf = 64 << 10;
}  // namespace

// Go: newPrinter: p := ppFree.Get().(*pp); p.fmt.init(&p.buf). Returns the printer's address.
uint64_t Exec::pp_get() {
  Model& m = mc_.mutable_model();
  const uint64_t pool = kFmtPage + kPpFree;
  m.fmt_ppfree = pool;
  const uint64_t l = pool_pin(pool);
  const uint64_t x = kFmtPage + kGetResult;
  st8(x, 0), st8(x + 8, 0);
  if (ld8(l) != 0) {  // x := l.private; l.private = nil
    mem_.copy(x, l, 16);
    pool_store(l, 0);
    pool_store(l + 8, 0);
  } else if (!pool_chain_pop_head(l + 16, x)) {
    pool_get_slow(pool, static_cast<uint64_t>(current_p()), x);
  }
  uint64_t pp = ld8(x + 8);
  if (pp == 0) pp = alloc(kPpSize, true, heap::AllocWhy::kFmtPrinter);  // Go: ppFree.New: new(pp)
  pool_store(pp + kPpFmtBuf, pp);  // p.fmt.init(&p.buf): buf is pp's first field
  return pp;
}

// Go: the printer's buffer (p.buf) growing as the pieces of one output are appended (pieces:
// the length after each, FmtBuffer): an append past the capacity runs growslice (doubling below
// 256 bytes, then by a quarter plus 192, rounded up to a size class); writePadding makes a new
// buffer of cap*2+n itself. Each new array replaces the old one in the pp.
void Exec::pp_grow(uint64_t pp, const std::vector<uint64_t>& pieces, uint64_t len) {
  uint64_t cap = ld8(pp + 16);
  uint64_t prev = ld8(pp + 8);
  const auto grow = [&](uint64_t newcap, uint64_t bytes) {
    const uint64_t arr = alloc(bytes, false, heap::AllocWhy::kFmtBuffer);
    pool_store(pp, arr);
    cap = newcap;
  };
  // Text not recorded piece by piece grows once to its length.
  const std::vector<uint64_t> whole{len};
  for (uint64_t piece : pieces.empty() ? whole : pieces) {
    const uint64_t want = piece & ~FmtBuffer::kPadding;
    if (want > cap) {
      if ((piece & FmtBuffer::kPadding) != 0) {
        // Go: format.go writePadding: buf = make(buffer, cap(buf)*2+n).
        const uint64_t n = want - prev;
        grow(cap * 2 + n, cap * 2 + n);
      } else {
        // Go: growslice(cap = want).
        uint64_t newcap = cap;
        if (want > 2 * newcap) {
          newcap = want;
        } else if (newcap < 256) {
          newcap *= 2;
        } else {
          while (newcap < want) newcap += (newcap + 3 * 256) / 4;
        }
        newcap = heap::roundupsize(newcap);
        grow(newcap, newcap);
      }
    }
    prev = want;
  }
  st8(pp + 16, cap);
  st8(pp + 8, len);
}

// Go: (*pp).free: a printer whose buffer grew past 64 KiB is dropped (garbage for the next GC);
// any other has its buffer emptied and goes back to ppFree (Put).
void Exec::pp_free(uint64_t pp) {
  if (ld8(pp + 16) > kMaxPooledBuf) return;
  st8(pp + 8, 0);  // p.buf = p.buf[:0]
  const uint64_t l = pool_pin(kFmtPage + kPpFree);
  const uint64_t eface = kFmtPage + kGetResult;
  st8(eface, kFmtPage + kPpTypeWord);
  st8(eface + 8, pp);
  if (ld8(l) == 0) {  // l.private = x
    write_barrier(l, eface, 16);
    mem_.copy(l, eface, 16);
  } else {  // l.shared.pushHead(x)
    pool_push_head(l + 16, eface);
  }
}

}  // namespace gosim::interp
