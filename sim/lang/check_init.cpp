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
void collect_var_deps(const std::map<int, DeclInfo>& obj_map, const std::vector<Object*>& deps,
                      std::set<int>* funcs_seen, std::set<Object*>* out) {
  for (Object* d : deps) {
    if (d->kind == ObjKind::Var) {
      out->insert(d);
    } else if (d->kind == ObjKind::Func && funcs_seen->insert(d->order).second) {
      auto it = obj_map.find(d->order);
      if (it != obj_map.end()) collect_var_deps(obj_map, it->second.deps, funcs_seen, out);
    }
  }
}

// Go: initorder.go findPath: a path of references from `from` to `to`, reversed.
std::vector<Object*> find_path(const std::map<int, DeclInfo>& obj_map, Object* from, Object* to,
                               std::set<int>* seen) {
  if (!seen->insert(from->order).second) return {};
  auto it = obj_map.find(from->order);
  if (it == obj_map.end()) return {};
  for (Object* d : it->second.deps) {
    if (d->kind != ObjKind::Var && d->kind != ObjKind::Func) continue;
    if (d == to) return {d};
    std::vector<Object*> p = find_path(obj_map, d, to, seen);
    if (!p.empty()) {
      p.push_back(d);
      return p;
    }
  }
  return {};
}

}  // namespace

void Checker::init_order() {
  std::vector<Object*> remaining = pkg_->globals;
  std::map<Object*, std::set<Object*>> var_deps;
  for (Object* v : remaining) {
    std::set<int> funcs_seen;
    auto it = obj_map_.find(v->order);
    if (it == obj_map_.end()) continue;
    // `var a, b = f()` is checked once, through a: its dependencies are a's.
    if (!it->second.lhs.empty()) it = obj_map_.find(it->second.lhs[0]->order);
    collect_var_deps(obj_map_, it->second.deps, &funcs_seen, &var_deps[v]);
  }
  std::set<Object*> initialized;
  std::set<const DeclInfo*> emitted;
  while (!remaining.empty()) {
    size_t pick = remaining.size();
    for (size_t i = 0; i < remaining.size() && pick == remaining.size(); i++) {
      bool ready = true;
      for (Object* d : var_deps[remaining[i]]) ready = ready && initialized.count(d) != 0;
      if (ready) pick = i;
    }
    if (pick == remaining.size()) {
      for (Object* v : remaining) {
        std::set<int> seen;
        std::vector<Object*> cycle = find_path(obj_map_, v, v, &seen);
        if (cycle.empty()) continue;
        Object* obj = cycle[0];
        std::string msg = "initialization loop for " + obj->name;
        for (size_t i = cycle.size(); i-- > 0;) {
          msg += "\n\t" + pos_str(obj->pos) + ": " + obj->name + " refers to";
          obj = cycle[i];
        }
        msg += "\n\t" + pos_str(obj->pos) + ": " + obj->name;
        err(cycle[0]->pos, msg);
      }
      return;
    }
    Object* v = remaining[pick];
    remaining.erase(remaining.begin() + static_cast<std::ptrdiff_t>(pick));
    initialized.insert(v);
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
    pkg_->init_order.push_back(std::move(entry));
  }
}

}  // namespace gosim::lang
