// Go: time/time.go (Date, absDate, Add, Sub, Truncate/div, Month/Weekday.String) and
// time/format.go (nextStdChunk, AppendFormat, formatNano, String), ported line by line; the
// zone is always UTC (time_format.h).
#include "sim/interp/time_format.h"

#include "sim/interp/time_layout.h"

#include <array>

namespace gosim::interp::gotime {

namespace {

constexpr uint64_t kNsecMask = (uint64_t{1} << 30) - 1;
constexpr int kNsecShift = 30;
constexpr int64_t kMinWall = kWallToInternal;
constexpr int64_t kAbsoluteZeroYear = -292277022399LL;
constexpr int64_t kDaysPer400Years = 365 * 400 + 97;
constexpr int64_t kDaysPer100Years = 365 * 100 + 24;
constexpr int64_t kDaysPer4Years = 365 * 4 + 1;
// Go: absoluteToInternal = (absoluteZeroYear - internalYear) * 365.2425 * secondsPerDay
constexpr int64_t kAbsoluteToInternal = -9223371966579724800LL;
constexpr int64_t kInternalToAbsolute = -kAbsoluteToInternal;
constexpr std::array<int32_t, 13> kDaysBefore = {0,   31,  59,  90,  120, 151, 181,
                                                 212, 243, 273, 304, 334, 365};
const char* const kLongMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};
const char* const kLongDayNames[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

bool is_leap(int64_t y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

// Go: time.go norm
void norm(int64_t* hi, int64_t* lo, int64_t base) {
  if (*lo < 0) {
    const int64_t n = (-*lo - 1) / base + 1;
    *hi -= n;
    *lo += n * base;
  }
  if (*lo >= base) {
    const int64_t n = *lo / base;
    *hi += n;
    *lo -= n * base;
  }
}

// Go: time.go daysSinceEpoch
uint64_t days_since_epoch(int64_t year) {
  uint64_t y = static_cast<uint64_t>(year - kAbsoluteZeroYear);
  uint64_t n = y / 400;
  y -= 400 * n;
  uint64_t d = kDaysPer400Years * n;
  n = y / 100;
  y -= 100 * n;
  d += kDaysPer100Years * n;
  n = y / 4;
  y -= 4 * n;
  d += kDaysPer4Years * n;
  d += 365 * y;
  return d;
}

uint64_t abs_of(const Time& t) { return static_cast<uint64_t>(unix_sec(t) + (kUnixToInternal + kInternalToAbsolute)); }

// Go: time.go absDate(abs, true)
void abs_date(uint64_t abs, DateParts* p) {
  uint64_t d = abs / kSecondsPerDay;
  uint64_t n = d / kDaysPer400Years;
  uint64_t y = 400 * n;
  d -= kDaysPer400Years * n;
  n = d / kDaysPer100Years;
  n -= n >> 2;
  y += 100 * n;
  d -= kDaysPer100Years * n;
  n = d / kDaysPer4Years;
  y += 4 * n;
  d -= kDaysPer4Years * n;
  n = d / 365;
  n -= n >> 2;
  y += n;
  d -= 365 * n;
  p->year = static_cast<int64_t>(y) + kAbsoluteZeroYear;
  const auto yday = static_cast<int64_t>(d);
  p->yday = yday + 1;
  int64_t day = yday;
  if (is_leap(p->year)) {
    if (day > 31 + 29 - 1) {
      --day;
    } else if (day == 31 + 29 - 1) {
      p->month = 2;
      p->day = 29;
      return;
    }
  }
  int64_t month = day / 31;
  const int64_t end = kDaysBefore[static_cast<size_t>(month + 1)];
  int64_t begin;
  if (day >= end) {
    ++month;
    begin = end;
  } else {
    begin = kDaysBefore[static_cast<size_t>(month)];
  }
  p->month = month + 1;
  p->day = day - begin + 1;
}

void add_sec(Time* t, int64_t d) {
  if ((t->wall & kHasMonotonic) != 0) {
    const auto s = static_cast<int64_t>(t->wall << 1 >> (kNsecShift + 1));
    const int64_t dsec = s + d;
    if (0 <= dsec && dsec <= (int64_t{1} << 33) - 1) {
      t->wall = (t->wall & kNsecMask) | (static_cast<uint64_t>(dsec) << kNsecShift) | kHasMonotonic;
      return;
    }
    *t = strip_mono(*t);
  }
  const int64_t sum = static_cast<int64_t>(static_cast<uint64_t>(t->ext) + static_cast<uint64_t>(d));
  if ((sum > t->ext) == (d > 0)) {
    t->ext = sum;
  } else if (d > 0) {
    t->ext = INT64_MAX;
  } else {
    t->ext = -INT64_MAX;
  }
}

// Go: format.go appendInt
void append_int(std::string* b, int64_t x, int width) {
  uint64_t u = static_cast<uint64_t>(x);
  if (x < 0) {
    b->push_back('-');
    u = static_cast<uint64_t>(0) - static_cast<uint64_t>(x);
  }
  char buf[20];
  int i = 20;
  while (u >= 10) {
    --i;
    const uint64_t q = u / 10;
    buf[i] = static_cast<char>('0' + u - q * 10);
    u = q;
  }
  --i;
  buf[i] = static_cast<char>('0' + u);
  for (int w = 20 - i; w < width; ++w) b->push_back('0');
  b->append(buf + i, static_cast<size_t>(20 - i));
}

bool starts_with_lower(const std::string& s, size_t at) { return at < s.size() && s[at] >= 'a' && s[at] <= 'z'; }
bool has(const std::string& s, size_t i, const char* w) { return s.compare(i, std::char_traits<char>::length(w), w) == 0; }
bool is_digit_at(const std::string& s, size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; }

}  // namespace

// Go: format.go nextStdChunk. Returns the std code (0: none); prefix = layout[0:*pre], suffix from *suf.
int next_std_chunk(const std::string& l, size_t* pre, size_t* suf) {
  const size_t n = l.size();
  auto ret = [&](size_t p, int std, size_t s) { *pre = p; *suf = s; return std; };
  for (size_t i = 0; i < n; ++i) {
    const char c = l[i];
    switch (c) {
      case 'J':
        if (has(l, i, "Jan")) {
          if (has(l, i, "January")) return ret(i, kStdLongMonth, i + 7);
          if (!starts_with_lower(l, i + 3)) return ret(i, kStdMonth, i + 3);
        }
        break;
      case 'M':
        if (n >= i + 3) {
          if (has(l, i, "Mon")) {
            if (has(l, i, "Monday")) return ret(i, kStdLongWeekDay, i + 6);
            if (!starts_with_lower(l, i + 3)) return ret(i, kStdWeekDay, i + 3);
          }
          if (has(l, i, "MST")) return ret(i, kStdTZ, i + 3);
        }
        break;
      case '0':
        if (n >= i + 2 && l[i + 1] >= '1' && l[i + 1] <= '6') return ret(i, kStd0x[l[i + 1] - '1'], i + 2);
        if (n >= i + 3 && l[i + 1] == '0' && l[i + 2] == '2') return ret(i, kStdZeroYearDay, i + 3);
        break;
      case '1':
        if (n >= i + 2 && l[i + 1] == '5') return ret(i, kStdHour, i + 2);
        return ret(i, kStdNumMonth, i + 1);
      case '2':
        if (has(l, i, "2006")) return ret(i, kStdLongYear, i + 4);
        return ret(i, kStdDay, i + 1);
      case '_':
        if (n >= i + 2 && l[i + 1] == '2') {
          if (has(l, i + 1, "2006")) return ret(i + 1, kStdLongYear, i + 5);  // a literal _ then 2006
          return ret(i, kStdUnderDay, i + 2);
        }
        if (n >= i + 3 && l[i + 1] == '_' && l[i + 2] == '2') return ret(i, kStdUnderYearDay, i + 3);
        break;
      case '3': return ret(i, kStdHour12, i + 1);
      case '4': return ret(i, kStdMinute, i + 1);
      case '5': return ret(i, kStdSecond, i + 1);
      case 'P':
        if (n >= i + 2 && l[i + 1] == 'M') return ret(i, kStdPM, i + 2);
        break;
      case 'p':
        if (n >= i + 2 && l[i + 1] == 'm') return ret(i, kStdpm, i + 2);
        break;
      case '-':
        if (has(l, i, "-070000")) return ret(i, kStdNumSecondsTz, i + 7);
        if (has(l, i, "-07:00:00")) return ret(i, kStdNumColonSecondsTZ, i + 9);
        if (has(l, i, "-0700")) return ret(i, kStdNumTZ, i + 5);
        if (has(l, i, "-07:00")) return ret(i, kStdNumColonTZ, i + 6);
        if (has(l, i, "-07")) return ret(i, kStdNumShortTZ, i + 3);
        break;
      case 'Z':
        if (has(l, i, "Z070000")) return ret(i, kStdISO8601SecondsTZ, i + 7);
        if (has(l, i, "Z07:00:00")) return ret(i, kStdISO8601ColonSecondsTZ, i + 9);
        if (has(l, i, "Z0700")) return ret(i, kStdISO8601TZ, i + 5);
        if (has(l, i, "Z07:00")) return ret(i, kStdISO8601ColonTZ, i + 6);
        if (has(l, i, "Z07")) return ret(i, kStdISO8601ShortTZ, i + 3);
        break;
      case '.':
      case ',':
        if (i + 1 < n && (l[i + 1] == '0' || l[i + 1] == '9')) {
          const char ch = l[i + 1];
          size_t j = i + 1;
          while (j < n && l[j] == ch) ++j;
          if (!is_digit_at(l, j)) {
            const int code = ch == '9' ? kStdFracSecond9 : kStdFracSecond0;
            int std = code | ((static_cast<int>(j - (i + 1)) & 0xfff) << kStdArgShift);
            if (c == ',') std |= 1 << kStdSeparatorShift;
            return ret(i, std, j);
          }
        }
        break;
      default: break;
    }
  }
  return ret(n, 0, n);
}

namespace {

// Go: format.go formatNano
void format_nano(std::string* b, uint64_t nanosec, int std) {
  int n = (std >> kStdArgShift) & 0xfff;
  const char separator = (std >> kStdSeparatorShift) == 0 ? '.' : ',';
  const bool trim = (std & kStdMask) == kStdFracSecond9;
  char buf[9];
  uint64_t u = nanosec;
  for (int start = 9; start > 0;) {
    --start;
    buf[start] = static_cast<char>(u % 10 + '0');
    u /= 10;
  }
  if (n > 9) n = 9;
  if (trim) {
    while (n > 0 && buf[n - 1] == '0') --n;
    if (n == 0) return;
  }
  b->push_back(separator);
  b->append(buf, static_cast<size_t>(n));
}

}  // namespace

int64_t sec(const Time& t) {
  if ((t.wall & kHasMonotonic) != 0) return kWallToInternal + static_cast<int64_t>(t.wall << 1 >> (kNsecShift + 1));
  return t.ext;
}
int32_t nsec(const Time& t) { return static_cast<int32_t>(t.wall & kNsecMask); }
int64_t unix_sec(const Time& t) { return sec(t) - kUnixToInternal; }

Time strip_mono(Time t) {
  if ((t.wall & kHasMonotonic) != 0) {
    t.ext = sec(t);
    t.wall &= kNsecMask;
  }
  return t;
}

Time now_at(int64_t mono) {
  const int64_t s = kEpochUnix + mono / 1000000000 + kUnixToInternal - kMinWall;
  const int64_t ns = mono % 1000000000;
  return Time{kHasMonotonic | static_cast<uint64_t>(s) << kNsecShift | static_cast<uint64_t>(ns), mono, 0};
}

Time unix_time(int64_t s, int64_t ns) {
  // Go: time.Unix normalises nsec into [0, 1e9) first.
  if (ns < 0 || ns >= 1000000000) {
    const int64_t n = ns / 1000000000;
    s += n;
    ns -= n * 1000000000;
    if (ns < 0) {
      ns += 1000000000;
      --s;
    }
  }
  return Time{static_cast<uint64_t>(ns), s + kUnixToInternal, 0};
}

Time date(int64_t year, int64_t month, int64_t day, int64_t hour, int64_t min, int64_t s, int64_t ns) {
  int64_t m = month - 1;
  norm(&year, &m, 12);
  month = m + 1;
  norm(&s, &ns, 1000000000);
  norm(&min, &s, 60);
  norm(&hour, &min, 60);
  norm(&day, &hour, 24);
  uint64_t d = days_since_epoch(year);
  d += static_cast<uint64_t>(kDaysBefore[static_cast<size_t>(month - 1)]);
  if (is_leap(year) && month >= 3) ++d;
  d += static_cast<uint64_t>(day - 1);
  uint64_t abs = d * kSecondsPerDay;
  abs += static_cast<uint64_t>(hour * 3600 + min * 60 + s);
  const int64_t unix = static_cast<int64_t>(abs) + (kAbsoluteToInternal - kUnixToInternal);
  return unix_time(unix, ns);
}

Time add(Time t, int64_t d) {
  int64_t dsec = d / 1000000000;
  int32_t ns = nsec(t) + static_cast<int32_t>(d % 1000000000);
  if (ns >= 1000000000) {
    ++dsec;
    ns -= 1000000000;
  } else if (ns < 0) {
    --dsec;
    ns += 1000000000;
  }
  t.wall = (t.wall & ~kNsecMask) | static_cast<uint64_t>(ns);
  add_sec(&t, dsec);
  if ((t.wall & kHasMonotonic) != 0) {
    const int64_t te = static_cast<int64_t>(static_cast<uint64_t>(t.ext) + static_cast<uint64_t>(d));
    if ((d < 0 && te > t.ext) || (d > 0 && te < t.ext)) {
      t = strip_mono(t);
    } else {
      t.ext = te;
    }
  }
  return t;
}

int64_t sub(const Time& t, const Time& u) {
  if ((t.wall & u.wall & kHasMonotonic) != 0) {
    const int64_t d = static_cast<int64_t>(static_cast<uint64_t>(t.ext) - static_cast<uint64_t>(u.ext));
    if (d < 0 && t.ext > u.ext) return INT64_MAX;
    if (d > 0 && t.ext < u.ext) return INT64_MIN;
    return d;
  }
  const int64_t d = static_cast<int64_t>(static_cast<uint64_t>(sec(t) - sec(u)) * 1000000000ULL +
                                         static_cast<uint64_t>(static_cast<int64_t>(nsec(t) - nsec(u))));
  if (equal(add(u, d), t)) return d;
  if (before(t, u)) return INT64_MIN;
  return INT64_MAX;
}

bool before(const Time& t, const Time& u) {
  if ((t.wall & u.wall & kHasMonotonic) != 0) return t.ext < u.ext;
  const int64_t ts = sec(t), us = sec(u);
  return ts < us || (ts == us && nsec(t) < nsec(u));
}
bool after(const Time& t, const Time& u) {
  if ((t.wall & u.wall & kHasMonotonic) != 0) return t.ext > u.ext;
  const int64_t ts = sec(t), us = sec(u);
  return ts > us || (ts == us && nsec(t) > nsec(u));
}
bool equal(const Time& t, const Time& u) {
  if ((t.wall & u.wall & kHasMonotonic) != 0) return t.ext == u.ext;
  return sec(t) == sec(u) && nsec(t) == nsec(u);
}

// Go: time.go Truncate and div (the 128-bit general case with unsigned __int128).
Time truncate(Time t, int64_t d) {
  t = strip_mono(t);
  if (d <= 0) return t;
  bool neg = false;
  int64_t ns = nsec(t);
  int64_t s = sec(t);
  if (s < 0) {
    neg = true;
    s = -s;
    ns = -ns;
    if (ns < 0) {
      ns += 1000000000;
      --s;
    }
  }
  int64_t r;
  if (d < 1000000000 && 1000000000 % (d + d) == 0) {
    r = ns % d;
  } else if (d % 1000000000 == 0) {
    r = (s % (d / 1000000000)) * 1000000000 + ns;
  } else {
    const unsigned __int128 total = static_cast<unsigned __int128>(static_cast<uint64_t>(s)) * 1000000000u + static_cast<uint64_t>(ns);
    r = static_cast<int64_t>(total % static_cast<uint64_t>(d));
  }
  if (neg && r != 0) r = d - r;
  return add(t, -r);
}

DateParts parts(const Time& t) {
  DateParts p;
  const uint64_t abs = abs_of(t);
  abs_date(abs, &p);
  int64_t s = static_cast<int64_t>(abs % kSecondsPerDay);
  p.hour = s / 3600;
  s -= p.hour * 3600;
  p.min = s / 60;
  p.sec = s - p.min * 60;
  // Go: absWeekday
  p.weekday = static_cast<int64_t>((abs + 1 * kSecondsPerDay) % (7 * kSecondsPerDay)) / kSecondsPerDay;
  return p;
}

std::string month_string(int64_t m) {
  if (m >= 1 && m <= 12) return kLongMonthNames[m - 1];
  return "%!Month(" + std::to_string(static_cast<uint64_t>(m)) + ")";  // Go: fmtInt(buf, uint64(m))
}

std::string weekday_string(int64_t d) {
  if (d >= 0 && d <= 6) return kLongDayNames[d];
  const std::string n = std::to_string(static_cast<uint64_t>(d));
  return "%!Weekday(" + n + ")";
}

std::string format(const Time& t, const std::string& layout_in) {
  std::string b;
  std::string layout = layout_in;
  const DateParts p = parts(t);
  while (!layout.empty()) {
    size_t pre = 0, suf = 0;
    const int std = next_std_chunk(layout, &pre, &suf);
    if (pre > 0) b.append(layout, 0, pre);
    if (std == 0) break;
    layout = layout.substr(suf);
    switch (std & kStdMask) {
      case kStdYear: append_int(&b, (p.year < 0 ? -p.year : p.year) % 100, 2); break;
      case kStdLongYear: append_int(&b, p.year, 4); break;
      case kStdMonth: b += month_string(p.month).substr(0, 3); break;
      case kStdLongMonth: b += month_string(p.month); break;
      case kStdNumMonth: append_int(&b, p.month, 0); break;
      case kStdZeroMonth: append_int(&b, p.month, 2); break;
      case kStdWeekDay: b += weekday_string(p.weekday).substr(0, 3); break;
      case kStdLongWeekDay: b += weekday_string(p.weekday); break;
      case kStdDay: append_int(&b, p.day, 0); break;
      case kStdUnderDay:
        if (p.day < 10) b.push_back(' ');
        append_int(&b, p.day, 0);
        break;
      case kStdZeroDay: append_int(&b, p.day, 2); break;
      case kStdUnderYearDay:
        if (p.yday < 100) {
          b.push_back(' ');
          if (p.yday < 10) b.push_back(' ');
        }
        append_int(&b, p.yday, 0);
        break;
      case kStdZeroYearDay: append_int(&b, p.yday, 3); break;
      case kStdHour: append_int(&b, p.hour, 2); break;
      case kStdHour12: append_int(&b, p.hour % 12 == 0 ? 12 : p.hour % 12, 0); break;
      case kStdZeroHour12: append_int(&b, p.hour % 12 == 0 ? 12 : p.hour % 12, 2); break;
      case kStdMinute: append_int(&b, p.min, 0); break;
      case kStdZeroMinute: append_int(&b, p.min, 2); break;
      case kStdSecond: append_int(&b, p.sec, 0); break;
      case kStdZeroSecond: append_int(&b, p.sec, 2); break;
      case kStdPM: b += p.hour >= 12 ? "PM" : "AM"; break;
      case kStdpm: b += p.hour >= 12 ? "pm" : "am"; break;
      case kStdISO8601TZ: case kStdISO8601ColonTZ: case kStdISO8601SecondsTZ: case kStdISO8601ShortTZ:
      case kStdISO8601ColonSecondsTZ:
        b.push_back('Z');  // offset 0 (UTC)
        break;
      case kStdNumTZ: case kStdNumColonTZ: case kStdNumSecondsTz: case kStdNumShortTZ: case kStdNumColonSecondsTZ:
        b += "+00";
        if (std == kStdNumColonTZ || std == kStdNumColonSecondsTZ) b.push_back(':');
        if (std != kStdNumShortTZ) b += "00";
        if (std == kStdNumSecondsTz || std == kStdNumColonSecondsTZ) {
          if (std == kStdNumColonSecondsTZ) b.push_back(':');
          b += "00";
        }
        break;
      case kStdTZ: b += "UTC"; break;
      case kStdFracSecond0: case kStdFracSecond9: format_nano(&b, static_cast<uint64_t>(nsec(t)), std); break;
      default: break;
    }
  }
  return b;
}

std::string time_string(const Time& t) {
  std::string s = format(t, "2006-01-02 15:04:05.999999999 -0700 MST");
  if ((t.wall & kHasMonotonic) != 0) {
    uint64_t m2 = static_cast<uint64_t>(t.ext);
    char sign = '+';
    if (t.ext < 0) {
      sign = '-';
      m2 = static_cast<uint64_t>(0) - m2;
    }
    uint64_t m1 = m2 / 1000000000;
    m2 %= 1000000000;
    const uint64_t m0 = m1 / 1000000000;
    m1 %= 1000000000;
    std::string buf = " m=";
    buf.push_back(sign);
    int wid = 0;
    if (m0 != 0) {
      append_int(&buf, static_cast<int64_t>(m0), 0);
      wid = 9;
    }
    append_int(&buf, static_cast<int64_t>(m1), wid);
    buf.push_back('.');
    append_int(&buf, static_cast<int64_t>(m2), 9);
    s += buf;
  }
  return s;
}

std::string quote(const std::string& s) {
  static const char kHex[] = "0123456789abcdef";
  std::string buf = "\"";
  for (unsigned char c : s) {
    if (c >= 0x80 || c < ' ') {
      // Go walks runes and escapes each byte of one; byte by byte gives the same text, also for
      // invalid UTF-8 (runeError of width 1).
      buf += "\\x";
      buf += kHex[c >> 4];
      buf += kHex[c & 0xF];
    } else {
      if (c == '"' || c == '\\') buf += '\\';
      buf += static_cast<char>(c);
    }
  }
  return buf + "\"";
}

}  // namespace gosim::interp::gotime
