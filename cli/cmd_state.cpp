// gosim state SCENARIO.json|FILE.go --at N|end|kind:NAME|line:N|g:N [--json] — the model's full
// state right after one event: goroutines with their frames and variables, Ps and their queues,
// Ms, channels, locks, the netpoller, the heap's spans and slot colours, the collector, MemStats.
// Text for a learner by default; --json for scripts and tests (docs/state.md has the schema).
// The run takes the same options as `gosim run`.
#include <cstdio>
#include <memory>
#include <string>

#include "cli/cli.h"
#include "cli/lang_flag.h"
#include "cli/run_flags.h"
#include "sim/state/at.h"
#include "sim/state/state.h"

namespace gosim::cli {

namespace {

struct StateFlags {
  std::string path;
  std::string at;
  bool json = false;
  ConfigFlags config;
  LangFlag lang;
};

int state(const StateFlags& f) {
  // The event's sentence ("text"): the environment's language in the text a person reads,
  // English in JSON, unless --lang says.
  const std::optional<Lang> lang = resolve_lang(f.lang, f.json ? Lang::kEn : lang_from_env());
  if (!lang) return kExitRefused;
  std::string err;
  const std::optional<state::AtSpec> at = state::parse_at(f.at, &err);
  if (!at) {
    std::fprintf(stderr, "gosim: %s\n", err.c_str());
    return kExitRefused;
  }
  const std::unique_ptr<Configured> in = load_configured(f.path, f.config);
  if (!in) return kExitRefused;
  const state::StateAt st = state::run_to(*in->build.program, in->build.main_entry, in->config, *at);
  if (!st.error.empty()) {
    std::fprintf(stderr, "gosim: %s\n", st.error.c_str());
    return kExitRefused;
  }
  const nlohmann::ordered_json j = state::state_json(*st.machine, st.event, *lang);
  const std::string out = f.json ? j.dump(2) + "\n" : state::state_text(j);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

}  // namespace

void add_state(CLI::App& app) {
  auto* cmd = app.add_subcommand("state", "Print the model's full state right after one event of the run (text, or JSON with --json)");
  auto f = std::make_shared<StateFlags>();
  cmd->add_option("scenario", f->path, "A scenario .json file or a .go file")->required();
  cmd->add_option("--at", f->at,
                  "Which event: N (1-based; 0 = right after start), end, kind:NAME, line:N or g:N (first match; add #K for the K-th)")
      ->required();
  cmd->add_flag("--json", f->json, "Print JSON (the schema is in docs/state.md) instead of text");
  add_config_options(cmd, f->config);
  add_lang_option(cmd, f->lang);
  cmd->callback([f]() { exit_status = state(*f); });
}

}  // namespace gosim::cli
