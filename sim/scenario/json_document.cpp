#include "sim/scenario/json_document.h"

#include <utility>
#include <vector>

#include "sim/scenario/schema.h"

namespace gosim {

namespace {

bool blank(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace

std::optional<JsonValue> read_json_document(const std::string& path, const std::string& text, std::string_view what,
                                            const JsonValue& schema, Diagnostics& errors) {
  const std::string kind(what);
  if (blank(text)) {
    errors.push_back({path, {1, 1}, "", "file is empty (a " + kind + " is a JSON object)"});
    return std::nullopt;
  }
  if (text.rfind("\xFF\xFE", 0) == 0 || text.rfind("\xFE\xFF", 0) == 0) {
    errors.push_back({path, {1, 1}, "", "file is UTF-16 encoded; " + kind + " files must be UTF-8"});
    return std::nullopt;
  }
  JsonParse parsed = parse_json(text);
  if (!parsed.value) {
    errors.push_back({path, parsed.error.pos, "", parsed.error.message});
    return std::nullopt;
  }
  std::vector<SchemaError> violations = validate_against_schema(schema, *parsed.value);
  for (SchemaError& v : violations) {
    if (errors.size() == kMaxReportedErrors) {
      errors.push_back({path, v.pos, v.pointer, "too many errors"});
      break;
    }
    errors.push_back({path, v.pos, std::move(v.pointer), std::move(v.message)});
  }
  if (!violations.empty()) return std::nullopt;
  return std::move(parsed.value);
}

}  // namespace gosim
