// Go 1.19 runtime/time.go, the part under time.Timer, time.Ticker and time.AfterFunc: starting,
// stopping and resetting a timer that may already sit in a P's heap.
//
// What Go does: Stop (deltimer) and Reset (modtimer) never dig a timer out of the middle of a
// heap. Stop marks it timerDeleted; Reset of a pending timer marks it timerModifiedEarlier or
// timerModifiedLater and notes the new time in nextwhen. The heap catches up later: runtimer
// drops or moves the timer when it reaches the top, adjusttimers moves every modified timer once
// the earliest of them (timerModifiedEarliest) is due, cleantimers tidies the top before an
// addtimer, and clearDeletedTimers rebuilds the heap once a quarter of it is deleted timers.
// That is why a stopped timer still counts in `len(p.timers)` until then, and why it keeps
// checkdead from reporting a deadlock until its old time has passed, as in Go.
#include <stdexcept>

#include "sim/rt/proc.h"
#include "sim/rt/time.h"

namespace gosim {

std::string_view timer_status_name(TimerStatus s) {
  switch (s) {
    case TimerStatus::kNoStatus: return "timerNoStatus";
    case TimerStatus::kWaiting: return "timerWaiting";
    case TimerStatus::kDeleted: return "timerDeleted";
    case TimerStatus::kRemoved: return "timerRemoved";
    case TimerStatus::kModifiedEarlier: return "timerModifiedEarlier";
    case TimerStatus::kModifiedLater: return "timerModifiedLater";
  }
  return "?";
}

namespace {

// Go: time.go dodeltimer — remove timer i (not only the top); returns the smallest heap index
// that changed, where adjusttimers resumes.
size_t dodeltimer(Model& md, int32_t pid, size_t i) {
  P& pp = md.allp[static_cast<size_t>(pid)];
  auto& heap = pp.timers;
  const size_t last = heap.size() - 1;
  if (i != last) heap[i] = heap[last];
  heap.pop_back();
  size_t smallest = i;
  if (i != last) {
    // Moving the last timer to i may have given it a new parent: sift up, then down.
    smallest = siftupTimer(heap, i);
    siftdownTimer(heap, i);
  }
  if (heap.empty()) pp.timer_modified_earliest = 0;
  return smallest;
}

// Go: time.go updateTimerModifiedEarliest
void updateTimerModifiedEarliest(P& pp, VTime nextwhen) {
  if (pp.timer_modified_earliest != 0 && pp.timer_modified_earliest < nextwhen) return;
  pp.timer_modified_earliest = nextwhen;
}

// Go: time.go cleantimers — finish the Stops and Resets waiting at the top of the heap.
void cleantimers(Model& md, int32_t pid) {
  P& pp = md.allp[static_cast<size_t>(pid)];
  while (!pp.timers.empty()) {
    Timer t = pp.timers[0];
    if (t.obj == 0) return;
    TimerState& ts = md.timers.at(t.obj);
    switch (ts.status) {
      case TimerStatus::kDeleted:
        dodeltimer0(md, pid);
        ts.status = TimerStatus::kRemoved;
        --pp.deleted_timers;
        break;
      case TimerStatus::kModifiedEarlier:
      case TimerStatus::kModifiedLater:
        ts.when = ts.nextwhen;
        t.when = ts.when;
        dodeltimer0(md, pid);
        doaddtimer(md, pid, t);
        ts.status = TimerStatus::kWaiting;
        break;
      default:
        return;  // the top is in place
    }
  }
}

}  // namespace

// Go: time.go addtimer (called by time.startTimer)
void addtimer(Model& md, int32_t pid, uint64_t obj) {
  TimerState& ts = md.timers.at(obj);
  if (ts.status != TimerStatus::kNoStatus) throw std::logic_error("addtimer called with initialized timer");
  ts.status = TimerStatus::kWaiting;
  cleantimers(md, pid);
  doaddtimer(md, pid, Timer{ts.when, kNoG, 0, obj});
}

// Go: time.go deltimer (time.stopTimer)
bool deltimer(Model& md, uint64_t obj) {
  TimerState& ts = md.timers.at(obj);
  switch (ts.status) {
    case TimerStatus::kWaiting:
    case TimerStatus::kModifiedLater:
    case TimerStatus::kModifiedEarlier:
      ts.status = TimerStatus::kDeleted;
      ++md.allp[static_cast<size_t>(ts.pp)].deleted_timers;
      return true;
    default:
      return false;  // timerDeleted, timerRemoved, timerNoStatus: already stopped or fired
  }
}

// Go: time.go modtimer (time.resetTimer, time.modTimer)
bool modtimer(Model& md, int32_t pid, uint64_t obj, VTime when, VTime period) {
  TimerState& ts = md.timers.at(obj);
  bool pending = false, was_removed = false;
  switch (ts.status) {
    case TimerStatus::kWaiting:
    case TimerStatus::kModifiedEarlier:
    case TimerStatus::kModifiedLater:
      pending = true;
      break;
    case TimerStatus::kNoStatus:
    case TimerStatus::kRemoved:
      was_removed = true;
      break;
    case TimerStatus::kDeleted:
      --md.allp[static_cast<size_t>(ts.pp)].deleted_timers;  // timer already stopped
      break;
  }
  ts.period = period;
  if (was_removed) {
    ts.when = when;
    doaddtimer(md, pid, Timer{when, kNoG, 0, obj});
    ts.status = TimerStatus::kWaiting;
    return pending;
  }
  // Still in a heap: mark it; the heap moves it later.
  ts.nextwhen = when;
  ts.status = when < ts.when ? TimerStatus::kModifiedEarlier : TimerStatus::kModifiedLater;
  if (ts.status == TimerStatus::kModifiedEarlier) {
    updateTimerModifiedEarliest(md.allp[static_cast<size_t>(ts.pp)], when);
    md.engine.agenda.push(when, kItemTimer, ts.pp);  // Go: wakeNetPoller(when)
  }
  return pending;
}

// Go: time.go adjusttimers + addAdjustedTimers
void adjusttimers(Model& md, int32_t pid) {
  P& pp = md.allp[static_cast<size_t>(pid)];
  const VTime first = pp.timer_modified_earliest;
  if (first == 0 || first > md.engine.now) return;
  pp.timer_modified_earliest = 0;
  std::vector<Timer> moved;
  for (size_t i = 0; i < pp.timers.size(); ++i) {
    Timer t = pp.timers[i];
    if (t.obj == 0) continue;  // Sleep/After timers are always timerWaiting
    TimerState& ts = md.timers.at(t.obj);
    if (ts.status == TimerStatus::kDeleted) {
      const size_t changed = dodeltimer(md, pid, i);
      ts.status = TimerStatus::kRemoved;
      --pp.deleted_timers;
      i = changed - 1;  // wraps for 0; ++i brings it back
    } else if (ts.status == TimerStatus::kModifiedEarlier || ts.status == TimerStatus::kModifiedLater) {
      ts.when = ts.nextwhen;
      t.when = ts.when;
      const size_t changed = dodeltimer(md, pid, i);
      moved.push_back(t);
      i = changed - 1;
    }
  }
  for (const Timer& t : moved) {
    doaddtimer(md, pid, t);
    md.timers.at(t.obj).status = TimerStatus::kWaiting;
  }
}

// Go: time.go clearDeletedTimers
void clearDeletedTimers(Model& md, int32_t pid) {
  P& pp = md.allp[static_cast<size_t>(pid)];
  pp.timer_modified_earliest = 0;
  auto& timers = pp.timers;
  int32_t cdel = 0;
  size_t to = 0;
  bool changed = false;
  for (size_t i = 0; i < timers.size(); ++i) {
    Timer t = timers[i];
    TimerState* ts = t.obj != 0 ? &md.timers.at(t.obj) : nullptr;
    const TimerStatus st = ts ? ts->status : TimerStatus::kWaiting;
    if (st == TimerStatus::kWaiting) {
      if (changed) {
        timers[to] = t;
        siftupTimer(timers, to);
      }
      ++to;
    } else if (st == TimerStatus::kModifiedEarlier || st == TimerStatus::kModifiedLater) {
      ts->when = ts->nextwhen;
      t.when = ts->when;
      timers[to] = t;
      siftupTimer(timers, to);
      ++to;
      changed = true;
      ts->status = TimerStatus::kWaiting;
    } else if (st == TimerStatus::kDeleted) {
      ts->pp = -1;
      ++cdel;
      ts->status = TimerStatus::kRemoved;
      changed = true;
    } else {
      throw std::logic_error("clearDeletedTimers: bad timer status " + std::string(timer_status_name(st)));
    }
  }
  pp.deleted_timers -= cdel;
  timers.resize(to);
}

// Go: time/sleep.go goFunc: `go arg.(func())()`. newproc puts the new G in the runnext of the P
// whose M ran the timer (Go: runqput(pp, newg, true), then wakep).
void timer_goFunc(Model& md, int32_t pid, uint64_t fv, const CostModel& cost) {
  const auto fn = static_cast<int64_t>(md.mem.load(fv, 8));  // the funcval's code word
  const GIdx creator = md.allm[static_cast<size_t>(md.allp[static_cast<size_t>(pid)].m)].curg;
  // No go statement's record: a packed word with the function alone (see Exec::start), plus the
  // funcval in GCode::start_ctx.
  const GIdx gi = newproc(md, pid, creator, static_cast<int32_t>(fn), -(fn + 1));
  md.allg[static_cast<size_t>(gi)].code.start_ctx = fv;
  wakep(md, pid, cost);
}

}  // namespace gosim
