// One language's templates: a row per message id, in Msg order (each table static_asserts it,
// so a new id cannot be added to one language and forgotten in another).
#pragma once

#include <array>
#include <string_view>

#include "sim/i18n/catalog.h"

namespace gosim::i18n {

struct Row {
  Msg id;
  std::string_view text;
};
using Table = std::array<Row, kMsgCount>;

constexpr bool in_msg_order(const Table& t) {
  for (size_t i = 0; i < t.size(); ++i) {
    if (static_cast<size_t>(t[i].id) != i) return false;
  }
  return true;
}

const Table& table_en();
const Table& table_zh_cn();

}  // namespace gosim::i18n
