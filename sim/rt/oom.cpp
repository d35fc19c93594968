// How a run dies when the simulated heap cannot grow (Go: runtime/mheap.go grow, mem_linux.go
// sysMap, mcache.go allocLarge) and when gosim's own host memory runs out.
//
// Go on linux/amd64 has two out-of-memory deaths, and gosim models both (sim/heap OutOfMemory):
//   - no address space for the request: mheap.grow prints
//       runtime: out of memory: cannot allocate N-byte block (M in use)
//     and allocLarge throws "out of memory";
//   - address space but no memory: sysMap gets ENOMEM and throws "runtime: out of memory".
// Both are fatal errors (exit 2, every goroutine dumped, no recover). Where Go's second limit is
// whatever RAM and swap the host has, gosim's is max_heap_bytes, so a lesson dies at the same
// size everywhere; a line after Go's text says so and names the flag that raises it.
#include <fmt/format.h>

#include "sim/rt/machine.h"
#include "sim/rt/output.h"

namespace gosim {

void Machine::out_of_memory(const heap::OutOfMemory& oom) {
  auto write_stderr = [this](const std::string& text) {
    const int64_t offset = write_output(model_, text);
    emit_event(EventKind::kWrite, -1, -1, 0, 2, offset, static_cast<int64_t>(text.size()));
  };
  if (oom.why == heap::OutOfMemory::Why::kAddressSpace) {
    write_stderr(fmt::format("runtime: out of memory: cannot allocate {}-byte block ({} in use)\n", oom.ask, oom.in_use));
    fatal("out of memory");
    return;
  }
  fatal("runtime: out of memory\n\nruntime stack:\nruntime.throw(...)\n\truntime/panic.go:1047\n"
        "runtime.sysMapOS(...)\n\truntime/mem_linux.go:187\nruntime.(*mheap).grow(...)\n\truntime/mheap.go:1468");
  write_stderr(fmt::format("gosim: the simulated heap reached max_heap_bytes ({} bytes: {} mapped for heap and "
                           "stacks, {} more asked); raise it with --max-heap-bytes or in the scenario's config.limits\n",
                           oom.limit, model_.heap.stats.mapped, oom.ask));
}

}  // namespace gosim
