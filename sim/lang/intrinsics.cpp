// The intrinsics table; see intrinsics.h.
#include "sim/lang/intrinsics.h"

namespace gosim::lang {
namespace {

struct Intrinsic {
  const char* path;
  const char* name;
  LibFunc id;
  const char* replaces;  // the assembly gosim's C++ stands for (documentation and tests)
};

const Intrinsic kIntrinsics[] = {
    {"internal/bytealg", "Compare", LibFunc::BytealgCompare, "internal/bytealg/compare_amd64.s"},
    {"internal/bytealg", "Count", LibFunc::BytealgCount, "internal/bytealg/count_amd64.s"},
    {"internal/bytealg", "CountString", LibFunc::BytealgCountString, "internal/bytealg/count_amd64.s"},
    {"internal/bytealg", "Index", LibFunc::BytealgIndex, "internal/bytealg/index_amd64.s"},
    {"internal/bytealg", "IndexString", LibFunc::BytealgIndexString, "internal/bytealg/index_amd64.s"},
    {"internal/bytealg", "IndexByte", LibFunc::BytealgIndexByte, "internal/bytealg/indexbyte_amd64.s"},
    {"internal/bytealg", "IndexByteString", LibFunc::BytealgIndexByteString, "internal/bytealg/indexbyte_amd64.s"},
    {"internal/cpu", "cpuid", LibFunc::CpuCpuid, "internal/cpu/cpu_x86.s"},
    {"internal/cpu", "xgetbv", LibFunc::CpuXgetbv, "internal/cpu/cpu_x86.s"},
    {"internal/cpu", "getGOAMD64level", LibFunc::CpuGetGOAMD64level, "internal/cpu/cpu_x86.s"},
    {"math", "archMax", LibFunc::MathArchMax, "math/dim_amd64.s"},
    {"math", "archMin", LibFunc::MathArchMin, "math/dim_amd64.s"},
    {"math", "archExp", LibFunc::MathArchExp, "math/exp_amd64.s"},
    {"math", "archFloor", LibFunc::MathArchFloor, "math/floor_amd64.s"},
    {"math", "archCeil", LibFunc::MathArchCeil, "math/floor_amd64.s"},
    {"math", "archTrunc", LibFunc::MathArchTrunc, "math/floor_amd64.s"},
    {"math", "archHypot", LibFunc::MathArchHypot, "math/hypot_amd64.s"},
    {"math", "archLog", LibFunc::MathArchLog, "math/log_amd64.s"},
    {"math", "archSqrt", LibFunc::MathArchSqrt, "math/sqrt_amd64.s"},
    // Markers a linker-level tool looks for in a binary (which crypto implementation it has);
    // their code only returns.
    {"crypto/internal/boring/sig", "BoringCrypto", LibFunc::BoringSigMarker, "crypto/internal/boring/sig/sig_amd64.s"},
    {"crypto/internal/boring/sig", "FIPSOnly", LibFunc::BoringSigMarker, "crypto/internal/boring/sig/sig_amd64.s"},
    {"crypto/internal/boring/sig", "StandardCrypto", LibFunc::BoringSigMarker, "crypto/internal/boring/sig/sig_amd64.s"},
    // part fs: os/tempfile.go's body-less fastrand is the runtime's (runtime/stubs.go pushes it
    // into os with //go:linkname os_fastrand os.fastrand): the M's fastrand, seeded by the run.
    {"os", "fastrand", LibFunc::OsFastrand, "runtime/stubs.go os_fastrand"},
};

struct Linkname {
  const char* path;
  const char* local;
  const char* target;
  LibFunc var;  // a runtime variable read through the library, or None (an ABI wrapper)
};

const Linkname kLinknames[] = {
    // Go: "The declarations below generate ABI wrappers for functions implemented in assembly in
    // this package but declared in another package": the runtime's, which gosim models in C++.
    {"internal/bytealg", "abigen_runtime_cmpstring", "runtime.cmpstring", LibFunc::None},
    {"internal/bytealg", "abigen_runtime_memequal", "runtime.memequal", LibFunc::None},
    {"internal/bytealg", "abigen_runtime_memequal_varlen", "runtime.memequal_varlen", LibFunc::None},
    // Go: runtime/panic.go overflowError, divideError (runtime.Error values).
    {"math/bits", "overflowError", "runtime.overflowError", LibFunc::RuntimeOverflowError},
    {"math/bits", "divideError", "runtime.divideError", LibFunc::RuntimeDivideError},
};

}  // namespace

LibFunc intrinsic_func(std::string_view path, std::string_view name) {
  for (const Intrinsic& i : kIntrinsics) {
    if (path == i.path && name == i.name) return i.id;
  }
  return LibFunc::None;
}

bool linkname_ok(std::string_view path, std::string_view local, std::string_view target) {
  for (const Linkname& l : kLinknames) {
    if (path == l.path && local == l.local && target == l.target) return true;
  }
  return false;
}

LibFunc linkname_var(std::string_view path, std::string_view local) {
  for (const Linkname& l : kLinknames) {
    if (path == l.path && local == l.local) return l.var;
  }
  return LibFunc::None;
}

}  // namespace gosim::lang
