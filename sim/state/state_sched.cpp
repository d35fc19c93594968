// The scheduler's part of the state: goroutines (with where each one is queued or blocked, and
// its frames), Ps with their run queues and timers, Ms, and schedt.
#include <algorithm>
#include <cctype>
#include <map>

#include "sim/heap/sizeclasses.h"
#include "sim/interp/frame_view.h"
#include "sim/state/state_impl.h"

namespace gosim::state {

using json = nlohmann::ordered_json;

namespace {

// "_Grunnable" -> "runnable": the plain word beside Go's name.
std::string plain(std::string_view go_name) {
  std::string s(go_name.substr(std::min<size_t>(2, go_name.size())));
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string_view pstatus_name(PStatus s) {
  switch (s) {
    case PStatus::kIdle: return "_Pidle";
    case PStatus::kRunning: return "_Prunning";
    case PStatus::kSyscall: return "_Psyscall";
    case PStatus::kGCStop: return "_Pgcstop";
    case PStatus::kDead: return "_Pdead";
  }
  return "???";
}

json goid_or_null(const Model& md, GIdx gi) {
  if (gi == kNoG || static_cast<size_t>(gi) >= md.allg.size()) return nullptr;
  return md.allg[static_cast<size_t>(gi)].goid;
}

// Where each runnable G waits to run, and where each waiting G is recorded for whoever wakes it.
struct Places {
  std::map<GIdx, json> queue;
  std::map<GIdx, json> blocked_on;
};

Places places_of(const Model& md) {
  Places pl;
  for (const P& p : md.allp) {
    if (p.runnext != kNoG) pl.queue[p.runnext] = {{"where", "runnext"}, {"p", p.id}};
    for (uint32_t i = p.runqhead; i != p.runqtail; ++i) {
      pl.queue[p.runq[i % kLocalRunqSize]] = {{"where", "local"}, {"p", p.id}, {"index", i - p.runqhead}};
    }
    for (const Timer& t : p.timers) {
      if (t.g != kNoG) pl.blocked_on[t.g] = {{"what", "timer"}, {"p", p.id}, {"when_ns", t.when}};
    }
  }
  for (size_t i = 0; i < md.sched.runq.size(); ++i) pl.queue[md.sched.runq[i]] = {{"where", "global"}, {"index", i}};
  for (const auto& [addr, c] : md.chans) {
    for (const Sudog& s : c.sendq) pl.blocked_on[s.g] = {{"what", s.is_select ? "select" : "chan_send"}, {"chan", hex(addr)}};
    for (const Sudog& s : c.recvq) pl.blocked_on[s.g] = {{"what", s.is_select ? "select" : "chan_recv"}, {"chan", hex(addr)}};
  }
  for (const auto& [addr, root] : md.semtable) {
    for (GIdx gi : root.waiters) pl.blocked_on[gi] = {{"what", "sema"}, {"addr", hex(addr)}};
  }
  for (const auto& [fd, nfd] : md.net.fds) {
    if (nfd.rg != kNoG) pl.blocked_on[nfd.rg] = {{"what", "fd"}, {"fd", fd}};
  }
  // Its fd became ready: it waits in the netpoller's ready list for the next netpoll.
  for (GIdx gi : md.net.ready) pl.blocked_on[gi] = {{"what", "netpoll_ready"}};
  return pl;
}

json stack_json(const G& g) {
  if (g.code.stack_hi <= g.code.stack_lo) return nullptr;
  const uint64_t used = g.code.frames.empty() ? 0 : g.code.stack_hi - g.code.frames.back().fp;
  return {{"lo", hex(g.code.stack_lo)}, {"hi", hex(g.code.stack_hi)}, {"size", g.code.stack_hi - g.code.stack_lo}, {"used", used}};
}

json frames_json(const Model& md, const ir::Module& mod, GIdx gi) {
  json out = json::array();
  const std::vector<interp::FrameView> frames = interp::frame_views(md, mod, gi);
  for (auto it = frames.rbegin(); it != frames.rend(); ++it) {  // innermost first, as Go prints them
    json vars = json::array();
    for (const interp::FrameSlot& s : it->slots) {
      json v = {{"name", s.name},        {"kind", interp::frame_slot_kind_name(s.kind)},
                {"type", s.type},        {"offset", s.offset},
                {"size", s.size},        {"on_heap", s.on_heap},
                {"value", s.value}};
      if (s.on_heap) v["heap_addr"] = s.heap_addr == 0 ? json(nullptr) : json(hex(s.heap_addr));
      vars.push_back(std::move(v));
    }
    out.push_back({{"func", it->func},
                   {"line", it->line},
                   {"fp", hex(it->fp)},
                   {"size", it->size},
                   {"returns_to", it->returns_to},
                   {"vars", std::move(vars)}});
  }
  return out;
}

}  // namespace

json goroutines_json(const Machine& mc, const Model& md, const ir::Module* mod) {
  const Places pl = places_of(md);
  std::vector<GIdx> order;
  for (size_t i = 0; i < md.allg.size(); ++i) {
    if (md.allg[i].status != GStatus::kDead) order.push_back(static_cast<GIdx>(i));
  }
  std::sort(order.begin(), order.end(), [&](GIdx a, GIdx b) { return md.allg[static_cast<size_t>(a)].goid < md.allg[static_cast<size_t>(b)].goid; });
  json out = json::array();
  for (GIdx gi : order) {
    const G& g = md.allg[static_cast<size_t>(gi)];
    const int32_t p = g.m >= 0 && static_cast<size_t>(g.m) < md.allm.size() ? md.allm[static_cast<size_t>(g.m)].p : -1;
    const std::string entry = g.code.entry < 0 ? std::string(runtime_entry_name(g.code.entry)) : mc.program().func_name(g.code.entry);
    std::string func = entry;
    int32_t line = 0;
    if (mod != nullptr) {
      line = interp::line_in_model(md, *mod, gi);
      const auto& fr = g.code.frames;
      if (!fr.empty() && fr.back().fn >= 0 && static_cast<size_t>(fr.back().fn) < mod->funcs.size()) {
        func = mod->funcs[static_cast<size_t>(fr.back().fn)].name;
      }
    }
    json jg = {{"goid", g.goid},
               {"status", plain(gstatus_name(g.status))},
               {"go_status", gstatus_name(g.status)},
               {"wait_reason", g.status == GStatus::kWaiting ? wait_reason_string(g.waitreason) : ""},
               {"system", g.system},
               {"m", g.m},
               {"p", p},
               {"parent", g.parent_goid},
               {"entry", entry},
               {"func", func},
               {"line", line}};
    jg["waiting_since_ns"] = g.status == GStatus::kWaiting ? json(g.waitsince) : json(nullptr);
    const auto q = pl.queue.find(gi);
    jg["queue"] = q != pl.queue.end() ? q->second : json(nullptr);
    const auto b = pl.blocked_on.find(gi);
    jg["blocked_on"] = g.status == GStatus::kWaiting && b != pl.blocked_on.end() ? b->second : json(nullptr);
    json created = nullptr;
    if (mod != nullptr && g.code.go_fn >= 0 && static_cast<size_t>(g.code.go_fn) < mod->funcs.size()) {
      created = {{"func", mod->funcs[static_cast<size_t>(g.code.go_fn)].name}, {"line", g.code.go_line}};
    }
    jg["created_by"] = created;
    jg["stack"] = stack_json(g);
    jg["frames"] = mod != nullptr ? frames_json(md, *mod, gi) : json::array();
    out.push_back(std::move(jg));
  }
  return out;
}

json ps_json(const Model& md) {
  json out = json::array();
  for (const P& p : md.allp) {
    json goids = json::array();
    for (uint32_t i = p.runqhead; i != p.runqtail; ++i) goids.push_back(goid_or_null(md, p.runq[i % kLocalRunqSize]));
    std::vector<Timer> timers = p.timers;  // a 4-ary heap: shown earliest first
    std::stable_sort(timers.begin(), timers.end(), [](const Timer& a, const Timer& b) { return a.when < b.when; });
    json jt = json::array();
    for (const Timer& t : timers) {
      if (t.obj == 0) {
        jt.push_back({{"when_ns", t.when}, {"goid", goid_or_null(md, t.g)}, {"chan", t.chan != 0 ? json(hex(t.chan)) : json(nullptr)}});
        continue;
      }
      // time.NewTimer/NewTicker/AfterFunc: the object, its kind and the status Stop/Reset left.
      const TimerState& ts = md.timers.at(t.obj);
      static const char* const kKinds[] = {"time.After", "time.NewTimer", "time.NewTicker", "time.AfterFunc"};
      const bool sends = ts.f == TimerFunc::kSendTime;
      jt.push_back({{"when_ns", t.when}, {"goid", nullptr}, {"chan", sends ? json(hex(ts.arg)) : json(nullptr)},
                    {"timer", hex(t.obj)}, {"kind", kKinds[ts.kind >= 1 && ts.kind <= 3 ? ts.kind : 0]},
                    {"status", std::string(timer_status_name(ts.status))}, {"period_ns", ts.period},
                    {"nextwhen_ns", ts.nextwhen}});
    }
    json mcache = nullptr;
    if (static_cast<size_t>(p.id) < md.heap.mcaches.size()) {
      const heap::MCache& c = md.heap.mcaches[static_cast<size_t>(p.id)];
      json spans = json::array();
      for (size_t spc = 0; spc < c.alloc.size(); ++spc) {
        if (c.alloc[spc] == heap::kNoSpan) continue;
        const heap::Span& s = md.heap.spans[static_cast<size_t>(c.alloc[spc])];
        spans.push_back({{"spanclass", spc},
                         {"sizeclass", heap::spanclass_sizeclass(static_cast<heap::SpanClass>(spc))},
                         {"noscan", heap::spanclass_noscan(static_cast<heap::SpanClass>(spc))},
                         {"elemsize", s.elemsize},
                         {"span", hex(s.base())},
                         {"free", s.nelems - s.allocCount}});
      }
      uint64_t stack_cached = 0;
      for (const heap::StackFreeList& l : c.stackcache) stack_cached += l.size;
      mcache = {{"spans", std::move(spans)},
                {"tiny", c.tiny != 0 ? json(hex(c.tiny)) : json(nullptr)},
                {"tiny_offset", c.tinyoffset},
                {"tiny_allocs", c.tinyAllocs},
                {"stack_cache_bytes", stack_cached}};
    }
    out.push_back({{"id", p.id},
                   {"status", plain(pstatus_name(p.status))},
                   {"go_status", pstatus_name(p.status)},
                   {"m", p.m},
                   {"runnext", goid_or_null(md, p.runnext)},
                   {"runq", {{"head", p.runqhead}, {"tail", p.runqtail}, {"length", p.runqtail - p.runqhead}, {"goids", std::move(goids)}}},
                   {"schedtick", p.schedtick},
                   {"syscalltick", p.syscalltick},
                   {"clock_ns", p.clock},
                   {"gfree", p.gfree.size()},
                   {"timers", std::move(jt)},
                   {"mcache", std::move(mcache)}});
  }
  return out;
}

json ms_json(const Model& md) {
  json out = json::array();
  for (const M& m : md.allm) {
    const bool in_syscall = m.curg != kNoG && md.allg[static_cast<size_t>(m.curg)].status == GStatus::kSyscall;
    out.push_back({{"id", m.id},
                   {"p", m.p},
                   {"curg", goid_or_null(md, m.curg)},
                   {"spinning", m.spinning},
                   {"parked", m.parked},
                   {"sysmon", m.sysmon},
                   {"in_syscall", in_syscall},
                   {"oldp", m.oldp}});
  }
  return out;
}

json sched_json(const Model& md) {
  json runq = json::array();
  for (GIdx gi : md.sched.runq) runq.push_back(goid_or_null(md, gi));
  size_t gfree = md.sched.gfree.size();
  for (const P& p : md.allp) gfree += p.gfree.size();
  return {{"goidgen", md.sched.goidgen},
          {"runq", std::move(runq)},
          {"runqsize", md.sched.runq.size()},
          {"pidle", md.sched.pidle},
          {"npidle", md.sched.pidle.size()},
          {"midle", md.sched.midle},
          {"nmidle", md.sched.midle.size()},
          {"nmspinning", md.sched.nmspinning},
          {"gfree", gfree},
          {"live_goroutines", md.live_goroutines},
          {"sysmon",
           {{"m", md.sysmon.m}, {"idle_cycles", md.sysmon.idle}, {"delay_us", md.sysmon.delay_us}, {"deep_sleep", md.sysmon.deep_sleep}}}};
}

}  // namespace gosim::state
