// The Chinese font: found on the system, merged into the UI fonts with only the glyphs that
// the shown text needs.
//
// DejaVu (assets/fonts) has no CJK glyphs, so Chinese text comes from a system font: Debian's
// fonts-wqy-microhei (installed by scripts/bootstrap.sh) or any font fontconfig knows covers
// Chinese. A CJK font has ~20k glyphs; baking all of them at four sizes would need a 4096²
// atlas, so the atlas holds only the code points of text handed to need_text() (the
// catalog's Chinese texts, event sentences, lesson narration) and is rebuilt when new text
// brings new code points. Without any such font the UI still runs and says so once.
#pragma once

#include <string>
#include <string_view>

#include <imgui.h>

namespace gosim::viz {

// GOSIM_CJK_FONT when set (tests use it to simulate a missing font), else fontconfig's match
// for Chinese, else the usual Debian paths; "" when none exists.
std::string find_cjk_font();

// The CJK code points seen so far, as ImGui glyph ranges.
class GlyphSet {
 public:
  // Adds the wide code points of `utf8`; true when one of them is new (the atlas must grow).
  bool add(std::string_view utf8);
  bool empty() const { return count_ == 0; }
  int count() const { return count_; }
  // Ranges for ImFontAtlas (valid until the next add()).
  const ImWchar* ranges();

 private:
  ImFontGlyphRangesBuilder seen_;
  ImVector<ImWchar> ranges_;
  int count_ = 0;
  bool ranges_stale_ = true;
};

// The glyphs the UI has been asked to show, for the whole process (the atlas is the process's
// too). Drawing code calls need_glyphs() with text it is about to show; wrapped_text() and
// elided_text() do it themselves. The app rebuilds the atlas before the next frame when the
// set grew, so a new Chinese text shows as boxes for at most one frame.
GlyphSet& shown_glyphs();
inline void need_glyphs(std::string_view utf8) { shown_glyphs().add(utf8); }

}  // namespace gosim::viz
