// The location graph (Go: cmd/compile/internal/escape/graph.go, leaks.go, solve.go).
//
// A Location stands for a variable or for the storage an expression allocates; its
// incoming edges say "dst = <derefs> src". A Hole is the context an expression is
// evaluated in: "the value flows into dst with `derefs` dereferences". The solver
// (walkAll/walkOne) computes, from each root, the minimal dereference count to every
// location that flows into it, and marks escapes and parameter leaks.
#pragma once

#include <array>
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "sim/base/diag.h"
#include "sim/escape/escape.h"
#include "sim/lang/check.h"

namespace gosim::escape {

// Go: escape.numEscResults.
constexpr int kNumEscResults = 7;

// Go: escape.leaks: per sink (heap, then results) the fewest derefs plus one (0 = none).
struct Leaks {
  std::array<uint8_t, 1 + kNumEscResults> v{};
  int get(int i) const { return int(v[i]) - 1; }
  int heap() const { return get(0); }
  int result(int i) const { return get(1 + i); }
  void add(int i, int derefs) {
    const int old = get(i);
    if (old < 0 || derefs < old) set(i, derefs);
  }
  void set(int i, int derefs) { v[i] = uint8_t(std::min(derefs + 1, 255)); }
  void add_heap(int d) { add(0, d); }
  void add_result(int i, int d) { add(1 + i, d); }
  bool empty() const { return v == decltype(v){}; }
  // Go: leaks.Optimize: result paths no shorter than the heap path add nothing.
  void optimize() {
    if (const int x = heap(); x >= 0) {
      for (int i = 0; i < kNumEscResults; i++) {
        if (result(i) >= x) v[1 + i] = 0;
      }
    }
  }
  // What a caller sees after the tag round trip (Go: Encode then parseLeaks): a heap leak
  // with no dereference encodes as the empty tag, which decodes as "leaks to heap" only.
  Leaks as_tag() const {
    if (heap() == 0) {
      Leaks l;
      l.add_heap(0);
      return l;
    }
    return *this;
  }
};

// One step of an explanation (Go: escape.note): "from <what> (<why>) at <where>".
struct Note {
  const Note* next = nullptr;
  Pos where;
  std::string what;
  std::string why;
};

struct Location;

struct Edge {
  Location* src = nullptr;
  int derefs = 0;  // >= -1
  const Note* notes = nullptr;
};

enum class LocKind : uint8_t {
  Var,   // a named variable: local, parameter or result (Go: ONAME)
  Site,  // storage allocated by an expression (Go: spill locations)
  Temp,  // compiler temporaries: tee holes, range temporaries, go/defer argument copies
  Heap,
  Blank,
};

struct Location {
  LocKind kind = LocKind::Temp;
  const lang::Object* var = nullptr;   // Var
  const lang::Expr* expr = nullptr;    // Site
  std::string label;                   // how the compiler prints it ("u", "&T{...}")
  Pos pos;
  const lang::FuncInfo* fn = nullptr;  // enclosing function
  bool is_param = false;               // receiver or parameter (Go: PPARAM)
  int result_index = 0;                // 1 + index for results (Go: PPARAMOUT), else 0
  bool quiet = false;                  // never reported (go/defer wrapper closures)
  bool conv = false;                   // Site: the box of an implicit conversion to an interface
  std::string heap_reason;             // Go: HeapAllocReason, checked before solving

  std::vector<Edge> edges;  // incoming
  int loop_depth = 1;

  // walkOne state
  int derefs = 0;
  uint32_t walkgen = 0;
  Location* dst = nullptr;
  int dst_edge = -1;
  bool queued = false;

  bool escapes = false;
  bool transient = false;
  Leaks param_esc;
  bool captured = false;
  bool reassigned = false;
  bool addrtaken = false;
};

struct Hole {
  Location* dst = nullptr;
  int derefs = 0;
  const Note* notes = nullptr;
  bool addrtaken = false;
};

// Shared state of one batch of functions (Go: escape.batch).
class Graph {
 public:
  Graph();
  Location heap_loc;
  Location blank_loc;
  std::vector<Location*> all_locs;  // creation order: the output order
  // Variables a closure captures by value (Go: flowClosure's byval), per closure.
  std::vector<std::pair<const lang::FuncInfo*, const lang::Object*>> byval;
  bool explain = false;
  // Explanations collected while solving, in emission order (for -m -m output).
  std::vector<Decision>* explain_out = nullptr;
  // -m warnings printed while the graph is built (self-assignments).
  std::vector<Decision>* warnings = nullptr;

  Location* new_loc(LocKind kind, const lang::FuncInfo* fn, int loop_depth, bool transient);

  Hole heap_hole() { return Hole{&heap_loc}; }
  Hole discard_hole() { return Hole{&blank_loc}; }
  Hole shift(Hole k, int delta) const;
  Hole note(Hole k, Pos where, const std::string& what, const char* why);
  Hole deref(Hole k, Pos where, const std::string& what, const char* why) { return note(shift(k, 1), where, what, why); }
  Hole addr(Hole k, Pos where, const std::string& what, const char* why) { return note(shift(k, -1), where, what, why); }

  // Go: batch.flow.
  void flow(Hole k, Location* src);
  // Go: batch.walkAll.
  void walk_all();
  // Go: batch.outlives; closure_called says whether a function literal is called directly.
  bool outlives(const Location* l, const Location* other) const;

  std::vector<const lang::FuncInfo*> closure_called;  // directly called function literals

  std::string explain_loc(const Location* l) const;

 private:
  void walk_one(Location* root, uint32_t walkgen, std::vector<Location*>* todo);
  void explain_path(Location* root, Location* src, Decision* d);
  void explain_flow(const Location* dst, const Location* src, int derefs, const Note* notes, Decision* d);

  std::deque<Location> locs_;
  std::deque<Note> notes_;
};

// Go: escape.containsClosure: c is a function literal nested (at any depth) inside f.
bool contains_closure(const lang::FuncInfo* f, const lang::FuncInfo* c);

}  // namespace gosim::escape
