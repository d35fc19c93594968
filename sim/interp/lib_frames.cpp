#include "sim/interp/lib_frames.h"

#include <string>

#include "sim/interp/frame_view.h"
#include "sim/lang/load.h"

namespace gosim::interp {

std::vector<uint8_t> library_functions(const ir::Module& mod) {
  const std::string src = lang::find_goroot() + "/src/";
  std::vector<uint8_t> out(mod.funcs.size(), 0);
  for (size_t i = 0; i < mod.funcs.size(); ++i) {
    const ir::Function& f = mod.funcs[i];
    const bool goroot = !src.empty() && src != "/src/" && f.file.starts_with(src);
    // reflect's frames (Value.call, part template; the channel operations, part lang19) are
    // the modelled package's, named as Go's and filed under reflect/ and runtime/: library code.
    const std::string_view pkg = symbol_package(f.name);
    out[i] = goroot || pkg == "runtime" || pkg == "reflect" ? 1 : 0;
  }
  return out;
}

std::string_view symbol_package(std::string_view symbol) {
  const size_t slash = symbol.rfind('/');
  const size_t from = slash == std::string_view::npos ? 0 : slash + 1;
  const size_t dot = symbol.find('.', from);
  return dot == std::string_view::npos ? symbol : symbol.substr(0, dot);
}

int32_t user_line_in_model(const Model& md, const ir::Module& mod, const std::vector<uint8_t>& is_lib, GIdx gi) {
  if (gi == kNoG || static_cast<size_t>(gi) >= md.allg.size()) return 0;
  const G& g = md.allg[static_cast<size_t>(gi)];
  if (g.system || g.status == GStatus::kDead || g.status == GStatus::kIdle) return 0;
  auto lib = [&](int32_t fn) { return fn < 0 || static_cast<size_t>(fn) >= is_lib.size() || is_lib[static_cast<size_t>(fn)] != 0; };
  if (g.code.frames.empty()) {
    if (g.status != GStatus::kRunnable || lib(g.code.entry)) return 0;
    return mod.funcs[static_cast<size_t>(g.code.entry)].pos.line;  // not started: its func line
  }
  for (auto it = g.code.frames.rbegin(); it != g.code.frames.rend(); ++it) {
    if (!lib(it->fn)) return frame_line(mod.funcs[static_cast<size_t>(it->fn)], *it);
  }
  return 0;
}

}  // namespace gosim::interp
