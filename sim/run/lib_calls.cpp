#include "sim/run/lib_calls.h"

#include <algorithm>

#include <fmt/format.h>

#include "sim/i18n/catalog.h"
#include "sim/rt/stack.h"
#include "sim/trace/detail_level.h"

namespace gosim {

namespace {

std::string_view package_of(std::string_view symbol) {
  const size_t slash = symbol.rfind('/');
  const size_t from = slash == std::string_view::npos ? 0 : slash + 1;
  const size_t dot = symbol.find('.', from);
  return dot == std::string_view::npos ? symbol : symbol.substr(0, dot);
}

}  // namespace

bool lib_event_folded(EventKind k, bool has_user) {
  if (k == EventKind::kCall || k == EventKind::kReturn || k == EventKind::kAtomic) return true;
  return !has_user && detail_level_of(k) != DetailLevel::kSched;
}

void LibCalls::count_call(LibGroup& g, int32_t fn) {
  ++g.calls;
  const std::string name = program_->func_name(fn);
  const std::string_view pkg = package_of(name);
  for (auto& [p, n] : g.packages) {
    if (p == pkg) {
      ++n;
      return;
    }
  }
  g.packages.emplace_back(std::string(pkg), 1);
}

LibMark LibCalls::add(const Event& e, int32_t user_line) {
  if (e.g <= 0) return {};
  auto it = stacks_.find(e.g);
  if (it == stacks_.end()) {
    if (e.kind != EventKind::kCall) return {};
    it = stacks_.emplace(e.g, GStack{}).first;
  }
  GStack& st = it->second;
  LibMark mark;
  bool in = false;
  bool closes = false;
  if (e.kind == EventKind::kCall) {
    const int32_t fn = call_fn(e);
    const auto depth = static_cast<size_t>(call_depth(e));
    if (st.group != 0 && depth <= st.group_depth) {  // its frames were unwound without returns (a panic)
      groups_[st.group - 1].open = false;
      st.group = 0;
    }
    st.fns.resize(std::min(st.fns.size(), depth));
    const bool callee_lib = lib(fn);
    if (st.group == 0 && callee_lib && depth >= 1) {
      // A library call begins: the caller is user code, or runtime.main running the inits.
      LibGroup g;
      g.goid = e.g;
      g.first_seq = e.seq;
      g.first_time = e.time;
      g.entry_fn = fn;
      g.caller_fn = st.fns.empty() ? -1 : st.fns.back();
      g.line = user_line;
      for (int32_t f : st.fns) g.has_user = g.has_user || !lib(f);
      if (!g.has_user) g.line = 0;
      groups_.push_back(std::move(g));
      st.group = static_cast<uint32_t>(groups_.size());
      st.group_depth = depth;
    }
    in = st.group != 0 && callee_lib;
    if (in) count_call(groups_[st.group - 1], fn);
    st.fns.push_back(fn);
  } else if (e.kind == EventKind::kReturn) {
    const auto depth = static_cast<size_t>(call_depth(e));
    if (st.group != 0 && depth < st.group_depth) {
      groups_[st.group - 1].open = false;
      st.group = 0;
    }
    in = st.group != 0 && lib(call_fn(e));
    closes = st.group != 0 && depth == st.group_depth;
    st.fns.resize(std::min(st.fns.size(), depth));
  } else {
    in = st.group != 0 && !st.fns.empty() && lib(st.fns.back());
    if (e.kind == EventKind::kGoExit) {
      closes = st.group != 0;
      in = in || closes;
    }
  }
  if (!in) {
    if (e.kind == EventKind::kGoExit) stacks_.erase(it);
    return {};
  }
  LibGroup& g = groups_[st.group - 1];
  mark.group = st.group;
  mark.folded = lib_event_folded(e.kind, g.has_user);
  g.last_seq = e.seq;
  ++g.events;
  if (mark.folded) {
    ++g.folded;
    if (e.kind == EventKind::kMalloc) ++g.mallocs_folded;
  }
  if (closes) {
    mark.closes = true;
    g.open = false;
    st.group = 0;
  }
  if (e.kind == EventKind::kGoExit) stacks_.erase(it);
  return mark;
}

void LibCalls::finish() {
  for (LibGroup& g : groups_) g.open = false;
  stacks_.clear();
}

std::string LibCalls::describe(const LibGroup& g, Lang lang) const {
  using i18n::Msg;
  std::string pkgs;
  for (const auto& [p, n] : g.packages) pkgs += fmt::format("{}{} ({})", pkgs.empty() ? "" : ", ", p, n);
  const std::string fn = program_->func_name(g.entry_fn);
  const std::string calls = g.calls == 1 ? i18n::tr(lang, Msg::kLibCallsOne) : i18n::tr(lang, Msg::kLibCallsMany, fmt::arg("n", g.calls));
  std::string s;
  if (g.line > 0) {
    s = i18n::tr(lang, Msg::kLibCallAtLine, fmt::arg("line", g.line), fmt::arg("fn", fn), fmt::arg("calls", calls),
                 fmt::arg("pkgs", pkgs));
  } else if (!g.has_user && g.caller_fn >= 0 && package_of(program_->func_name(g.caller_fn)) == "runtime") {
    s = i18n::tr(lang, Msg::kLibInit, fmt::arg("fn", fn), fmt::arg("calls", calls), fmt::arg("pkgs", pkgs));
  } else {
    s = i18n::tr(lang, Msg::kLibCallNoLine, fmt::arg("fn", fn), fmt::arg("calls", calls), fmt::arg("pkgs", pkgs));
  }
  if (g.mallocs_folded > 0) {
    s += i18n::tr(lang, Msg::kLibFoldedMallocs, fmt::arg("events", g.folded), fmt::arg("mallocs", g.mallocs_folded));
  } else {
    s += i18n::tr(lang, Msg::kLibFolded, fmt::arg("events", g.folded));
  }
  return s;
}

}  // namespace gosim
