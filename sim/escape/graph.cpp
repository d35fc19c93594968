// The solver. Go: cmd/compile/internal/escape/graph.go (flow) and solve.go (walkAll,
// walkOne, outlives, explainPath).
#include "sim/escape/graph.h"

#include <algorithm>

namespace gosim::escape {

Graph::Graph() {
  heap_loc.kind = LocKind::Heap;
  heap_loc.escapes = true;
  blank_loc.kind = LocKind::Blank;
}

Location* Graph::new_loc(LocKind kind, const lang::FuncInfo* fn, int loop_depth, bool transient) {
  Location& l = locs_.emplace_back();
  l.kind = kind;
  l.fn = fn;
  l.loop_depth = loop_depth;
  l.transient = transient;
  all_locs.push_back(&l);
  return &l;
}

// Go: hole.shift. Derefs never go below -1: & applies only to addressable expressions.
Hole Graph::shift(Hole k, int delta) const {
  k.derefs += delta;
  if (k.derefs < -1) k.derefs = -1;
  k.addrtaken = delta < 0;
  return k;
}

Hole Graph::note(Hole k, Pos where, const std::string& what, const char* why) {
  if (explain) {
    Note& n = notes_.emplace_back();
    n.next = k.notes;
    n.where = where;
    n.what = what;
    n.why = why;
    k.notes = &n;
  }
  return k;
}

void Graph::flow(Hole k, Location* src) {
  if (k.addrtaken) src->addrtaken = true;
  Location* dst = k.dst;
  if (dst == &blank_loc) return;
  if (dst == src && k.derefs >= 0) return;  // dst = dst, dst = *dst, ...
  if (dst->escapes && k.derefs < 0) {      // dst = &src
    if (explain && explain_out != nullptr && src->kind != LocKind::Temp) {
      Decision d{src->pos, src->label + " escapes to heap:", {}};
      explain_flow(dst, src, k.derefs, k.notes, &d);
      explain_out->push_back(std::move(d));
    }
    src->escapes = true;
    return;
  }
  dst->edges.push_back(Edge{src, k.derefs, k.notes});
}

// Go: batch.walkAll: walk once from every location and the heap, then again from each
// location that turns from transient to not, or starts escaping (each at most once).
void Graph::walk_all() {
  std::vector<Location*> todo;
  todo.reserve(all_locs.size() + 1);
  auto enqueue = [&](Location* l) {
    if (!l->queued) {
      todo.push_back(l);
      l->queued = true;
    }
  };
  for (Location* l : all_locs) enqueue(l);
  enqueue(&heap_loc);
  uint32_t walkgen = 0;
  while (!todo.empty()) {
    Location* root = todo.back();
    todo.pop_back();
    root->queued = false;
    walk_one(root, ++walkgen, &todo);
  }
}

// Go: batch.walkOne: Bellman-Ford from root over incoming edges, counting derefs; a
// location whose address reaches root (derefs < 0) escapes if root outlives it.
void Graph::walk_one(Location* root, uint32_t walkgen, std::vector<Location*>* queue) {
  auto enqueue = [&](Location* l) {
    if (!l->queued) {
      queue->push_back(l);
      l->queued = true;
    }
  };
  root->walkgen = walkgen;
  root->derefs = 0;
  root->dst = nullptr;
  std::vector<Location*> todo{root};
  while (!todo.empty()) {
    Location* l = todo.back();
    todo.pop_back();
    int derefs = l->derefs;
    const bool address_of = derefs < 0;
    if (address_of) {
      // "root = &l; l = x": l's address reaches root, x's does not.
      derefs = 0;
      if (!root->transient && l->transient) {
        l->transient = false;
        enqueue(l);
      }
    }
    if (outlives(root, l)) {
      if (l->kind == LocKind::Var && l->is_param) {
        if (explain && explain_out != nullptr && !l->escapes) {
          Decision d{l->pos, "parameter " + l->label + " leaks to " + explain_loc(root) +
                                 " with derefs=" + std::to_string(derefs) + ":", {}};
          explain_path(root, l, &d);
          explain_out->push_back(std::move(d));
        }
        // Go: location.leakTo.
        if (!root->escapes && root->kind == LocKind::Var && root->result_index > 0 && root->fn == l->fn &&
            root->result_index - 1 < kNumEscResults) {
          l->param_esc.add_result(root->result_index - 1, derefs);
        } else {
          l->param_esc.add_heap(derefs);
        }
      }
      if (address_of && !l->escapes) {
        if (explain && explain_out != nullptr && l->kind != LocKind::Temp) {
          Decision d{l->pos, l->label + " escapes to heap:", {}};
          explain_path(root, l, &d);
          explain_out->push_back(std::move(d));
        }
        l->escapes = true;
        enqueue(l);
        continue;
      }
    }
    for (size_t i = 0; i < l->edges.size(); i++) {
      const Edge& e = l->edges[i];
      if (e.src->escapes) continue;
      const int d = derefs + e.derefs;
      if (e.src->walkgen != walkgen || e.src->derefs > d) {
        e.src->walkgen = walkgen;
        e.src->derefs = d;
        e.src->dst = l;
        e.src->dst_edge = int(i);
        todo.push_back(e.src);
      }
    }
  }
}

bool contains_closure(const lang::FuncInfo* f, const lang::FuncInfo* c) {
  if (f == c) return false;
  for (const lang::FuncInfo* p = c->outer; p != nullptr; p = p->outer) {
    if (p == f) return true;
  }
  return false;
}

bool Graph::outlives(const Location* l, const Location* other) const {
  if (l->escapes) return true;  // the heap outlives everything
  // Callers may do anything with results, except a directly called function literal,
  // whose results stay in the caller: *(func() *int { return &u }()) = 42.
  if (l->kind == LocKind::Var && l->result_index > 0) {
    if (contains_closure(other->fn, l->fn) &&
        std::find(closure_called.begin(), closure_called.end(), l->fn) != closure_called.end()) {
      return false;
    }
    return true;
  }
  // Declared outside other's loop: `var l *int; for { l = new(int) }`.
  if (l->fn == other->fn && l->loop_depth < other->loop_depth) return true;
  // other lives in a function literal nested in l's function.
  if (contains_closure(l->fn, other->fn)) return true;
  return false;
}

std::string Graph::explain_loc(const Location* l) const {
  if (l == &heap_loc) return "{heap}";
  if (l->kind == LocKind::Temp || l->kind == LocKind::Blank) return "{temp}";
  if (l->kind == LocKind::Var) return l->label;
  return "{storage for " + l->label + "}";
}

void Graph::explain_path(Location* root, Location* src, Decision* d) {
  std::vector<const Location*> visited;
  for (;;) {
    if (std::find(visited.begin(), visited.end(), src) != visited.end()) {
      d->explain.push_back("  warning: truncated explanation due to assignment cycle; see golang.org/issue/35518");
      break;
    }
    visited.push_back(src);
    Location* dst = src->dst;
    if (dst == nullptr || src->dst_edge < 0) break;
    const Edge& e = dst->edges[src->dst_edge];
    explain_flow(dst, src, e.derefs, e.notes, d);
    if (dst == root) break;
    src = dst;
  }
}

void Graph::explain_flow(const Location* dst, const Location* src, int derefs, const Note* notes, Decision* d) {
  const std::string ops = derefs < 0 ? "&" : std::string(size_t(derefs), '*');
  d->explain.push_back("  flow: " + explain_loc(dst) + " = " + ops + explain_loc(src) + ":");
  for (const Note* n = notes; n != nullptr; n = n->next) {
    d->explain.push_back("    from " + n->what + " (" + n->why + ") at \x01" + std::to_string(n->where.line) + ":" +
                         std::to_string(n->where.col));
  }
}

}  // namespace gosim::escape
