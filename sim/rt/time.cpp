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

// Go: time.go siftupTimer
void siftupTimer(std::vector<Timer>& t, size_t i) {
  const VTime when = t[i].when;
  const Timer tmp = t[i];
  while (i > 0) {
    const size_t p = (i - 1) / 4;  // parent
    if (when >= t[p].when) break;
    t[i] = t[p];
    i = p;
  }
  t[i] = tmp;
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

}  // namespace

void doaddtimer(Model& md, int32_t pid, Timer t) {
  auto& heap = md.allp[static_cast<size_t>(pid)].timers;
  heap.push_back(t);
  siftupTimer(heap, heap.size() - 1);
  // The engine must look at this P when the timer is due, even if every P is idle by then.
  md.engine.agenda.push(t.when, kItemTimer, pid);
}

void dodeltimer0(Model& md, int32_t pid) {
  auto& heap = md.allp[static_cast<size_t>(pid)].timers;
  const size_t last = heap.size() - 1;
  if (last > 0) heap[0] = heap[last];
  heap.pop_back();
  if (last > 0) siftdownTimer(heap, 0);
}

// Go: time.go timeSleep
void timeSleep(Model& md, int32_t pid, VTime ns) {
  const P& pp = md.allp[static_cast<size_t>(pid)];
  const GIdx gi = md.allm[static_cast<size_t>(pp.m)].curg;
  gopark(md, pid, WaitReason::kSleep);
  // Go adds the timer in resetForSleep, the park's unlock function, once the G is parked.
  doaddtimer(md, pid, Timer{md.engine.now + ns, gi});
}

// Go: proc.go checkTimers + time.go runtimer/runOneTimer
int checkTimers(Model& md, int32_t owner, int32_t runner, const CostModel& cost) {
  int ran = 0;
  for (;;) {
    auto& heap = md.allp[static_cast<size_t>(owner)].timers;
    if (heap.empty() || heap[0].when > md.engine.now) break;
    const Timer t = heap[0];
    dodeltimer0(md, owner);
    Event e;
    e.kind = EventKind::kTimerFire;
    e.p = runner;
    e.m = md.allp[static_cast<size_t>(runner)].m;
    e.g = goid_of(md, t.g);
    e.a = t.when;
    e.b = md.engine.now - t.when;
    emit(md.engine, e);
    if (t.chan != 0) {
      // Go: time.go sendTime — a time.Time {wall, ext, loc}: gosim puts the virtual time in ext.
      std::string tv(24, '\0');
      const int64_t now = md.engine.now;
      std::memcpy(&tv[8], &now, 8);
      sendTime(md, runner, t.chan, tv, cost);
    } else {
      // Go: time.go goroutineReady
      goready(md, runner, t.g, cost);
    }
    ++ran;
  }
  return ran;
}

VTime timeSleepUntil(const Model& md) {
  VTime next = -1;
  for (const P& pp : md.allp) {
    if (!pp.timers.empty() && (next < 0 || pp.timers[0].when < next)) next = pp.timers[0].when;
  }
  return next;
}

}  // namespace gosim
