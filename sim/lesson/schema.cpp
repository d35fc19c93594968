// The lesson schema, compiled in (lessons/lesson.schema.json), with its $refs resolved.
//
// The file refers to the scenario schema for "config" (so editors complete the same keys a
// scenario has, with the same ranges); the validator (sim/scenario/schema.h) has no $ref, so
// the reference is replaced here by that part of the embedded scenario schema. One source of
// truth for config keys: a key added to scenarios is a key lessons accept.
#include <string>

#include "sim/lesson/lesson.h"
#include "sim/scenario/schema.h"

namespace gosim::lesson {

namespace {

const char kLessonSchemaText[] =
#include "lesson_schema.inc"
    ;

constexpr std::string_view kConfigRef = "scenario.schema.json#/properties/config";

bool resolve_refs(JsonValue& v, const JsonValue& config, std::string* error) {
  if (v.is_object()) {
    if (const JsonValue* ref = v.find("$ref")) {
      const std::string& r = ref->string;
      if (r.size() < kConfigRef.size() || r.compare(r.size() - kConfigRef.size(), kConfigRef.size(), kConfigRef) != 0) {
        *error = "lesson.schema.json: unsupported $ref " + json_quote(r);
        return false;
      }
      const Pos pos = v.pos;
      v = config;
      v.pos = pos;
      return true;
    }
    for (JsonMember& m : v.members) {
      if (!resolve_refs(m.value, config, error)) return false;
    }
  } else if (v.kind == JsonKind::kArray) {
    for (JsonValue& item : v.items) {
      if (!resolve_refs(item, config, error)) return false;
    }
  }
  return true;
}

struct Loaded {
  std::optional<JsonValue> schema;
  std::string error;
};

Loaded load() {
  Loaded out;
  JsonParse p = parse_json(kLessonSchemaText);
  if (!p.value) {
    out.error = "lesson.schema.json:" + std::to_string(p.error.pos.line) + ":" + std::to_string(p.error.pos.col) + ": " +
                p.error.message;
    return out;
  }
  const JsonValue* scenario = scenario_schema();
  const JsonValue* config = scenario ? scenario->find("properties") : nullptr;
  config = config ? config->find("config") : nullptr;
  if (config == nullptr) {
    out.error = "the built-in scenario schema has no properties.config";
    return out;
  }
  if (!resolve_refs(*p.value, *config, &out.error)) return out;
  out.schema = std::move(p.value);
  return out;
}

}  // namespace

const JsonValue* lesson_schema(std::string* error) {
  static const Loaded loaded = load();
  if (!loaded.schema && error != nullptr) *error = loaded.error;
  return loaded.schema ? &*loaded.schema : nullptr;
}

}  // namespace gosim::lesson
