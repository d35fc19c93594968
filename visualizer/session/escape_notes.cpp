#include "visualizer/session/escape_notes.h"

#include "sim/escape/escape.h"
#include "sim/lang/check.h"

namespace gosim::viz {

LineAnnotations escape_annotations(const std::string& name, const std::string& source) {
  LineAnnotations out;
  if (source.empty()) return out;
  const lang::CheckResult checked = lang::check_file(name, source);
  if (!checked.ok()) return out;
  const escape::Result r = escape::analyze(*checked.pkg);
  for (const escape::Decision& d : r.decisions) {
    if (d.pos.line <= 0) continue;
    LineAnnotation a;
    const bool heap = d.message.find("escapes to heap") != std::string::npos ||
                      d.message.rfind("moved to heap", 0) == 0;
    const bool quiet = d.message.find("does not escape") != std::string::npos;
    a.kind = heap ? LineAnnotation::Kind::kEscape : LineAnnotation::Kind::kOther;
    if (quiet) a.kind = LineAnnotation::Kind::kOther;
    a.text = d.message;
    auto& list = out[d.pos.line];
    bool dup = false;  // the compiler may say the same thing twice at one line (two columns)
    for (const LineAnnotation& x : list) dup = dup || x.text == a.text;
    if (!dup) list.push_back(std::move(a));
  }
  return out;
}

}  // namespace gosim::viz
