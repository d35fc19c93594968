// A JSON Schema validator for exactly the keywords scenario.schema.json uses.
//
// The schema file is the contract editors see (completion, hover text) and the one gosim
// enforces, so the two can never disagree. It is compiled into the binary, which lets
// `gosim check` run from any directory.
//
// Draft 2020-12 is large; this implements only: type, properties, required,
// additionalProperties (true/false), minProperties, items, minItems, minimum, maximum,
// pattern, enum, const, oneOf, anyOf; annotations ($schema, title, description, ...) are
// ignored. `unsupported_schema_keywords` lists anything else, and a unit test keeps the
// shipped schema inside that set, so adding a keyword to the schema without teaching the
// validator fails the build's tests instead of being silently skipped.
//
// Messages are written for people, not for schema authors: "config.GOMAXPROCS must be at most
// 256 (got 1000)", "unknown key "titel" (did you mean "title"?)". Values are named by their
// path with dots and [index] ("breakpoints[0].line"); the JSON pointer rides along for
// diagnostics without a position.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "sim/scenario/json.h"

namespace gosim {

struct SchemaError {
  Pos pos;
  std::string pointer;  // RFC 6901, e.g. "/config/GOMAXPROCS"
  std::string message;
};

// Every violation, sorted by position in the file (stable, so an object's missing keys come
// in the schema's order).
std::vector<SchemaError> validate_against_schema(const JsonValue& schema, const JsonValue& value);

// Keywords in `schema` (at any depth) that validate_against_schema does not implement, as
// JSON pointers to them. Empty for a schema this validator can enforce completely.
std::vector<std::string> unsupported_schema_keywords(const JsonValue& schema);

// The embedded sim/scenario/scenario.schema.json, parsed once. A schema that fails to parse
// is a build defect; the error is kept in `scenario_schema_error` and the loaders report it.
const JsonValue* scenario_schema();
const JsonError& scenario_schema_error();

// The candidate closest to a misspelt `name` (case-insensitive edit distance with
// transpositions), or "" when none is close enough to be a plausible typo.
std::string suggest_name(std::string_view name, const std::vector<std::string>& candidates);

}  // namespace gosim
