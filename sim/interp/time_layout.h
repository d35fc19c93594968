// The layout elements of package time's Format and Parse: Go's std codes and nextStdChunk,
// shared by time_format.cpp (Format) and time_parse.cpp (Parse).
//
// Go: time/format.go (1.19), the same values and the same scan.
#pragma once

#include <cstddef>
#include <string>

namespace gosim::interp::gotime {

// Go: format.go's std codes, same values.
enum : int {
  kStdNeedDate = 1 << 8,
  kStdNeedClock = 2 << 8,
  kStdArgShift = 16,
  kStdSeparatorShift = 28,
  kStdMask = (1 << kStdArgShift) - 1,
  kStdLongMonth = 1 + kStdNeedDate,
  kStdMonth, kStdNumMonth, kStdZeroMonth, kStdLongWeekDay, kStdWeekDay, kStdDay, kStdUnderDay,
  kStdZeroDay, kStdUnderYearDay, kStdZeroYearDay,
  kStdHour = 12 + kStdNeedClock,
  kStdHour12, kStdZeroHour12, kStdMinute, kStdZeroMinute, kStdSecond, kStdZeroSecond,
  kStdLongYear = 19 + kStdNeedDate,
  kStdYear,
  kStdPM = 21 + kStdNeedClock,
  kStdpm,
  kStdTZ = 23,
  kStdISO8601TZ, kStdISO8601SecondsTZ, kStdISO8601ShortTZ, kStdISO8601ColonTZ, kStdISO8601ColonSecondsTZ,
  kStdNumTZ, kStdNumSecondsTz, kStdNumShortTZ, kStdNumColonTZ, kStdNumColonSecondsTZ,
  kStdFracSecond0, kStdFracSecond9,
};
constexpr int kStd0x[] = {kStdZeroMonth, kStdZeroDay, kStdZeroHour12, kStdZeroMinute, kStdZeroSecond, kStdYear};


// Go: format.go nextStdChunk. Returns the std code (0: none); prefix = layout[0:*pre], suffix from *suf.
int next_std_chunk(const std::string& l, size_t* pre, size_t* suf);

}  // namespace gosim::interp::gotime
