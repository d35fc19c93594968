// Each P's timer heap at the cursor, earliest first, for the Timers panel.
//
// Go 1.19 keeps timers per P (runtime/time.go: p.timers, a 4-ary min-heap on `when`): the P
// that runs time.Sleep owns the sleeper's timer, and checkTimers, called from schedule and
// findRunnable (and stealWork for other Ps' timers), runs the expired ones: goroutineReady
// for a sleeper, sendTime for a time.After / time.NewTimer channel. A heap is drawn as the
// order its timers fire in, not as the array, because that is what a learner predicts.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sim/trace/event.h"
#include "visualizer/session/scheduler_view.h"

namespace gosim::viz {

class Session;

struct TimerRow {
  VTime when = 0;
  VTime in = 0;          // when - now (negative: expired, not run yet)
  GToken g;              // time.Sleep: the sleeper it readies
  uint64_t chan = 0;     // time.After: the channel it sends the time on
  std::string chan_name; // the variable holding that channel, or ""
  // time.NewTimer, NewTicker, AfterFunc (Model::timers): what made it, and what Stop/Reset left.
  const char* origin = "time.After";  // Go's name, the same in every language
  bool runs_func = false;             // AfterFunc: starts a goroutine instead of sending
  TimerStatus status = TimerStatus::kWaiting;
  VTime nextwhen = 0;                 // timerModified*: the time Reset asked for
};

struct PTimers {
  int32_t p = 0;
  std::vector<TimerRow> timers;  // earliest first
};

struct TimerView {
  VTime now = 0;
  std::vector<PTimers> ps;  // every P, in id order
  size_t total = 0;
  bool current_fire = false;  // the event at the cursor is a timer_fire
};

TimerView build_timer_view(const Session& s);

}  // namespace gosim::viz
