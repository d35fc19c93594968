// The language tags gosim accepts, and the default a user's locale implies.
#include "sim/base/lang.h"

#include <cstdlib>

namespace gosim {

std::optional<Lang> parse_lang(std::string_view s) {
  if (s == "en") return Lang::kEn;
  if (s == "zh-CN" || s == "zh" || s == "zh_CN" || s == "zh-Hans") return Lang::kZhCN;
  return std::nullopt;
}

std::string_view lang_tag(Lang l) { return l == Lang::kZhCN ? "zh-CN" : "en"; }

Lang lang_from_env() {
  // POSIX precedence: the first of these that is set and non-empty names the locale
  // for messages (LC_ALL overrides everything, LANG is the fallback).
  for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* v = std::getenv(var);
    if (v == nullptr || *v == '\0') continue;
    return std::string_view(v).substr(0, 2) == "zh" ? Lang::kZhCN : Lang::kEn;
  }
  return Lang::kEn;
}

}  // namespace gosim
