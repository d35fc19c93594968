// --lang en|zh-CN: the language of the event sentences a subcommand prints (sim/i18n).
//
// Text a person reads in the terminal defaults to the environment's language (LC_ALL,
// LC_MESSAGES, LANG); files and JSON default to English unless --lang is given, so what a
// script or a trace file gets never depends on the machine it ran on.
#pragma once

#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "sim/base/lang.h"

namespace gosim::cli {

struct LangFlag {
  std::optional<std::string> value;  // as given; nullopt when --lang was not given
};

void add_lang_option(CLI::App* cmd, LangFlag& f);

// The language --lang names, or `fallback` without --lang; nullopt (after printing why) for an
// unknown value.
std::optional<Lang> resolve_lang(const LangFlag& f, Lang fallback);

}  // namespace gosim::cli
