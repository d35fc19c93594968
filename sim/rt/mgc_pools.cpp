// Go: runtime/mgc.go clearpools -> sync/pool.go poolCleanup, at every gcStart while the world is
// stopped (part reflectlite; the Pool operations are sim/interp/lib_pool.cpp).
//
//	for _, p := range oldPools { p.victim = nil; p.victimSize = 0 }
//	for _, p := range allPools { p.victim = p.local; p.victimSize = p.localSize; p.local = nil; p.localSize = 0 }
//	oldPools, allPools = allPools, nil
//
// So an object put in a Pool survives one GC in the victim cache and is dropped by the second.
// Pool layout (amd64): local @0, localSize @8, victim @16, victimSize @24, New @32.
#include "sim/rt/gc.h"
#include "sim/rt/machine.h"

namespace gosim {

void clearpools(Model& md) {
  for (uint64_t p : md.old_pools) {
    md.mem.store(p + 16, 0, 8);
    md.mem.store(p + 24, 0, 8);
  }
  for (uint64_t p : md.all_pools) {
    md.mem.store(p + 16, md.mem.load(p, 8), 8);
    md.mem.store(p + 24, md.mem.load(p + 8, 8), 8);
    md.mem.store(p, 0, 8);
    md.mem.store(p + 8, 0, 8);
  }
  md.old_pools = std::move(md.all_pools);
  md.all_pools.clear();
  md.old_pools_array = md.all_pools_array;
  md.all_pools_array = 0;
}

}  // namespace gosim
