// Checking break, continue, fallthrough, goto and labels within one function body.
//
// Go: cmd/compile/internal/syntax/branches.go. The compiler runs this while parsing, for
// every function body that parsed without errors, and reports with these exact words
// ("break is not in a loop, switch, or select", "label L defined and not used"). It also
// resolves each branch's target statement, which gosim keeps in BranchStmt::target for
// the IR compiler. gosim refuses goto later (subset check), but the checks are Go's.
#include <map>

#include "sim/lang/parser_impl.h"

namespace gosim::lang {
namespace {

// Go prints syntax.Pos values in messages with their file name: "./x.go:4:1".
std::string pos_string(std::string_view file, Pos p) {
  return std::string(file) + ":" + std::to_string(p.line) + ":" + std::to_string(p.col);
}

struct Block {
  Block* parent;
  Pos start;
  LabeledStmt* lstmt;  // labeled statement associated with this block, or nil
};

struct Label {
  Block* parent;
  LabeledStmt* lstmt;
  bool used = false;
};

struct Targets {
  Stmt* breaks = nullptr;       // For, Switch or Select
  ForStmt* continues = nullptr;
  int case_index = -1;          // index of the enclosing switch case, or -1
};

std::vector<Stmt*> trim_trailing_empty(const std::vector<Stmt*>& list) {
  size_t n = list.size();
  while (n > 0 && list[n - 1]->kind == NodeKind::EmptyStmt) n--;
  return {list.begin(), list.begin() + static_cast<std::ptrdiff_t>(n)};
}

class LabelScope {
 public:
  LabelScope(std::string_view file, const std::function<void(Pos, std::string)>& err)
      : file_(file), err_(err) {}

  std::vector<BranchStmt*> block_branches(Block* parent, Targets ctxt, LabeledStmt* lstmt, Pos start,
                                          const std::vector<Stmt*>& body);
  void finish(const std::vector<BranchStmt*>& fwd_gotos);

 private:
  Label* declare(Block* b, LabeledStmt* s) {
    const std::string& name = s->label->value;
    auto it = labels_.find(name);
    if (it != labels_.end()) {
      err_(s->label->pos, "label " + name + " already defined at " + filename_pos(it->second->lstmt));
      return it->second.get();
    }
    auto l = std::make_unique<Label>(Label{b, s});
    Label* raw = l.get();
    labels_[name] = std::move(l);
    return raw;
  }
  std::string filename_pos(LabeledStmt* s) { return pos_string(file_, s->label->pos); }

  LabeledStmt* goto_target(Block* b, const std::string& name) {
    auto it = labels_.find(name);
    if (it == labels_.end()) return nullptr;
    Label* l = it->second.get();
    l->used = true;
    for (; b != nullptr; b = b->parent) {
      if (l->parent == b) return l->lstmt;
    }
    return nullptr;
  }

  // Returns the labeled statement enclosing b with this name, kInvalid if the label exists
  // but does not enclose b, or nil if there is no such label.
  LabeledStmt* enclosing_target(Block* b, const std::string& name, bool* invalid) {
    auto it = labels_.find(name);
    if (it == labels_.end()) return nullptr;
    Label* l = it->second.get();
    l->used = true;
    for (; b != nullptr; b = b->parent) {
      if (l->lstmt == b->lstmt) return l->lstmt;
    }
    *invalid = true;
    return nullptr;
  }

  std::string_view file_;
  const std::function<void(Pos, std::string)>& err_;
  std::map<std::string, std::unique_ptr<Label>> labels_;
  std::vector<std::unique_ptr<Block>> blocks_;

  friend void gosim::lang::check_branches(BlockStmt*, std::string_view,
                                         const std::function<void(Pos, std::string)>&);
};

std::vector<BranchStmt*> LabelScope::block_branches(Block* parent, Targets ctxt, LabeledStmt* lstmt,
                                                    Pos start, const std::vector<Stmt*>& body) {
  blocks_.push_back(std::make_unique<Block>(Block{parent, start, lstmt}));
  Block* b = blocks_.back().get();
  Pos var_pos;
  std::string var_name;
  std::vector<BranchStmt*> fwd_gotos;
  std::vector<BranchStmt*> bad_gotos;

  auto record_var_decl = [&](Pos p, const std::string& name) {
    var_pos = p;
    var_name = name;
    bad_gotos = fwd_gotos;
  };
  auto jumps_over_var_decl = [&](BranchStmt* fwd) {
    if (!var_pos.known()) return false;
    for (BranchStmt* bad : bad_gotos) {
      if (bad == fwd) return true;
    }
    return false;
  };
  auto inner_block = [&](Targets c, Pos s, const std::vector<Stmt*>& list) {
    std::vector<BranchStmt*> more = block_branches(b, c, lstmt, s, list);
    fwd_gotos.insert(fwd_gotos.end(), more.begin(), more.end());
  };

  std::vector<Stmt*> stmts = trim_trailing_empty(body);
  for (size_t stmt_index = 0; stmt_index < stmts.size(); stmt_index++) {
    Stmt* stmt = stmts[stmt_index];
    lstmt = nullptr;
    // A labeled statement is handled, then the statement it labels.
    while (stmt != nullptr && stmt->kind == NodeKind::LabeledStmt) {
      auto* s = as<LabeledStmt>(stmt);
      const std::string& name = s->label->value;
      if (name != "_") {
        Label* l = declare(b, s);
        std::vector<BranchStmt*> remaining;
        for (BranchStmt* fwd : fwd_gotos) {
          if (fwd->label->value == name) {
            fwd->target = s;
            l->used = true;
            if (jumps_over_var_decl(fwd)) {
              err_(fwd->label->pos, "goto " + name + " jumps over declaration of " + var_name + " at " +
                                        pos_string(file_, var_pos));
            }
          } else {
            remaining.push_back(fwd);
          }
        }
        fwd_gotos = std::move(remaining);
        lstmt = s;
      }
      stmt = s->stmt;
    }
    if (stmt == nullptr) continue;

    switch (stmt->kind) {
      case NodeKind::DeclStmt:
        for (Decl* d : as<DeclStmt>(stmt)->decls) {
          if (d->kind == NodeKind::VarDecl) {
            record_var_decl(d->pos, as<VarDecl>(d)->names[0]->value);
            break;
          }
        }
        break;
      case NodeKind::BranchStmt: {
        auto* s = as<BranchStmt>(stmt);
        if (s->label == nullptr) {
          switch (s->tok) {
            case Tok::Break:
              if (ctxt.breaks != nullptr) {
                s->target = ctxt.breaks;
              } else {
                err_(s->pos, "break is not in a loop, switch, or select");
              }
              break;
            case Tok::Continue:
              if (ctxt.continues != nullptr) {
                s->target = ctxt.continues;
              } else {
                err_(s->pos, "continue is not in a loop");
              }
              break;
            case Tok::Fallthrough: {
              std::string msg = "fallthrough statement out of place";
              bool ok = false;
              if (ctxt.breaks != nullptr && ctxt.breaks->kind == NodeKind::SwitchStmt) {
                auto* t = as<SwitchStmt>(ctxt.breaks);
                if (t->tag != nullptr && t->tag->kind == NodeKind::TypeSwitchGuard) {
                  msg = "cannot fallthrough in type switch";
                } else if (ctxt.case_index < 0 || stmt_index + 1 < stmts.size()) {
                  // fallthrough nested in a block or not the last statement
                } else if (static_cast<size_t>(ctxt.case_index) + 1 == t->body.size()) {
                  msg = "cannot fallthrough final case in switch";
                } else {
                  ok = true;
                }
              }
              if (!ok) err_(s->pos, msg);
              break;
            }
            default:
              break;
          }
          break;
        }
        const std::string& name = s->label->value;
        bool invalid = false;
        switch (s->tok) {
          case Tok::Break: {
            LabeledStmt* t = enclosing_target(b, name, &invalid);
            if (t != nullptr) {
              NodeKind k = t->stmt->kind;
              if (k == NodeKind::SwitchStmt || k == NodeKind::SelectStmt || k == NodeKind::ForStmt) {
                s->target = t->stmt;
              } else {
                err_(s->label->pos, "invalid break label " + name);
              }
            } else if (invalid) {
              err_(s->label->pos, "invalid break label " + name);
            } else {
              err_(s->label->pos, "break label not defined: " + name);
            }
            break;
          }
          case Tok::Continue: {
            LabeledStmt* t = enclosing_target(b, name, &invalid);
            if (t != nullptr) {
              if (t->stmt->kind == NodeKind::ForStmt) {
                s->target = t->stmt;
              } else {
                err_(s->label->pos, "invalid continue label " + name);
              }
            } else if (invalid) {
              err_(s->label->pos, "invalid continue label " + name);
            } else {
              err_(s->label->pos, "continue label not defined: " + name);
            }
            break;
          }
          case Tok::Goto:
            if (LabeledStmt* t = goto_target(b, name)) {
              s->target = t;
              t->looping = true;  // the label came first: a backward jump
            } else {
              fwd_gotos.push_back(s);
            }
            break;
          default:
            break;
        }
        break;
      }
      case NodeKind::AssignStmt: {
        auto* s = as<AssignStmt>(stmt);
        if (s->op == Op::Def) record_var_decl(s->pos, expr_string(s->lhs));
        break;
      }
      case NodeKind::BlockStmt: {
        auto* s = as<BlockStmt>(stmt);
        inner_block({ctxt.breaks, ctxt.continues, -1}, s->pos, s->list);
        break;
      }
      case NodeKind::IfStmt: {
        auto* s = as<IfStmt>(stmt);
        Targets inner{ctxt.breaks, ctxt.continues, -1};
        inner_block(inner, s->then->pos, s->then->list);
        if (s->else_stmt != nullptr) inner_block(inner, s->else_stmt->pos, {s->else_stmt});
        break;
      }
      case NodeKind::ForStmt: {
        auto* s = as<ForStmt>(stmt);
        inner_block({s, s, -1}, s->body->pos, s->body->list);
        break;
      }
      case NodeKind::SwitchStmt: {
        auto* s = as<SwitchStmt>(stmt);
        Targets inner{s, ctxt.continues, -1};
        for (size_t i = 0; i < s->body.size(); i++) {
          inner.case_index = static_cast<int>(i);
          inner_block(inner, s->body[i]->pos, s->body[i]->body);
        }
        break;
      }
      case NodeKind::SelectStmt: {
        auto* s = as<SelectStmt>(stmt);
        Targets inner{s, ctxt.continues, -1};
        for (CommClause* cc : s->body) inner_block(inner, cc->pos, cc->body);
        break;
      }
      default:
        break;
    }
  }
  return fwd_gotos;
}

}  // namespace

void check_branches(BlockStmt* body, std::string_view filename,
                    const std::function<void(Pos, std::string)>& err) {
  if (body == nullptr) return;
  LabelScope ls(filename, err);
  std::vector<BranchStmt*> fwd = ls.block_branches(nullptr, {}, nullptr, body->pos, body->list);
  for (BranchStmt* f : fwd) {
    const std::string& name = f->label->value;
    auto it = ls.labels_.find(name);
    if (it != ls.labels_.end()) {
      it->second->used = true;
      err(f->label->pos, "goto " + name + " jumps into block starting at " +
                                   pos_string(filename, it->second->parent->start));
    } else {
      err(f->label->pos, "label " + name + " not defined");
    }
  }
  for (auto& [name, l] : ls.labels_) {
    if (!l->used) err(l->lstmt->label->pos, "label " + name + " defined and not used");
  }
}

}  // namespace gosim::lang
