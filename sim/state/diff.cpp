#include "sim/state/diff.h"

#include <map>

namespace gosim::state {

using json = nlohmann::ordered_json;

namespace {

void leaves(const std::string& entity, const std::string& path, const json* a, const json* b,
            std::vector<StateChange>& out) {
  const bool both_objects = a && b && a->is_object() && b->is_object();
  const bool both_arrays = a && b && a->is_array() && b->is_array();
  if (both_objects) {
    for (auto it = a->begin(); it != a->end(); ++it) {
      const std::string p = path.empty() ? it.key() : path + "." + it.key();
      leaves(entity, p, &it.value(), b->contains(it.key()) ? &(*b)[it.key()] : nullptr, out);
    }
    for (auto it = b->begin(); it != b->end(); ++it) {
      if (!a->contains(it.key())) leaves(entity, path.empty() ? it.key() : path + "." + it.key(), nullptr, &it.value(), out);
    }
    return;
  }
  if (both_arrays && a->size() == b->size()) {
    for (size_t i = 0; i < a->size(); ++i) leaves(entity, path + "[" + std::to_string(i) + "]", &(*a)[i], &(*b)[i], out);
    return;
  }
  if (a && b && *a == *b) return;
  out.push_back({entity, path, a ? a->dump() : "", b ? b->dump() : ""});
}

// A list of records keyed by one field, compared record by record.
void keyed(const std::string& prefix, const char* key, const json& a, const json& b, std::vector<StateChange>& out) {
  std::map<std::string, const json*> am, bm;
  auto name = [&](const json& r) { return prefix + (r[key].is_string() ? r[key].get<std::string>() : r[key].dump()); };
  for (const json& r : a) am[name(r)] = &r;
  for (const json& r : b) bm[name(r)] = &r;
  for (const auto& [n, r] : am) leaves(n, "", r, bm.count(n) ? bm[n] : nullptr, out);
  for (const auto& [n, r] : bm) {
    if (!am.count(n)) leaves(n, "", nullptr, r, out);
  }
}

}  // namespace

std::string StateChange::str() const {
  return entity + (path.empty() ? "" : "." + path) + ": " + (before.empty() ? "(none)" : before) + " -> " +
         (after.empty() ? "(none)" : after);
}

std::vector<StateChange> diff_states(const json& a, const json& b) {
  std::vector<StateChange> out;
  keyed("G", "goid", a["goroutines"], b["goroutines"], out);
  keyed("P", "id", a["ps"], b["ps"], out);
  keyed("M", "id", a["ms"], b["ms"], out);
  keyed("chan ", "addr", a["channels"], b["channels"], out);
  keyed("sema ", "addr", a["semaphores"], b["semaphores"], out);
  keyed("sync ", "addr", a["sync"], b["sync"], out);
  keyed("span ", "base", a["heap"]["spans"], b["heap"]["spans"], out);
  if (a.contains("files") && b.contains("files")) {  // part fs (a state written before it has none)
    keyed("file ", "path", a["files"]["nodes"], b["files"]["nodes"], out);
    keyed("fd ", "fd", a["files"]["open"], b["files"]["open"], out);
    leaves("files", "cwd", &a["files"]["cwd"], &b["files"]["cwd"], out);
  }
  for (const char* whole : {"sched", "netpoll", "gc", "memstats", "output", "exit"}) {
    leaves(whole, "", &a[whole], &b[whole], out);
  }
  json ha = a["heap"], hb = b["heap"];
  ha.erase("spans");
  hb.erase("spans");
  leaves("heap", "", &ha, &hb, out);
  return out;
}

}  // namespace gosim::state
