// JSON Lines sink: one event per line, fields always in the same order, so two traces can be
// compared with diff and read by any tool (jq, pandas, a browser).
//
//   {"seq":3,"t":1250,"kind":"go_create","cat":"sched","p":0,"m":0,"g":1,
//    "args":{"newg":6,"fn":2,"where":0},"func":"runtime.newproc","file":"proc.go",
//    "text":"G1 created G6 (main.worker) and put it in P0's runnext"}
#pragma once

#include <functional>
#include <ostream>
#include <string>

#include "sim/trace/event.h"

namespace gosim {

// Turns an event into its sentence; supplied by the runtime model, which knows the names.
using Describer = std::function<std::string(const Event&)>;

// Appends one line (with '\n') for `e` to `out`.
void write_jsonl(std::string& out, const Event& e, const std::string& text);

// Escapes a string for a JSON string literal (without the quotes).
void append_json_escaped(std::string& out, std::string_view s);

}  // namespace gosim
