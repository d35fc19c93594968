// gosim-viz --self-test: the fonts can draw every UI text of the chosen language.
#pragma once

#include "sim/base/lang.h"
#include "visualizer/ui/theme.h"

namespace gosim::viz {

// Checks that each font (normal, mono, presenter) has a real glyph, not the fallback box, for
// every character of every catalog text in `lang`; prints the Chinese font, the glyph count
// and the atlas size on stderr. True when nothing is missing.
bool font_self_test(const Theme& theme, Lang lang);

}  // namespace gosim::viz
