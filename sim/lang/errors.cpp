// Error collection with Go's suppression rules; see errors.h.
#include "sim/lang/errors.h"

#include <algorithm>

namespace gosim::lang {

void ErrorList::add(Pos pos, std::string msg) {
  if (full()) return;
  // Go: base.ErrorfAt. Positions without a line never compare equal to real ones.
  if (msg.rfind("syntax error", 0) == 0) {
    if (pos.known() && last_syntax_.known() && pos.line == last_syntax_.line && filename_ == last_file_) return;
    last_syntax_ = pos;
  } else {
    if (pos.known() && last_other_.known() && pos.line == last_other_.line && msg == last_msg_ &&
        filename_ == last_file_) {
      return;
    }
    last_other_ = pos;
    last_msg_ = msg;
  }
  last_file_ = filename_;
  entries_.push_back({filename_, pos, std::move(msg)});
  count_++;
  if (full()) {
    too_many_at_ = pos;
    too_many_file_ = filename_;
  }
}

Diagnostics ErrorList::finish() const {
  std::vector<Entry> sorted = entries_;
  // Go: base.FlushErrors sorts by position: file name, then line, then column.
  std::stable_sort(sorted.begin(), sorted.end(), [](const Entry& a, const Entry& b) {
    if (a.file != b.file) return a.file < b.file;
    if (a.pos.line != b.pos.line) return a.pos.line < b.pos.line;
    return a.pos.col < b.pos.col;
  });
  Diagnostics out;
  for (size_t i = 0; i < sorted.size(); i++) {
    if (i > 0 && sorted[i].pos == sorted[i - 1].pos && sorted[i].msg == sorted[i - 1].msg &&
        sorted[i].file == sorted[i - 1].file) {
      continue;
    }
    out.push_back({sorted[i].file, sorted[i].pos, "", sorted[i].msg});
  }
  if (full()) out.push_back({too_many_file_, too_many_at_, "", "too many errors"});
  return out;
}

}  // namespace gosim::lang
