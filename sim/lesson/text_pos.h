// Positions inside JSON strings: a selector or an expectation is a string in the lesson file,
// and its parse error should point at the character, not at the opening quote.
#pragma once

#include <cstddef>
#include <string_view>

#include "sim/base/diag.h"

namespace gosim::lesson {

// The line:col, in `file_text`, of byte `offset` of the decoded value of the JSON string whose
// opening quote is at `quote`. Escapes count as written (\" is two columns, \u00e9 six); a
// string never spans lines, so only the column moves.
Pos string_char_pos(std::string_view file_text, Pos quote, size_t offset);

}  // namespace gosim::lesson
