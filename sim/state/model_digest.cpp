#include "sim/state/model_digest.h"

#include <algorithm>
#include <string>
#include <vector>

namespace gosim::state {

namespace {

// FNV-1a over explicitly chosen fields.
class Digest {
 public:
  template <class T>
  void num(T v) {
    const auto x = static_cast<uint64_t>(v);
    for (int i = 0; i < 8; ++i) byte(static_cast<uint8_t>(x >> (8 * i)));
  }
  void str(const std::string& s) {
    num(s.size());
    for (char c : s) byte(static_cast<uint8_t>(c));
  }
  uint64_t value() const { return h_; }

 private:
  void byte(uint8_t b) {
    h_ ^= b;
    h_ *= 0x100000001b3ull;
  }
  uint64_t h_ = 0xcbf29ce484222325ull;
};

void event(Digest& d, const Event& e) {
  d.num(e.seq); d.num(e.time); d.num(e.kind); d.num(e.p); d.num(e.m); d.num(e.g); d.num(e.a); d.num(e.b); d.num(e.c);
}

void request(Digest& d, const Request& r) {
  d.num(r.kind); d.num(r.a); d.num(r.b); d.num(r.c); d.num(r.cost); d.str(r.text);
  d.num(r.cases.size());
  for (const auto& c : r.cases) { d.num(c.chan); d.num(c.send); d.str(c.data); }
}

void g_fields(Digest& d, const G& g) {
  d.num(g.goid); d.num(g.status); d.num(g.waitreason); d.num(g.m); d.num(g.parent_goid); d.num(g.system);
  d.num(g.waitsince); d.num(g.preempt);
  request(d, g.req);
  const SyncWait& s = g.syncw;
  d.num(s.ticket); d.num(s.lifo); d.num(s.in_sema); d.num(s.active); d.num(s.wait_start); d.num(s.starving);
  d.num(s.awoke); d.num(s.iter); d.num(s.phase);
  d.str(g.chanres.data); d.num(g.chanres.ok); d.num(g.chanres.selected);
  d.num(g.netres.fd); d.num(g.netres.port); d.str(g.netres.data); d.str(g.netres.err);
  d.num(g.select_chans.size());
  for (uint64_t c : g.select_chans) d.num(c);
  d.str(g.req_panic);
  d.num(g.code.entry); d.num(g.code.arg);
  d.num(g.code.regs.size());
  for (int64_t r : g.code.regs) d.num(r);
  d.num(g.code.frames.size());
  for (const Frame& f : g.code.frames) { d.num(f.fn); d.num(f.pc); d.num(f.fp); d.num(f.ctx); d.num(f.ret_to); d.num(f.at_return); d.num(f.at_safe_point); }
  d.num(g.code.defers.size());
  for (const DeferRec& r : g.code.defers) { d.num(r.frame); d.num(r.fn); d.num(r.ctx); d.str(r.args); }
  d.num(g.code.stack_lo); d.num(g.code.stack_hi); d.num(g.code.go_fn); d.num(g.code.go_line);
}

void p_fields(Digest& d, const P& p) {
  d.num(p.id); d.num(p.status); d.num(p.m); d.num(p.runqhead); d.num(p.runqtail);
  for (uint32_t i = p.runqhead; i != p.runqtail; ++i) d.num(p.runq[i % kLocalRunqSize]);
  d.num(p.runnext); d.num(p.schedtick); d.num(p.syscalltick); d.num(p.goidcache); d.num(p.goidcacheend);
  d.num(p.gfree.size());
  for (GIdx g : p.gfree) d.num(g);
  d.num(p.timers.size());
  for (const Timer& t : p.timers) { d.num(t.when); d.num(t.g); }
  d.num(p.sysmontick.schedtick); d.num(p.sysmontick.schedwhen); d.num(p.sysmontick.syscalltick);
  d.num(p.sysmontick.syscallwhen); d.num(p.scheduled); d.num(p.clock);
}

}  // namespace

uint64_t model_digest(const Model& m) {
  Digest d;
  const EngineState& es = m.engine;
  d.num(es.now); d.num(es.next_seq); d.num(es.returned); d.num(es.finished); d.num(es.limit); d.num(es.limit_value);
  for (const AgendaItem& it : es.agenda.items()) { d.num(it.time); d.num(it.seq); d.num(it.kind); d.num(it.id); d.num(it.token); }
  d.num(es.pending.size());
  for (const Event& e : es.pending) event(d, e);

  d.num(m.allg.size());
  for (const G& g : m.allg) g_fields(d, g);
  d.num(m.allm.size());
  for (const M& mm : m.allm) {
    d.num(mm.id); d.num(mm.p); d.num(mm.curg); d.num(mm.spinning); d.num(mm.parked); d.num(mm.sysmon); d.num(mm.oldp);
    d.num(mm.rand.state);
  }
  d.num(m.allp.size());
  for (const P& p : m.allp) p_fields(d, p);

  const Sched& s = m.sched;
  d.num(s.goidgen); d.num(s.nmspinning);
  for (GIdx g : s.runq) d.num(g);
  d.num(-1);
  for (int32_t p : s.pidle) d.num(p);
  d.num(-1);
  for (int32_t mm : s.midle) d.num(mm);
  d.num(-1);
  for (GIdx g : s.gfree) d.num(g);

  std::vector<uint64_t> sem_keys;
  for (const auto& [addr, root] : m.semtable) sem_keys.push_back(addr);
  std::sort(sem_keys.begin(), sem_keys.end());
  for (uint64_t k : sem_keys) {
    const SemaRoot& r = m.semtable.at(k);
    d.num(k); d.num(r.count); d.num(r.waiters.size());
    for (GIdx g : r.waiters) d.num(g);
  }
  for (const auto& [addr, st] : m.syncs) {
    d.num(addr); d.num(st.state); d.num(st.reader_count); d.num(st.reader_wait); d.num(st.wg_state);
  }
  for (const auto& [addr, c] : m.chans) {
    d.num(addr); d.num(c.elemsize); d.num(c.dataqsiz); d.num(c.sendx); d.num(c.recvx); d.num(c.closed);
    for (const auto& b : c.buf) d.str(b);
    for (const auto* q : {&c.recvq, &c.sendq}) {
      d.num(q->size());
      for (const Sudog& sg : *q) { d.num(sg.g); d.num(sg.is_select); d.num(sg.case_index); d.str(sg.data); }
    }
  }
  const NetState& n = m.net;
  for (const auto& [fd, f] : n.fds) {
    d.num(fd); d.num(f.listener); d.num(f.port); d.num(f.peer); d.str(f.inbuf); d.num(f.eof); d.num(f.connected);
    d.num(f.closed); d.num(f.rg);
    for (int64_t a : f.accept_queue) d.num(a);
  }
  for (const auto& [port, fd] : n.ports) { d.num(port); d.num(fd); }
  for (const auto& [id, dl] : n.in_flight) { d.num(id); d.num(dl.kind); d.num(dl.fd); d.num(dl.listener); d.str(dl.data); }
  d.num(n.next_delivery); d.num(n.next_fd); d.num(n.next_port); d.num(n.waiters); d.num(n.lastpoll);
  for (GIdx g : n.ready) d.num(g);

  d.num(m.mem.arena_used());
  d.str(m.output);
  d.num(m.output_dropped);
  d.num(m.exit_kind); d.num(m.exit_code); d.num(m.live_goroutines);
  const SysmonState& sm = m.sysmon;
  d.num(sm.m); d.num(sm.idle); d.num(sm.delay_us); d.num(sm.deep_sleep); d.num(sm.generation); d.num(sm.lasttrace);
  d.num(sm.starttime);
  d.num(m.whatif.no_runnext); d.num(m.whatif.no_steal); d.num(m.whatif.no_async_preempt); d.num(m.whatif.sysmon_period_us);
  d.num(m.seed);
  return d.value();
}

}  // namespace gosim::state
