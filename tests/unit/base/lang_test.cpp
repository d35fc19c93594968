#include <doctest/doctest.h>

#include <cstdlib>

#include "sim/base/lang.h"

using namespace gosim;

TEST_CASE("parse_lang accepts the tags and the common spellings of Simplified Chinese") {
  CHECK(parse_lang("en") == Lang::kEn);
  for (const char* zh : {"zh-CN", "zh", "zh_CN", "zh-Hans"}) CHECK(parse_lang(zh) == Lang::kZhCN);
  CHECK_FALSE(parse_lang("fr").has_value());
  CHECK_FALSE(parse_lang("").has_value());
  CHECK(lang_tag(Lang::kZhCN) == "zh-CN");
  CHECK(lang_tag(Lang::kEn) == "en");
}

TEST_CASE("lang_from_env: LC_ALL, then LC_MESSAGES, then LANG") {
  setenv("LC_ALL", "", 1);
  setenv("LC_MESSAGES", "", 1);
  setenv("LANG", "zh_CN.UTF-8", 1);
  CHECK(lang_from_env() == Lang::kZhCN);
  setenv("LC_MESSAGES", "en_US.UTF-8", 1);
  CHECK(lang_from_env() == Lang::kEn);
  setenv("LC_ALL", "zh_TW.UTF-8", 1);
  CHECK(lang_from_env() == Lang::kZhCN);
  unsetenv("LC_ALL");
  unsetenv("LC_MESSAGES");
  unsetenv("LANG");
  CHECK(lang_from_env() == Lang::kEn);
}
