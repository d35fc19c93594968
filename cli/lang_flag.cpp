#include "cli/lang_flag.h"

#include <cstdio>

namespace gosim::cli {

void add_lang_option(CLI::App* cmd, LangFlag& f) {
  cmd->add_option("--lang", f.value,
                  "Language of the event sentences: en or zh-CN (default: from LC_ALL/LC_MESSAGES/LANG for terminal "
                  "text, English for JSON and trace files)");
}

std::optional<Lang> resolve_lang(const LangFlag& f, Lang fallback) {
  if (!f.value) return fallback;
  if (const std::optional<Lang> l = parse_lang(*f.value)) return l;
  std::fprintf(stderr, "gosim: --lang: unknown language \"%s\" (gosim speaks en and zh-CN)\n", f.value->c_str());
  return std::nullopt;
}

}  // namespace gosim::cli
