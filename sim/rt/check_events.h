// --check-events: after every event, the state shows what the event says.
//
// The design promise is that every event is a pause point: right after event i is emitted and
// before anything of event i+1 happens, the model is exactly the state the sentence describes
// ("G7 blocks [chan receive]": G7 is waiting, for that reason, on no run queue). One rule per
// event kind states that agreement as a check on the live model; the Machine's emit hook
// (Machine::set_emit_hook) runs it at the instant of emission, so an event sent before the
// change it describes (or after a later one) is caught with the rule that it broke.
//
// Each rule reads only the model and the event's own arguments (the table in
// sim/trace/event.cpp). Where the state cannot tell what the event claims (a count that "grew"
// leaves no trace of its old value), the rule checks what the state can show: the new value,
// where the goroutine now sits, which queue holds it.
#pragma once

#include <string>
#include <string_view>

#include "sim/rt/runtime2.h"

namespace gosim {

// "" when the model agrees with the event; else "rule: <the kind's rule>; state: <what
// contradicts it>".
std::string check_event(const Model& md, const Event& e);

// Every kind below EventKind::kCount has a rule (a unit test iterates over them all).
bool has_event_rule(EventKind k);
// The kind's rule in one sentence ("" for a kind without one).
std::string_view event_rule_text(EventKind k);

}  // namespace gosim
