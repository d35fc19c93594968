// Go: time/format.go Parse, ParseInLocation and parse (1.19), ported line by line, with its
// helpers (match, lookup, getnum, getnum3, cutspace, skip, atoi, parseTimeZone, parseGMT,
// parseSignedOffset, parseNanoseconds) and ParseError's texts. Every location is UTC in gosim
// (time_format.h): a value whose zone is UTC (Z, +00:00, UTC, or no zone at all) parses as Go's;
// one that names another zone or offset would need a fixed-zone Location, which gosim does not
// model, and parse says so instead of returning a wrong time.
#include "sim/interp/time_format.h"
#include "sim/interp/time_layout.h"

namespace gosim::interp::gotime {
namespace {

constexpr uint64_t kBit63 = uint64_t{1} << 63;
const char* const kLongMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};
const char* const kShortMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char* const kLongDays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
const char* const kShortDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr int kDaysBefore[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365};

bool leap(int64_t y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

// Go: time.go daysIn.
int days_in(int m, int64_t year) {
  if (m == 2 && leap(year)) return 29;
  return kDaysBefore[m] - kDaysBefore[m - 1];
}


// Go: format.go match: ASCII case-insensitive equality of s1 and s2[:len(s1)].
bool match(const std::string& s1, const std::string& s2) {
  for (size_t i = 0; i < s1.size(); i++) {
    char c1 = s1[i];
    char c2 = s2[i];
    if (c1 != c2) {
      c1 = static_cast<char>(c1 | ('a' - 'A'));
      c2 = static_cast<char>(c2 | ('a' - 'A'));
      if (c1 != c2 || c1 < 'a' || c1 > 'z') return false;
    }
  }
  return true;
}

// Go: format.go lookup. False is errBad.
template <size_t N>
bool lookup(const char* const (&tab)[N], std::string* val, int* idx) {
  for (size_t i = 0; i < N; i++) {
    const std::string v = tab[i];
    if (val->size() >= v.size() && match(val->substr(0, v.size()), v)) {
      *idx = static_cast<int>(i);
      *val = val->substr(v.size());
      return true;
    }
  }
  *idx = -1;
  return false;
}

bool is_digit(const std::string& s, size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; }

// Go: format.go getnum. False is errBad.
bool getnum(std::string* s, bool fixed, int* out) {
  if (!is_digit(*s, 0)) return false;
  if (!is_digit(*s, 1)) {
    if (fixed) return false;
    *out = (*s)[0] - '0';
    *s = s->substr(1);
    return true;
  }
  *out = ((*s)[0] - '0') * 10 + ((*s)[1] - '0');
  *s = s->substr(2);
  return true;
}

// Go: format.go getnum3.
bool getnum3(std::string* s, bool fixed, int* out) {
  int n = 0;
  size_t i = 0;
  for (; i < 3 && is_digit(*s, i); i++) n = n * 10 + ((*s)[i] - '0');
  if (i == 0 || (fixed && i != 3)) return false;
  *out = n;
  *s = s->substr(i);
  return true;
}

std::string cutspace(std::string s) {
  size_t i = 0;
  while (i < s.size() && s[i] == ' ') i++;
  return s.substr(i);
}

// Go: format.go skip: value with prefix removed, spaces in prefix matching runs of spaces.
bool skip(std::string* value, std::string prefix) {
  while (!prefix.empty()) {
    if (prefix[0] == ' ') {
      if (!value->empty() && (*value)[0] != ' ') return false;
      prefix = cutspace(prefix);
      *value = cutspace(*value);
      continue;
    }
    if (value->empty() || (*value)[0] != prefix[0]) return false;
    prefix = prefix.substr(1);
    *value = value->substr(1);
  }
  return true;
}

// Go: format.go leadingInt: the digits at the front; false on overflow (errLeadingInt).
bool leading_int(const std::string& s, uint64_t* x, std::string* rem) {
  size_t i = 0;
  *x = 0;
  for (; i < s.size(); i++) {
    const char c = s[i];
    if (c < '0' || c > '9') break;
    if (*x > kBit63 / 10) return false;
    *x = *x * 10 + static_cast<uint64_t>(c - '0');
    if (*x > kBit63) return false;
  }
  *rem = s.substr(i);
  return true;
}

// Go: format.go atoi.
bool atoi(std::string s, int64_t* out) {
  bool neg = false;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    neg = s[0] == '-';
    s = s.substr(1);
  }
  uint64_t q = 0;
  std::string rem;
  if (!leading_int(s, &q, &rem) || !rem.empty()) return false;
  *out = neg ? -static_cast<int64_t>(q) : static_cast<int64_t>(q);
  return true;
}

// Go: format.go parseSignedOffset.
size_t parse_signed_offset(const std::string& value) {
  const char sign = value[0];
  if (sign != '-' && sign != '+') return 0;
  uint64_t x = 0;
  std::string rem;
  if (!leading_int(value.substr(1), &x, &rem) || value.substr(1) == rem) return 0;
  if (x > 23) return 0;
  return value.size() - rem.size();
}

// Go: format.go parseGMT.
size_t parse_gmt(const std::string& value) {
  const std::string v = value.substr(3);
  if (v.empty()) return 3;
  return 3 + parse_signed_offset(v);
}

// Go: format.go parseTimeZone.
bool parse_time_zone(const std::string& value, size_t* length) {
  if (value.size() < 3) return false;
  if (value.size() >= 4 && (value.compare(0, 4, "ChST") == 0 || value.compare(0, 4, "MeST") == 0)) {
    *length = 4;
    return true;
  }
  if (value.compare(0, 3, "GMT") == 0) {
    *length = parse_gmt(value);
    return true;
  }
  if (value[0] == '+' || value[0] == '-') {
    *length = parse_signed_offset(value);
    return *length > 0;
  }
  size_t n_upper = 0;
  for (; n_upper < 6; n_upper++) {
    if (n_upper >= value.size()) break;
    const char c = value[n_upper];
    if (c < 'A' || 'Z' < c) break;
  }
  switch (n_upper) {
    case 5:
      if (value[4] == 'T') {
        *length = 5;
        return true;
      }
      break;
    case 4:
      if (value[3] == 'T' || value.compare(0, 4, "WITA") == 0) {
        *length = 4;
        return true;
      }
      break;
    case 3: *length = 3; return true;
    default: break;
  }
  return false;
}

bool comma_or_period(char b) { return b == '.' || b == ','; }

// Go: format.go parseNanoseconds. False is errBad (or atoi's error); *range_err names a range.
bool parse_nanoseconds(std::string value, size_t nbytes, int64_t* ns, std::string* range_err) {
  if (!comma_or_period(value[0])) return false;
  if (nbytes > 10) {
    value = value.substr(0, 10);
    nbytes = 10;
  }
  if (!atoi(value.substr(1, nbytes - 1), ns)) return false;
  if (*ns < 0) {
    *range_err = "fractional second";
    return true;
  }
  for (size_t i = 0; i < 10 - nbytes; i++) *ns *= 10;
  return true;
}

// Go: format.go digitsLen.
size_t digits_len(int std) { return static_cast<size_t>((std >> kStdArgShift) & 0xfff); }

// Go: (*ParseError).Error.
std::string parse_error(const std::string& layout, const std::string& value, const std::string& layout_elem,
                        const std::string& value_elem, const std::string& message) {
  if (message.empty()) {
    return "parsing time " + quote(value) + " as " + quote(layout) + ": cannot parse " + quote(value_elem) + " as " +
           quote(layout_elem);
  }
  return "parsing time " + quote(value) + message;
}

// A zone offset in Go's -0700 form, for the unsupported message.
std::string offset_text(int64_t off) {
  std::string s = off < 0 ? "-" : "+";
  if (off < 0) off = -off;
  const int64_t h = off / 3600, m = off / 60 % 60;
  s += static_cast<char>('0' + h / 10);
  s += static_cast<char>('0' + h % 10);
  s += static_cast<char>('0' + m / 10);
  s += static_cast<char>('0' + m % 10);
  return s;
}

}  // namespace

ParseResult parse(const std::string& layout_in, const std::string& value_in) {
  ParseResult res;
  const std::string& alayout = layout_in;
  const std::string& avalue = value_in;
  std::string layout = layout_in;
  std::string value = value_in;
  std::string range_err;
  bool am_set = false, pm_set = false;
  int64_t year = 0, nsec_v = 0;
  int month = -1, day = -1, yday = -1, hour = 0, min = 0, sec_v = 0;
  bool z_utc = false;
  int64_t zone_offset = -1;
  std::string zone_name;
  auto fail = [&](const std::string& le, const std::string& ve, const std::string& msg, bool made = false) {
    res.error = parse_error(alayout, avalue, le, ve, msg);
    res.layout_elem = le;
    res.value_elem = ve;
    res.message = msg;
    res.message_made = made;
    return res;
  };
  for (;;) {
    size_t pre = 0, suf = 0;
    int std = next_std_chunk(layout, &pre, &suf);
    const std::string prefix = layout.substr(0, pre);
    const std::string stdstr = layout.substr(pre, suf - pre);
    if (!skip(&value, prefix)) return fail(prefix, value, "");
    if (std == 0) {
      if (!value.empty()) return fail("", value, ": extra text: " + quote(value), true);
      break;
    }
    layout = layout.substr(suf);
    bool ok = true;
    int idx = 0;
    switch (std & kStdMask) {
      case kStdYear: {
        if (value.size() < 2) {
          ok = false;
          break;
        }
        const std::string hold = value;
        const std::string p = value.substr(0, 2);
        value = value.substr(2);
        ok = atoi(p, &year);
        if (!ok) {
          value = hold;
        } else if (year >= 69) {  // Go: Unix time starts Dec 31 1969 in some time zones
          year += 1900;
        } else {
          year += 2000;
        }
        break;
      }
      case kStdLongYear:
        if (value.size() < 4 || !is_digit(value, 0)) {
          ok = false;
          break;
        }
        ok = atoi(value.substr(0, 4), &year);
        value = value.substr(4);
        break;
      case kStdMonth:
        ok = lookup(kShortMonths, &value, &month);
        month++;
        break;
      case kStdLongMonth:
        ok = lookup(kLongMonths, &value, &month);
        month++;
        break;
      case kStdNumMonth:
      case kStdZeroMonth:
        ok = getnum(&value, std == kStdZeroMonth, &month);
        if (ok && (month <= 0 || 12 < month)) range_err = "month";
        break;
      case kStdWeekDay: ok = lookup(kShortDays, &value, &idx); break;
      case kStdLongWeekDay: ok = lookup(kLongDays, &value, &idx); break;
      case kStdDay:
      case kStdUnderDay:
      case kStdZeroDay:
        if (std == kStdUnderDay && !value.empty() && value[0] == ' ') value = value.substr(1);
        ok = getnum(&value, std == kStdZeroDay, &day);
        // Go: the day's range is checked after all fields are read (it depends on month and year).
        break;
      case kStdUnderYearDay:
      case kStdZeroYearDay:
        for (int i = 0; i < 2; i++) {
          if (std == kStdUnderYearDay && !value.empty() && value[0] == ' ') value = value.substr(1);
        }
        ok = getnum3(&value, std == kStdZeroYearDay, &yday);
        break;
      case kStdHour:
        ok = getnum(&value, false, &hour);
        if (hour < 0 || 24 <= hour) range_err = "hour";
        break;
      case kStdHour12:
      case kStdZeroHour12:
        ok = getnum(&value, std == kStdZeroHour12, &hour);
        if (hour < 0 || 12 < hour) range_err = "hour";
        break;
      case kStdMinute:
      case kStdZeroMinute:
        ok = getnum(&value, std == kStdZeroMinute, &min);
        if (min < 0 || 60 <= min) range_err = "minute";
        break;
      case kStdSecond:
      case kStdZeroSecond: {
        ok = getnum(&value, std == kStdZeroSecond, &sec_v);
        if (sec_v < 0 || 60 <= sec_v) {
          range_err = "second";
          break;
        }
        // Go: a fractional second in the value with none in the layout is still read.
        if (value.size() >= 2 && comma_or_period(value[0]) && is_digit(value, 1)) {
          size_t p2 = 0, s2 = 0;
          const int next = next_std_chunk(layout, &p2, &s2) & kStdMask;
          if (next == kStdFracSecond0 || next == kStdFracSecond9) break;
          size_t n = 2;
          while (n < value.size() && is_digit(value, n)) n++;
          ok = parse_nanoseconds(value, n, &nsec_v, &range_err);
          value = value.substr(n);
        }
        break;
      }
      case kStdPM:
      case kStdpm: {
        if (value.size() < 2) {
          ok = false;
          break;
        }
        const std::string p = value.substr(0, 2);
        value = value.substr(2);
        const bool upper = (std & kStdMask) == kStdPM;
        if (p == (upper ? "PM" : "pm")) {
          pm_set = true;
        } else if (p == (upper ? "AM" : "am")) {
          am_set = true;
        } else {
          ok = false;
        }
        break;
      }
      case kStdISO8601TZ: case kStdISO8601ColonTZ: case kStdISO8601SecondsTZ: case kStdISO8601ShortTZ:
      case kStdISO8601ColonSecondsTZ: case kStdNumTZ: case kStdNumShortTZ: case kStdNumColonTZ:
      case kStdNumSecondsTz: case kStdNumColonSecondsTZ: {
        if ((std == kStdISO8601TZ || std == kStdISO8601ShortTZ || std == kStdISO8601ColonTZ) && !value.empty() &&
            value[0] == 'Z') {
          value = value.substr(1);
          z_utc = true;
          break;
        }
        std::string sign, hh, mm, ss;
        auto take = [&](size_t need, size_t h, size_t m, size_t s, size_t rest) {
          if (value.size() < need) return false;
          sign = value.substr(0, 1);
          hh = value.substr(h, 2);
          mm = m == 0 ? "00" : value.substr(m, 2);
          ss = s == 0 ? "00" : value.substr(s, 2);
          value = value.substr(rest);
          return true;
        };
        if (std == kStdISO8601ColonTZ || std == kStdNumColonTZ) {
          ok = value.size() >= 6 && value[3] == ':' && take(6, 1, 4, 0, 6);
        } else if (std == kStdNumShortTZ || std == kStdISO8601ShortTZ) {
          ok = take(3, 1, 0, 0, 3);
        } else if (std == kStdISO8601ColonSecondsTZ || std == kStdNumColonSecondsTZ) {
          ok = value.size() >= 9 && value[3] == ':' && value[6] == ':' && take(9, 1, 4, 7, 9);
        } else if (std == kStdISO8601SecondsTZ || std == kStdNumSecondsTz) {
          ok = take(7, 1, 3, 5, 7);
        } else {
          ok = take(5, 1, 3, 0, 5);
        }
        if (!ok) break;
        int64_t hr = 0, mi = 0, se = 0;
        ok = atoi(hh, &hr) && atoi(mm, &mi) && atoi(ss, &se);
        zone_offset = (hr * 60 + mi) * 60 + se;  // seconds
        if (sign[0] == '-') {
          zone_offset = -zone_offset;
        } else if (sign[0] != '+') {
          ok = false;
        }
        break;
      }
      case kStdTZ: {
        if (value.size() >= 3 && value.compare(0, 3, "UTC") == 0) {
          z_utc = true;
          value = value.substr(3);
          break;
        }
        size_t n = 0;
        ok = parse_time_zone(value, &n);
        if (!ok) break;
        zone_name = value.substr(0, n);
        value = value.substr(n);
        break;
      }
      case kStdFracSecond0: {
        const size_t ndigit = 1 + digits_len(std);
        if (value.size() < ndigit) {
          ok = false;
          break;
        }
        ok = parse_nanoseconds(value, ndigit, &nsec_v, &range_err);
        value = value.substr(ndigit);
        break;
      }
      case kStdFracSecond9: {
        if (value.size() < 2 || !comma_or_period(value[0]) || value[1] < '0' || '9' < value[1]) break;
        size_t i = 0;
        while (i < 9 && i + 1 < value.size() && '0' <= value[i + 1] && value[i + 1] <= '9') i++;
        ok = parse_nanoseconds(value, 1 + i, &nsec_v, &range_err);
        value = value.substr(1 + i);
        break;
      }
      default: break;
    }
    if (!range_err.empty()) return fail(stdstr, value, ": " + range_err + " out of range", true);
    if (!ok) return fail(stdstr, value, "");
  }
  if (pm_set && hour < 12) {
    hour += 12;
  } else if (am_set && hour == 12) {
    hour = 0;
  }
  if (yday >= 0) {
    int d = 0, m = 0;
    if (leap(year)) {
      if (yday == 31 + 29) {
        m = 2;
        d = 29;
      } else if (yday > 31 + 29) {
        yday--;
      }
    }
    if (yday < 1 || yday > 365) return fail("", value, ": day-of-year out of range");
    if (m == 0) {
      m = (yday - 1) / 31 + 1;
      if (kDaysBefore[m] < yday) m++;
      d = yday - kDaysBefore[m - 1];
    }
    if (month >= 0 && month != m) return fail("", value, ": day-of-year does not match month");
    month = m;
    if (day >= 0 && day != d) return fail("", value, ": day-of-year does not match day");
    day = d;
  } else {
    if (month < 0) month = 1;
    if (day < 0) day = 1;
  }
  if (day < 1 || day > days_in(month, year)) return fail("", value, ": day out of range");
  res.time = date(year, month, day, hour, min, sec_v, nsec_v);
  if (z_utc) return res;
  if (zone_offset != -1) {
    res.time = add(res.time, -zone_offset * 1000000000);
    // Go: the result is in Local when Local has this offset at that time (gosim: Local is UTC),
    // else in FixedZone(zoneName, offset).
    if (zone_offset == 0 && (zone_name.empty() || zone_name == "UTC")) return res;
    res.unsupported_zone = (zone_name.empty() ? "" : zone_name + " ") + offset_text(zone_offset);
    return res;
  }
  if (!zone_name.empty()) {
    // Go: Local's abbreviation ("UTC" in gosim) was matched above; any other name becomes
    // FixedZone(name, offset), offset 0 unless the name is GMT+h.
    int64_t off = 0;
    if (zone_name.size() > 3 && zone_name.compare(0, 3, "GMT") == 0) {
      atoi(zone_name.substr(3), &off);
      off *= 3600;
    }
    res.unsupported_zone = zone_name + " " + offset_text(off);
  }
  return res;
}

}  // namespace gosim::interp::gotime
