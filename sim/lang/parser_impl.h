// The parser's internal class, shared by parser.cpp (tokens, errors, file structure),
// parser_decl.cpp (declarations), parser_type.cpp (type expressions), parser_expr.cpp
// (expressions) and parser_stmt.cpp (statements). Method names follow Go's parser.go
// (fileOrNil -> file_or_nil, pexpr, complitexpr, simpleStmt -> simple_stmt, ...).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "sim/lang/ast.h"
#include "sim/lang/lexer.h"
#include "sim/lang/parser.h"

namespace gosim::lang {

class Parser : public Scanner {
 public:
  Parser(std::string_view filename, std::string_view src);
  ParseResult run();

 protected:
  void on_error(Pos pos, std::string msg) override;

 private:
  // Counts one level of tree nesting for the lifetime of a parse function.
  struct Nest {
    explicit Nest(Parser* p) : p_(p), ok(p->enter()) {}
    ~Nest() { p_->leave(); }
    Parser* p_;
    bool ok;
  };

  // ---- tokens and errors (parser.cpp) ----
  Tok tok() const { return tok_.tok; }
  Pos pos() const { return tok_.pos; }
  bool got(Tok t);
  void want(Tok t);
  bool got_assign();
  void error_at(Pos pos, std::string msg);
  void error(std::string msg) { error_at(pos(), std::move(msg)); }
  void syntax_error_at(Pos pos, std::string msg);
  void syntax_error(std::string msg) { syntax_error_at(pos(), std::move(msg)); }
  void advance(std::initializer_list<Tok> followlist = {});
  bool enter();  // nesting depth check; false once the limit is hit
  void leave() { depth_--; }
  template <class T, class... Args>
  T* make(Args&&... args) {
    return file_->arena.make<T>(std::forward<Args>(args)...);
  }
  BadExpr* bad_expr() { return make<BadExpr>(pos()); }

  // ---- declarations (parser_decl.cpp) ----
  File* file_or_nil();
  void list(const char* context, Tok sep, Tok close, const std::function<bool()>& f,
            Pos* close_pos = nullptr);
  void append_group(std::vector<Decl*>* list, Decl* (Parser::*f)(int group));
  Decl* import_decl(int group);
  Decl* const_decl(int group);
  Decl* type_decl(int group);
  std::pair<Name*, Expr*> extract_name(Expr* x, bool force);
  Decl* var_decl(int group);
  FuncDecl* func_decl_or_nil();
  BlockStmt* func_body();
  Name* name();
  std::vector<Name*> name_list(Name* first);
  Expr* qualified_name(Name* name);

  // ---- types (parser_type.cpp) ----
  Expr* type_();
  Expr* type_or_nil();
  Expr* type_instance(Expr* typ);
  FuncType* func_type(const char* context, std::vector<Field*>* tparams);
  Expr* array_type(Pos pos, Expr* len);
  Expr* slice_type(Pos pos);
  Expr* chan_elem();
  StructType* struct_type();
  InterfaceType* interface_type();
  std::vector<Field*> func_result();
  void field_decl(StructType* styp);
  Expr* array_or_targs();
  BasicLit* oliteral();
  Field* method_decl();
  Field* embedded_elem(Field* f);
  Expr* embedded_term();
  Field* param_decl_or_nil(Name* name, Tok follow);
  std::vector<Field*> param_list(Name* name, Expr* typ, Tok close, bool require_names);

  // ---- expressions (parser_expr.cpp) ----
  Expr* expr();
  Expr* binary_expr(Expr* x, int prec);
  Expr* unary_expr();
  CallStmt* call_stmt();
  Expr* operand(bool keep_parens);
  Expr* pexpr(Expr* x, bool keep_parens);
  Expr* bare_complitexpr();
  CompositeLit* complitexpr();
  std::vector<Expr*> arg_list(bool* has_dots);
  Expr* expr_list();
  Expr* type_list(bool* comma);

  // ---- statements (parser_stmt.cpp) ----
  Stmt* simple_stmt(Expr* lhs, Tok keyword);
  RangeClause* new_range_clause(Expr* lhs, bool def);
  Stmt* labeled_stmt_or_nil(Name* label);
  BlockStmt* block_stmt(const char* context);
  DeclStmt* decl_stmt(Decl* (Parser::*f)(int group));
  Stmt* for_stmt();
  void header(Tok keyword, Stmt** init, Expr** cond, Stmt** post);
  IfStmt* if_stmt();
  SwitchStmt* switch_stmt();
  SelectStmt* select_stmt();
  CaseClause* case_clause();
  CommClause* comm_clause();
  Stmt* stmt_or_nil();
  std::vector<Stmt*> stmt_list();

  std::string filename_;
  std::unique_ptr<File> owned_;
  File* file_ = nullptr;
  std::vector<RawError> errors_;
  bool first_ = false;     // an error was reported
  bool any_syntax_ = false;
  int errcnt_ = 0;
  int fnest_ = 0;  // function nesting level (for error recovery)
  int xnest_ = 0;  // expression nesting level (composite literal vs block ambiguity)
  int depth_ = 0;  // tree nesting depth, bounded by kMaxNesting
  bool too_deep_ = false;
  int groups_ = 0;
};

// Go: syntax/branches.go checkBranches: break/continue/label checks of one body.
void check_branches(BlockStmt* body, std::string_view filename,
                    const std::function<void(Pos, std::string)>& err);

}  // namespace gosim::lang
