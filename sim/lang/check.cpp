// The checker driver and its error helpers.
//
// Go: types2/check.go checkFiles (collect objects, check package-level declarations,
// then function bodies, then initialization order and unused imports) and errors.go
// (the "invalid operand"/"invalid type" follow-on suppression, start positions), and
// operand.go operandString for how values are quoted: `x (variable of type int)`,
// `"s" (untyped string constant)`, `f() (no value)`.
//
// check_file runs the phases the way `go build` does: syntax errors stop before type
// checking, lexical and label errors do not; gosim's subset check sits in between.
#include "sim/lang/checker.h"

#include "sim/lang/parser.h"

namespace gosim::lang {

// Go: the unsupported-construct pass (subset.cpp).
void check_subset(File* file, ErrorList* errors);

namespace {

const char* const kModeNames[] = {
    "invalid operand", "no value", "built-in", "type", "constant", "variable", "map index expression",
    "value", "nil", "comma, ok expression",
};

}  // namespace

Checker::Checker(Package* pkg, ErrorList* errors) : pkg_(pkg), errors_(errors), T(pkg->types) {
  declare_universe(pkg_);
  pkg_->scope = pkg_->make_scope(pkg_->universe, nullptr);
  file_scope_ = pkg_->make_scope(pkg_->scope, nullptr);
  scope_ = file_scope_;
}

void Checker::check_files() {
  collect_objects();
  package_objects();
  // Function bodies (and package-level function literals), in the order registered.
  finish_generics();
  for (size_t i = 0; i < delayed_.size(); i++) delayed_[i]();
  delayed_.clear();
  init_order();
  unused_imports();
  check_main();
  // Go: the compiler sizes types only after type checking succeeded.
  if (!reported_) check_type_sizes();
}

void Checker::err(Pos pos, std::string msg) {
  // Go: errors.go err: drop likely follow-on errors once something was reported.
  if (reported_) {
    size_t a = msg.find("invalid operand");
    size_t b = msg.find("invalid type");
    if ((a != std::string::npos && a > 0) || (b != std::string::npos && b > 0)) return;
  }
  if (errpos_.known()) pos = errpos_;
  reported_ = true;
  errors_->add(pos, std::move(msg));
}

void Checker::error_op(const Operand& x, std::string msg) {
  Pos p = x.expr != nullptr ? start_pos(x.expr) : Pos{};
  err(p, std::move(msg));
}

std::string Checker::pos_str(Pos p) const {
  return pkg_->filename + ":" + std::to_string(p.line) + ":" + std::to_string(p.col);
}

// Go: operand.go operandString.
std::string Checker::op_str(const Operand& x) const {
  if (x.mode == Mode::NilValue) {
    if (x.type == nullptr || x.type->kind == TypeKind::Invalid) return "nil (with invalid type)";
    if (x.type->kind == TypeKind::UntypedNil) return "nil";
    return "nil (of type " + ts(x.type) + ")";
  }
  std::string expr;
  if (x.expr != nullptr) {
    expr = expr_string(x.expr);
  } else if (x.mode == Mode::Builtin) {
    expr = builtin_name(x.id);
  } else if (x.mode == Mode::TypeExpr) {
    expr = ts(x.type);
  } else if (x.mode == Mode::Constant) {
    expr = constant_string(x.val);
  }
  std::string out;
  if (!expr.empty()) out = expr + " (";
  bool has_type = false;
  switch (x.mode) {
    case Mode::Invalid: case Mode::NoValue: case Mode::Builtin: case Mode::TypeExpr:
      break;
    default:
      if (x.type != nullptr) {
        if (is_untyped(x.type)) {
          out += ts(x.type) + " ";
        } else {
          has_type = true;
        }
      }
  }
  out += kModeNames[static_cast<size_t>(x.mode)];
  if (x.mode == Mode::Constant) {
    std::string s = constant_string(x.val);
    if (s != expr) out += " " + s;
  }
  if (has_type) {
    if (x.type->kind != TypeKind::Invalid) {
      out += " of type " + ts(x.type);
    } else {
      out += " with invalid type";
    }
  }
  if (!expr.empty()) out += ")";
  return out;
}

bool Checker::enter(Pos p) {
  depth_++;
  if (depth_ <= kMaxCheckDepth) return true;
  if (!too_deep_) {
    too_deep_ = true;
    unsupported(p, "declarations and expressions nested more than " + std::to_string(kMaxCheckDepth) +
                       " levels deep (counting declarations that use each other)");
  }
  return false;
}

Object* Checker::lookup(const std::string& name) const {
  for (Scope* s = scope_; s != nullptr; s = s->parent) {
    if (Object* o = s->lookup(name)) return o;
  }
  return nullptr;
}

CheckResult check_file(std::string_view filename, std::string_view source) {
  CheckResult result;
  if (std::optional<RawError> e = go_header_error(source)) {
    result.diags.push_back({std::string(filename), e->pos, "", e->msg});
    return result;
  }
  ParseResult parsed = parse_file(filename, source);
  ErrorList errors(filename);
  for (const RawError& e : parsed.errors) errors.add(e.pos, e.msg);
  if (parsed.file == nullptr || parsed.syntax_errors) {
    result.diags = errors.finish();
    if (result.diags.empty()) result.diags.push_back({std::string(filename), {}, "", "syntax error"});
    return result;
  }
  int before = errors.count();
  check_subset(parsed.file.get(), &errors);
  if (errors.count() > before || errors.full()) {
    result.diags = errors.finish();
    return result;
  }
  auto pkg = std::make_unique<Package>();
  pkg->filename = std::string(filename);
  pkg->file = std::move(parsed.file);
  pkg->source = std::string(source);
  Checker checker(pkg.get(), &errors);
  checker.check_files();
  result.diags = errors.finish();
  if (errors.empty()) result.pkg = std::move(pkg);
  return result;
}

}  // namespace gosim::lang
