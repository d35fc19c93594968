#include "sim/scenario/ranges.h"

#include <charconv>

#include "sim/scenario/schema.h"

namespace gosim {

namespace {

const JsonValue* properties_child(const JsonValue* schema, std::string_view name) {
  if (schema == nullptr) return nullptr;
  const JsonValue* props = schema->find("properties");
  return props ? props->find(name) : nullptr;
}

// The integer branch of a schema: itself, or its oneOf alternative of type integer.
const JsonValue* integer_schema(const JsonValue* s) {
  if (s == nullptr) return nullptr;
  if (const JsonValue* t = s->find("type"); t && t->is_string() && t->string == "integer") return s;
  if (const JsonValue* alts = s->find("oneOf")) {
    for (const JsonValue& a : alts->items) {
      if (const JsonValue* hit = integer_schema(&a)) return hit;
    }
  }
  return nullptr;
}

}  // namespace

std::optional<IntRange> config_range(std::string_view key) {
  const JsonValue* s = properties_child(scenario_schema(), "config");
  while (s != nullptr && !key.empty()) {
    const size_t dot = key.find('.');
    s = properties_child(s, key.substr(0, dot));
    key = dot == std::string_view::npos ? std::string_view() : key.substr(dot + 1);
  }
  s = integer_schema(s);
  if (s == nullptr) return std::nullopt;
  IntRange r;
  if (const JsonValue* v = s->find("minimum"); v && v->is_int64) r.min = v->int64;
  if (const JsonValue* v = s->find("maximum"); v && v->is_int64) r.max = v->int64;
  return r;
}

std::string range_text(const IntRange& r) {
  return "between " + std::to_string(r.min) + " and " + std::to_string(r.max);
}

std::optional<int64_t> parse_int64(std::string_view text) {
  std::string_view digits = text;
  // from_chars takes a leading '-' but not '+'; a sign after '+' is not a number.
  if (!digits.empty() && digits.front() == '+') {
    digits.remove_prefix(1);
    if (!digits.empty() && digits.front() == '-') return std::nullopt;
  }
  int64_t v = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
  if (ec != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  return v;
}

}  // namespace gosim
