// The level-of-detail control: a small combo (Controls panel) and the D key, both over
// UiSettings::detail. Which kinds each level shows is sim/trace/detail_level.cpp.
#pragma once

#include "sim/trace/detail_level.h"

namespace gosim::viz {

// The level's label in the UI's language ("scheduler" / "仅调度器", …).
const char* detail_label(DetailLevel level);
// scheduler → + memory → everything → scheduler (the D key).
DetailLevel next_detail(DetailLevel level);
// Draws the combo; returns true when the user picked another level.
bool detail_combo(DetailLevel& level);

}  // namespace gosim::viz
