#include "sim/lesson/selector.h"


#include <fmt/format.h>

#include "sim/base/parse_number.h"

namespace gosim::lesson {

namespace {

constexpr const char* kForms =
    "N, end, kind:NAME, line:N, g:N or p:N, parts joined with & (kind:go_start&g:7), an optional #K for the "
    "K-th match, and an optional next: prefix";

bool parse_part(std::string_view s, size_t base, Selector::Part* part, SelectorError* error) {
  const size_t colon = s.find(':');
  auto fail = [&](size_t off, std::string msg) {
    *error = {base + off, std::move(msg)};
    return false;
  };
  if (colon == std::string_view::npos) {
    if (s.empty()) return fail(0, "an empty part; expected " + std::string(kForms));
    return fail(0, fmt::format("\"{}\" is not a selector part; expected kind:NAME, line:N, g:N or p:N", s));
  }
  const std::string_view sel = s.substr(0, colon);
  const std::string_view arg = s.substr(colon + 1);
  if (sel == "kind") {
    part->what = Selector::Part::What::kKind;
    part->event = event_kind_from_name(arg);
    if (part->event == EventKind::kCount) {
      return fail(colon + 1, fmt::format("unknown event kind \"{}\" (the kinds are listed by `gosim state --at kind:x`)", arg));
    }
    return true;
  }
  using W = Selector::Part::What;
  if (sel == "line") part->what = W::kLine;
  else if (sel == "g") part->what = W::kGoroutine;
  else if (sel == "p") part->what = W::kP;
  else return fail(0, fmt::format("unknown selector \"{}\"; expected {}", sel, kForms));
  const bool p = part->what == W::kP;
  if (!parse_number(arg, &part->n) || part->n < (p ? 0 : 1)) {
    return fail(colon + 1, fmt::format("{}: wants a {} number, not \"{}\"", sel, p ? "non-negative" : "positive", arg));
  }
  return true;
}

}  // namespace

bool Selector::needs_lines() const {
  for (const Part& p : parts) {
    if (p.what == Part::What::kLine) return true;
  }
  return false;
}

std::optional<Selector> parse_selector(std::string_view text, SelectorError* error) {
  Selector sel;
  sel.text = std::string(text);
  std::string_view s = text;
  size_t base = 0;
  if (s.substr(0, 5) == "next:") {
    sel.next = true;
    s.remove_prefix(5);
    base = 5;
  }
  if (s == "end") {
    if (sel.next) {
      *error = {0, "next:end means nothing more than end; write end"};
      return std::nullopt;
    }
    sel.kind = Selector::Kind::kEnd;
    return sel;
  }
  if (parse_number(s, &sel.seq)) {
    if (sel.next) {
      *error = {0, "next: takes a kind:, line:, g: or p: selector, not an event number"};
      return std::nullopt;
    }
    return sel;
  }
  if (s.empty()) {
    *error = {base, "an empty selector; expected " + std::string(kForms)};
    return std::nullopt;
  }
  sel.kind = Selector::Kind::kMatch;
  if (const size_t hash = s.rfind('#'); hash != std::string_view::npos) {
    if (!parse_number(s.substr(hash + 1), &sel.nth) || sel.nth == 0) {
      *error = {base + hash, "#K wants a match number from 1 (e.g. kind:go_start#3), at the very end"};
      return std::nullopt;
    }
    s = s.substr(0, hash);
  }
  size_t start = 0;
  while (true) {
    const size_t amp = s.find('&', start);
    const std::string_view part_text = s.substr(start, amp == std::string_view::npos ? std::string_view::npos : amp - start);
    Selector::Part part;
    if (!parse_part(part_text, base + start, &part, error)) return std::nullopt;
    sel.parts.push_back(part);
    if (amp == std::string_view::npos) break;
    start = amp + 1;
  }
  return sel;
}

bool selector_matches(const Selector& sel, const EventRecord& e) {
  using W = Selector::Part::What;
  for (const Selector::Part& p : sel.parts) {
    switch (p.what) {
      case W::kKind: if (e.kind != p.event) return false; break;
      case W::kLine: if (e.line != p.n) return false; break;
      case W::kGoroutine: if (e.g != p.n) return false; break;
      case W::kP: if (e.p != p.n) return false; break;
    }
  }
  return true;
}

std::optional<uint64_t> resolve_selector(const Selector& sel, const std::vector<EventRecord>& events, uint64_t after,
                                         bool* is_end, std::string* error) {
  *is_end = false;
  const uint64_t total = events.empty() ? 0 : events.back().seq;
  switch (sel.kind) {
    case Selector::Kind::kEnd:
      *is_end = true;
      return total;
    case Selector::Kind::kSeq:
      if (sel.seq > total) {
        *error = fmt::format("{}: event {} is past the end: the run has {} events", sel.text, sel.seq, total);
        return std::nullopt;
      }
      return sel.seq;
    case Selector::Kind::kMatch: break;
  }
  uint64_t matches = 0;
  for (const EventRecord& e : events) {
    if (sel.next && e.seq <= after) continue;
    if (!selector_matches(sel, e)) continue;
    if (++matches == sel.nth) return e.seq;
  }
  const std::string where = sel.next ? fmt::format(" after event {}", after) : "";
  if (matches == 0) {
    *error = fmt::format("{} never happens{} (the run has {} events)", sel.text, where, total);
  } else {
    *error = fmt::format("{} never happens{}; the run has {} match{}", sel.text, where, matches, matches == 1 ? "" : "es");
  }
  return std::nullopt;
}

}  // namespace gosim::lesson
