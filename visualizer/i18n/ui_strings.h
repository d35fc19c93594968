// The visualizer's own words (panel titles, buttons, menus, tooltips, help, status lines) in
// English and Simplified Chinese, looked up by id.
//
// The table is ui_strings.def: one X(id, english, chinese) line per text, so adding a text is
// one line and a missing translation is a compile error, not a blank at run time. Texts with
// values use fmt's "{}" placeholders in the same order in both languages (the unit test checks
// that), and are filled with trf(). Chinese uses the words Chinese Go engineers use
// (调度器, 运行队列, 栈, 堆, 垃圾回收 …); Go identifiers (runnext, mcache, stackguard0) stay as
// they are in both languages, because they are what a learner greps for in Go's source.
//
// The current UI language is process state, like a C locale: the app sets it from --lang and
// the View menu before it draws a frame, and every tr() in that frame reads it. Headless: no
// ImGui here, so the catalog's tests run without a window.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "sim/base/lang.h"

namespace gosim::viz {

enum class Str : uint16_t {
#define X(id, en, zh) id,
#include "visualizer/i18n/ui_strings.def"
#undef X
  kCount
};

struct StrEntry {
  const char* id;  // the enum's name, for tests and messages
  const char* en;
  const char* zh;
};

void set_ui_lang(Lang l);
Lang ui_lang();
// The text of `s` in the current UI language (never null, never empty).
const char* tr(Str s);
const char* tr(Str s, Lang l);
const StrEntry& str_entry(Str s);

// tr() with its "{}" placeholders filled in.
template <class... Args>
std::string trf(Str s, Args&&... args) {
  return fmt::format(fmt::runtime(tr(s)), std::forward<Args>(args)...);
}

// English plurals. `many` is a text with a count ("… {} library frames ({})"); for a count of 1
// trn uses its singular twin (ui_strings_plural.def), paired in ui_strings.cpp. Chinese has no
// plural, so both twins share one Chinese text. A text without a twin is its own singular.
Str singular_of(Str many);
template <class... Args>
std::string trn(Str many, uint64_t count, Args&&... args) {
  return trf(count == 1 ? singular_of(many) : many, std::forward<Args>(args)...);
}
// A count piece such as "3 pointers" / "1 pointer" (kNPointers), for texts with several counts.
inline std::string count_of(Str many, uint64_t n) { return trn(many, n, n); }

}  // namespace gosim::viz
