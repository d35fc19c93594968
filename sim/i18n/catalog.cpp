#include "sim/i18n/catalog.h"

#include "sim/i18n/catalog_table.h"

namespace gosim::i18n {

std::string_view msg_template(Lang lang, Msg m) {
  const Table& t = lang == Lang::kZhCN ? table_zh_cn() : table_en();
  const auto i = static_cast<size_t>(m);
  return i < t.size() ? t[i].text : std::string_view("?");
}

Msg wait_reason_msg(int64_t reason) {
  constexpr int64_t kReasons = static_cast<int64_t>(Msg::kCount) - static_cast<int64_t>(Msg::kWaitZero);
  if (reason < 0 || reason >= kReasons) return Msg::kWaitZero;
  return static_cast<Msg>(static_cast<int64_t>(Msg::kWaitZero) + reason);
}

}  // namespace gosim::i18n
