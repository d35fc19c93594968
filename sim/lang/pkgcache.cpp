// The standard-library cache; see pkgcache.h.
#include "sim/lang/pkgcache.h"

#include <cstdlib>
#include <cstring>

#include "sim/lang/errors.h"

namespace gosim::lang {

namespace {

std::mutex g_mu;  // guards g_cache itself (reset), not its contents
std::unique_ptr<StdlibCache> g_cache;

bool cache_off() {
  const char* v = std::getenv("GOSIM_CACHE");
  return v != nullptr && std::strcmp(v, "off") == 0;
}

template <typename T>
void append_tail(const std::vector<T>& all, size_t from, std::vector<T>* out) {
  out->assign(all.begin() + static_cast<std::ptrdiff_t>(from), all.end());
}

}  // namespace

StdlibCache::StdlibCache() : world(std::make_shared<Package>()) { declare_universe(world.get()); }

const StdlibCache::Entry* StdlibCache::find(const std::string& path) const {
  auto it = done_.find(path);
  return it == done_.end() ? nullptr : &it->second;
}

const StdlibCache::Entry* StdlibCache::check(const Unit& u, ErrorList* errors, const std::vector<std::string>& loaded,
                                             const Package* program) {
  Package* w = world.get();
  const size_t globals = w->globals.size(), consts = w->consts.size(), type_names = w->type_names.size(),
               funcs_decl = w->funcs_decl.size(), all_funcs = w->all_funcs.size();
  Unit& wu = w->units.emplace_back(u);
  if (!check_unit(w, wu, errors, loaded, program)) {
    // Nothing of it stays reachable: its objects and types are garbage in the world's arenas.
    w->units.pop_back();
    w->globals.resize(globals);
    w->consts.resize(consts);
    w->type_names.resize(type_names);
    w->funcs_decl.resize(funcs_decl);
    w->all_funcs.resize(all_funcs);
    return nullptr;
  }
  stats.packages_checked++;
  Entry& e = done_[u.ref->path];
  e.unit = w->units.size() - 1;
  append_tail(w->globals, globals, &e.globals);
  append_tail(w->consts, consts, &e.consts);
  append_tail(w->type_names, type_names, &e.type_names);
  append_tail(w->funcs_decl, funcs_decl, &e.funcs_decl);
  append_tail(w->all_funcs, all_funcs, &e.all_funcs);
  return &e;
}

void StdlibCache::splice(const Entry& e, Package* pkg) {
  pkg->globals.insert(pkg->globals.end(), e.globals.begin(), e.globals.end());
  pkg->consts.insert(pkg->consts.end(), e.consts.begin(), e.consts.end());
  pkg->type_names.insert(pkg->type_names.end(), e.type_names.begin(), e.type_names.end());
  pkg->funcs_decl.insert(pkg->funcs_decl.end(), e.funcs_decl.begin(), e.funcs_decl.end());
  pkg->all_funcs.insert(pkg->all_funcs.end(), e.all_funcs.begin(), e.all_funcs.end());
}

StdlibCache* stdlib_cache() {
  if (cache_off()) return nullptr;
  std::lock_guard<std::mutex> lock(g_mu);
  if (g_cache == nullptr) g_cache = std::make_unique<StdlibCache>();
  return g_cache.get();
}

StdlibCacheStats stdlib_cache_stats() {
  std::lock_guard<std::mutex> lock(g_mu);
  return g_cache != nullptr ? g_cache->stats : StdlibCacheStats{};
}

void stdlib_cache_reset() {
  std::lock_guard<std::mutex> lock(g_mu);
  // Programs checked before keep the old world alive through their Package::base.
  g_cache.reset();
}

}  // namespace gosim::lang
