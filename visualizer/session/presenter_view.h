// Which panels presenter mode shows at the cursor, when the teacher has not chosen them.
//
// A projector has room for one or two panels. Showing the scheduler and the timeline at every
// step (the old default) hid what most key moments are about: at a channel send the channel's
// ring and its waiters, at a write barrier the objects and their pointers, at copystack the
// frames. The choice follows the event under the cursor: its kind (and for gopark, the wait
// reason Go records) names the runtime structure it changes. Events that change no structure of
// their own (a call, a write, sysmon's tick) keep the scenario's subject: the panel its own
// notes' events point at, beside the source, whose line the note explains.
//
// Headless (no ImGui), so tests ask it directly; VizApp applies it while the panels are the
// automatic ones (a script's panel step or the View menu's presenter checkboxes fix them).
#pragma once

#include <string>
#include <vector>

#include "sim/scenario/scenario.h"
#include "sim/trace/event.h"

namespace gosim::viz {

class Session;

// The panel ids for one event (the script's names: "heap_graph" is the Heap view's graph),
// most important first; empty when the event points at no structure of its own.
std::vector<std::string> panels_for_event(const Event& e);

// The structure a scenario is about: the first panel most of its event notes point at (ties:
// the first noted); for a scenario whose notes are all about lines, the kinds it breaks on.
// "" when nothing names one. It depends on the scenario only: VizApp computes it once per
// loaded scenario, not every frame.
std::string presenter_subject(const Scenario& sc);

// What presenter mode shows at the cursor: panels_for_event of the current event, else the
// scenario's subject (presenter_subject) with the source, else the program and its frames.
std::vector<std::string> presenter_panels_at(const Session& s, const std::string& subject);
// The same, computing the subject from s's scenario (tests; VizApp passes its cached one).
std::vector<std::string> presenter_panels_at(const Session& s);

}  // namespace gosim::viz
