#include "sim/lesson/expect.h"

#include <cctype>
#include <charconv>

#include <fmt/format.h>

#include "sim/scenario/schema.h"

namespace gosim::lesson {

using json = nlohmann::ordered_json;

namespace {

// Go's page size: a span covers npages × 8 KiB from its base (runtime/malloc.go _PageSize).
constexpr uint64_t kPageSize = 8192;

bool ident_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

class Parser {
 public:
  Parser(std::string_view s, ExprError* error) : s_(s), error_(error) {}

  std::optional<Operand> operand() {
    Operand op;
    skip_space();
    const size_t start = i_;
    static constexpr std::pair<std::string_view, Operand::Func> kFuncs[] = {
        {"len(", Operand::Func::kLen}, {"color(", Operand::Func::kColor}, {"span(", Operand::Func::kSpan}};
    for (const auto& [name, func] : kFuncs) {
      if (s_.substr(i_, name.size()) == name) {
        op.func = func;
        i_ += name.size();
        break;
      }
    }
    if (!path(&op.path, "")) return std::nullopt;
    if (op.func != Operand::Func::kNone) {
      skip_space();
      if (i_ >= s_.size() || s_[i_] != ')') return fail(i_, "expected ) to close the function's argument");
      ++i_;
      if (op.func == Operand::Func::kSpan && i_ < s_.size() && (s_[i_] == '.' || s_[i_] == '[')) {
        if (s_[i_] == '.') ++i_;
        if (!path(&op.rest, std::string(s_.substr(start, i_ - start)))) return std::nullopt;
      }
    }
    op.text = std::string(s_.substr(start, i_ - start));
    if (!op.text.empty() && op.text.back() == '.') op.text.pop_back();
    return op;
  }

  std::optional<Expr> expr() {
    Expr e;
    e.text = std::string(s_);
    auto lhs = operand();
    if (!lhs) return std::nullopt;
    e.lhs = std::move(*lhs);
    skip_space();
    static constexpr std::pair<std::string_view, Op> kOps[] = {{"==", Op::kEq}, {"!=", Op::kNe}, {"<=", Op::kLe},
                                                               {">=", Op::kGe}, {"<", Op::kLt},  {">", Op::kGt},
                                                               {"contains", Op::kContains}};
    bool found = false;
    for (const auto& [t, op] : kOps) {
      if (s_.substr(i_, t.size()) == t) {
        e.op = op;
        i_ += t.size();
        found = true;
        break;
      }
    }
    if (!found) {
      return fail(i_, i_ >= s_.size() ? "expected an operator (== != < <= > >= contains) and a value after the path"
                                      : "expected an operator: == != < <= > >= or contains");
    }
    skip_space();
    const std::string_view rest = s_.substr(i_);
    if (rest.empty()) return fail(i_, "expected a value after the operator");
    e.value = json::parse(rest, nullptr, false);
    if (e.value.is_discarded()) {
      return fail(i_, fmt::format("the value {} is not a JSON literal (7, \"runnable\", true, null, [5,6]); a word needs "
                                  "quotes: \\\"{}\\\"",
                                  rest, rest));
    }
    return e;
  }

  bool at_end() {
    skip_space();
    return i_ >= s_.size();
  }
  size_t pos() const { return i_; }

  std::nullopt_t fail(size_t at, std::string msg) {
    *error_ = {at, std::move(msg)};
    return std::nullopt;
  }

 private:
  std::string_view s_;
  ExprError* error_;
  size_t i_ = 0;

  void skip_space() {
    while (i_ < s_.size() && s_[i_] == ' ') ++i_;
  }

  bool ident(std::string* out) {
    const size_t start = i_;
    while (i_ < s_.size() && ident_char(s_[i_])) ++i_;
    if (i_ == start) {
      fail(i_, i_ >= s_.size() ? "expected a key name" : fmt::format("expected a key name, not '{}'", s_[i_]));
      return false;
    }
    *out = std::string(s_.substr(start, i_ - start));
    return true;
  }

  bool path(std::vector<PathSeg>* out, std::string prefix) {
    skip_space();
    const size_t start = i_;
    PathSeg first;
    if (!ident(&first.key)) return false;
    auto text_now = [&] { return prefix + std::string(s_.substr(start, i_ - start)); };
    first.text = text_now();
    out->push_back(std::move(first));
    while (i_ < s_.size()) {
      PathSeg seg;
      if (s_[i_] == '.') {
        ++i_;
        if (!ident(&seg.key)) return false;
      } else if (s_[i_] == '[') {
        const size_t open = i_++;
        const size_t close = s_.find(']', i_);
        if (close == std::string_view::npos) {
          fail(open, "[ without a closing ]");
          return false;
        }
        const std::string_view inside = s_.substr(i_, close - i_);
        if (!bracket(inside, i_, &seg)) return false;
        i_ = close + 1;
      } else {
        break;
      }
      seg.text = text_now();
      out->push_back(std::move(seg));
    }
    return true;
  }

  bool bracket(std::string_view inside, size_t at, PathSeg* seg) {
    if (inside.empty()) {
      fail(at, "empty []: write an index [0] or a filter [key=value]");
      return false;
    }
    const auto [end, ec] = std::from_chars(inside.data(), inside.data() + inside.size(), seg->index);
    if (ec == std::errc() && end == inside.data() + inside.size()) {
      seg->kind = PathSeg::Kind::kIndex;
      return true;
    }
    const size_t eq = inside.find('=');
    if (eq == std::string_view::npos || eq == 0) {
      fail(at, fmt::format("[{}] is neither an index [N] nor a filter [key=value]", inside));
      return false;
    }
    seg->kind = PathSeg::Kind::kFilter;
    seg->key = std::string(inside.substr(0, eq));
    for (char c : seg->key) {
      if (!ident_char(c)) {
        fail(at, fmt::format("the filter key \"{}\" is not a key name", seg->key));
        return false;
      }
    }
    const std::string_view v = inside.substr(eq + 1);
    if (v.empty()) {
      fail(at + eq + 1, "the filter wants a value after =");
      return false;
    }
    // A number, true/false/null or a "quoted string" is JSON; anything else is a bare word.
    json lit = json::parse(v, nullptr, false);
    if (lit.is_discarded() || lit.is_structured()) {
      if (v.front() == '"') {
        fail(at + eq + 1, fmt::format("the filter value {} is a malformed quoted string", v));
        return false;
      }
      lit = std::string(v);
    }
    seg->literal = std::move(lit);
    return true;
  }
};

std::string describe_keys(const json& obj) {
  std::string out;
  size_t n = 0;
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    if (n++ == 12) {
      out += ", …";
      break;
    }
    out += (out.empty() ? "" : ", ") + it.key();
  }
  return out;
}

// "ids 0..3" or "names a, b, c": what a filter could have matched.
std::string describe_values(const json& arr, const std::string& key) {
  std::vector<json> vals;
  for (const json& e : arr) {
    if (e.is_object() && e.contains(key)) vals.push_back(e[key]);
  }
  if (vals.empty()) return fmt::format("no element has a key {}", key);
  if (vals.size() == 1) return fmt::format("the only {} is {}", key, vals[0].is_string() ? vals[0].get<std::string>() : vals[0].dump());
  bool consecutive = true;
  for (size_t i = 0; i < vals.size(); ++i) {
    consecutive = consecutive && vals[i].is_number_integer() &&
                  vals[i].get<int64_t>() == vals[0].get<int64_t>() + static_cast<int64_t>(i);
  }
  if (consecutive && vals.size() > 2) {
    return fmt::format("{}s {}..{}", key, vals.front().get<int64_t>(), vals.back().get<int64_t>());
  }
  std::string out;
  for (size_t i = 0; i < vals.size(); ++i) {
    if (i == 10) {
      out += ", …";
      break;
    }
    out += (i ? ", " : "") + (vals[i].is_string() ? vals[i].get<std::string>() : vals[i].dump());
  }
  return fmt::format("{}s {}", key, out);
}

bool literal_equal(const json& a, const json& lit) {
  if (a.is_number() && lit.is_number()) return a == lit;
  return a == lit;
}

// Follows `path` from `start` (`where` names start in messages).
const json* walk(const std::vector<PathSeg>& path, const json* start, std::string where, std::string* error) {
  const json* cur = start;
  for (size_t i = 0; i < path.size(); ++i) {
    const PathSeg& seg = path[i];
    switch (seg.kind) {
      case PathSeg::Kind::kKey:
        if (!cur->is_object()) {
          *error = fmt::format("{} is {}, not an object: it has no key \"{}\"", where, short_json(*cur), seg.key);
          return nullptr;
        }
        if (!cur->contains(seg.key)) {
          std::vector<std::string> keys;
          for (auto it = cur->begin(); it != cur->end(); ++it) keys.push_back(it.key());
          const std::string guess = suggest_name(seg.key, keys);
          *error = guess.empty() ? fmt::format("{} has no key \"{}\" (keys: {})", where, seg.key, describe_keys(*cur))
                                 : fmt::format("{} has no key \"{}\" (did you mean \"{}\"?)", where, seg.key, guess);
          return nullptr;
        }
        cur = &(*cur)[seg.key];
        break;
      case PathSeg::Kind::kIndex:
        if (!cur->is_array()) {
          *error = fmt::format("{} is {}, not an array", where, short_json(*cur));
          return nullptr;
        }
        if (seg.index >= cur->size()) {
          *error = fmt::format("{} has {} element{}; [{}] is out of range", where, cur->size(), cur->size() == 1 ? "" : "s",
                               seg.index);
          return nullptr;
        }
        cur = &(*cur)[seg.index];
        break;
      case PathSeg::Kind::kFilter: {
        if (!cur->is_array()) {
          *error = fmt::format("{} is {}, not an array to filter", where, short_json(*cur));
          return nullptr;
        }
        const json* found = nullptr;
        for (const json& e : *cur) {
          if (e.is_object() && e.contains(seg.key) && literal_equal(e[seg.key], seg.literal)) {
            found = &e;
            break;
          }
        }
        if (found == nullptr) {
          const std::string lit = seg.literal.is_string() ? seg.literal.get<std::string>() : seg.literal.dump();
          *error = fmt::format("no element with {}={} in {} ({})", seg.key, lit, where, describe_values(*cur, seg.key));
          return nullptr;
        }
        cur = found;
        break;
      }
    }
    where = seg.text;
  }
  return cur;
}

std::optional<uint64_t> address_of(const json& v) {
  if (v.is_number_unsigned() || (v.is_number_integer() && v.get<int64_t>() >= 0)) return v.get<uint64_t>();
  if (!v.is_string()) return std::nullopt;
  const std::string& s = v.get_ref<const std::string&>();
  if (s.size() < 3 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X')) return std::nullopt;
  uint64_t a = 0;
  const auto [end, ec] = std::from_chars(s.data() + 2, s.data() + s.size(), a, 16);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return a;
}

const json* span_containing(const json& state, uint64_t addr) {
  if (!state.contains("heap") || !state["heap"].contains("spans")) return nullptr;
  for (const json& s : state["heap"]["spans"]) {
    const auto base = address_of(s["base"]);
    if (!base) continue;
    if (addr >= *base && addr < *base + s["npages"].get<uint64_t>() * kPageSize) return &s;
  }
  return nullptr;
}

}  // namespace

std::optional<Expr> parse_expectation(std::string_view text, ExprError* error) {
  Parser p(text, error);
  return p.expr();
}

std::optional<Operand> parse_operand_only(std::string_view text, ExprError* error) {
  Parser p(text, error);
  auto op = p.operand();
  if (!op) return std::nullopt;
  if (!p.at_end()) return p.fail(p.pos(), "unexpected text after the path (answer_path is a PATH only, no operator)");
  return op;
}

std::optional<json> evaluate_operand(const Operand& op, const json& state, std::string* error) {
  const json* v = walk(op.path, &state, "the state", error);
  if (v == nullptr) return std::nullopt;
  const std::string& arg = op.path.back().text;
  switch (op.func) {
    case Operand::Func::kNone: return *v;
    case Operand::Func::kLen:
      if (v->is_string()) return v->get_ref<const std::string&>().size();
      if (v->is_array() || v->is_object()) return v->size();
      *error = fmt::format("len({}): {} is {}, which has no length", arg, arg, short_json(*v));
      return std::nullopt;
    case Operand::Func::kColor:
    case Operand::Func::kSpan: {
      const char* fname = op.func == Operand::Func::kColor ? "color" : "span";
      const auto addr = address_of(*v);
      if (!addr) {
        *error = fmt::format("{}({}): {} is {}, not an address", fname, arg, arg, short_json(*v));
        return std::nullopt;
      }
      const json* s = span_containing(state, *addr);
      if (s == nullptr) {
        *error = fmt::format("{}({}): {:#x} is in no span of the heap", fname, arg, *addr);
        return std::nullopt;
      }
      if (op.func == Operand::Func::kSpan) {
        if (op.rest.empty()) return *s;
        const json* r = walk(op.rest, s, fmt::format("span({})", arg), error);
        if (r == nullptr) return std::nullopt;
        return *r;
      }
      if ((*s)["use"] != "heap") {
        *error = fmt::format("color({}): {:#x} is in a goroutine stack span, which has no slot colours", arg, *addr);
        return std::nullopt;
      }
      const uint64_t idx = (*addr - address_of((*s)["base"]).value()) / (*s)["elemsize"].get<uint64_t>();
      const std::string& slots = (*s)["slots"].get_ref<const std::string&>();
      if (idx >= slots.size()) {
        *error = fmt::format("color({}): {:#x} lies past the span's last slot", arg, *addr);
        return std::nullopt;
      }
      switch (slots[idx]) {
        case 'w': return "white";
        case 'g': return "grey";
        case 'b': return "black";
        default: return "free";
      }
    }
  }
  return std::nullopt;
}

ExprResult evaluate(const Expr& e, const json& state) {
  ExprResult r;
  const auto v = evaluate_operand(e.lhs, state, &r.error);
  if (!v) return r;
  r.actual = *v;
  const json& a = *v;
  const json& b = e.value;
  auto ordered = [&](auto cmp) {
    if (a.is_number() && b.is_number()) {
      r.holds = cmp(a, b);
    } else if (a.is_string() && b.is_string()) {
      r.holds = cmp(a, b);
    } else {
      r.error = fmt::format("{} is {}; {} compares two numbers or two strings", e.lhs.text, short_json(a), op_text(e.op));
    }
  };
  switch (e.op) {
    case Op::kEq: r.holds = a == b; break;
    case Op::kNe: r.holds = a != b; break;
    case Op::kLt: ordered([](const json& x, const json& y) { return x < y; }); break;
    case Op::kLe: ordered([](const json& x, const json& y) { return x <= y; }); break;
    case Op::kGt: ordered([](const json& x, const json& y) { return x > y; }); break;
    case Op::kGe: ordered([](const json& x, const json& y) { return x >= y; }); break;
    case Op::kContains:
      if (a.is_string() && b.is_string()) {
        r.holds = a.get_ref<const std::string&>().find(b.get_ref<const std::string&>()) != std::string::npos;
      } else if (a.is_array()) {
        r.holds = false;
        for (const json& x : a) r.holds = r.holds || x == b;
      } else {
        r.error = fmt::format("{} is {}; contains wants a string (substring) or an array (element)", e.lhs.text,
                              short_json(a));
      }
      break;
  }
  return r;
}

std::string_view op_text(Op op) {
  switch (op) {
    case Op::kEq: return "==";
    case Op::kNe: return "!=";
    case Op::kLt: return "<";
    case Op::kLe: return "<=";
    case Op::kGt: return ">";
    case Op::kGe: return ">=";
    case Op::kContains: return "contains";
  }
  return "?";
}

std::string short_json(const json& v) {
  std::string s = v.dump();
  if (s.size() > 80) s = s.substr(0, 77) + "...";
  return s;
}

}  // namespace gosim::lesson
