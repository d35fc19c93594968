// What a recording shows and for how long: a lesson or a scenario turned into a script.
//
// `gosim-viz LESSON --record OUT.mp4` plays every step of the lesson without anyone at the
// keyboard. The pace is virtual: each step stays on screen for as long as its narration takes to
// read (reading_ms) or for the lesson's own duration_ms, a question shows its prompt that long
// and then its reveal that long. The walk is an ordinary script ({"wait_ms": …},
// {"lesson_next": 1}), run by the same ScriptRunner with the video's clock as its "now", so a
// recorded lesson, a recorded script and a screenshot script share one code path and wait_ms
// always counts in video time.
//
// A scenario without a script gets a default walk in presenter mode, whose caption line shows
// each event's sentence and the scenario's note for it: the events the scenario's notes name
// (every event when the notes name none), thinned evenly to at most kMaxWalkStops stops so a
// run of thousands of events still makes a video of a minute or two.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "sim/base/lang.h"
#include "visualizer/session/lesson_plan.h"
#include "visualizer/session/script.h"

namespace gosim::viz {

class Session;

// How long a text stays on screen: a pause to look at the picture plus reading time
// (English about 15 characters a second, Chinese about 7), clamped to [kMinReadMs, kMaxReadMs].
int64_t reading_ms(std::string_view text, Lang lang);
constexpr int64_t kMinReadMs = 2500, kMaxReadMs = 30000;
constexpr size_t kMaxWalkStops = 60;

// The lesson, step by step from step 1 (the player shows it on open), as a script.
std::vector<ScriptStep> lesson_walk(const LessonPlan& plan, Lang lang);
// The default walk of the scenario the session has open (presenter mode, one stop per event).
std::vector<ScriptStep> scenario_walk(const Session& session, Lang lang);
// The video time a script takes: the sum of its wait_ms (other steps take no time of their own).
int64_t script_video_ms(const std::vector<ScriptStep>& steps);

}  // namespace gosim::viz
