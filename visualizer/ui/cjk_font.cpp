#include "visualizer/ui/cjk_font.h"

#include <cstdlib>
#include <filesystem>

#if GOSIM_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

#include "visualizer/i18n/line_break.h"

namespace gosim::viz {

namespace {

#if GOSIM_HAVE_FONTCONFIG
// fontconfig's best font for lang zh-cn, if it really has Chinese glyphs (fc-match always
// answers something, DejaVu included, when nothing better is installed).
std::string fontconfig_match() {
  std::string out;
  if (!FcInit()) return out;
  FcPattern* pat = FcPatternCreate();
  FcLangSet* ls = FcLangSetCreate();
  FcLangSetAdd(ls, reinterpret_cast<const FcChar8*>("zh-cn"));
  FcPatternAddLangSet(pat, FC_LANG, ls);
  FcConfigSubstitute(nullptr, pat, FcMatchPattern);
  FcDefaultSubstitute(pat);
  FcResult res = FcResultNoMatch;
  if (FcPattern* m = FcFontMatch(nullptr, pat, &res)) {
    FcChar8* file = nullptr;
    FcCharSet* cs = nullptr;
    if (FcPatternGetString(m, FC_FILE, 0, &file) == FcResultMatch &&
        FcPatternGetCharSet(m, FC_CHARSET, 0, &cs) == FcResultMatch && FcCharSetHasChar(cs, 0x8C03) &&  // 调
        FcCharSetHasChar(cs, 0x5EA6)) {                                                                  // 度
      out = reinterpret_cast<const char*>(file);
    }
    FcPatternDestroy(m);
  }
  FcLangSetDestroy(ls);
  FcPatternDestroy(pat);
  return out;
}
#endif

}  // namespace

std::string find_cjk_font() {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("GOSIM_CJK_FONT"); env != nullptr) {
    std::error_code ec;
    return fs::is_regular_file(env, ec) ? std::string(env) : std::string();
  }
#if GOSIM_HAVE_FONTCONFIG
  if (std::string m = fontconfig_match(); !m.empty()) return m;
#endif
  // Without fontconfig (or when it knows no Chinese font): where Debian's packages put them.
  for (const char* p : {"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
                        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
                        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"}) {
    std::error_code ec;
    if (fs::is_regular_file(p, ec)) return p;
  }
  return {};
}

GlyphSet& shown_glyphs() {
  static GlyphSet set;  // the atlas is process-wide, so is what it must hold
  return set;
}

bool GlyphSet::add(std::string_view utf8) {
  bool grew = false;
  for (size_t i = 0; i < utf8.size();) {
    const uint32_t c = utf8_next(utf8, i);
    // Only what DejaVu lacks: CJK punctuation, ideographs, full-width forms.
    if (c < 0x2E80 || c > IM_UNICODE_CODEPOINT_MAX) continue;
    if (seen_.GetBit(c)) continue;
    seen_.SetBit(c);
    ++count_;
    grew = true;
  }
  if (grew) ranges_stale_ = true;
  return grew;
}

const ImWchar* GlyphSet::ranges() {
  if (ranges_stale_) {
    ranges_.clear();
    seen_.BuildRanges(&ranges_);
    ranges_stale_ = false;
  }
  return ranges_.Data;
}

}  // namespace gosim::viz
