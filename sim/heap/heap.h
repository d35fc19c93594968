// The Go 1.19 allocator as plain data: mspan, mcache, mcentral, mheap, the page allocator and the
// stack pools.
//
// Go's allocator is a three-level cache (malloc.go's header comment):
//   mcache   one per P, no locks: for each span class, one span it allocates from.
//   mcentral one per span class: spans with free slots (partial) and without (full), each split
//            into swept and unswept sets so the sweeper and the allocator can share them.
//   mheap    the pages: 64 MiB arenas from 0xc000000000, a page allocator handing out runs of
//            8 KiB pages lowest address first, plus a small per-P page cache of 64 pages.
// An allocation tries the mcache's span; when it is full, mcache.refill asks mcentral.cacheSpan,
// which falls back to mcentral.grow, which asks mheap.alloc for pages. Objects over 32 KiB skip
// both caches and get a span of their own. Goroutine stacks come from the same pages, through
// stack.go's pools.
//
// gosim keeps every object in vectors and names them by index (a span is an int32 into
// Heap::spans, -1 for none), never by pointer, so copying a Heap is a checkpoint.
// What is simplified is listed in docs/heap.md.
#pragma once

#include <array>
#include <cstdint>
#include <deque>
#include <stdexcept>
#include <string>
#include <vector>

#include "sim/base/goaddr.h"
#include "sim/base/lang.h"
#include "sim/heap/mgc_state.h"
#include "sim/heap/sizeclasses.h"
#include "sim/trace/event.h"

namespace gosim::heap {

// A broken allocator invariant, named after the Go function that would throw() (e.g.
// "mcache.refill: span has no free space"). The caller ends the run with it as Go's fatal error.
struct HeapThrow : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The heap cannot grow: Go's mallocgc dies here with a fatal error, as gosim's run does.
//   kAddressSpace  mheap.grow's sysAlloc finds no room for the request in the 47-bit user
//                  address space of linux/amd64: Go prints "runtime: out of memory: cannot
//                  allocate N-byte block (M in use)", then throw("out of memory").
//   kHeapLimit     the address space is there but the memory is not: Go's sysMap gets ENOMEM
//                  from the kernel, throw("runtime: out of memory"). In gosim the machine's
//                  memory is Heap::max_heap_bytes (--max-heap-bytes), so the same program dies at
//                  the same size on every host, where Go's limit is the host's RAM and swap.
struct OutOfMemory : std::runtime_error {
  enum class Why : uint8_t { kAddressSpace, kHeapLimit };
  OutOfMemory(Why w, uint64_t ask_bytes, uint64_t in_use_bytes, uint64_t limit_bytes)
      : std::runtime_error("mheap.grow: out of memory"), why(w), ask(ask_bytes), in_use(in_use_bytes),
        limit(limit_bytes) {}
  Why why;
  uint64_t ask;     // the bytes mheap.grow asked for (whole 4 MiB palloc chunks)
  uint64_t in_use;  // heap bytes mapped before (Go: heapFree + heapReleased + heapInUse)
  uint64_t limit;   // Heap::max_heap_bytes
};

// Go: runtime/malloc.go maxAlloc on linux/amd64: 1 << heapAddrBits (48). makeslice, makechan,
// makemap and growslice compare sizes with it before they call mallocgc.
constexpr uint64_t kMaxAlloc = 1ull << 48;
// The end of the user address space on linux/amd64 (128 TiB): no arena can reach past it.
constexpr uint64_t kUserAddressEnd = 1ull << 47;

using SpanIdx = int32_t;  // index into Heap::spans; -1 is Go's nil (or &emptymspan in an mcache)
constexpr SpanIdx kNoSpan = -1;

constexpr uint64_t kHeapArenaBytes = 64ull << 20;                   // Go: heapArenaBytes
constexpr uint64_t kPagesPerArena = kHeapArenaBytes / kHeapPageSize;  // 8192
constexpr uint64_t kPallocChunkPages = 512;                         // Go: pallocChunkPages (4 MiB)
constexpr uint64_t kPageCachePages = 64;                            // Go: pageCachePages
static_assert(kHeapPageSize == kPageSize, "heap pages are the simulated memory's pages");

// Go: runtime/mheap.go mSpanState. Who owns a span's pages.
enum class SpanState : uint8_t {
  kDead,    // mSpanDead: the span record is unused; its pages (if any) belong to the page allocator
  kInUse,   // mSpanInUse: a heap span; its objects are GC'd and swept
  kManual,  // mSpanManual: stack memory, managed by stack.go by hand, never swept
};

// Go: runtime/mheap.go spanAllocType.
enum class SpanUse : uint8_t { kHeap, kStack };

// Go: runtime/mheap.go mspan.
struct Span {
  uint64_t startAddr = 0;
  uint64_t npages = 0;
  SpanClass spanclass = 0;
  SpanState state = SpanState::kDead;
  bool needzero = false;  // the span's memory may hold old data (Go: mspan.needzero)
  uint64_t elemsize = 0;
  uint64_t limit = 0;     // end of the last object (Go: mspan.limit)
  uint32_t nelems = 0;
  // Slots below freeindex are allocated; at or above it, a clear allocBits bit means free.
  uint32_t freeindex = 0;
  uint32_t allocCount = 0;
  uint32_t allocCountBeforeCache = 0;  // allocCount when an mcache took the span (for stats)
  // sweepgen relative to mheap.sweepgen (sg): sg-2 needs sweeping, sg-1 being swept, sg swept,
  // sg+1 cached before the sweep began (needs sweeping), sg+3 swept and cached.
  uint32_t sweepgen = 0;
  std::vector<uint64_t> allocBits;   // one bit per slot, the state at the last sweep
  std::vector<uint64_t> gcmarkBits;  // one bit per slot, set by the GC's mark phase
  std::vector<uint64_t> greyBits;    // marked but not yet scanned (gosim's stand-in for the work queue)
  // Stack spans only: the free stacks of a pool span, head at the back (Go: manualFreeList).
  std::vector<uint64_t> manualFreeList;

  uint64_t base() const { return startAddr; }
  uint64_t end() const { return startAddr + npages * kHeapPageSize; }
};

// Go: runtime/mpagecache.go pageCache: a 64-page aligned block a P took from the page allocator.
struct PageCache {
  uint64_t base_page = 0;  // page number (from kArenaBase) of the block's first page
  uint64_t cache = 0;      // bit i set: page base_page+i is free in this cache
  bool empty() const { return cache == 0; }
};

// Go: runtime/mpagealloc.go pageAlloc, reduced to a bitmap: the radix tree of summaries in Go
// only speeds up the same answer, the lowest-addressed run of free pages.
struct PageAlloc {
  std::vector<uint64_t> inuse;  // bit per page from kArenaBase; set = allocated or in a page cache
  uint64_t mapped_pages = 0;    // pages the heap has grown into (all below are usable)
  uint64_t search_page = 0;     // no free page lies below this (Go: searchAddr)
};

// One stack free list in an mcache (Go: stackfreelist).
struct StackFreeList {
  std::vector<uint64_t> list;  // head at the back
  uint64_t size = 0;           // total bytes in list
};

constexpr int kNumStackOrders = 4;        // Go: _NumStackOrders on linux (2K, 4K, 8K, 16K)
constexpr uint64_t kFixedStack = 2048;    // Go: _FixedStack
constexpr uint64_t kStackCacheSize = 32768;  // Go: _StackCacheSize

// Go: runtime/mcache.go mcache.
struct MCache {
  std::array<SpanIdx, kNumSpanClasses> alloc;  // kNoSpan stands for &emptymspan
  uint64_t tiny = 0;        // the current 16-byte tiny block, 0 if none
  uint64_t tinyoffset = 0;  // bytes of it used
  uint64_t tinyAllocs = 0;  // allocations that fitted into an existing tiny block
  std::array<StackFreeList, kNumStackOrders> stackcache;
  MCache() { alloc.fill(kNoSpan); }
};

// Go: runtime/mcentral.go mcentral. partial/full [2] are indexed by sweepgen/2 % 2, as Go does, so
// bumping sweepgen by 2 turns the swept sets into the unswept ones without moving anything.
// A deque because Go's spanSet pops from the head (oldest first).
struct MCentral {
  std::array<std::deque<SpanIdx>, 2> partial;
  std::array<std::deque<SpanIdx>, 2> full;
};

// The counters runtime.ReadMemStats reads (Go: mstats.go heapStatsDelta and friends).
struct HeapCounters {
  std::array<uint64_t, kNumSizeClasses> smallAllocCount{};  // flushed from mcaches at refill/releaseAll
  std::array<uint64_t, kNumSizeClasses> smallFreeCount{};
  uint64_t largeAlloc = 0, largeAllocCount = 0, largeFree = 0, largeFreeCount = 0;
  uint64_t tinyAllocCount = 0;
  uint64_t inHeap = 0;    // bytes in kInUse spans (HeapInuse)
  uint64_t inStacks = 0;  // bytes in kManual spans (StackInuse)
  uint64_t mapped = 0;    // bytes the heap grew into (HeapSys + StackInuse)
  // Go: gcControllerState.heapLive: bytes the pacer sees as in use. A span counts whole as soon
  // as an mcache takes it (its free slots will be allocated), and its unused rest is taken off
  // when the mcache gives it back; the GC resets it to the marked heap at mark termination.
  uint64_t heapLive = 0;
  // Left for the GC (issue 6, collector half); present so MemStats has the fields.
  uint32_t numGC = 0;
  uint64_t nextGC = 4 << 20;  // Go's heap goal before the first cycle with GOGC=100 (heapminimum)
  uint64_t pauseTotalNs = 0;
};

// Where the pages' bytes live (sim/rt Memory): freeSpan tells it a run of pages is free, so the
// host memory behind them can go (Go's pages stay mapped until the scavenger returns them; gosim
// returns them at once, so its host memory follows the heap in use, not the heap's peak).
class PageBacking {
 public:
  virtual ~PageBacking() = default;
  virtual void release(uint64_t addr, uint64_t n) = 0;
};
// A non-owning pointer that a copy of the Heap (a checkpoint) does not take along: only the live
// heap may release the live memory's pages.
struct BackingRef {
  PageBacking* p = nullptr;
  BackingRef() = default;
  BackingRef(const BackingRef&) {}
  BackingRef& operator=(const BackingRef&) { return *this; }
};

struct Heap {
  explicit Heap(int32_t nprocs = 1, uint64_t zerobase = 0);

  std::vector<Span> spans;              // Go: mheap.spanalloc; dead records are reused
  std::vector<SpanIdx> free_span_records;  // LIFO, like fixalloc's free list
  std::vector<SpanIdx> page_span;       // span owning each mapped page, kNoSpan when free (Go: heapArena.spans)
  std::vector<uint64_t> zeroedBase;     // per arena: pages at or above have never been used (Go: heapArena.zeroedBase)
  PageAlloc pages;
  std::array<MCentral, kNumSpanClasses> central;
  std::vector<MCache> mcaches;          // one per P
  std::vector<PageCache> pcache;        // one per P (Go: p.pcache)
  uint32_t sweepgen = 0;                // Go: mheap.sweepgen (starts at 0; +2 per GC cycle)
  int32_t sweep_central_index = 0;      // next sweep class for sweepone (Go: sweep.centralIndex)
  bool sweepdone = true;
  bool gc_marking = false;              // allocate black while the GC marks (Go: gcphase != _GCoff)
  // Go: runtime/stack.go stackpool and stackLarge: spans with free stacks, front at index 0.
  std::array<std::vector<SpanIdx>, kNumStackOrders> stackpool;
  std::vector<std::vector<SpanIdx>> stackLarge;  // by log2(npages)
  HeapCounters stats;
  GCState gc;  // the collector (issue 6): pacer, grey queue, cycle times; see sim/heap/mgc.h
  uint64_t zerobase = 0;  // where zero-size allocations point (Go: runtime.zerobase)
  // How far the heap (heap and stack spans) may grow, in bytes: the simulated machine's memory.
  // Growing past it throws OutOfMemory (kHeapLimit). Config::limits.max_heap_bytes sets it.
  uint64_t max_heap_bytes = ~uint64_t{0};
  BackingRef backing;  // set by the runtime on its live heap; none in tests and checkpoints
};

// Which level of the allocator produced an object.
enum class AllocLevel : uint8_t {
  kZero,      // size 0: &zerobase, nothing allocated
  kTiny,      // fitted into the P's current 16-byte tiny block
  kMcache,    // a free slot in the span the P's mcache already had
  kMcentral,  // the mcache span was full; mcache.refill got a span with room from mcentral
  kMheap,     // mcentral had none either; mcentral.grow took fresh pages from mheap
  kLarge,     // > 32 KiB: a span of its own straight from mheap (mcache.allocLarge)
};
const char* alloc_level_name(AllocLevel l);

// What mallocgc did, as plain data.
struct MallocResult {
  uint64_t addr = 0;
  uint64_t requested = 0;  // the size asked for
  uint64_t size = 0;       // bytes the object takes: class size, 16 for a tiny block, pages for large
  int sizeclass = 0;
  SpanClass spanclass = 0;
  SpanIdx span = kNoSpan;
  uint64_t span_base = 0;
  uint32_t obj_index = 0;  // slot in the span (the tiny block's slot for tiny allocations)
  AllocLevel level = AllocLevel::kZero;
  bool needzero = false;   // the memory may hold old bytes; the caller must clear it if asked to
};

// Where the allocator's and collector's events go. The runtime passes a sink that emits each
// event into the trace the instant it happens (so the state a learner sees at it is the state
// of that instant: every event is a pause point); tests pass a vector that collects them.
// seq, time, m and g are left for the receiver to fill.
class EventSink {
 public:
  virtual ~EventSink() = default;
  virtual void put(const Event& e) = 0;
};
struct EventOut {
  EventOut() = default;
  EventOut(std::nullptr_t) {}                                // NOLINT: "no events wanted"
  EventOut(std::vector<Event>* v) : vec(v) {}                // NOLINT: collect (tests)
  EventOut(EventSink* s) : sink(s) {}                        // NOLINT: emit on the spot
  explicit operator bool() const { return vec != nullptr || sink != nullptr; }
  std::vector<Event>* vec = nullptr;
  EventSink* sink = nullptr;
};
void emit(EventOut out, EventKind kind, int32_t p, int64_t a, int64_t b, int64_t c);
void emit(EventOut out, const Event& e);

// [SECTION] malloc.go
// Go: runtime/malloc.go mallocgc. `p` is the P allocating (its mcache); has_pointers is
// typ.ptrdata != 0 (noscan otherwise).
// why: the AllocWhy code the event carries, so its sentence can name the Go operation.
MallocResult mallocgc(Heap& h, int32_t p, uint64_t size, bool has_pointers, bool needzero, EventOut out = nullptr,
                      int why = 0);
// Why the program allocated: the runtime path that called mallocgc (a kMalloc event's c, bits
// 16-23). kUnknown for allocations whose sentence needs no reason (make, new, append, ...).
enum class AllocWhy : uint8_t {
  kUnknown,
  kConvT16, kConvT32, kConvT64,  // Go: runtime/iface.go convT16/32/64, a value of 256 or more
  kConvTstring,                  // convTstring: a non-empty string
  kConvTslice,                   // convTslice: a non-nil slice
  kConvT, kConvTnoptr,           // convT / convTnoptr: any other value that escapes
  // Go: runtime/map.go.
  kMakemap,                      // makemap/makemap_small: the hmap of a map that escapes
  kMapBucket,                    // mapassign: the first bucket of a map made without one
  kMakeBucketArray,              // makeBucketArray: the buckets of makemap's hint or of hashGrow
  kNewoverflow,                  // newoverflow: an overflow bucket (no preallocated one left)
  kMapextra,                     // new(mapextra)
  kMapOverflowList,              // the extra.overflow slice of a pointer-free map, or its growth
  kMapIndirect,                  // a key or elem over 128 bytes, stored by pointer
  // Go: fmt/print.go newPrinter over sync/pool.go (interp/fmt_pool.cpp).
  kPoolAllPools,                 // pinSlow: allPools = append(allPools, p)
  kPoolLocal,                    // pinSlow: make([]poolLocal, GOMAXPROCS)
  kFmtPrinter,                   // ppFree.New: new(pp)
  kFmtBuffer,                    // the printer's buffer growing
  // Go: runtime/proc.go, mgc.go: the runtime's own objects (sim/rt/proc.cpp, gc.cpp).
  kMalg,                         // malg: new(g) for a goroutine no dead G could be reused for
  kAllgadd,                      // allgadd: allgs = append(allgs, gp) grows the slice
  kGcBgMarkWorkerNode,           // gcBgMarkWorker: new(gcBgMarkWorkerNode) as a mark worker starts
  kPoolChain,                    // sync poolChain.pushHead: a ring of fmt's printer pool's shared chain
  // Go: the runtime's start-up before main.main (sim/rt/startup.cpp, part startup18).
  kCpuinitGodebug,               // proc.go cpuinit: gostring of the GODEBUG variable for internal/cpu
  kCpuOptions,                   // internal/cpu doinit: the options slice and its appends
  kMpreinitGsignal,              // os_linux.go mpreinit: the M's gsignal g (malg(32 KiB))
  kModulesinit,                  // symtab.go modulesinit: new([]*moduledata) and its append
  kGoargs,                       // runtime1.go goargs: argslice
  kGoenvs,                       // runtime1.go goenvs_unix: envs
  kGoenvsString,                 // goenvs_unix: gostring of one variable
  kProcresizeAllp,               // proc.go procresize: allp
  kProcresizeMask,               // procresize: idlepMask / timerpMask
  kNewP,                         // procresize: new(p)
  kStealOrder,                   // proc.go randomOrder.reset: stealOrder's coprimes
  kAllocm,                       // proc.go allocm: new(m)
  kAllocmG0,                     // allocm: the M's g0 (malg(16 KiB))
  kGcenableChan,                 // mgc.go gcenable: c := make(chan int, 2)
  kGcenableClosure,              // gcenable: the funcval of go bgsweep(c) / go bgscavenge(c)
  kAcquireSudog,                 // proc.go acquireSudog: new(sudog) as main waits in gcenable
  kScavengerTimer,               // mgcscavenge.go scavengerState.init: new(timer)
  kMainInitDone,                 // proc.go runtime.main: main_init_done = make(chan bool)
  kInitErrorsNew,                // a package's init: errors.New for a package-level error
  kSyncExpunged,                 // sync/map.go: expunged = unsafe.Pointer(new(any))
  kSyscallEnvs,                  // syscall.init: envs = runtime_envs(), a copy of the runtime's envs
  kNewFile,                      // os.init: NewFile for Stdin, Stdout, Stderr
  kOsArgs,                       // os.init.0: Args = runtime_args(), a copy of argslice
};
const char* alloc_why_phrase(AllocWhy w);  // "" for kUnknown
// Why an operation that could allocate did not (a kNoAlloc event's a: the reason, plus `sub`
// << 8: the convT's size in bytes, or for kTmpBuf which runtime function used the buffer).
enum class NoAllocWhy : uint8_t {
  kStaticUint64s,  // Go: iface.go convT16/32/64: a value below 256 points into staticuint64s
  kStaticByte,     // walk/convert.go dataWord: a bool or one-byte value is &staticuint64s[v], no call
  kZeroValString,  // convTstring: "" points at zeroVal
  kZeroValSlice,   // convTslice: a nil slice points at zeroVal
  kTmpBuf,         // string.go: the result fits the caller's 32-byte stack buffer (tmpBuf)
};
enum class TmpBufFn : uint8_t { kConcatstrings, kSlicebytetostring, kStringtoslicebyte, kSlicerunetostring,
                                kStringtoslicerune, kIntstring };
// sim/trace/event.cpp no_alloc_decider names the deciding Go function from these numbers.
static_assert(static_cast<int>(NoAllocWhy::kStaticUint64s) == 0 && static_cast<int>(NoAllocWhy::kStaticByte) == 1 &&
              static_cast<int>(NoAllocWhy::kZeroValString) == 2 && static_cast<int>(NoAllocWhy::kZeroValSlice) == 3 &&
              static_cast<int>(NoAllocWhy::kTmpBuf) == 4 && static_cast<int>(TmpBufFn::kIntstring) == 5);
// Packs a MallocResult's class and level (and the reason) into a kMalloc event's c argument.
inline int64_t malloc_event_c(SpanClass spc, AllocLevel l, int why = 0) {
  return spc | (static_cast<int64_t>(l) << 8) | (static_cast<int64_t>(why) << 16);
}
inline AllocLevel malloc_event_level(int64_t c) { return static_cast<AllocLevel>((c >> 8) & 0xff); }
inline AllocWhy malloc_event_why(int64_t c) { return static_cast<AllocWhy>((c >> 16) & 0xff); }

// [SECTION] mcache.go
bool refill(Heap& h, int32_t p, SpanClass spc, EventOut out);  // true when mcentral had to grow
void releaseAll(Heap& h, int32_t p, EventOut out);
void flushallmcaches(Heap& h, EventOut out);
// Go: runtime/proc.go procresize: add or drop Ps (dropped Ps flush their caches first).
void procresize(Heap& h, int32_t nprocs, EventOut out);

// [SECTION] mcentral.go
// `from` (0..3) says where the span came from: the kCacheSpan event's c, emitted by refill
// once the span is in the mcache.
SpanIdx cacheSpan(Heap& h, int32_t p, SpanClass spc, int* from, EventOut out);
void uncacheSpan(Heap& h, SpanIdx s, EventOut out);
SpanIdx mcentral_grow(Heap& h, int32_t p, SpanClass spc, EventOut out);
std::deque<SpanIdx>& partialSwept(Heap& h, SpanClass spc);
std::deque<SpanIdx>& partialUnswept(Heap& h, SpanClass spc);
std::deque<SpanIdx>& fullSwept(Heap& h, SpanClass spc);
std::deque<SpanIdx>& fullUnswept(Heap& h, SpanClass spc);

// [SECTION] mheap.go
SpanIdx allocSpan(Heap& h, int32_t p, uint64_t npages, SpanUse use, SpanClass spc, EventOut out);
void freeSpan(Heap& h, SpanIdx s, EventOut out);  // heap and stack spans alike
SpanIdx spanOf(const Heap& h, uint64_t addr);     // kNoSpan unless addr is in an in-use or stack span
// Go: runtime/mbitmap.go findObject: the object containing addr.
struct ObjectRef {
  SpanIdx span = kNoSpan;
  uint64_t base = 0;
  uint32_t index = 0;
};
ObjectRef findObject(const Heap& h, uint64_t addr);  // span kNoSpan if addr is not in a heap object
// Live spans (heap and stack) lowest address first, for a heap panel.
std::vector<SpanIdx> spans_in_address_order(const Heap& h);
// Where each span record stands in the allocator's caches, for views (indexed like Heap::spans):
// the P whose mcache allocates from it, the mcentral set that lists it, and whether it is swept
// this cycle (sweepgen == mheap.sweepgen, or +3: swept and cached).
struct SpanPlace {
  int32_t cached_by = -1;
  enum class Set : uint8_t { kNone, kPartial, kFull } set = Set::kNone;
  bool swept = true;
};
std::vector<SpanPlace> span_places(const Heap& h);

// [SECTION] mgcsweep.go and mark bits
enum class SlotColour : uint8_t { kFree, kWhite, kGrey, kBlack };
const char* slot_colour_name(SlotColour c);
bool isFree(const Span& s, uint32_t index);  // Go: mspan.isFree
SlotColour slot_colour(const Heap& h, SpanIdx s, uint32_t index);
std::vector<SlotColour> span_colours(const Heap& h, SpanIdx s);  // every slot, for a heap panel
bool greyobject(Heap& h, uint64_t addr);  // set mark + grey; false if already marked or not an object
void blacken(Heap& h, uint64_t addr);     // scanned: grey -> black
bool is_marked(const Heap& h, uint64_t addr);
// The base of the white (allocated, unmarked) object containing addr, or 0: what greyobject
// would grey. Lets an outer event announce what its shades will do before they happen.
uint64_t white_object(const Heap& h, uint64_t addr);
// How many distinct white objects `ptrs` point into.
uint64_t count_white(const Heap& h, const std::vector<uint64_t>& ptrs);
// The sweep-termination step of gcMarkTermination + gcSweep: sweepgen += 2, every mcache
// flushed (mcache.prepareForSweep), every in-use span now unswept.
void start_sweep_cycle(Heap& h, EventOut out);
// Go: runtime/mgc.go finishsweep_m: sweep every span left from the last cycle (gcStart does this
// before marking may begin, so mark bits never meet unswept spans).
void finishsweep_m(Heap& h, EventOut out);
// Go: runtime/mgcsweep.go sweepone: sweep the next unswept span; kNoSpan when none is left.
SpanIdx sweepone(Heap& h, EventOut out);
// Go: (*sweepLocked).sweep. preserve: called from cacheSpan, keep the span out of the sets.
bool sweep_span(Heap& h, SpanIdx s, bool preserve, EventOut out);  // true if freed to the heap

// [SECTION] stack.go
enum class StackFrom : uint8_t { kCache, kPool, kLargeFree, kMheap };
struct StackResult {
  uint64_t addr = 0;
  uint64_t size = 0;
  StackFrom from = StackFrom::kCache;
  SpanIdx span = kNoSpan;
};
// n is a power of two >= 2048. p < 0: no P (stackpool directly, as Go does without an mcache).
StackResult stackalloc(Heap& h, int32_t p, uint64_t n, EventOut out = nullptr);
void stackfree(Heap& h, int32_t p, uint64_t addr, uint64_t n, EventOut out = nullptr);

// [SECTION] mstats.go
// Go: runtime.MemStats, the fields gosim can compute from the model.
struct MemStats {
  uint64_t Alloc = 0, TotalAlloc = 0, Sys = 0, Mallocs = 0, Frees = 0;
  uint64_t HeapAlloc = 0, HeapSys = 0, HeapIdle = 0, HeapInuse = 0, HeapReleased = 0, HeapObjects = 0;
  uint64_t StackInuse = 0, StackSys = 0;
  uint64_t NextGC = 0, PauseTotalNs = 0;
  uint32_t NumGC = 0;
};
// Go: runtime.ReadMemStats: flushes every mcache first (which changes what the next
// allocation does, as in Go), then reads the counters.
MemStats ReadMemStats(Heap& h, EventOut out = nullptr);
// The same figures without flushing: for panels that must not disturb the model.
MemStats memstats_snapshot(const Heap& h);

// Every structure agrees with the others (page map, spans, sets, counters); "" when consistent,
// else the first violation as "function: what is wrong".
std::string heap_invariants(const Heap& h);

// A sentence for each allocator event kind, for Machine::describe.
std::string describe_heap_event(const Event& e, Lang lang = Lang::kEn);

}  // namespace gosim::heap
