// The Machine's loop: what a P does at each of its agenda items.
//
// A P with no G runs schedule(): findRunnable, execute, and resumes the chosen G's coroutine so
// the G's code runs natively until its next runtime request. The request is not carried out
// then: the P's next agenda item is set at now + the virtual cost of the code the G ran, and
// the request is handled at that time. So a request takes effect at the virtual instant the
// G's code reached it, in the right order with what every other P does.
#include "sim/rt/emit.h"
#include "sim/rt/machine.h"
#include "sim/rt/exit_status.h"
#include "sim/rt/output.h"

#include <stdexcept>

#include "sim/rt/chan.h"
#include "sim/rt/gc.h"
#include "sim/rt/netpoll.h"
#include "sim/rt/notify_list.h"
#include "sim/rt/proc.h"
#include "sim/rt/procresize.h"
#include "sim/rt/sema.h"
#include "sim/rt/startup.h"
#include "sim/rt/sync.h"
#include "sim/rt/syscall.h"
#include "sim/rt/sysmon.h"
#include "sim/rt/time.h"

namespace gosim {

Machine::Machine(const Program& program, const Config& config)
    : program_(program),
      config_(config),
      engine_(*this, EngineLimits{config.limits.max_events, config.limits.max_virtual_time_ns}) {}

Machine::~Machine() = default;

void Machine::emit_event(EventKind kind, int32_t p, int32_t m, int64_t goid, int64_t a, int64_t b, int64_t c) {
  emit_on_m(model_, kind, p, m, goid, a, b, c);
}

// Go: runtime/proc.go schedinit + procresize, then rt0_go's newproc(runtime.main), mstart,
// and runtime.main's start-up up to the call of main.main.
void Machine::start(int32_t main_entry) {
  model_ = Model();  // value-initialized: Heap's default constructor is explicit
  update_observer();
  tasks_.clear();
  model_.seed = config_.seed;
  model_.whatif = config_.whatif;
  model_.env = config_.env;
  model_.stdin_data = config_.stdin_data;
  for (const auto& [path, data] : config_.files) {
    if (!path.empty() && path.back() == '/') {
      model_.vfs.add_dir(path);
    } else {
      model_.vfs.add_file(path, data);
    }
  }
  program_.load(model_);
  const int32_t nprocs = config_.gomaxprocs;
  model_.allp.resize(static_cast<size_t>(nprocs));
  model_.heap = heap::Heap(nprocs, kZeroBase);  // Go: mallocinit, one mcache per P
  model_.heap.max_heap_bytes = static_cast<uint64_t>(config_.limits.max_heap_bytes);
  model_.heap.backing.p = &model_.mem;  // freed spans give their host memory back
  gc_init(model_, config_);                     // Go: gcinit (GOGC, GOMEMLIMIT)
  for (int32_t i = 0; i < nprocs; ++i) {
    P& pp = model_.allp[static_cast<size_t>(i)];
    pp.id = i;
    pp.status = PStatus::kIdle;
  }
  // procresize leaves P0 with M0 and every other P on the idle list (highest id on top).
  for (int32_t i = nprocs - 1; i >= 1; --i) model_.sched.pidle.push_back(i);
  M m0;
  m0.id = 0;
  m0.rand = fastrand_for_m(model_.seed, 0);
  m0.p = 0;
  model_.allm.push_back(m0);
  P& p0 = model_.allp[0];
  p0.status = PStatus::kRunning;
  p0.m = 0;
  const bool startup_heap = program_.models_startup_heap() && config_.startup_heap;
  try {
    // Go: schedinit's allocations (cpuinit, mcommoninit, modulesinit, goargs, goenvs, procresize).
    if (startup_heap) startup_schedinit(model_, nprocs, program_.runs_internal_cpu());
    const GIdx main_g = newproc(model_, 0, kNoG, main_entry, 0);
    execute(model_, 0, runqget(model_, 0));
    if (startup_heap) startup_allocm(model_);  // Go: runtime.main's newm(sysmon, nil, -1)
    newm_sysmon(model_);  // M1, as in runtime.main
    start_runtime_goroutines(main_g);
    schedule_p(0, 0);
  } catch (const heap::OutOfMemory& oom) {
    // newproc1 maps the heap's first arena for the main goroutine's stack: a heap limit below
    // it dies here, as Go dies in mallocinit/newproc when it cannot map its first arena.
    out_of_memory(oom);
  }
}

// Before main.main runs, Go 1.19's runtime.main has started goroutines of its own, so user
// goroutines are numbered from 6 (5 in a program that does not initialise package os) as in
// real dumps. Under GOMAXPROCS=1 the order is fixed:
// runtime init starts forcegchelper (G2); gcenable starts bgsweep (G3) and bgscavenge (G4) and
// waits for both on a channel, which runs G4, then G2 and G3 from the local queue (two
// executes that advance schedtick), each parking at once; package os's init sets a finalizer,
// which starts runfinq (G5) into runnext, where it still is when main.main begins (a program
// that never imports os, even through fmt, has no G5). gosim sets
// up that state directly instead of running the runtime's own code.
void Machine::start_runtime_goroutines(GIdx main_g) {
  struct Bg {
    int32_t entry;
    WaitReason parked;
  };
  const Bg parked[] = {{kEntryForcegc, WaitReason::kForceGCIdle},
                       {kEntryBgsweep, WaitReason::kGCSweepWait},
                       {kEntryBgscavenge, WaitReason::kGCScavengeWait}};
  P& p0 = model_.allp[0];
  const bool startup_heap = program_.models_startup_heap() && config_.startup_heap;
  for (const Bg& bg : parked) {
    // Go: gcenable's channel and the closures of `go bgsweep(c)` and `go bgscavenge(c)`.
    if (startup_heap && bg.entry != kEntryForcegc) startup_gcenable_go(model_, bg.entry == kEntryBgsweep);
    const GIdx gi = newproc(model_, 0, main_g, bg.entry, 0, true);
    runqget(model_, 0);  // it ran at once and parked
    G& g = model_.allg[static_cast<size_t>(gi)];
    g.status = GStatus::kWaiting;
    g.waitreason = bg.parked;
    emit_event(EventKind::kGoPark, 0, 0, g.goid, static_cast<int64_t>(bg.parked));
  }
  p0.schedtick = 2;
  const auto runfinq = [&] { newproc(model_, 0, main_g, kEntryRunfinq, 0, true); };
  if (!startup_heap) {
    if (program_.initialises_os()) runfinq();
    return;
  }
  // Go: main waits on gcenable's channel; runtime.main makes main_init_done; then doInit runs
  // the packages gosim models natively (os's first NewFile starts runfinq) before the ones it
  // runs from source (runtime.main's IR). Simplified: Go interleaves the two in import order.
  startup_gcenable_wait(model_);
  bool finq = false;
  startup_package_inits(model_, program_.native_init_packages(), [&] {
    finq = true;
    runfinq();
  });
  if (!finq && program_.initialises_os()) runfinq();
}

std::optional<Event> Machine::step() {
  try {
    return engine_.step();
  } catch (const heap::OutOfMemory& oom) {
    // The program's allocation failed: Go's fatal error, not gosim's (events already out stay).
    out_of_memory(oom);
    return engine_.step();
  } catch (const std::bad_alloc&) {
    // gosim itself ran out of host memory: a limit of gosim, named as the heap limit, whose
    // flag makes a run stop before the host does. Never a crash.
    model_.engine.pending.clear();
    stop_at_limit(model_.engine, LimitKind::kMaxHeap, config_.limits.max_heap_bytes);
    return engine_.step();
  } catch (const std::exception& err) {
    // An internal invariant broke (a scheduler logic_error, the allocator's HeapThrow): stop
    // with the function's name rather than limp on.
    model_.engine.pending.clear();
    model_.engine.finished = true;
    model_.exit_kind = ExitKind::kInternal;
    model_.exit_code = kExitInternal;
    const std::string msg = std::string("gosim internal error: ") + err.what() + "\n";
    emit_event(EventKind::kWrite, -1, -1, 0, 2, write_output(model_, msg),
               static_cast<int64_t>(msg.size()));
    return engine_.step();
  }
}

void Machine::restore(const Checkpoint& cp) {
  model_ = cp.model;
  model_.heap.backing.p = &model_.mem;  // a copy of a heap never carries it
  update_observer();  // the checkpoint's pointer is whatever it was when taken
  // The coroutines are not part of the model: drop them all (the storage too, so nothing can
  // reach a dropped one); each G gets a fresh one when it next runs, and the fresh one continues
  // from the G's state (see task.h).
  std::vector<GTask>().swap(tasks_);
}

void Machine::capture_at(uint64_t seq) {
  capture_seq_ = seq;
  update_observer();
}

void Machine::set_emit_hook(std::function<void(const Model&, const Event&)> hook) {
  emit_hook_ = std::move(hook);
  update_observer();
}

// The observer costs a branch per event, and the CLI's plain run needs none.
void Machine::update_observer() {
  model_.engine.observer = capture_seq_ != 0 || emit_hook_ ? this : nullptr;
}

void Machine::on_emit(const Event& e) {
  if (emit_hook_) emit_hook_(model_, e);
  if (e.seq == capture_seq_) {
    captured_ = std::make_unique<Model>(model_);
    // As if step() had just returned it: the events emitted before it in this engine step are
    // handed out, nothing after it exists yet.
    EngineState& es = captured_->engine;
    es.observer = nullptr;
    es.pending.clear();
    es.returned = e.seq;
    es.next_seq = e.seq + 1;
    captured_seq_ = e.seq;
  }
}

bool Machine::state_is_exact() const { return captured_ && captured_seq_ == model_.engine.returned; }

const Model& Machine::state() const { return state_is_exact() ? *captured_ : model_; }

void Machine::dispatch(const AgendaItem& item) {
  switch (item.kind) {
    case kItemPStep: {
      // A P removed by GOMAXPROCS, or an item from before a stop-the-world: stale.
      if (item.id >= static_cast<int32_t>(model_.allp.size())) return;
      P& pp = model_.allp[static_cast<size_t>(item.id)];
      if (item.token != pp.gen) return;
      pp.scheduled = false;
      pp.clock = item.time;
      if (pp.status != PStatus::kRunning) return;  // the P was released since (stale item)
      p_step(item.id);
      return;
    }
    case kItemTimer:
      timer_due(item.id);
      return;
    case kItemSysmon:
      if (item.token == model_.sysmon.generation) sysmon_cycle(model_, config_);
      return;
    case kItemNet:
      // An M sleeping in epoll_wait (every P idle) wakes at once and takes a P; otherwise the
      // ready G waits for the next poll.
      if (net_deliver(model_, item.token) && model_.sched.pidle.size() == model_.allp.size()) {
        model_.net.lastpoll = model_.engine.now;
        startm(model_, -1, false, -1, config_.cost);
      }
      return;
    case kItemSyscallDone: {
      const int32_t pid = exitsyscall(model_, item.id);
      if (pid >= 0) run_g(pid, 0);  // the fast path: the G carries on at once
      return;
    }
    default:
      throw std::logic_error("dispatch: unknown agenda item");
  }
}

// A timer of P `owner` is due. A running P runs its own timers when it next schedules; an idle
// P's are run by an M woken from netpoll at the timer's time, which takes an idle P and finds
// the timer (its own, or another P's by stealing) before anything else. The same happens when
// the owner is busy (a long-running G, a system call) while other Ps are idle: the M that went
// idle last blocked in netpoll until the earliest timer of any P (findRunnable's pollUntil), so
// it wakes, takes an idle P and steals the timer; without this a sleeper would wait for the busy
// P's next schedule, up to a whole 10 ms time slice.
void Machine::timer_due(int32_t owner) {
  if (owner >= static_cast<int32_t>(model_.allp.size())) return;  // removed by GOMAXPROCS; its timers moved
  const P& pp = model_.allp[static_cast<size_t>(owner)];
  // Go: the earliest of timer0When and timerModifiedEarliest (a timer Reset to an earlier time).
  const VTime adj = pp.timer_modified_earliest;
  const bool due = (!pp.timers.empty() && pp.timers[0].when <= model_.engine.now) || (adj != 0 && adj <= model_.engine.now);
  if (!due) return;
  if (pp.status != PStatus::kIdle && (model_.sched.pidle.empty() || model_.sched.nmspinning > 0)) return;
  startm(model_, -1, false, -1, config_.cost);
}

void Machine::schedule_p(int32_t pid, VTime at) {
  P& pp = model_.allp[static_cast<size_t>(pid)];
  pp.scheduled = true;
  pp.clock = at;
  model_.engine.agenda.push(at, kItemPStep, pid, pp.gen);
}

void Machine::p_step(int32_t pid) {
  const P& pp = model_.allp[static_cast<size_t>(pid)];
  if (model_.allm[static_cast<size_t>(pp.m)].curg != kNoG) {
    handle_request(pid);
    return;
  }
  // Go: findRunnable asks findRunnableGCWorker first: a fractional mark worker behind its share.
  if (const VTime gc_ns = gc_fractional_worker(*this, pid); gc_ns > 0) {
    if (!model_.engine.finished) schedule_p(pid, model_.engine.now + gc_ns);
    return;
  }
  // Go: runtime/proc.go schedule
  const Found f = findRunnable(model_, pid, config_.cost);
  if (model_.engine.finished) return;
  if (f.g == kNoG) {
    // Go: findRunnable's idle GC mark worker: a P with nothing to run marks while the GC does.
    if (const VTime gc_ns = gc_idle(*this, pid); gc_ns > 0) {
      if (!model_.engine.finished) schedule_p(pid, model_.engine.now + gc_ns);
      return;
    }
    park_p(model_, pid);
    // Go: stopm -> mput -> checkdead: the last M going to sleep checks that something can
    // still happen.
    if (checkdead(model_)) report_deadlock();
    return;
  }
  resetspinning(model_, pid, config_.cost);
  execute(model_, pid, f);
  if (model_.allg[static_cast<size_t>(f.g)].code.entry < 0) {
    run_runtime_goroutine(pid);
    return;
  }
  // A G that parked inside a request (a semaphore it must retry) carries on with that request;
  // any other G resumes its code.
  G& g = model_.allg[static_cast<size_t>(f.g)];
  if (g.req.kind != ReqKind::kNone) {
    schedule_p(pid, model_.engine.now + config_.cost.schedule_ns);
    return;
  }
  run_g(pid, config_.cost.schedule_ns);
}

void Machine::run_g(int32_t pid, VTime delay) {
  const P& pp = model_.allp[static_cast<size_t>(pid)];
  const GIdx gi = model_.allm[static_cast<size_t>(pp.m)].curg;
  if (tasks_.size() < model_.allg.size()) tasks_.resize(model_.allg.size());
  GTask& task = tasks_[static_cast<size_t>(gi)];
  if (!task.valid()) task = program_.body(*this, gi);
  G& g = model_.allg[static_cast<size_t>(gi)];
  // The body replaces the whole request when it makes one; clearing the kind is enough to
  // tell "made a request" from "returned".
  g.req.kind = ReqKind::kNone;
  g.req.cost = 0;
  task.resume();
  if (task.done()) task.reset();
  model_.allg[static_cast<size_t>(gi)].code_event = false;  // it has yielded
  // A body that simply ended has returned from its function.
  if (g.req.kind == ReqKind::kNone) g.req.kind = ReqKind::kExit;
  // gosim's limit on running code (not Go's): a busy loop ends here, at its safe point, before
  // its request is handled, so the Limit event is the run's last.
  model_.cpu_ns += g.req.cost;
  if (model_.cpu_ns > config_.limits.max_cpu_time_ns) {
    stop_at_limit(model_.engine, LimitKind::kMaxCpuTime, config_.limits.max_cpu_time_ns);
    return;
  }
  // `now` never moves inside an item (other Ps may have items before now + delay); the G's
  // next request is simply due later.
  schedule_p(pid, model_.engine.now + delay + g.req.cost);
}

// An event of a G's own code (mallocgc, stack growth, calls) goes out the instant the code makes
// it, in the middle of the instruction that causes it, so the model a learner sees at each is the
// state of that instant. Its time is the stretch's start (`now` never moves inside an agenda
// item); the interpreter yields right after the instruction (G::code_event), and the request it
// makes there is due after the stretch's cost.
void Machine::CodeSink::put(const Event& in) {
  Model& md = mc.model_;
  G& g = md.allg[static_cast<size_t>(gi)];
  const int32_t pid = g.m >= 0 ? md.allm[static_cast<size_t>(g.m)].p : -1;
  Event e = in;
  e.m = g.m;
  e.g = g.goid;
  if (e.p < 0) e.p = pid;
  g.code_event = true;
  if (pid >= 0) {
    P& pp = md.allp[static_cast<size_t>(pid)];
    if (e.kind == EventKind::kMalloc) pp.code_alloc_bytes += static_cast<uint64_t>(e.b), ++pp.code_mallocs;
    pp.code_events = true;
  }
  emit(md.engine, e);
}

void Machine::handle_request(int32_t pid) {
  P& pp = model_.allp[static_cast<size_t>(pid)];
  const int32_t mid = pp.m;
  const GIdx gi = model_.allm[static_cast<size_t>(mid)].curg;
  G& g = model_.allg[static_cast<size_t>(gi)];
  const CostModel& cost = config_.cost;
  // After the request, either the G keeps running after the runtime's own cost, or it left the
  // P and the P schedules another G at this instant.
  auto continue_after = [&](VTime runtime_cost) { run_g(pid, runtime_cost); };
  // The G's code allocated since its last request (its events went out as they happened).
  if (pp.code_events) {
    const uint64_t allocated = pp.code_alloc_bytes, mallocs = pp.code_mallocs;
    pp.code_events = false;
    pp.code_alloc_bytes = pp.code_mallocs = 0;
    // The collector's turn after an allocation (sim/rt/gc.cpp): trigger, assist, mark work,
    // sweep credit. Time it takes delays the request, which is handled when the P comes back.
    const VTime gc_ns = gc_after_request(*this, pid, gi, allocated, mallocs);
    if (model_.engine.finished) return;
    if (gc_ns > 0) {
      model_.allg[static_cast<size_t>(gi)].req.cost = 0;
      schedule_p(pid, model_.engine.now + gc_ns);
      return;
    }
  } else if (model_.heap.gc.phase == heap::GCPhase::kMark && g.req.cost > 0) {
    // Marking: the background workers' share of the stretch this G ran.
    const VTime gc_ns = gc_after_request(*this, pid, gi, 0, 0);
    if (model_.engine.finished) return;
    if (gc_ns > 0) {
      model_.allg[static_cast<size_t>(gi)].req.cost = 0;
      schedule_p(pid, model_.engine.now + gc_ns);
      return;
    }
  }
  switch (g.req.kind) {
    case ReqKind::kNone:
      continue_after(0);
      return;
    case ReqKind::kWork:
      // A safe point: a G that sysmon asked to stop goes to the global queue (Go 1.14+
      // asynchronous preemption lands here within microseconds). With asyncpreemptoff only
      // function prologues count.
      if (g.preempt && (g.req.b == 1 || !config_.whatif.no_async_preempt)) {
        g.preempt = false;
        const int64_t goid = g.goid;
        goschedImpl(model_, pid, /*preempted=*/true);  // the event once the G is in the global queue
        emit_event(EventKind::kPreempt, pid, mid, goid);
        break;
      }
      continue_after(0);
      return;
    case ReqKind::kSleep:
      if (g.req.a <= 0) {  // Go: time.Sleep returns at once for d <= 0
        continue_after(0);
        return;
      }
      timeSleep(model_, pid, g.req.a);
      break;
    case ReqKind::kTimeAfter:
      // Go: time.NewTimer — a channel with room for one time.Time and a timer that fills it.
      makechan(model_, static_cast<uint64_t>(g.req.a), 24, 1);
      model_.chans[static_cast<uint64_t>(g.req.a)].made_by = HChan::Maker::kTimeAfter;
      doaddtimer(model_, pid, Timer{model_.engine.now + std::max<int64_t>(g.req.b, 0), kNoG, static_cast<uint64_t>(g.req.a)});
      continue_after(cost.sync_ns);
      return;
    case ReqKind::kNotifyListWait:
      if (notifyListWait(model_, pid, static_cast<uint64_t>(g.req.a), static_cast<uint32_t>(g.req.b))) break;
      continue_after(cost.sync_ns);
      return;
    case ReqKind::kNotifyListNotifyOne:
    case ReqKind::kNotifyListNotifyAll:
      if (g.req.kind == ReqKind::kNotifyListNotifyOne) {
        notifyListNotifyOne(model_, pid, static_cast<uint64_t>(g.req.a), cost);
      } else {
        notifyListNotifyAll(model_, pid, static_cast<uint64_t>(g.req.a), cost);
      }
      continue_after(cost.ready_ns);
      return;
    case ReqKind::kGomaxprocs: {
      // The calling G keeps running, on P0 if its own P was removed.
      const int32_t cur = gomaxprocs_resize(model_, pid, static_cast<int32_t>(g.req.a), cost);
      run_g(cur, cost.schedule_ns);
      return;
    }
    case ReqKind::kGC: {
      const VTime gc_ns = gc_full_cycle(*this, pid);  // Go: runtime.GC
      if (model_.engine.finished) return;
      continue_after(gc_ns);
      return;
    }
    case ReqKind::kFileWrite: {
      // Go: os.(*File).Write -> poll.(*FD).Write -> syscall.Write: entersyscall, write(2) — the
      // bytes reach the terminal — then exitsyscall when the call returns (part io).
      const int64_t fd = g.req.a;
      const std::string text = g.req.text;
      const int64_t goid = g.goid;
      entersyscall(model_, pid, cost.write_ns, kSysWrite, fd);
      const int64_t offset = write_output(model_, text);
      emit_on_m(model_, EventKind::kWrite, -1, mid, goid, fd, offset, static_cast<int64_t>(text.size()));
      return;
    }
    case ReqKind::kFileRead:
      // Go: os.(*File).Read -> poll.(*FD).Read -> syscall.Read: stdin is not in the netpoller
      // (a blocking descriptor), so the G enters read(2) and exitsyscall brings it back. The
      // bytes were copied when the call was made (sim/interp/lib_os.cpp); gosim charges a read
      // what it charges a write.
      entersyscall(model_, pid, cost.write_ns, kSysRead, g.req.a);
      return;
    case ReqKind::kFileSys:
      // Go: os's file calls on linux/amd64 (openat, fstat, lseek, close, ...): a regular file is
      // not pollable (os/file_unix.go newFile: epoll refuses it), so every call blocks its M in
      // the kernel; the model's answer was computed when the call was made (lib_vfs.cpp).
      entersyscall(model_, pid, cost.file_ns, g.req.a, g.req.b);
      return;
    case ReqKind::kSyscall:
      entersyscall(model_, pid, std::max<VTime>(g.req.a, cost.syscall_ns));
      return;  // the P waits in _Psyscall; the agenda has the call's return
    case ReqKind::kGo: {
      // The limit counts the goroutines go statements started (main and the runtime's own
      // helpers are not among them), so a lesson may start exactly max_goroutines.
      if (model_.live_goroutines - 1 >= config_.limits.max_goroutines) {
        stop_at_limit(model_.engine, LimitKind::kMaxGoroutines, config_.limits.max_goroutines);
        return;
      }
      gc_newproc_barrier(*this, pid, gi, static_cast<uint64_t>(g.req.b));
      newproc(model_, pid, gi, static_cast<int32_t>(g.req.a), g.req.b);
      wakep(model_, pid, cost);
      continue_after(cost.newproc_ns);
      return;
    }
    case ReqKind::kGosched:
      goschedImpl(model_, pid);
      break;
    case ReqKind::kSemacquire:
      if (semacquire(model_, pid, static_cast<uint64_t>(g.req.a))) {
        continue_after(cost.ready_ns);
        return;
      }
      break;  // parked; g.req stays, so the acquire is retried when it runs again
    case ReqKind::kSemrelease:
      semrelease(model_, pid, static_cast<uint64_t>(g.req.a), cost);
      continue_after(cost.ready_ns);
      return;
    case ReqKind::kMakeChan:
      makechan(model_, static_cast<uint64_t>(g.req.a), g.req.b, g.req.c);
      if (!g.code.frames.empty()) {
        HChan& made = model_.chans[static_cast<uint64_t>(g.req.a)];
        made.made_fn = g.code.frames.back().fn;
        made.made_pc = g.code.frames.back().pc;
      }
      continue_after(cost.sync_ns);
      return;
    case ReqKind::kChanSend:
    case ReqKind::kChanRecv:
    case ReqKind::kChanClose:
    case ReqKind::kSelect: {
      const auto c = static_cast<uint64_t>(g.req.a);
      const bool block = g.req.b != 0;
      ChanOutcome out;
      if (g.req.kind == ReqKind::kChanSend) {
        out = chansend(model_, pid, c, g.req.text, block, cost);
      } else if (g.req.kind == ReqKind::kChanRecv) {
        out = chanrecv(model_, pid, c, block, cost);
      } else if (g.req.kind == ReqKind::kChanClose) {
        out = closechan(model_, pid, c, cost);
      } else {
        out = selectgo(model_, pid, g.req.cases, block, cost);
      }
      if (out.step == ChanStep::kParked) break;
      // A panic is the G's to raise when it runs on (it may recover).
      if (out.step == ChanStep::kPanic) model_.allg[static_cast<size_t>(gi)].req_panic = out.msg;
      continue_after(cost.sync_ns);
      return;
    }
    case ReqKind::kNetListen:
    case ReqKind::kNetDial:
    case ReqKind::kNetAccept:
    case ReqKind::kNetRead:
    case ReqKind::kNetWrite:
    case ReqKind::kNetClose:
      wake_sysmon(model_);  // socket calls are system calls
      if (!net_call(model_, pid, g.req, cost)) break;  // parked in IO wait
      continue_after(cost.write_ns);
      return;
    case ReqKind::kMutexLock:
    case ReqKind::kMutexUnlock:
    case ReqKind::kRWLock:
    case ReqKind::kRWUnlock:
    case ReqKind::kRLock:
    case ReqKind::kRUnlock:
    case ReqKind::kWgAdd:
    case ReqKind::kWgWait:
      if (!apply_sync(pid, run_sync(pid))) return;
      break;
    case ReqKind::kWrite: {
      wake_sysmon(model_);  // write(2) goes through entersyscall
      const int64_t offset = write_output(model_, g.req.text);
      emit_event(EventKind::kWrite, pid, mid, g.goid, g.req.a, offset, static_cast<int64_t>(g.req.text.size()));
      continue_after(cost.write_ns);
      return;
    }
    case ReqKind::kPanic:
      die_panic(g.req.text, gi);
      return;
    case ReqKind::kOsExit:
    case ReqKind::kExit:
      if (g.req.kind == ReqKind::kOsExit || g.goid == 1) {
        // Go: runtime.main calls exit(0) when main.main returns, whatever else is running.
        model_.exit_kind = ExitKind::kExited;
        model_.exit_code = g.req.kind == ReqKind::kOsExit ? static_cast<int>(g.req.a) : 0;
        model_.engine.finished = true;
        emit_event(EventKind::kProgramExit, pid, mid, g.goid, model_.exit_code);
        return;
      }
      goexit0(model_, pid);
      // After a restore the G may have no coroutine yet (tasks_ is rebuilt lazily by run_g).
      if (static_cast<size_t>(gi) < tasks_.size()) tasks_[static_cast<size_t>(gi)].reset();
      break;
  }
  // The G left the P. Its request is done when it next runs (it slept, yielded, was
  // preempted), except a semaphore acquire, which it must retry then, as Go's loop does, and a
  // network call, which netpoll completes.
  G& left = model_.allg[static_cast<size_t>(gi)];  // `g` may dangle if allg grew
  const bool io_wait = left.status == GStatus::kWaiting && left.waitreason == WaitReason::kIOWait;
  if (left.status != GStatus::kDead && !left.syncw.in_sema && !io_wait) reset_request(left.req);
  // Schedule another G at this same instant.
  p_step(pid);
}

// The runtime's own goroutines: bgsweep and forcegchelper do their part of a GC cycle; otherwise
// (and always for the finalizer and scavenger goroutines, which gosim does not model) one parks
// where the real one waits for work.
void Machine::run_runtime_goroutine(int32_t pid) {
  const GIdx gi = model_.allm[static_cast<size_t>(model_.allp[static_cast<size_t>(pid)].m)].curg;
  // bgsweep and forcegchelper have work while a GC cycle needs them (sim/rt/gc.cpp).
  if (const VTime gc_ns = gc_runtime_goroutine(*this, pid, gi); gc_ns >= 0) {
    if (!model_.engine.finished) schedule_p(pid, model_.engine.now + gc_ns);
    return;
  }
  WaitReason reason = WaitReason::kFinalizerWait;
  switch (model_.allg[static_cast<size_t>(gi)].code.entry) {
    case kEntryForcegc: reason = WaitReason::kForceGCIdle; break;
    case kEntryBgsweep: reason = WaitReason::kGCSweepWait; break;
    case kEntryBgscavenge: reason = WaitReason::kGCScavengeWait; break;
    default: break;
  }
  gopark(model_, pid, reason);
  p_step(pid);
}

SyncResult Machine::run_sync(int32_t pid) {
  const P& pp = model_.allp[static_cast<size_t>(pid)];
  const G& g = model_.allg[static_cast<size_t>(model_.allm[static_cast<size_t>(pp.m)].curg)];
  const auto addr = static_cast<uint64_t>(g.req.a);
  const CostModel& cost = config_.cost;
  switch (g.req.kind) {
    case ReqKind::kMutexLock: return mutex_lock(model_, pid, addr, cost);
    case ReqKind::kMutexUnlock: return mutex_unlock(model_, pid, addr, cost);
    case ReqKind::kRWLock: return rwmutex_lock(model_, pid, addr, cost);
    case ReqKind::kRWUnlock: return rwmutex_unlock(model_, pid, addr, cost);
    case ReqKind::kRLock: return rwmutex_rlock(model_, pid, addr, cost);
    case ReqKind::kRUnlock: return rwmutex_runlock(model_, pid, addr, cost);
    case ReqKind::kWgAdd: return waitgroup_add(model_, pid, addr, g.req.b, cost);
    case ReqKind::kWgWait: return waitgroup_wait(model_, pid, addr, cost);
    default: throw std::logic_error("run_sync: not a sync request");
  }
}

// Carries out what a sync operation asked for. Returns true when the G left the P (parked or
// yielded), false when it keeps running or the program ended.
bool Machine::apply_sync(int32_t pid, const SyncResult& r) {
  const P& pp = model_.allp[static_cast<size_t>(pid)];
  G& g = model_.allg[static_cast<size_t>(model_.allm[static_cast<size_t>(pp.m)].curg)];
  switch (r.step) {
    case SyncStep::kDone:
      run_g(pid, config_.cost.sync_ns);
      return false;
    case SyncStep::kSpin:
      // Still running, still asking: try again after procyield(30).
      schedule_p(pid, model_.engine.now + config_.cost.spin_ns);
      return false;
    case SyncStep::kParked:
      return true;
    case SyncStep::kYield:
      g.req = Request{};
      goyield(model_, pid);
      return true;
    case SyncStep::kPanic:
      g.req_panic = r.msg;
      run_g(pid, config_.cost.sync_ns);
      return false;
    case SyncStep::kFatal:
      fatal(r.msg);
      return false;
  }
  return false;
}

// Go: runtime/panic.go fatalpanic — printpanics ("panic: …") and the panicking goroutine's
// trace, then exit(2). The write comes first, as in Go: at the fatal event (the program stops)
// the message is already in the output, so the picture there shows what was printed.
void Machine::die_panic(const std::string& msg, GIdx gi) {
  std::string text = "panic: " + msg + "\n\n" + goroutine_trace(gi);
  const int64_t offset = write_output(model_, text);
  emit_event(EventKind::kWrite, -1, -1, 0, 2, offset, static_cast<int64_t>(text.size()));
  // The run has ended by the time the fatal event is read: it comes after the state says so.
  model_.exit_kind = ExitKind::kFatal;
  model_.exit_code = 2;
  model_.engine.finished = true;
  emit_event(EventKind::kFatal, -1, -1, model_.allg[static_cast<size_t>(gi)].goid, 2);
}

// Go: runtime/panic.go fatal / fatalthrow — print("fatal error: ", s), every goroutine
// (dopanic_m), then exit(2): the write before the fatal event, as in die_panic.
void Machine::fatal(const std::string& msg) {
  const std::string text = "fatal error: " + msg + "\n\n" + goroutine_dump();
  const int64_t offset = write_output(model_, text);
  emit_event(EventKind::kWrite, -1, -1, 0, 2, offset, static_cast<int64_t>(text.size()));
  model_.exit_kind = ExitKind::kFatal;
  model_.exit_code = 2;
  model_.engine.finished = true;
  emit_event(EventKind::kFatal, -1, -1, 0, 2);
}

// The agenda emptied without the program ending: only possible if every M sleeps and nothing
// is pending, which checkdead reports when the last M parks; kept as a safety net.
void Machine::on_quiescent() { report_deadlock(); }

// Go: runtime/proc.go checkdead's fatal errors.
void Machine::report_deadlock() {
  int64_t waiting = 0;
  for (const G& g : model_.allg) {
    if (g.status == GStatus::kWaiting || g.status == GStatus::kPreempted) ++waiting;
  }
  std::string msg = waiting == 0 ? "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n"
                                 : "fatal error: all goroutines are asleep - deadlock!\n";
  msg += "\n" + goroutine_dump();
  const int64_t offset = write_output(model_, msg);
  model_.exit_kind = ExitKind::kFatal;
  model_.exit_code = 2;
  model_.engine.finished = true;
  emit_event(EventKind::kDeadlock, -1, -1, 0, waiting);
  emit_event(EventKind::kWrite, -1, -1, 0, 2, offset, static_cast<int64_t>(msg.size()));
}

}  // namespace gosim
