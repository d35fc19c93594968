#include "visualizer/i18n/ui_strings.h"

namespace gosim::viz {

namespace {

constexpr StrEntry kTable[] = {
#define X(id, en, zh) {#id, en, zh},
#include "visualizer/i18n/ui_strings.def"
#undef X
};
static_assert(sizeof(kTable) / sizeof(kTable[0]) == static_cast<size_t>(Str::kCount));

Lang g_lang = Lang::kEn;  // set by the app before each frame; see the header

}  // namespace

void set_ui_lang(Lang l) { g_lang = l; }
Lang ui_lang() { return g_lang; }

const StrEntry& str_entry(Str s) { return kTable[static_cast<size_t>(s)]; }

const char* tr(Str s, Lang l) {
  const StrEntry& e = str_entry(s);
  return l == Lang::kZhCN ? e.zh : e.en;
}

const char* tr(Str s) { return tr(s, g_lang); }

Str singular_of(Str many) {
  static constexpr std::pair<Str, Str> kPlurals[] = {
      {Str::kLibFramesFolded, Str::kLibFramesFoldedOne}, {Str::kStackHeader, Str::kStackHeaderOne},
      {Str::kGcHeader, Str::kGcHeaderOne},               {Str::kSlotTip, Str::kSlotTipOne},
      {Str::kAdjustedCount, Str::kAdjustedCountOne},     {Str::kAdjustedNow, Str::kAdjustedNowOne},
      {Str::kGraphMore, Str::kGraphMoreOne},             {Str::kLibRowTip, Str::kLibRowTipOne},
      {Str::kSelectOn, Str::kSelectOnOne},               {Str::kGFreeValue, Str::kGFreeValueOne},
      {Str::kMoreBytes, Str::kMoreBytesOne},             {Str::kHeapSpanTip, Str::kHeapSpanTipOne},
      {Str::kNObjects, Str::kNObjectsOne},               {Str::kNPointers, Str::kNPointersOne},
      {Str::kNPages, Str::kNPagesOne},                   {Str::kNSpans, Str::kNSpansOne},
      {Str::kNClasses, Str::kNClassesOne},               {Str::kNLargeObjects, Str::kNLargeObjectsOne},
      {Str::kNGoroutines, Str::kNGoroutinesOne},         {Str::kNMs, Str::kNMsOne},
      {Str::kNTimers, Str::kNTimersOne},                 {Str::kNSpanS, Str::kNSpanSOne},
  };
  for (const auto& [m, one] : kPlurals) {
    if (m == many) return one;
  }
  return many;
}

}  // namespace gosim::viz
