// gosim state: the model's full state at one instant, as JSON and as text.
//
// What tests, lessons and users' scripts read instead of scraping sentences, so the JSON
// vocabulary is the contract (docs/state.md documents every key): plain words for statuses
// ("runnable") beside Go's own names ("_Grunnable"), Go's wait-reason strings, addresses as
// "0x…" strings, times in virtual nanoseconds, every list in a fixed order (goids, ids,
// addresses), so two dumps of the same instant are byte for byte the same.
//
// The text is rendered from the JSON, never from the model, so the two cannot disagree.
//
// Built from Machine::state() (the model at the instant the last returned event was emitted;
// see sim/state/at.h for how a run is stopped there), never model().
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "sim/rt/machine.h"
#include "sim/trace/event.h"

namespace gosim::state {

// Bumped when a key changes meaning or disappears (adding keys keeps it).
constexpr const char* kSchema = "gosim.state/1";

// The state of `mc` after `event` (none: right after start); the event's sentence ("text") in
// `lang`. Everything else is language-neutral vocabulary (docs/state.md).
nlohmann::ordered_json state_json(const Machine& mc, const std::optional<Event>& event, Lang lang = Lang::kEn);

// The same, for a learner to read.
std::string state_text(const nlohmann::ordered_json& st);

}  // namespace gosim::state
