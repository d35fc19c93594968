// What a step's view names must be there: `select` and every `highlight` entry (g:N, p:N,
// p:N.runq, p:N.runnext, chan:0xADDR, span:0xADDR, object:0xADDR, var:G.NAME, frame:G.FUNC)
// name a goroutine, P, channel, span, heap object, variable or frame of the state at the step.
//
// Why: a name that matches nothing draws nothing, silently (the window outlines what it finds,
// the terminal player marks it), so a lesson re-recorded after the heap moved (issue 18: the
// start-up heap shifted every address) kept pointing at a channel that no longer existed, and
// only a reader looking closely would notice the missing outline.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace gosim::lesson {

// "" when `name` names something in `state` (the `gosim state --json` object); otherwise why
// not, for a message ("no channel 0xc00000e000 (the channels are 0xc000030060, 0xc00003e000)").
// sched.runq always names the global queue; an entry the vocabulary does not know is the
// loader's business and passes here.
std::string view_name_missing(const std::string& name, const nlohmann::ordered_json& state);

}  // namespace gosim::lesson
