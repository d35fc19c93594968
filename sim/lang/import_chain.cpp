// find_import_chain; see import_chain.h.
#include "sim/lang/import_chain.h"

#include <deque>
#include <map>

#include "sim/lang/constant.h"

namespace gosim::lang {

namespace {

std::vector<std::string> imports_of(const Unit& u) {
  std::vector<std::string> out;
  for (const File* f : u.files) {
    for (const Decl* d : f->decls) {
      if (d->kind != NodeKind::ImportDecl) continue;
      const auto* imp = static_cast<const ImportDecl*>(d);
      if (imp->path == nullptr || imp->path->bad) continue;
      bool ok = false;
      out.push_back(constant_from_literal(LitKind::String, imp->path->value, &ok).s);
    }
  }
  return out;
}

}  // namespace

bool find_import_chain(const Package& pkg, const std::string& path, ImportChain* out) {
  std::map<std::string, const Unit*> units;
  const Unit* main = nullptr;
  for (const Unit& u : pkg.units) {
    if (u.is_main()) main = &u;
    else if (u.ref != nullptr) units[u.ref->path] = &u;
  }
  if (main == nullptr || units.count(path) == 0) return false;
  for (size_t i = 0; i < main->files.size(); ++i) {
    for (const Decl* d : main->files[i]->decls) {
      if (d->kind != NodeKind::ImportDecl) continue;
      const auto* imp = static_cast<const ImportDecl*>(d);
      if (imp->path == nullptr || imp->path->bad) continue;
      bool ok = false;
      const std::string root = constant_from_literal(LitKind::String, imp->path->value, &ok).s;
      if (units.count(root) == 0) continue;
      // Breadth first from root over the loaded packages' imports: the shortest chain.
      std::map<std::string, std::string> parent{{root, ""}};
      std::deque<std::string> queue{root};
      while (!queue.empty()) {
        const std::string p = queue.front();
        queue.pop_front();
        if (p == path) {
          out->file = i < main->filenames.size() ? main->filenames[i] : pkg.filename;
          out->pos = imp->path->pos;
          out->paths.clear();
          for (std::string at = p; !at.empty(); at = parent[at]) out->paths.insert(out->paths.begin(), at);
          return true;
        }
        const auto it = units.find(p);
        if (it == units.end()) continue;
        for (const std::string& next : imports_of(*it->second)) {
          if (parent.count(next) == 0 && units.count(next) != 0) {
            parent[next] = p;
            queue.push_back(next);
          }
        }
      }
    }
  }
  return false;
}

}  // namespace gosim::lang
