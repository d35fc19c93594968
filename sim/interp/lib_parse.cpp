// Part lang2 (issue #19): time.Parse and time.ParseInLocation over gotime::parse
// (time_parse.cpp), and net's pure address functions SplitHostPort and JoinHostPort.
//
// Go: time/format.go Parse, ParseInLocation; net/ipsock.go SplitHostPort, JoinHostPort;
// net/net.go (*AddrError).Error. net stays modelled (its sockets are the model's system calls),
// so these two are ported here, line for line. What differs from Go, said in docs/go-subset.md:
// net's error is an error value with Go's text, not a *net.AddrError (errors.As to it does not
// see it), and a time in a zone other than UTC is refused (gosim has no Location but UTC).
// time.Parse's errors are *time.ParseError values (part lang19), as Go's.
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
      parse_error_value(ld8(args), ld8(args + 16), layout, value, r, results + 24);
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

// part lang19: Go's `&ParseError{alayout, avalue, elem, value, message}`: one 80-byte object of
// five strings. Layout and Value are the caller's strings (their bytes at layout_ptr and
// value_ptr; 0: new strings), the elements substrings of them (Go slices the input, so only the
// object and a message Go concatenates at run time are allocated).
void Exec::parse_error_value(uint64_t layout_ptr, uint64_t value_ptr, const std::string& layout,
                             const std::string& value, const gotime::ParseResult& r, uint64_t dst) {
  if (r.error.empty()) {
    st8(dst, 0);
    st8(dst + 8, 0);
    return;
  }
  const int32_t pt = vfs_type("*time.ParseError");
  if (pt < 0) {  // no descriptor (cannot happen: interp.cpp adds one): Go's text as before
    error_value(r.error, dst);
    return;
  }
  const uint64_t pe = alloc(80);
  auto put = [&](uint64_t at, uint64_t ptr, size_t n) {
    st8(at, n == 0 ? 0 : ptr);
    st8(at + 8, n);
  };
  auto whole = [&](uint64_t at, uint64_t ptr, const std::string& s) {
    if (ptr != 0) {
      put(at, ptr, s.size());
    } else {
      put(at, s.empty() ? 0 : new_string(s), s.size());
    }
  };
  auto part = [&](uint64_t at, uint64_t ptr, const std::string& s, const std::string& sub) {
    const size_t off = s.find(sub);
    if (ptr != 0 && off != std::string::npos) {
      put(at, ptr + off, sub.size());
    } else {
      put(at, sub.empty() ? 0 : new_string(sub), sub.size());
    }
  };
  whole(pe, layout_ptr, layout);
  whole(pe + 16, value_ptr, value);
  part(pe + 32, layout_ptr, layout, r.layout_elem);
  // ValueElem is what is left of the value: a suffix.
  if (value_ptr != 0 && r.value_elem.size() <= value.size()) {
    put(pe + 48, value_ptr + (value.size() - r.value_elem.size()), r.value_elem.size());
  } else {
    put(pe + 48, r.value_elem.empty() ? 0 : new_string(r.value_elem), r.value_elem.size());
  }
  // Simplified: a message that is one of Go's constants (": day out of range") is a new string
  // too, where Go's points into the binary (one more allocation on those errors).
  put(pe + 64, r.message.empty() ? 0 : new_string(r.message), r.message.size());
  st8(dst, ir::type_word(pt));
  st8(dst + 8, pe);
}

bool Exec::lang19_lib(int64_t id, uint64_t args, uint64_t results) {
  if (static_cast<LibFunc>(id) != LibFunc::TimeParseErrorError) return reflect_chan_lib(id, args, results);
  // Go: time/format.go (*ParseError).Error.
  const uint64_t pe = ld8(args);
  if (pe == 0) {
    panic_text("runtime error: invalid memory address or nil pointer dereference\n"
               "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
    return requested_;
  }
  const std::string layout = str_at(pe), value = str_at(pe + 16), le = str_at(pe + 32), ve = str_at(pe + 48),
                    msg = str_at(pe + 64);
  const std::string text = msg.empty() ? "parsing time " + gotime::quote(value) + " as " + gotime::quote(layout) +
                                             ": cannot parse " + gotime::quote(ve) + " as " + gotime::quote(le)
                                       : "parsing time " + gotime::quote(value) + msg;
  st8(results, new_string(text));
  st8(results + 8, text.size());
  return false;
}

}  // namespace gosim::interp
