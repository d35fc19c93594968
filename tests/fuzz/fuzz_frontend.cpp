// libFuzzer target for the Go front end: the lexer, parser and checker must survive any bytes
// (a diagnostic is fine; a crash, a hang or a sanitizer report is a bug). Built and run by
// `make fuzz` with clang's -fsanitize=fuzzer,address; seeded from the conformance corpora.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "sim/lang/check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view src(reinterpret_cast<const char*>(data), size);
  (void)gosim::lang::check_file("fuzz.go", src);
  return 0;
}
