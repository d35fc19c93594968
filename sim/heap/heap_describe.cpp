// The sentence a learner reads for each allocator event (the event table's arguments, in words;
// the words themselves are in the catalog, sim/i18n).
#include <fmt/format.h>

#include "sim/heap/heap.h"
#include "sim/i18n/catalog.h"

namespace gosim::heap {
namespace {

using fmt::arg;
using i18n::Msg;
using i18n::tr;

std::string class_phrase(Lang lang, int64_t spc) {
  const auto s = static_cast<SpanClass>(spc);
  const int sc = spanclass_sizeclass(s);
  // noscan/scan: Go's own words for a span class without / with pointers (mheap.go spanClass).
  const char* scan = spanclass_noscan(s) ? "noscan" : "scan";
  if (sc == 0) return tr(lang, Msg::kClassLarge, arg("spc", spc), arg("scan", scan));
  return tr(lang, Msg::kClassSized, arg("spc", spc), arg("sc", sc), arg("size", class_to_size(sc)), arg("scan", scan));
}

Msg cache_span_from(int64_t from) {
  switch (from) {
    case 0: return Msg::kCacheFromSwept;
    case 1: return Msg::kCacheFromJustSwept;
    case 2: return Msg::kCacheFromFullSwept;
    default: return Msg::kCacheFromFresh;
  }
}

std::string stack_place(Lang lang, int64_t from) {
  switch (static_cast<StackFrom>(from)) {
    case StackFrom::kCache: return tr(lang, Msg::kStackFromCache);
    case StackFrom::kPool: return tr(lang, Msg::kStackFromPool);
    case StackFrom::kLargeFree: return tr(lang, Msg::kStackFromLargeFree);
    case StackFrom::kMheap: return tr(lang, Msg::kStackFromMheap);
  }
  return "?";
}

std::string describe_malloc(const Event& e, Lang lang) {
  const auto spc = static_cast<SpanClass>(e.c & 0xff);
  const auto level = malloc_event_level(e.c);
  switch (level) {
    case AllocLevel::kZero: return tr(lang, Msg::kMallocZero, arg("addr", e.a));
    case AllocLevel::kTiny: return tr(lang, Msg::kMallocTiny, arg("size", e.b), arg("addr", e.a));
    case AllocLevel::kLarge:
      return tr(lang, Msg::kMallocLarge, arg("size", e.b), arg("pages", (e.b + 8191) / 8192), arg("addr", e.a));
    default: {
      const int sc = spanclass_sizeclass(spc);
      const std::string by = tr(lang, level == AllocLevel::kMcache     ? Msg::kServedByMcache
                                      : level == AllocLevel::kMcentral ? Msg::kServedByMcentral
                                                                       : Msg::kServedByMheap);
      if (spc == kTinySpanClass && static_cast<uint64_t>(e.b) < kMaxTinySize) {
        return tr(lang, Msg::kMallocTinyNewBlock, arg("size", e.b), arg("addr", e.a), arg("spc", spc), arg("by", by));
      }
      return tr(lang, Msg::kMallocSized, arg("size", e.b), arg("sc", sc), arg("objsize", class_to_size(sc)),
                arg("spc", spc), arg("scan", spanclass_noscan(spc) ? "noscan" : "scan"), arg("addr", e.a),
                arg("by", by));
    }
  }
}

// Why the program allocated, when the event says (Go: iface.go convT*).
Msg why_msg(AllocWhy w) {
  switch (w) {
    case AllocWhy::kConvT16: case AllocWhy::kConvT32: case AllocWhy::kConvT64: return Msg::kWhyConvTSmall;
    case AllocWhy::kConvTstring: return Msg::kWhyConvTstring;
    case AllocWhy::kConvTslice: return Msg::kWhyConvTslice;
    case AllocWhy::kConvT: return Msg::kWhyConvT;
    case AllocWhy::kConvTnoptr: return Msg::kWhyConvTnoptr;
    case AllocWhy::kMakemap: return Msg::kWhyMakemap;
    case AllocWhy::kMapBucket: return Msg::kWhyMapBucket;
    case AllocWhy::kMakeBucketArray: return Msg::kWhyMakeBucketArray;
    case AllocWhy::kNewoverflow: return Msg::kWhyNewoverflow;
    case AllocWhy::kMapextra: return Msg::kWhyMapextra;
    case AllocWhy::kMapOverflowList: return Msg::kWhyMapOverflowList;
    case AllocWhy::kMapIndirect: return Msg::kWhyMapIndirect;
    case AllocWhy::kPoolAllPools: return Msg::kWhyPoolAllPools;
    case AllocWhy::kPoolLocal: return Msg::kWhyPoolLocal;
    case AllocWhy::kFmtPrinter: return Msg::kWhyFmtPrinter;
    case AllocWhy::kFmtBuffer: return Msg::kWhyFmtBuffer;
    case AllocWhy::kMalg: return Msg::kWhyMalg;
    case AllocWhy::kAllgadd: return Msg::kWhyAllgadd;
    case AllocWhy::kGcBgMarkWorkerNode: return Msg::kWhyGcBgMarkWorkerNode;
    case AllocWhy::kPoolChain: return Msg::kWhyPoolChain;
    case AllocWhy::kCpuinitGodebug: return Msg::kWhyCpuinitGodebug;
    case AllocWhy::kCpuOptions: return Msg::kWhyCpuOptions;
    case AllocWhy::kMpreinitGsignal: return Msg::kWhyMpreinitGsignal;
    case AllocWhy::kModulesinit: return Msg::kWhyModulesinit;
    case AllocWhy::kGoargs: return Msg::kWhyGoargs;
    case AllocWhy::kGoenvs: return Msg::kWhyGoenvs;
    case AllocWhy::kGoenvsString: return Msg::kWhyGoenvsString;
    case AllocWhy::kProcresizeAllp: return Msg::kWhyProcresizeAllp;
    case AllocWhy::kProcresizeMask: return Msg::kWhyProcresizeMask;
    case AllocWhy::kNewP: return Msg::kWhyNewP;
    case AllocWhy::kStealOrder: return Msg::kWhyStealOrder;
    case AllocWhy::kAllocm: return Msg::kWhyAllocm;
    case AllocWhy::kAllocmG0: return Msg::kWhyAllocmG0;
    case AllocWhy::kGcenableChan: return Msg::kWhyGcenableChan;
    case AllocWhy::kGcenableClosure: return Msg::kWhyGcenableClosure;
    case AllocWhy::kAcquireSudog: return Msg::kWhyAcquireSudog;
    case AllocWhy::kScavengerTimer: return Msg::kWhyScavengerTimer;
    case AllocWhy::kMainInitDone: return Msg::kWhyMainInitDone;
    case AllocWhy::kInitErrorsNew: return Msg::kWhyInitErrorsNew;
    case AllocWhy::kSyncExpunged: return Msg::kWhySyncExpunged;
    case AllocWhy::kSyscallEnvs: return Msg::kWhySyscallEnvs;
    case AllocWhy::kNewFile: return Msg::kWhyNewFile;
    case AllocWhy::kOsArgs: return Msg::kWhyOsArgs;
    default: return Msg::kCount;
  }
}

}  // namespace

const char* alloc_why_phrase(AllocWhy w) {
  // The English words: the catalog's templates are string literals, so data() ends in a NUL.
  const Msg m = why_msg(w);
  return m == Msg::kCount ? "" : i18n::msg_template(Lang::kEn, m).data();
}

std::string describe_heap_event(const Event& e, Lang lang) {
  const std::string p = fmt::format("P{}", e.p);
  switch (e.kind) {
    case EventKind::kMalloc: {
      const Msg why = why_msg(malloc_event_why(e.c));
      return why == Msg::kCount ? describe_malloc(e, lang)
                                : describe_malloc(e, lang) + tr(lang, Msg::kMallocWhySuffix, arg("why", tr(lang, why)));
    }
    case EventKind::kNoAlloc: {
      static const char* const kFn[] = {"concatstrings", "slicebytetostring", "stringtoslicebyte", "slicerunetostring",
                                        "stringtoslicerune", "intstring"};
      const int64_t sub = (e.a >> 8) & 0xff;
      const auto addr_value = static_cast<uint64_t>(e.c);
      const auto addr = arg("addr", addr_value);  // fmt::arg keeps a reference: name the value
      switch (static_cast<NoAllocWhy>(e.a & 0xff)) {
        case NoAllocWhy::kStaticUint64s: return tr(lang, Msg::kNoAllocStatic, arg("v", e.b), arg("bits", 8 * sub), addr);
        case NoAllocWhy::kStaticByte: return tr(lang, Msg::kNoAllocByte, arg("v", e.b), addr);
        case NoAllocWhy::kZeroValString: return tr(lang, Msg::kNoAllocZeroString, addr);
        case NoAllocWhy::kZeroValSlice: return tr(lang, Msg::kNoAllocZeroSlice, addr);
        case NoAllocWhy::kTmpBuf: return tr(lang, Msg::kNoAllocTmpBuf, arg("fn", kFn[sub % 6]), arg("n", e.b), addr);
      }
      return "?";
    }
    case EventKind::kMcacheRefill:
      return e.b ? tr(lang, Msg::kMcacheRefillFull, arg("p", p), arg("class", class_phrase(lang, e.a)), arg("span", e.b))
                 : tr(lang, Msg::kMcacheRefillNone, arg("p", p), arg("class", class_phrase(lang, e.a)));
    case EventKind::kCacheSpan:
      return tr(lang, Msg::kCacheSpan, arg("class", class_phrase(lang, e.a)), arg("from", tr(lang, cache_span_from(e.c))),
                arg("span", e.b), arg("p", p));
    case EventKind::kMcentralGrow:
      return tr(lang, Msg::kMcentralGrow, arg("class", class_phrase(lang, e.a)), arg("pages", e.b));
    case EventKind::kMheapAlloc:
      return tr(lang, (e.c & 1) ? Msg::kMheapAllocStack : Msg::kMheapAllocSpan, arg("pages", e.b), arg("base", e.a),
                arg("cache", (e.c & 2) ? tr(lang, Msg::kPageCacheSuffix) : std::string()));
    case EventKind::kHeapGrow:
      return tr(lang, Msg::kHeapGrow, arg("kib", e.b / 1024), arg("base", e.a), arg("sys_kib", e.c / 1024));
    case EventKind::kMheapFree:
      return tr(lang, e.c ? Msg::kMheapFreeStack : Msg::kMheapFreeSpan, arg("base", e.a), arg("pages", e.b));
    case EventKind::kSweepSpan:
      return tr(lang, Msg::kSweepSpan, arg("span", e.a), arg("freed", e.b), arg("live", e.c));
    case EventKind::kMcacheRelease:
      return tr(lang, Msg::kMcacheRelease, arg("p", p), arg("spans", e.a));
    case EventKind::kStackAlloc:
      return tr(lang, Msg::kStackAlloc, arg("kib", e.b / 1024), arg("addr", e.a), arg("from", stack_place(lang, e.c)));
    case EventKind::kStackFree:
      return tr(lang, Msg::kStackFree, arg("kib", e.b / 1024), arg("addr", e.a), arg("to", stack_place(lang, e.c)));
    default:
      return "?";
  }
}

}  // namespace gosim::heap
