// Go 1.19 runtime/time.go, the part under time.Sleep.
//
// What Go does: each P keeps its timers in a 4-ary min-heap ordered by `when` (4 children per
// node keeps the heap shallow). time.Sleep sets the G's own timer and parks in "sleep"; whoever
// schedules on that P next runs due timers first (checkTimers at the top of findRunnable), and
// an idle P's timers are run by Ms stealing work or woken from netpoll at the timer's time.
// Running a sleep timer calls goready, so the sleeper lands in the runnext of the P that ran it.
//
// gosim keeps Go's exact heap procedures (siftupTimer/siftdownTimer), so timers with equal
// `when` fire in the order real Go fires them. Channel timers (time.After, time.Tick) live in
// the same heap and send the time on their channel when they fire (sendTime).
#include "sim/rt/time.h"

#include <cstring>
#include <stdexcept>

#include "sim/rt/chan.h"
#include "sim/rt/proc.h"

namespace gosim {

namespace {

}  // namespace

// Go: time.go siftupTimer (returns where the timer ended up)
size_t siftupTimer(std::vector<Timer>& t, size_t i) {
  const VTime when = t[i].when;
  const Timer tmp = t[i];
  while (i > 0) {
    const size_t p = (i - 1) / 4;  // parent
    if (when >= t[p].when) break;
    t[i] = t[p];
    i = p;
  }
  t[i] = tmp;
  return i;
}

// Go: time.go siftdownTimer
void siftdownTimer(std::vector<Timer>& t, size_t i) {
  const size_t n = t.size();
  const VTime when = t[i].when;
  const Timer tmp = t[i];
  for (;;) {
    size_t c = i * 4 + 1;  // left child
    size_t c3 = c + 2;     // mid child
    if (c >= n) break;
    VTime w = t[c].when;
    if (c + 1 < n && t[c + 1].when < w) {
      w = t[c + 1].when;
      ++c;
    }
    if (c3 < n) {
      VTime w3 = t[c3].when;
      if (c3 + 1 < n && t[c3 + 1].when < w3) {
        w3 = t[c3 + 1].when;
        ++c3;
      }
      if (w3 < w) {
        w = w3;
        c = c3;
      }
    }
    if (w >= when) break;
    t[i] = t[c];
    i = c;
  }
  t[i] = tmp;
}

void doaddtimer(Model& md, int32_t pid, Timer t) {
  auto& heap = md.allp[static_cast<size_t>(pid)].timers;
  heap.push_back(t);
  siftupTimer(heap, heap.size() - 1);
  if (t.obj != 0) md.timers[t.obj].pp = pid;  // Go: t.pp.set(pp)
  // The engine must look at this P when the timer is due, even if every P is idle by then.
  md.engine.agenda.push(t.when, kItemTimer, pid);
}

void dodeltimer0(Model& md, int32_t pid) {
  auto& heap = md.allp[static_cast<size_t>(pid)].timers;
  const size_t last = heap.size() - 1;
  if (last > 0) heap[0] = heap[last];
  heap.pop_back();
  if (last > 0) siftdownTimer(heap, 0);
  if (heap.empty()) md.allp[static_cast<size_t>(pid)].timer_modified_earliest = 0;
}

// Go: time.go timeSleep
void timeSleep(Model& md, int32_t pid, VTime ns) {
  const P& pp = md.allp[static_cast<size_t>(pid)];
  const GIdx gi = md.allm[static_cast<size_t>(pp.m)].curg;
  gopark(md, pid, WaitReason::kSleep);
  // Go adds the timer in resetForSleep, the park's unlock function, once the G is parked.
  doaddtimer(md, pid, Timer{md.engine.now + ns, gi});
}

namespace {

// Go: time.go runOneTimer — the timer at the top of `owner`'s heap is due: re-arm a periodic one
// (or take a one-shot one off the heap), then call its function.
void runOneTimer(Model& md, int32_t owner, int32_t runner, const CostModel& cost) {
  auto& heap = md.allp[static_cast<size_t>(owner)].timers;
  const Timer t = heap[0];
  TimerState* ts = t.obj != 0 ? &md.timers.at(t.obj) : nullptr;
  if (ts != nullptr && ts->period > 0) {
    // Go: "Leave in heap but adjust next time to fire": the next multiple of period after now.
    const VTime delta = t.when - md.engine.now;
    VTime when = t.when + ts->period * (1 + -delta / ts->period);
    if (when < 0) when = INT64_MAX;  // Go: maxWhen
    ts->when = when;
    heap[0].when = when;
    siftdownTimer(heap, 0);
    ts->status = TimerStatus::kWaiting;
    md.engine.agenda.push(when, kItemTimer, owner);
  } else {
    dodeltimer0(md, owner);
    if (ts != nullptr) ts->status = TimerStatus::kNoStatus;
  }
  Event e;
  e.kind = EventKind::kTimerFire;
  e.p = runner;
  e.m = md.allp[static_cast<size_t>(runner)].m;
  e.g = goid_of(md, t.g);
  e.a = t.when;
  e.b = md.engine.now - t.when;
  e.c = ts != nullptr ? ts->kind : 0;
  emit(md.engine, e);
  const uint64_t chan = ts != nullptr ? (ts->f == TimerFunc::kSendTime ? ts->arg : 0) : t.chan;
  if (ts != nullptr && ts->f == TimerFunc::kGoFunc) {
    timer_goFunc(md, runner, ts->arg, cost);
  } else if (chan != 0) {
    // Go: time.go sendTime — a time.Time {wall, ext, loc}: gosim puts the virtual time in ext.
    std::string tv(24, '\0');
    const int64_t now = md.engine.now;
    std::memcpy(&tv[8], &now, 8);
    sendTime(md, runner, chan, tv, cost);
  } else {
    // Go: time.go goroutineReady
    goready(md, runner, t.g, cost);
  }
}

// Go: time.go runtimer — look at the top of the heap: run it if due, or finish what a Stop or
// Reset left (a deleted timer leaves, a modified one moves to its new place). Returns 0 when it
// did something (look again), -1 for an empty heap, else the top's `when`.
VTime runtimer(Model& md, int32_t owner, int32_t runner, const CostModel& cost, int* ran) {
  P& pp = md.allp[static_cast<size_t>(owner)];
  const Timer& t = pp.timers[0];
  TimerState* ts = t.obj != 0 ? &md.timers.at(t.obj) : nullptr;
  const TimerStatus st = ts != nullptr ? ts->status : TimerStatus::kWaiting;
  switch (st) {
    case TimerStatus::kWaiting:
      if (t.when > md.engine.now) return t.when;
      runOneTimer(md, owner, runner, cost);
      ++*ran;
      return 0;
    case TimerStatus::kDeleted:
      dodeltimer0(md, owner);
      ts->status = TimerStatus::kRemoved;
      --pp.deleted_timers;
      return pp.timers.empty() ? -1 : 0;
    case TimerStatus::kModifiedEarlier:
    case TimerStatus::kModifiedLater: {
      Timer moved = t;
      ts->when = ts->nextwhen;
      moved.when = ts->when;
      dodeltimer0(md, owner);
      doaddtimer(md, owner, moved);
      ts->status = TimerStatus::kWaiting;
      return 0;
    }
    default:
      throw std::logic_error("runtimer: bad timer status " + std::string(timer_status_name(st)));
  }
}

}  // namespace

// Go: proc.go checkTimers — adjusttimers, then runtimer until the top is not due, then
// clearDeletedTimers when a quarter of the heap is deleted timers (only on the P's own M).
int checkTimers(Model& md, int32_t owner, int32_t runner, const CostModel& cost) {
  int ran = 0;
  {
    // Go: next is timer0When, or timerModifiedEarliest when that is sooner. gosim's clock starts
    // at 0, so a timer may be due at 0: "no timer" is an empty heap, not a zero when.
    const P& pp = md.allp[static_cast<size_t>(owner)];
    const VTime adj = pp.timer_modified_earliest;
    if (pp.timers.empty() && adj == 0) return 0;
    VTime next = pp.timers.empty() ? adj : pp.timers[0].when;
    if (adj != 0 && adj < next) next = adj;
    if (md.engine.now < next &&
        (owner != runner || pp.deleted_timers <= static_cast<int32_t>(pp.timers.size() / 4))) {
      return 0;
    }
  }
  adjusttimers(md, owner);
  while (!md.allp[static_cast<size_t>(owner)].timers.empty()) {
    if (runtimer(md, owner, runner, cost, &ran) != 0) break;
  }
  const P& pp = md.allp[static_cast<size_t>(owner)];
  if (owner == runner && pp.deleted_timers > static_cast<int32_t>(pp.timers.size() / 4)) clearDeletedTimers(md, owner);
  return ran;
}

VTime timeSleepUntil(const Model& md) {
  VTime next = -1;
  for (const P& pp : md.allp) {
    if (!pp.timers.empty() && (next < 0 || pp.timers[0].when < next)) next = pp.timers[0].when;
    // Go: a timer reset to an earlier time counts from its new time (timerModifiedEarliest).
    const VTime adj = pp.timer_modified_earliest;
    if (adj != 0 && (next < 0 || adj < next)) next = adj;
  }
  return next;
}

}  // namespace gosim
