#include "visualizer/app/self_test.h"

#include <cstdio>
#include <string>

#include "visualizer/i18n/line_break.h"
#include "visualizer/i18n/ui_strings.h"
#include "visualizer/ui/cjk_font.h"

namespace gosim::viz {

bool font_self_test(const Theme& theme, Lang lang) {
  const Fonts& f = theme.fonts();
  int missing = 0, chars = 0;
  for (size_t i = 0; i < static_cast<size_t>(Str::kCount); ++i) {
    const StrEntry& e = str_entry(static_cast<Str>(i));
    const std::string_view text = tr(static_cast<Str>(i), lang);
    for (size_t k = 0; k < text.size();) {
      const uint32_t c = utf8_next(text, k);
      if (c < 0x20 || c == 0x2003) continue;  // control characters are never drawn
      ++chars;
      for (const ImFont* font : {f.ui, f.mono, f.big, f.big_mono}) {
        if (font->FindGlyphNoFallback(static_cast<ImWchar>(c)) == nullptr) {
          if (missing < 10) std::fprintf(stderr, "gosim-viz: self-test: no glyph for U+%04X in %s\n", c, e.id);
          ++missing;
          break;
        }
      }
    }
  }
  const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  std::fprintf(stderr, "gosim-viz: self-test: lang %s, Chinese font %s, %d Chinese glyphs, atlas %dx%d, %d characters checked, %d missing\n",
               std::string(lang_tag(lang)).c_str(), theme.cjk_font_path().empty() ? "(none)" : theme.cjk_font_path().c_str(),
               shown_glyphs().count(), atlas->TexWidth, atlas->TexHeight, chars, missing);
  return missing == 0;
}

}  // namespace gosim::viz
