// The UI catalog: every text exists in both languages with the same placeholders, and the
// language switch changes what tr() returns.
#include <doctest/doctest.h>

#include <regex>
#include <string>
#include <vector>

#include "visualizer/i18n/ui_strings.h"

using namespace gosim;
using namespace gosim::viz;

namespace {

// "{}" / "{:#x}" fmt fields and printf conversions ("%.0f", "%d"), in order; "%%" and "{{" are
// literals, not fields.
std::vector<std::string> placeholders(const std::string& s) {
  static const std::regex re(R"(\{\{|\}\}|%%|\{[^{}]*\}|%[-+ #0]*[0-9]*(\.[0-9]+)?(ll|l|z)?[dufsxXc])");
  std::vector<std::string> out;
  for (auto it = std::sregex_iterator(s.begin(), s.end(), re); it != std::sregex_iterator(); ++it) {
    const std::string m = it->str();
    if (m != "{{" && m != "}}" && m != "%%") out.push_back(m);
  }
  return out;
}

bool has_cjk(const std::string& s) {
  for (unsigned char c : s) {
    if (c >= 0xE3 && c <= 0xE9) return true;  // lead bytes of U+3000..U+9FFF
  }
  return false;
}

}  // namespace

TEST_CASE("every UI text has an English and a Chinese version with the same placeholders") {
  size_t chinese = 0;
  for (size_t i = 0; i < static_cast<size_t>(Str::kCount); ++i) {
    const StrEntry& e = str_entry(static_cast<Str>(i));
    CAPTURE(e.id);
    REQUIRE(e.en != nullptr);
    REQUIRE(e.zh != nullptr);
    CHECK(std::string(e.en).size() > 0);
    CHECK(std::string(e.zh).size() > 0);
    CHECK(placeholders(e.en) == placeholders(e.zh));
    chinese += has_cjk(e.zh);
  }
  // Nearly every text is really translated (a few are Go names or key names in both).
  CHECK(chinese * 10 >= static_cast<size_t>(Str::kCount) * 8);
}

TEST_CASE("placeholders are found, so the check above can fail") {
  CHECK(placeholders("G{} at {:#x} %.0f µs/s 100%%") == std::vector<std::string>{"{}", "{:#x}", "%.0f"});
}

TEST_CASE("tr follows the UI language; trf fills the placeholders") {
  set_ui_lang(Lang::kEn);
  CHECK(std::string(tr(Str::kPanelScheduler)) == "Scheduler");
  CHECK(trf(Str::kGlobalQueue, 3) == "global run queue (3)");
  set_ui_lang(Lang::kZhCN);
  CHECK(std::string(tr(Str::kPanelScheduler)) == "调度器");
  CHECK(trf(Str::kGlobalQueue, 3) == "全局运行队列（3）");
  CHECK(std::string(tr(Str::kPanelScheduler, Lang::kEn)) == "Scheduler");
  set_ui_lang(Lang::kEn);
}
