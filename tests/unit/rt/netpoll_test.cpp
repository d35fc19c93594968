// The netpoller and package net on the simulated loopback (Go 1.19 netpoll.go), C++ bodies.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "sim/rt/invariants.h"
#include "tests/support/test_program.h"

using namespace gosim;
using namespace gosim::testing;

namespace {

// A one-P configuration, everything else as the defaults.
Config one_p() {
  Config c;
  c.gomaxprocs = 1;
  return c;
}

// Runs to the end; the scheduler's invariants must hold after every event.
std::vector<Event> run_all(Machine& mc) {
  std::vector<Event> out;
  while (auto e = mc.step()) {
    out.push_back(*e);
    const std::string broken = check_sched_invariants(mc.model());
    if (!broken.empty()) FAIL_CHECK("after event " << e->seq << ": " << broken);
  }
  return out;
}

Request net(ReqKind k, int64_t a = 0, int64_t b = 0, std::string text = {}) {
  Request r = req(k, a, b);
  r.text = std::move(text);
  return r;
}

// server(listener fd): c := ln.Accept(); buf := c.Read(64); c.Write("pong:" + buf); c.Close()
GTask server(Machine& mc, GIdx gi) {
  for (;;) {
    auto& r = regs(mc, gi, 2);  // pc, conn fd
    const NetResult res = mc.g(gi).netres;
    switch (r[0]++) {
      case 0: mc.request(gi, net(ReqKind::kNetAccept, mc.g(gi).code.arg)); break;
      case 1: r[1] = res.fd; mc.request(gi, net(ReqKind::kNetRead, r[1], 64)); break;
      case 2: mc.request(gi, net(ReqKind::kNetWrite, r[1], 0, "pong:" + res.data)); break;
      case 3: mc.request(gi, net(ReqKind::kNetClose, r[1])); break;
      default: co_return;
    }
    co_await Suspend{};
  }
}

// main: ln := net.Listen(8080); go server(ln); c := net.Dial(8080); c.Write("ping");
//       print(c.Read(64)); print(c.Read(64)) (EOF)
GTask client_main(Machine& mc, GIdx gi) {
  for (;;) {
    auto& r = regs(mc, gi, 2);
    const NetResult res = mc.g(gi).netres;
    Request q;
    switch (r[0]++) {
      case 0: q = net(ReqKind::kNetListen, 8080); break;
      case 1: q = req(ReqKind::kGo, 1, res.fd); break;
      case 2: q = net(ReqKind::kNetDial, 8080); break;
      case 3: r[1] = res.fd; q = net(ReqKind::kNetWrite, r[1], 0, "ping"); break;
      case 4: q = net(ReqKind::kNetRead, r[1], 64); break;
      case 5: q = req(ReqKind::kWrite, 1); q.text = res.data + "\n"; break;
      case 6: q = net(ReqKind::kNetRead, r[1], 64); break;
      case 7: q = req(ReqKind::kWrite, 1); q.text = "then: " + res.err + "\n"; break;
      default: co_return;
    }
    mc.request(gi, q);
    co_await Suspend{};
  }
}

GTask spinner(Machine& mc, GIdx gi) {
  for (;;) {
    mc.request(gi, req(ReqKind::kWork, 0, 0, 1000));
    co_await Suspend{};
  }
}

// main: as client_main, but a spinner hogs the only P while main waits for the reply.
GTask busy_main(Machine& mc, GIdx gi) {
  for (;;) {
    auto& r = regs(mc, gi, 2);
    const NetResult res = mc.g(gi).netres;
    Request q;
    switch (r[0]++) {
      case 0: q = net(ReqKind::kNetListen, 8080); break;
      case 1: q = req(ReqKind::kGo, 1, res.fd); break;
      case 2: q = net(ReqKind::kNetDial, 8080); break;
      case 3: r[1] = res.fd; q = req(ReqKind::kGo, 2); break;
      case 4: q = net(ReqKind::kNetWrite, r[1], 0, "ping"); break;
      case 5: q = net(ReqKind::kNetRead, r[1], 64); break;
      case 6: q = req(ReqKind::kWrite, 1); q.text = res.data + "\n"; break;
      default: co_return;
    }
    mc.request(gi, q);
    co_await Suspend{};
  }
}

}  // namespace

TEST_CASE("an echo over loopback: Accept, Dial and Read park in IO wait until netpoll finds them ready") {
  TestProgram prog;
  prog.add("main.main", client_main);
  prog.add("main.server", server);
  Machine mc(prog, one_p());
  mc.start(0);
  const auto evs = run_all(mc);
  CHECK(mc.model().output == "pong:ping\nthen: EOF\n");
  int io_waits = 0, polls = 0;
  for (const Event& e : evs) {
    io_waits += e.kind == EventKind::kGoPark && e.a == static_cast<int64_t>(WaitReason::kIOWait);
    polls += e.kind == EventKind::kNetpoll;
  }
  CHECK(io_waits >= 3);  // Accept, Dial, Read (and the second Read)
  CHECK(polls >= 3);
  // Round trips cost virtual time: connect + request + reply is at least 3 one-way latencies.
  CHECK(mc.now() >= 3 * CostModel{}.net_ns);
}

TEST_CASE("a ready goroutine waits for a poll while the P is busy: sysmon polls after 10ms") {
  TestProgram prog;
  prog.add("main.main", busy_main);
  prog.add("main.server", server);
  prog.add("main.spinner", spinner);
  Machine mc(prog, one_p());
  mc.start(0);
  const auto evs = run_all(mc);
  CHECK(mc.model().output == "pong:ping\n");
  // The reply lands after ~2 latencies, but main only runs again once someone polls: the
  // spinner never lets the P look for work, so the poll comes from sysmon (10ms without a
  // poll) or after sysmon preempts the spinner.
  const Event* reply = nullptr;
  const Event* poll = nullptr;
  for (const Event& e : evs) {
    if (e.kind == EventKind::kNetReady && e.c == 1 && !reply && e.time > 50'000) reply = &e;
    if (e.kind == EventKind::kNetpoll && reply && !poll) poll = &e;
  }
  REQUIRE(reply);
  REQUIRE(poll);
  CHECK(poll->time - reply->time > 5'000'000);
}
