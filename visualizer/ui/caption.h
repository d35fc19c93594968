// The caption line: one sentence under the controls (and atop presenter mode) saying what the
// picture shows. A script's caption wins; otherwise the current event's sentence, and the
// scenario's note for that event kind when it has one.
#pragma once

#include <cstdint>
#include <string>

#include "visualizer/session/session.h"
#include "visualizer/ui/ui_settings.h"

namespace gosim::viz {

struct Caption {
  std::string text;  // the sentence
  std::string note;  // the scenario's note, or ""
};

Caption caption_line(const Session& s, const UiSettings& settings, int32_t story_line = 0);

}  // namespace gosim::viz
