#include "sim/lesson/view_check.h"

#include <charconv>
#include <cstdint>
#include <optional>
#include <string_view>

#include <fmt/format.h>

namespace gosim::lesson {

using json = nlohmann::ordered_json;

namespace {

constexpr uint64_t kPageSize = 8192;  // Go's _PageSize (runtime/malloc.go): a span's npages unit
constexpr size_t kListed = 6;         // names listed in a message before "…"

std::optional<uint64_t> hex_addr(std::string_view s) {
  if (s.size() < 3 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X')) return std::nullopt;
  uint64_t a = 0;
  const auto [end, ec] = std::from_chars(s.data() + 2, s.data() + s.size(), a, 16);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return a;
}

std::optional<int64_t> number(std::string_view s) {
  int64_t n = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return n;
}

const json& array_at(const json& state, const char* key) {
  static const json kEmpty = json::array();
  return state.contains(key) && state[key].is_array() ? state[key] : kEmpty;
}

// "(the channels are 0xc000030060, 0xc00003e000)": what there is instead, for the message.
std::string listed(const json& arr, const char* key, const char* what) {
  std::string names;
  size_t n = 0;
  for (const json& e : arr) {
    if (!e.contains(key)) continue;
    if (n == kListed) {
      names += ", …";
      break;
    }
    names += (n++ ? ", " : "") + (e[key].is_string() ? e[key].get<std::string>() : e[key].dump());
  }
  return n == 0 ? fmt::format("(there are no {})", what) : fmt::format("(the {} are {})", what, names);
}

const json* find_by(const json& arr, const char* key, const json& value) {
  for (const json& e : arr) {
    if (e.contains(key) && e[key] == value) return &e;
  }
  return nullptr;
}

// The heap span holding `addr` (any byte of its pages), as the window's span view finds it
// (heap::spanOf).
const json* span_holding(const json& state, uint64_t addr) {
  if (!state.contains("heap") || !state["heap"].contains("spans")) return nullptr;
  for (const json& s : state["heap"]["spans"]) {
    const auto base = s.contains("base") && s["base"].is_string() ? hex_addr(s["base"].get<std::string>()) : std::nullopt;
    if (base && addr >= *base && addr < *base + s.value("npages", uint64_t{0}) * kPageSize) return &s;
  }
  return nullptr;
}

// frame:G.FUNC names "main.main" by its whole name or by the part after a dot ("main"), as
// the window matches it.
bool func_matches(const std::string& have, const std::string& want) {
  if (have == want) return true;
  return have.size() > want.size() && have.compare(have.size() - want.size(), want.size(), want) == 0 &&
         have[have.size() - want.size() - 1] == '.';
}

}  // namespace

std::string view_name_missing(const std::string& name, const json& state) {
  if (name.empty() || name == "sched.runq") return "";
  const size_t colon = name.find(':');
  if (colon == std::string::npos) return "";
  const std::string kind = name.substr(0, colon);
  const std::string rest = name.substr(colon + 1);
  const json& gs = array_at(state, "goroutines");
  // G.NAME (var:, frame:): the goroutine, then what is after the first dot.
  auto goroutine_of = [&](std::string* after, std::string* why) -> const json* {
    const size_t dot = rest.find('.');
    const auto goid = number(std::string_view(rest).substr(0, dot));
    if (!goid || dot == std::string::npos) return nullptr;  // the loader's pattern refuses it
    *after = rest.substr(dot + 1);
    const json* g = find_by(gs, "goid", *goid);
    if (g == nullptr) *why = fmt::format("no goroutine G{} {}", *goid, listed(gs, "goid", "goids"));
    return g;
  };
  if (kind == "g") {
    const auto goid = number(rest);
    if (!goid || find_by(gs, "goid", *goid) != nullptr) return "";
    return fmt::format("no goroutine G{} {}", *goid, listed(gs, "goid", "goids"));
  }
  if (kind == "p") {
    const auto id = number(std::string_view(rest).substr(0, rest.find('.')));
    const json& ps = array_at(state, "ps");
    if (!id || find_by(ps, "id", *id) != nullptr) return "";
    return fmt::format("no P{} (GOMAXPROCS is {})", *id, ps.size());
  }
  if (kind == "chan") {
    const json& cs = array_at(state, "channels");
    if (find_by(cs, "addr", rest) != nullptr) return "";
    return fmt::format("no channel {} {}", rest, listed(cs, "addr", "channels"));
  }
  if (kind == "span" || kind == "object") {
    const auto addr = hex_addr(rest);
    if (!addr) return "";
    const json* s = span_holding(state, *addr);
    if (s == nullptr) return fmt::format("{} lies in no span of the heap", rest);
    if (kind == "span") return "";
    const uint64_t elemsize = s->value("elemsize", uint64_t{0});
    const std::string slots = s->contains("slots") && (*s)["slots"].is_string() ? (*s)["slots"].get<std::string>() : "";
    if (s->value("use", std::string()) != "heap" || elemsize == 0) return fmt::format("{} is not in a heap span (a stack's?)", rest);
    const uint64_t idx = (*addr - hex_addr((*s)["base"].get<std::string>()).value()) / elemsize;
    if (idx >= slots.size() || slots[idx] == '.') {
      return fmt::format("no object at {}: slot {} of span {} is free", rest, idx, (*s)["base"].get<std::string>());
    }
    return "";
  }
  if (kind == "var" || kind == "frame") {
    std::string after, why;
    const json* g = goroutine_of(&after, &why);
    if (g == nullptr) return why;
    std::string have;
    for (const json& f : g->contains("frames") ? (*g)["frames"] : json::array()) {
      const std::string func = f.value("func", std::string());
      if (kind == "frame" && func_matches(func, after)) return "";
      if (kind == "var" && f.contains("vars") && find_by(f["vars"], "name", after) != nullptr) return "";
      have += (have.empty() ? "" : ", ") + func;
    }
    const std::string frames = have.empty() ? "no frames" : "frames " + have;
    if (kind == "frame") return fmt::format("G{} has no frame {} ({})", (*g)["goid"].dump(), after, frames);
    return fmt::format("G{} has no variable {} in its {}", (*g)["goid"].dump(), after, frames);
  }
  return "";
}

}  // namespace gosim::lesson
