// The sentence catalog (sim/i18n): every message id has a template in English and Chinese with
// the same placeholders; English wait reasons and phase names are Go's own strings; every
// branch of the sentence code renders in Chinese with nothing left unfilled.
#include <doctest/doctest.h>

#include <string>

#include "sim/heap/mgc.h"
#include "sim/i18n/catalog.h"
#include "sim/run/build.h"
#include "sim/run/runner.h"
#include "sim/rt/runtime2.h"
#include "tests/unit/sentences/sentence_checks.h"
#include "tests/unit/sentences/synthetic_events.h"

using namespace gosim;
using i18n::Msg;

TEST_CASE("every message id has a non-empty template in both languages, with the same placeholders") {
  for (size_t i = 0; i < i18n::kMsgCount; ++i) {
    const auto m = static_cast<Msg>(i);
    const std::string_view en = i18n::msg_template(Lang::kEn, m), zh = i18n::msg_template(Lang::kZhCN, m);
    INFO("message #" << i << ": en \"" << std::string(en) << "\" zh \"" << std::string(zh) << "\"");
    // Go's waitReasonZero is the empty string, and English prints Go's strings as they are.
    if (m != Msg::kWaitZero) CHECK_FALSE(en.empty());
    CHECK_FALSE(zh.empty());
    CHECK(testing::placeholders(en) == testing::placeholders(zh));
    CHECK(testing::placeholders(en).count("<unclosed>") == 0);
  }
}

TEST_CASE("Chinese templates are Chinese, with full-width punctuation between the words") {
  for (size_t i = 0; i < i18n::kMsgCount; ++i) {
    const auto m = static_cast<Msg>(i);
    const std::string zh(i18n::msg_template(Lang::kZhCN, m));
    INFO("message #" << i << ": \"" << zh << "\"");
    CHECK_FALSE(testing::has_cjk(i18n::msg_template(Lang::kEn, m)));
    CHECK(testing::has_cjk(zh));
    CHECK(zh.find(';') == std::string::npos);
    CHECK(zh.find(": ") == std::string::npos);
  }
}

TEST_CASE("the English wait reasons and GC phase names are Go's own strings") {
  for (int64_t r = 0; r <= static_cast<int64_t>(WaitReason::kDebugCall); ++r) {
    CHECK(i18n::msg_template(Lang::kEn, i18n::wait_reason_msg(r)) == wait_reason_string(static_cast<WaitReason>(r)));
  }
  const Msg phases[] = {Msg::kPhaseOff, Msg::kPhaseSweepTerm, Msg::kPhaseMark, Msg::kPhaseMarkTerm, Msg::kPhaseSweep};
  for (int p = 0; p < 5; ++p) {
    CHECK(i18n::msg_template(Lang::kEn, phases[p]) == heap::gc_phase_name(static_cast<heap::GCPhase>(p)));
  }
}

TEST_CASE("every branch of the sentence code renders in Chinese: no placeholder left, CJK text, not the English") {
  Scenario s;
  s.id = "t";
  s.source_name = "t.go";
  s.source = testing::kSentenceProgram;
  s.config.gomaxprocs = 2;
  Build b = build_program(s);
  REQUIRE(b.errors.empty());
  Machine mc(*b.program, s.config);
  mc.start(b.main_entry);
  run_to_end(mc, nullptr, false);
  int32_t add = -1;
  for (int32_t i = 0; i < 100 && add < 0; ++i) add = b.program->func_name(i) == "main.add" ? i : -1;
  REQUIRE(add >= 0);
  for (const Event& e : testing::synthetic_events(b.main_entry, add, static_cast<int64_t>(mc.model().output.size()))) {
    const std::string zh = mc.describe(e, Lang::kZhCN), en = mc.describe(e, Lang::kEn);
    INFO(event_info(e.kind).name << " " << e.a << " " << e.b << " " << e.c << ": " << zh);
    CHECK(testing::has_cjk(zh));
    CHECK_FALSE(testing::has_unfilled_placeholder(zh));
    CHECK(zh != en);
  }
}

TEST_CASE("a Chinese call sentence carries the register-ABI clause in Chinese") {
  Scenario s;
  s.id = "t";
  s.source_name = "t.go";
  s.source = testing::kSentenceProgram;
  Build b = build_program(s);
  REQUIRE(b.errors.empty());
  int32_t add = -1;
  for (int32_t i = 0; i < 100 && add < 0; ++i) add = b.program->func_name(i) == "main.add" ? i : -1;
  REQUIRE(add >= 0);
  CHECK(b.program->abi_note(add, Lang::kEn) ==
        "passes a int in RAX, b int in RBX, returns ~r0 int in RAX; args=0x10, frame about 0x8 bytes (gosim frames "
        "shows the whole layout)");
  CHECK(b.program->abi_note(add, Lang::kZhCN) ==
        "传参：a int 放在 RAX、b int 放在 RBX，返回：~r0 int 放在 RAX；args=0x10，栈帧约 0x8 字节（gosim frames "
        "可查看完整布局）");
}
