// The theme: fonts, ImGui style and the named colours in ImGui form, for normal and presenter
// mode. All colour literals live in theme_colors.h; panels ask the theme, never spell RGB.
#pragma once

#include <string>

#include <imgui.h>

#include "sim/trace/event.h"
#include "sim/rt/runtime2.h"
#include "visualizer/ui/theme_colors.h"

namespace gosim::viz {

struct Fonts {
  ImFont* ui = nullptr;
  ImFont* mono = nullptr;
  ImFont* big = nullptr;       // presenter mode
  ImFont* big_mono = nullptr;
};

class Theme {
 public:
  // Loads DejaVu Sans / Sans Mono from assets/fonts (ImGui's built-in font if missing) at
  // sizes scaled by `scale`. Call before the font atlas is built.
  // Chinese glyphs (cjk_font.h) are merged in for the text need_glyphs() has seen so far.
  void load_fonts(ImGuiIO& io, float scale);
  // New Chinese text needs glyphs the atlas lacks: rebuild before the next frame (outside
  // NewFrame/Render), then let the renderer upload the new texture.
  bool fonts_stale() const;
  void rebuild_fonts(ImGuiIO& io);
  const std::string& cjk_font_path() const { return cjk_path_; }
  // Applies the style for the mode (dark for desks, white high-contrast for projectors).
  void apply(bool presenter, float scale);

  bool presenter() const { return presenter_; }
  const Surface& surface() const { return presenter_ ? kPresenterSurface : kNormalSurface; }
  ImFont* font() const { return presenter_ ? fonts_.big : fonts_.ui; }
  ImFont* mono() const { return presenter_ ? fonts_.big_mono : fonts_.mono; }
  const Fonts& fonts() const { return fonts_; }
  float outline() const { return presenter_ ? 2.5f : 1.5f; }

  static ImU32 u32(Rgb c, uint8_t a = 255) { return c.u32(a); }
  static ImVec4 vec4(Rgb c, float a = 1.0f) { return ImVec4(c.r / 255.f, c.g / 255.f, c.b / 255.f, a); }
  static Rgb state_color(GStatus s);
  static Rgb category_color(EventCategory c);
  // A colour for goroutine `goid` in the timeline (labels carry the id too).
  static Rgb goroutine_color(int64_t goid);

 private:
  Fonts fonts_;
  bool presenter_ = false;
  float scale_ = 1.0f;
  std::string cjk_path_;
  bool cjk_looked_ = false;
  int built_glyphs_ = 0;
};

// ImGui's own HelpMarker: a "(?)" whose tooltip explains the control beside it.
void help_marker(const char* text);

}  // namespace gosim::viz
