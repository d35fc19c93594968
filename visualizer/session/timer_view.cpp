#include "visualizer/session/timer_view.h"

#include <algorithm>

#include "visualizer/session/chan_view.h"
#include "visualizer/session/held_by.h"
#include "visualizer/session/session.h"
#include "visualizer/session/waiters.h"

namespace gosim::viz {

TimerView build_timer_view(const Session& s) {
  TimerView v;
  if (!s.loaded()) return v;
  const Model& md = s.model();
  v.now = s.now();
  v.current_fire = s.current() && s.current()->kind == EventKind::kTimerFire;
  const ir::Module* mod = s.module();
  std::map<uint64_t, HeldBy> holders;
  for (const P& p : md.allp) {
    PTimers pt;
    pt.p = p.id;
    std::vector<Timer> sorted = p.timers;
    // Earliest first; equal deadlines in heap-array order (a stable sort of a fixed array:
    // deterministic, and the order Go's siftdown would pop them is not promised either).
    std::stable_sort(sorted.begin(), sorted.end(), [](const Timer& a, const Timer& b) { return a.when < b.when; });
    for (const Timer& t : sorted) {
      TimerRow r{t.when, t.when - v.now, token_of(md, t.g), t.chan, ""};
      if (t.obj != 0) {
        const TimerState& ts = md.timers.at(t.obj);
        static const char* const kOrigin[] = {"time.After", "time.NewTimer", "time.NewTicker", "time.AfterFunc"};
        r.origin = kOrigin[ts.kind >= 1 && ts.kind <= 3 ? ts.kind : 0];
        r.runs_func = ts.f == TimerFunc::kGoFunc;
        r.chan = r.runs_func ? 0 : ts.arg;
        r.status = ts.status;
        r.nextwhen = ts.nextwhen;
      }
      // The channel it sends on, by the variable that holds it, else as the time package made
      // it ("ticker.C", "time.After's channel"); the panel falls back to the address.
      if (r.chan != 0 && mod) {
        if (holders.empty()) holders = held_by(md, *mod);
        if (const auto h = holders.find(r.chan); h != holders.end()) r.chan_name = h->second.short_name();
        else if (const auto c = md.chans.find(r.chan); c != md.chans.end()) r.chan_name = time_chan_name(md, holders, r.chan, c->second);
      }
      pt.timers.push_back(std::move(r));
    }
    v.total += pt.timers.size();
    v.ps.push_back(std::move(pt));
  }
  return v;
}

}  // namespace gosim::viz
