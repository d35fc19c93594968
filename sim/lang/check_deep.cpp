// Refusals found inside a package read from source, reported at the user's import (part
// sortrand). Go's own source sometimes uses a member that gosim's C++ model of a package lacks
// (a modelled package declares what gosim runs, not all of Go's API). The user did not write
// that line and cannot change it; what they can change is their import, so the error names
// the import, the chain of packages that leads to the use, and the use's file and position
// below GOROOT/src, as the loader does for assembly and //go:linkname (load.cpp).
#include "sim/lang/checker.h"
#include "sim/lang/errors.h"
#include "sim/lang/import_chain.h"
#include "sim/lang/load.h"

namespace gosim::lang {

bool Checker::deep_missing_member(const LibPackage* lib, const std::string& sel, Pos pos) {
  ImportChain chain;
  if (ref_ == nullptr || !find_import_chain(import_root_ != nullptr ? *import_root_ : *pkg_, ref_->path, &chain)) return false;
  const std::string member = lib->ref.path + "." + sel;
  for (const std::string& m : deep_reported_) {
    if (m == member) return true;
  }
  deep_reported_.push_back(member);
  std::string where = static_cast<size_t>(file_) < unit_->filenames.size() ? unit_->filenames[static_cast<size_t>(file_)] : "";
  const std::string& root = find_goroot();
  if (unit_->goroot && !root.empty() && where.rfind(root + "/src/", 0) == 0) where = where.substr(root.size() + 5);
  std::string via;
  for (size_t i = 1; i < chain.paths.size(); ++i) via += chain.paths[i - 1] + " imports " + chain.paths[i] + "; ";
  std::string msg = "unsupported: import \"" + chain.paths.front() + "\" needs " + lib->ref.name + "." + sel + " (" + via +
                    where + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.col) + "), which gosim's modelled " +
                    lib->ref.path + " does not provide";
  errors_->set_file(chain.file);
  errors_->add(chain.pos, std::move(msg));
  reported_ = true;
  if (static_cast<size_t>(file_) < unit_->filenames.size()) errors_->set_file(unit_->filenames[static_cast<size_t>(file_)]);
  return true;
}

// part reflect: a method a modelled package's type lacks ("Value.Call" in reflect's
// known-missing list) says unsupported, as a missing member of the package does: at the use in
// the program, or at the program's import when a package read from source uses it.
bool Checker::lib_method_missing(const Type* t, const std::string& sel, Pos pos) {
  if (t->kind == TypeKind::Pointer) t = t->elem;
  if (t == nullptr || t->kind != TypeKind::Named || t->obj == nullptr || t->obj->pkg == nullptr) return false;
  for (const LibPackage* lib : pkg_->all_libs()) {
    if (&lib->ref != t->obj->pkg) continue;
    const std::string member = t->obj->name + "." + sel;
    bool known = false;
    for (const std::string& n : lib->known_missing) known = known || n == member;
    if (!known) return false;
    if (!unit_->is_main() && deep_missing_member(lib, member, pos)) return true;
    unsupported(pos, lib->ref.name + "." + member);
    return true;
  }
  return false;
}

}  // namespace gosim::lang
