// The order in which package-level variables are initialized.
//
// Go: types2/initorder.go. The spec's rule: repeatedly initialize the earliest variable
// in declaration order that has no uninitialized dependencies, where a variable depends
// on the variables its initializer mentions, directly or through the functions and
// methods it mentions. types2 computes this with a priority queue over the dependency
// graph; gosim takes the spec's formulation directly (the same order for every valid
// program). A variable that depends on itself is reported as Go reports it:
// "initialization loop for x" with the chain of references.
#include "sim/lang/checker.h"

namespace gosim::lang {
namespace {

// Variables reachable from `deps`, looking through functions (not through variables).
// Iterative: call chains can be as long as the program.
void collect_var_deps(const std::map<int, DeclInfo>& obj_map, const std::vector<Object*>& deps,
                      std::set<Object*>* out) {
  std::set<int> funcs_seen;
  std::vector<const std::vector<Object*>*> work{&deps};
  while (!work.empty()) {
    const std::vector<Object*>* list = work.back();
    work.pop_back();
    for (Object* d : *list) {
      if (d->kind == ObjKind::Var) {
        out->insert(d);
      } else if (d->kind == ObjKind::Func && funcs_seen.insert(d->order).second) {
        auto it = obj_map.find(d->order);
        if (it != obj_map.end()) work.push_back(&it->second.deps);
      }
    }
  }
}

// Go: initorder.go findPath: a path of references from `from` back to `to`, listed from
// the end (as types2 returns it). Breadth-first and iterative.
std::vector<Object*> find_path(const std::map<int, DeclInfo>& obj_map, Object* from, Object* to) {
  std::map<Object*, Object*> parent;  // reached object -> the object that refers to it
  std::vector<Object*> queue{from};
  std::set<Object*> seen{from};
  for (size_t qi = 0; qi < queue.size(); qi++) {
    Object* cur = queue[qi];
    auto it = obj_map.find(cur->order);
    if (it == obj_map.end()) continue;
    for (Object* d : it->second.deps) {
      if (d->kind != ObjKind::Var && d->kind != ObjKind::Func && d->kind != ObjKind::Const) continue;
      if (d == to) {
        std::vector<Object*> path{d};
        for (Object* p = cur; p != from; p = parent[p]) path.push_back(p);
        return path;
      }
      if (seen.insert(d).second) {
        parent[d] = cur;
        queue.push_back(d);
      }
    }
  }
  return {};
}

}  // namespace

// Go: initorder.go reportCycle. `cycle` as find_path returns it.
void Checker::report_init_cycle(const std::vector<Object*>& cycle) {
  Object* obj = cycle[0];
  std::string msg = "initialization loop for " + obj->name;
  for (size_t i = cycle.size(); i-- > 0;) {
    msg += "\n\t" + pos_str(obj->pos) + ": " + obj->name + " refers to";
    obj = cycle[i];
  }
  msg += "\n\t" + pos_str(obj->pos) + ": " + obj->name;
  err(cycle[0]->pos, msg);
}

// Go: initorder.go initOrder puts constants in the dependency graph beside variables:
// `const a = b; const b = a` passes decl.go's validCycle (a cycle through values only) and is
// reported here, as "initialization loop for a". Each cycle is reported once, at its first
// member in source order, as Go's priority queue reaches it (the others then count as done).
void Checker::const_cycles() {
  std::set<Object*> reported;
  for (const auto& [order, info] : obj_map_) {
    Object* c = info.obj;
    if (c == nullptr || c->kind != ObjKind::Const || reported.count(c)) continue;
    std::vector<Object*> cycle = find_path(obj_map_, c, c);
    if (cycle.empty()) continue;
    report_init_cycle(cycle);
    reported.insert(cycle.begin(), cycle.end());
  }
}

void Checker::init_order() {
  const_cycles();
  const std::vector<Object*>& vars = unit_->globals;
  // deps[v]: the variables v waits for; pred[d]: the variables waiting for d.
  std::map<Object*, std::set<Object*>> deps;
  std::map<Object*, std::vector<Object*>> pred;
  std::map<Object*, size_t> ndeps;
  for (Object* v : vars) {
    auto it = obj_map_.find(v->order);
    if (it != obj_map_.end()) {
      // `var a, b = f()` is checked once, through a: its dependencies are a's.
      if (!it->second.lhs.empty()) it = obj_map_.find(it->second.lhs[0]->order);
      collect_var_deps(obj_map_, it->second.deps, &deps[v]);
    }
    ndeps[v] = deps[v].size();
    for (Object* d : deps[v]) {
      if (d != v) pred[d].push_back(v);
    }
  }
  // Ready variables by declaration order (Object::order is source order).
  auto by_order = [](const Object* a, const Object* b) { return a->order < b->order; };
  std::set<Object*, decltype(by_order)> ready(by_order);
  for (Object* v : vars) {
    if (ndeps[v] == 0) ready.insert(v);
  }
  std::set<const DeclInfo*> emitted;
  size_t done = 0;
  while (done < vars.size()) {
    if (ready.empty()) {
      // Some variable depends on itself: report each cycle once, at its first member.
      std::set<Object*> reported;
      for (Object* v : vars) {
        if (ndeps[v] == 0 || reported.count(v)) continue;
        std::vector<Object*> cycle = find_path(obj_map_, v, v);
        if (cycle.empty()) continue;
        report_init_cycle(cycle);
        reported.insert(cycle.begin(), cycle.end());
      }
      return;
    }
    Object* v = *ready.begin();
    ready.erase(ready.begin());
    done++;
    ndeps[v] = 0;
    for (Object* p : pred[v]) {
      if (ndeps[p] > 0 && --ndeps[p] == 0) ready.insert(p);
    }
    auto it = obj_map_.find(v->order);
    if (it == obj_map_.end() || it->second.init == nullptr) continue;
    const DeclInfo* info = &it->second;
    // Variables of `var a, b = f()` share one initializer, emitted once.
    const DeclInfo* key = info;
    if (!info->lhs.empty()) key = &obj_map_.find(info->lhs[0]->order)->second;
    if (!emitted.insert(key).second) continue;
    InitEntry entry;
    entry.lhs = info->lhs.empty() ? std::vector<Object*>{v} : info->lhs;
    entry.init = info->init;
    unit_->init_order.push_back(std::move(entry));
  }
}

}  // namespace gosim::lang
