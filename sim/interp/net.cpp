// Package net on the simulated loopback (the runtime side is sim/rt/netpoll.cpp): Listen, Dial,
// Listener.Accept/Close and Conn.Read/Write/Close as the interpreter sees them.
//
// A call asks the runtime (a request), which may park the G in IO wait until netpoll finds the
// socket ready; when the G runs again, finish_net writes the call's results. Listeners and
// connections are *net.TCPListener and *net.TCPConn values (Go's concrete types behind
// net.Listener and net.Conn) pointing at a one-word object holding the descriptor; errors are
// error values with Go's texts ("EOF", "dial tcp 127.0.0.1:8080: connect: connection refused").
#include "sim/interp/exec.h"
#include "sim/lang/object.h"

namespace gosim::interp {

using lang::LibFunc;

namespace {
// "host:port" -> port ("" or no port: 0, any free port for Listen).
int64_t port_of(const std::string& addr) {
  const auto colon = addr.rfind(':');
  if (colon == std::string::npos) return 0;
  int64_t port = 0;
  for (size_t i = colon + 1; i < addr.size(); ++i) {
    if (addr[i] < '0' || addr[i] > '9') return 0;
    port = port * 10 + (addr[i] - '0');
  }
  return port;
}
}  // namespace

// An errors.New-like value with this text, written as an interface at dst (nil when text is "").
void Exec::error_value(const std::string& text, uint64_t dst) {
  if (text.empty()) {
    st8(dst, 0);
    st8(dst + 8, 0);
    return;
  }
  const uint64_t es = alloc(16);
  st8(es, new_string(text));
  st8(es + 8, text.size());
  const uint64_t box = es;  // a pointer: the interface's data word itself (direct iface)
  st8(dst, ir::type_word(errstring_type_));
  st8(dst + 8, box);
}

bool Exec::net_lib(int64_t id, uint64_t args, uint64_t results) {
  Request r;
  const auto fn = static_cast<LibFunc>(id);
  switch (fn) {
    case LibFunc::NetListen: r.kind = ReqKind::kNetListen; r.a = port_of(str_at(args + 16)); break;
    case LibFunc::NetDial: r.kind = ReqKind::kNetDial; r.a = port_of(str_at(args + 16)); break;
    case LibFunc::NetListenerAccept: r.kind = ReqKind::kNetAccept; r.a = static_cast<int64_t>(ld8(ld8(args))); break;
    case LibFunc::NetConnRead:
      r.kind = ReqKind::kNetRead;
      r.a = static_cast<int64_t>(ld8(ld8(args)));
      r.b = static_cast<int64_t>(ld8(args + 16));  // len(b)
      code().net_buf = ld8(args + 8);
      break;
    case LibFunc::NetConnWrite: {
      r.kind = ReqKind::kNetWrite;
      r.a = static_cast<int64_t>(ld8(ld8(args)));
      const uint64_t n = ld8(args + 16);
      r.text = n == 0 ? std::string() : mem_.read_string(ld8(args + 8), n);
      break;
    }
    default:  // Conn.Close, Listener.Close
      r.kind = ReqKind::kNetClose;
      r.a = static_cast<int64_t>(ld8(ld8(args)));
      break;
  }
  code().net_pending = id;
  code().net_results = results;
  request(std::move(r));
  return true;
}

// The G is back from its network call: its results, from what the runtime left in g.netres.
void Exec::finish_net() {
  GCode& c = code();
  const auto fn = static_cast<LibFunc>(c.net_pending);
  const uint64_t res = c.net_results;
  c.net_pending = 0;
  const NetResult nr = g().netres;
  switch (fn) {
    case LibFunc::NetListen:
    case LibFunc::NetDial:
    case LibFunc::NetListenerAccept: {
      if (res == 0) return;
      if (nr.err.empty()) {
        const uint64_t obj = alloc(8, false);  // Go: &TCPConn{conn{fd}} (the fd here is a number)
        st8(obj, static_cast<uint64_t>(nr.fd));
        const uint64_t box = obj;  // a pointer: the interface's data word itself (direct iface)
        st8(res, ir::type_word(fn == LibFunc::NetListen ? tcp_listener_type_ : tcp_conn_type_));
        st8(res + 8, box);
      } else {
        st8(res, 0);
        st8(res + 8, 0);
      }
      error_value(nr.err, res + 16);
      return;
    }
    case LibFunc::NetConnRead:
      if (!nr.data.empty()) mem_.write(c.net_buf, nr.data.data(), nr.data.size());
      if (res == 0) return;
      st8(res, nr.data.size());
      error_value(nr.err, res + 8);
      return;
    case LibFunc::NetConnWrite:
      if (res == 0) return;
      st8(res, nr.err.empty() ? static_cast<uint64_t>(nr.fd) : 0);
      error_value(nr.err, res + 8);
      return;
    default:
      if (res != 0) error_value(nr.err, res);
      return;
  }
}

}  // namespace gosim::interp
