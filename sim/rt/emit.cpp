#include "sim/rt/emit.h"

#include "sim/rt/proc.h"

namespace gosim {

GIdx running_g(const Model& md, int32_t pid) {
  if (pid < 0 || pid >= static_cast<int32_t>(md.allp.size())) return kNoG;
  const P& pp = md.allp[static_cast<size_t>(pid)];
  if (pp.m < 0) return kNoG;
  return md.allm[static_cast<size_t>(pp.m)].curg;
}

int64_t running_goid(const Model& md, int32_t pid) { return goid_of(md, running_g(md, pid)); }

void emit_on_m(Model& md, EventKind kind, int32_t pid, int32_t mid, int64_t goid, int64_t a, int64_t b, int64_t c) {
  Event e;
  e.kind = kind;
  e.p = pid;
  e.m = mid;
  e.g = goid;
  e.a = a;
  e.b = b;
  e.c = c;
  emit(md.engine, e);
}

void emit_at(Model& md, EventKind kind, int32_t pid, int64_t goid, int64_t a, int64_t b, int64_t c) {
  const int32_t mid = pid >= 0 && pid < static_cast<int32_t>(md.allp.size()) ? md.allp[static_cast<size_t>(pid)].m : -1;
  emit_on_m(md, kind, pid, mid, goid, a, b, c);
}

void RuntimeSink::put(const Event& in) {
  Event e = in;
  if (e.p < 0) e.p = pid_;
  e.m = pid_ >= 0 && pid_ < static_cast<int32_t>(md_.allp.size()) ? md_.allp[static_cast<size_t>(pid_)].m : -1;
  if (e.g == 0) e.g = goid_;
  emit(md_.engine, e);
}

}  // namespace gosim
