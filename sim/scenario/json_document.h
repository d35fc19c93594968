// The first steps every gosim input document takes (a scenario, a lesson): refuse an empty or
// UTF-16 file with a sentence, parse the JSON with positions, and check it against its JSON
// Schema, reporting at most kMaxReportedErrors violations. What a schema cannot say is the
// caller's own reader's job.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "sim/base/diag.h"
#include "sim/scenario/json.h"

namespace gosim {

inline constexpr size_t kMaxReportedErrors = 20;

// The parsed document when `text` is non-empty UTF-8 JSON that `schema` accepts. Otherwise
// nothing, and `errors` says why, each with path and position. `what` names the kind of file in
// the messages ("scenario", "lesson").
std::optional<JsonValue> read_json_document(const std::string& path, const std::string& text, std::string_view what,
                                            const JsonValue& schema, Diagnostics& errors);

}  // namespace gosim
