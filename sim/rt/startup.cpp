// What Go 1.19 allocates before main.main (startup.h). The list and every size come from real
// Go 1.19.8 on linux/amd64 (gdb on runtime.mallocgc, GOMAXPROCS=1, docs/heap.md): the types'
// unsafe.Sizeof (g 392, m 1008, p 8912, sudog 88, timer 72, hchan 96) and the calls' order.
#include "sim/rt/startup.h"

#include <algorithm>
#include <set>

#include "sim/heap/heap.h"
#include "sim/heap/sizeclasses.h"
#include "sim/rt/emit.h"

namespace gosim {
namespace {

using heap::AllocWhy;

// Go: runtime2.go — unsafe.Sizeof on linux/amd64, Go 1.19.
constexpr uint64_t kSizeofG = 392;
constexpr uint64_t kSizeofM = 1008;
constexpr uint64_t kSizeofP = 8912;
constexpr uint64_t kSizeofSudog = 88;
constexpr uint64_t kSizeofTimer = 72;
constexpr uint64_t kHchanSize = 96;
constexpr uint64_t kSizeofErrorString = 16;  // errors.errorString{s string}
constexpr uint64_t kSizeofHmap = 48;
constexpr uint64_t kSizeofMapextra = 24;

// One mallocgc on P0 (Go: schedinit runs on m0's g0, runtime.main and the inits on G1, all on
// the only P). `live`: a global of the runtime or of a package keeps it (a root); otherwise it
// is garbage at main's start (cpu's first options arrays, gcenable's channel and closures).
uint64_t alloc(Model& md, uint64_t size, bool pointers, AllocWhy why, bool live) {
  RuntimeSink sink(md, 0, running_goid(md, 0));
  const heap::MallocResult r = heap::mallocgc(md.heap, 0, size, pointers, true, &sink, static_cast<int>(why));
  if (r.level != heap::AllocLevel::kZero) md.mem.zero(r.addr, size);
  if (live) md.startup_roots.push_back(r.addr);
  md.startup_objects.push_back(Model::StartupObject{r.addr, size, static_cast<uint8_t>(why)});
  return r.addr;
}

// Go: slice.go growslice's capacity for appending one element to a full slice of `cap`
// elements of `elem` bytes, in bytes (roundupsize included).
uint64_t grown_bytes(uint64_t cap, uint64_t elem) {
  return heap::roundupsize(heap::growslice_newcap(cap, cap + 1) * elem);
}

// Go: proc.go malg — new(g) (the stack comes from stackalloc, not the heap).
void malg(Model& md, AllocWhy why) { alloc(md, kSizeofG, true, why, true); }

void errors_new(Model& md, int n) {
  for (int i = 0; i < n; ++i) alloc(md, kSizeofErrorString, true, AllocWhy::kInitErrorsNew, true);
}

// Go: map.go makemap_small for a map literal of at most 8 entries, then the first
// mapassign's bucket (newobject(t.bucket): 208 bytes for map[string]int-like buckets).
void small_map_literal(Model& md, uint64_t bucket) {
  alloc(md, kSizeofHmap, true, AllocWhy::kMakemap, true);
  if (bucket > 0) alloc(md, bucket, true, AllocWhy::kMapBucket, true);
}

// Go: map.go makemap with a hint: the hmap, makeBucketArray's array (with its preallocated
// overflow buckets from B >= 4, and then new(mapextra) for nextOverflow).
void hinted_map_literal(Model& md, uint64_t buckets, bool extra) {
  alloc(md, kSizeofHmap, true, AllocWhy::kMakemap, true);
  alloc(md, buckets, true, AllocWhy::kMakeBucketArray, true);
  if (extra) alloc(md, kSizeofMapextra, true, AllocWhy::kMapextra, true);
}

}  // namespace

void startup_schedinit(Model& md, int32_t nprocs, bool cpu_from_source) {
  // Go: cpuinit — `env = gostring(p)[len(prefix):]` for the first GODEBUG= variable.
  for (const std::string& kv : md.env) {
    if (kv.rfind("GODEBUG=", 0) == 0) {
      alloc(md, kv.size(), false, AllocWhy::kCpuinitGodebug, false);
      break;
    }
  }
  // Go: internal/cpu/cpu_x86.go doinit — `options = []option{...}` (5 options of 32 bytes),
  // then two appends (cap 10, cap 20); only the last array stays in the variable.
  if (!cpu_from_source) {
    alloc(md, 160, true, AllocWhy::kCpuOptions, false);
    alloc(md, 320, true, AllocWhy::kCpuOptions, false);
    alloc(md, 640, true, AllocWhy::kCpuOptions, true);
  }
  malg(md, AllocWhy::kMpreinitGsignal);  // Go: mcommoninit(m0) -> mpreinit: malg(32 KiB)
  // Go: symtab.go modulesinit — `modules := new([]*moduledata)`, `*modules = append(*modules, md)`.
  alloc(md, 24, true, AllocWhy::kModulesinit, true);
  alloc(md, 8, true, AllocWhy::kModulesinit, true);
  // Go: runtime1.go goargs — make([]string, argc) (argv[0] only: the program's name; the
  // strings point into argv, gostringnocopy). goenvs_unix — make([]string, n), gostring each.
  alloc(md, 16, true, AllocWhy::kGoargs, true);
  if (!md.env.empty()) {
    alloc(md, 16 * md.env.size(), true, AllocWhy::kGoenvs, true);
    for (const std::string& kv : md.env) {
      if (!kv.empty()) alloc(md, kv.size(), false, AllocWhy::kGoenvsString, true);
    }
  }
  // Go: proc.go procresize(nprocs) from 0 Ps: allp, idlepMask and timerpMask (one uint32 per
  // 32 Ps), a new(p) for each P, then stealOrder.reset(nprocs) appends the coprimes.
  const uint64_t n = static_cast<uint64_t>(nprocs);
  alloc(md, 8 * n, true, AllocWhy::kProcresizeAllp, true);
  const uint64_t words = (n + 31) / 32;
  alloc(md, 4 * words, false, AllocWhy::kProcresizeMask, true);
  alloc(md, 4 * words, false, AllocWhy::kProcresizeMask, true);
  for (uint64_t i = 0; i < n; ++i) alloc(md, kSizeofP, true, AllocWhy::kNewP, true);
  uint64_t len = 0, cap = 0;
  const auto gcd = [](uint64_t a, uint64_t b) {
    while (b != 0) {
      const uint64_t t = a % b;
      a = b;
      b = t;
    }
    return a;
  };
  for (uint64_t i = 1; i <= n; ++i) {
    if (gcd(i, n) != 1) continue;
    if (len == cap) {
      const uint64_t bytes = grown_bytes(cap, 4);
      // Only the last array stays in stealOrder.coprimes.
      alloc(md, bytes, false, AllocWhy::kStealOrder, true);
      cap = bytes / 4;
    }
    ++len;
  }
}

void startup_allocm(Model& md) {
  alloc(md, kSizeofM, true, AllocWhy::kAllocm, true);   // Go: allocm — mp := new(m)
  malg(md, AllocWhy::kMpreinitGsignal);                  // mcommoninit -> mpreinit: gsignal
  malg(md, AllocWhy::kAllocmG0);                         // mp.g0 = malg(16384)
}

void startup_gcenable_go(Model& md, bool first) {
  // Go: mgc.go gcenable — `c := make(chan int, 2)`: int holds no pointers, so makechan
  // allocates the hchan and its buffer in one noscan object (96 + 16). Nothing keeps c after
  // the two goroutines have reported.
  if (first) alloc(md, kHchanSize + 2 * 8, false, AllocWhy::kGcenableChan, false);
  alloc(md, 16, true, AllocWhy::kGcenableClosure, false);
}

void startup_gcenable_wait(Model& md) {
  // Go: chanrecv -> acquireSudog: the P's sudogcache is empty; releaseSudog puts it back there.
  alloc(md, kSizeofSudog, true, AllocWhy::kAcquireSudog, true);
  // Go: runtime.main holds m0 locked (lockOSThread) during initialization, so when main blocks
  // on c, stoplockedm -> handoffp -> startm finds no idle M and newm starts one (M2), which runs
  // bgsweep and bgscavenge and then waits idle. gosim allocates that M's objects (the path Go
  // takes in most runs; a preemption sometimes makes Go start one more, docs/heap.md) but does
  // not add the thread to its scheduler model.
  startup_allocm(md);
  alloc(md, kSizeofTimer, true, AllocWhy::kScavengerTimer, true);  // Go: scavenger.init: new(timer)
  // Go: proc.go runtime.main — `main_init_done = make(chan bool)`: an hchan without a buffer.
  alloc(md, kHchanSize, false, AllocWhy::kMainInitDone, true);
}

void startup_package_inits(Model& md, const std::vector<std::string>& pkgs, const std::function<void()>& start_runfinq) {
  const uint64_t nenv = md.env.size();
  for (const std::string& p : pkgs) {
    if (p == "strconv") {
      errors_new(md, 2);  // ErrRange, ErrSyntax
    } else if (p == "sync") {
      alloc(md, 16, true, AllocWhy::kSyncExpunged, true);
    } else if (p == "unicode") {
      // Go: unicode/tables.go — Categories, Scripts, Properties (hinted map literals: B=3, 5, 3),
      // FoldCategory and FoldScript (small maps): the same 11 objects gosim's from-source
      // unicode makes.
      hinted_map_literal(md, 1664, false);
      hinted_map_literal(md, 8112, true);
      hinted_map_literal(md, 1664, false);
      small_map_literal(md, 208);
      small_map_literal(md, 208);
    } else if (p == "io") {
      errors_new(md, 9);  // ErrShortWrite ... ErrClosedPipe
    } else if (p == "internal/oserror") {
      errors_new(md, 5);  // ErrInvalid, ErrPermission, ErrExist, ErrNotExist, ErrClosed
    } else if (p == "syscall") {
      // Go: env_unix.go `envs []string = runtime_envs()`: append([]string{}, envs...).
      if (nenv > 0) alloc(md, heap::roundupsize(16 * nenv), true, AllocWhy::kSyscallEnvs, true);
      small_map_literal(md, 0);  // syscall_linux.go mapper's `active: make(map[*byte][]byte)`
    } else if (p == "time") {
      errors_new(md, 3);           // format.go atoiError, errBad, errLeadingInt
      small_map_literal(md, 208);  // format.go unitMap
      errors_new(md, 2);           // zoneinfo.go errLocation, zoneinfo_read.go badData
    } else if (p == "path" || p == "io/fs" || p == "internal/safefilepath") {
      errors_new(md, 1);  // ErrBadPattern, SkipDir, errInvalidPath
    } else if (p == "internal/poll") {
      errors_new(md, 3);  // ErrFileClosing, ErrNoDeadline, ErrNotPollable
    } else if (p == "os") {
      errors_new(md, 1);  // exec.go ErrProcessDone
      for (int fd = 0; fd < 3; ++fd) {
        // Go: file_unix.go newFile — f := &File{&file{...}} (the *File 8 bytes, the file 88).
        alloc(md, 8, true, AllocWhy::kNewFile, true);
        alloc(md, 88, true, AllocWhy::kNewFile, true);
        // runtime.SetFinalizer(f.file, ...): the first finalizer starts runfinq (createfing).
        if (fd == 0 && start_runfinq) start_runfinq();
      }
      errors_new(md, 2);  // errWriteAtInAppendMode, errPatternHasSeparator
      alloc(md, 16, true, AllocWhy::kOsArgs, true);  // Go: os.init.0 Args = runtime_args()
    } else if (p == "fmt") {
      errors_new(md, 2);  // scan.go complexError, boolError
    }
  }
}

std::vector<std::string> native_init_order(const std::vector<std::string>& imports,
                                           const std::vector<std::string>& from_source) {
  // Go 1.19's init order for these packages (a fmt program's, from gdb on doInit).
  static const char* const kOrder[] = {"strconv", "sync", "unicode", "io", "internal/oserror", "syscall", "time",
                                       "path", "io/fs", "internal/poll", "internal/safefilepath", "os", "fmt"};
  // What each modelled package initialises in Go (its import closure, restricted to the
  // packages above). The packages gosim loads from source import modelled ones, never the
  // reverse, so the closure of the modelled imports is all Go initialises beyond the sources.
  static const std::vector<std::pair<std::string, std::vector<std::string>>> kClosure = {
      {"sync", {"sync"}},
      {"syscall", {"sync", "internal/oserror", "syscall"}},
      {"time", {"sync", "internal/oserror", "syscall", "time"}},
      {"reflect", {"strconv", "sync", "unicode"}},
      {"os", {"sync", "io", "internal/oserror", "syscall", "time", "path", "io/fs", "internal/poll",
              "internal/safefilepath", "os"}},
      {"net", {"sync", "io", "internal/oserror", "syscall", "time", "path", "io/fs", "internal/poll",
               "internal/safefilepath", "os", "strconv", "unicode"}},
      {"fmt", {"strconv", "sync", "unicode", "io", "internal/oserror", "syscall", "time", "path", "io/fs",
               "internal/poll", "internal/safefilepath", "os", "fmt"}},
  };
  std::set<std::string> want;
  for (const std::string& imp : imports) {
    for (const auto& [pkg, deps] : kClosure) {
      if (pkg == imp) want.insert(deps.begin(), deps.end());
    }
  }
  for (const std::string& s : from_source) want.erase(s);
  std::vector<std::string> out;
  for (const char* p : kOrder) {
    if (want.count(p) != 0) out.push_back(p);
  }
  return out;
}

}  // namespace gosim
