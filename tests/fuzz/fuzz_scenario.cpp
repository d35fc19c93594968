// libFuzzer target for the scenario loader: JSON parsing with positions, the schema check, and
// the rules beyond the schema must survive any bytes (an error list is fine; a crash, a hang or
// a sanitizer report is a bug). Built and run by `make fuzz` (tests/fuzz/run.sh), seeded with
// every scenario in the repository. The text is parsed as if it were fuzz/scenario.json, so a
// source_file names a program in the run's fuzz/ folder, where run.sh copies the scenarios'
// programs.
#include <cstddef>
#include <cstdint>
#include <string>

#include "sim/scenario/scenario.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  (void)gosim::parse_scenario("fuzz/scenario.json", text);
  return 0;
}
