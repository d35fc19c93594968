#include "sim/base/lang.h"

#include <cstdlib>

namespace gosim {

std::optional<Lang> parse_lang(std::string_view s) {
  if (s == "en") return Lang::kEn;
  if (s == "zh-CN" || s == "zh" || s == "zh_CN" || s == "zh-Hans") return Lang::kZhCN;
  return std::nullopt;
}

std::string_view lang_tag(Lang l) { return l == Lang::kZhCN ? "zh-CN" : "en"; }

// POSIX precedence: LC_ALL overrides LC_MESSAGES, which overrides LANG; the first one set and
// non-empty decides ("zh_CN.UTF-8", "zh_TW" and "zh" all start with "zh").
Lang lang_from_env() {
  for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* v = std::getenv(var);
    if (v == nullptr || *v == '\0') continue;
    return std::string_view(v).substr(0, 2) == "zh" ? Lang::kZhCN : Lang::kEn;
  }
  return Lang::kEn;
}

}  // namespace gosim
