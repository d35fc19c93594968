// Part lang2 (issue #19): time.Parse and time.ParseInLocation over gotime::parse
// (time_parse.cpp), and net's pure address functions SplitHostPort and JoinHostPort.
//
// Go: time/format.go Parse, ParseInLocation; net/ipsock.go SplitHostPort, JoinHostPort;
// net/net.go (*AddrError).Error. net stays modelled (its sockets are the model's system calls),
// so these two are ported here, line for line. What differs from Go, said in docs/go-subset.md:
// an error is an error value with Go's text, not a *time.ParseError or *net.AddrError (errors.As
// to those types does not see it), and a time in a zone other than UTC is refused (gosim has no
// Location but UTC).
#include "sim/interp/exec.h"
#include "sim/interp/time_format.h"
#include "sim/lang/object.h"

namespace gosim::interp {

using lang::LibFunc;

bool Exec::parse_lib(int64_t id, uint64_t args, uint64_t results) {
  switch (static_cast<LibFunc>(id)) {
    case LibFunc::TimeParse:
    case LibFunc::TimeParseInLocation: {
      const std::string layout = str_at(args), value = str_at(args + 16);
      const gotime::ParseResult r = gotime::parse(layout, value);
      if (!r.unsupported_zone.empty()) {
        panic_text("gosim: unsupported: time.Parse of " + value + " gives a time in the zone " + r.unsupported_zone +
                   ", and gosim models no Location but UTC (no time zone database, no FixedZone)");
        return requested_;
      }
      put_time(results, r.error.empty() ? r.time : gotime::Time{});
      error_value(r.error, results + 24);
      return false;
    }
    case LibFunc::NetSplitHostPort: {
      // The results are substrings of hostport, as in Go: no allocation unless there is an error.
      const uint64_t ptr = ld8(args);
      const std::string hp = str_at(args);
      auto put = [&](uint64_t at, size_t from, size_t to) {
        st8(at, to > from ? ptr + from : 0);
        st8(at + 8, to - from);
      };
      auto addr_err = [&](const std::string& why) {
        put(results, 0, 0);
        put(results + 16, 0, 0);
        error_value(hp.empty() ? why : "address " + hp + ": " + why, results + 32);
        return false;
      };
      const std::string missing_port = "missing port in address", too_many = "too many colons in address";
      size_t j = 0, k = 0;
      const size_t i = hp.rfind(':');
      if (i == std::string::npos) return addr_err(missing_port);
      size_t hfrom = 0, hto = i;
      if (hp[0] == '[') {
        const size_t end = hp.find(']');
        if (end == std::string::npos) return addr_err("missing ']' in address");
        if (end + 1 == hp.size()) return addr_err(missing_port);
        if (end + 1 != i) return addr_err(hp[end + 1] == ':' ? too_many : missing_port);
        hfrom = 1;
        hto = end;
        j = 1;
        k = end + 1;
      } else if (hp.substr(0, i).find(':') != std::string::npos) {
        return addr_err(too_many);
      }
      if (hp.find('[', j) != std::string::npos) return addr_err("unexpected '[' in address");
      if (hp.find(']', k) != std::string::npos) return addr_err("unexpected ']' in address");
      put(results, hfrom, hto);
      put(results + 16, i + 1, hp.size());
      error_value("", results + 32);
      return false;
    }
    case LibFunc::NetJoinHostPort: {
      const std::string host = str_at(args), port = str_at(args + 16);
      // Go: a host with colons is taken to be a literal IPv6 address.
      const std::string s = host.find(':') != std::string::npos ? "[" + host + "]:" + port : host + ":" + port;
      st8(results, new_string(s));
      st8(results + 8, s.size());
      return false;
    }
    default:
      panic_text("gosim: this library function is not implemented yet (id " + std::to_string(id) + ")");
      return requested_;
  }
}

}  // namespace gosim::interp
