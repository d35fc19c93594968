// The two languages gosim's teaching texts exist in: English and Simplified Chinese.
#pragma once

#include <optional>
#include <string_view>

namespace gosim {

enum class Lang { kEn, kZhCN };

// "en" / "zh-CN" (also accepts "zh", "zh_CN", "zh-Hans"); nullopt for anything else.
std::optional<Lang> parse_lang(std::string_view s);
// "en" / "zh-CN".
std::string_view lang_tag(Lang l);
// The default from the environment: LC_ALL, LC_MESSAGES, LANG (in that order) starting with "zh" → kZhCN, else kEn.
Lang lang_from_env();

}  // namespace gosim
