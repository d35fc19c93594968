// Parser: every statement and expression form of the subset, Go's precedence and
// composite-literal rules, node positions, the nesting limit.
#include <doctest/doctest.h>

#include "sim/lang/parser.h"
#include "tests/unit/lang/ast_dump.h"

using namespace gosim::lang;
using gosim::lang::test::dump;
using gosim::lang::test::dump_stmts;

namespace {

struct Parsed {
  ParseResult r;
  FuncDecl* fn = nullptr;  // the last function declaration
};

Parsed parse(const std::string& src) {
  Parsed p{parse_file("p.go", src)};
  if (p.r.file != nullptr) {
    for (Decl* d : p.r.file->decls) {
      if (d->kind == NodeKind::FuncDecl) p.fn = as<FuncDecl>(d);
    }
  }
  return p;
}

std::string errors(const ParseResult& r) {
  std::string out;
  for (const auto& d : r.diags) out += d.str() + "\n";
  return out;
}

// The statements of `func f() { body }`, dumped.
std::string stmts(const std::string& body) {
  Parsed p = parse("package main\nfunc f() {\n" + body + "\n}\n");
  INFO(errors(p.r));
  REQUIRE(p.r.diags.empty());
  REQUIRE(p.fn != nullptr);
  std::string out = dump_stmts(p.fn->body->list);
  return out.empty() ? out : out.substr(1);
}

}  // namespace

TEST_CASE("expressions follow Go's five precedence levels, left associative") {
  CHECK(stmts("x = a + b*c") == "(= x (+ a (* b c)))");
  CHECK(stmts("x = a || b && c == d") == "(= x (|| a (&& b (== c d))))");
  CHECK(stmts("x = a - b - c") == "(= x (- (- a b) c))");
  CHECK(stmts("x = a << 2 + b &^ c | d") == "(= x (| (+ (<< a 2) (&^ b c)) d))");
  CHECK(stmts("x = -a * !b") == "(= x (* (- a) (! b)))");
  CHECK(stmts("x = (a + b) * c") == "(= x (* (paren (+ a b)) c))");  // Go keeps the parens
}

TEST_CASE("unary operators, receive, address-of and dereference") {
  CHECK(stmts("x = <-ch") == "(= x (<- ch))");
  CHECK(stmts("p = &T{1}") == "(= p (& (lit T 1)))");
  CHECK(stmts("*p = ^x") == "(= (* p) (^ x))");
  CHECK(stmts("<-done") == "(<- done)");
}

TEST_CASE("primary expressions: selectors, calls, index, slices, assertions, conversions") {
  CHECK(stmts("fmt.Println(a, b...)") == "(call (. fmt Println) a b ...)");
  CHECK(stmts("x = s[i]") == "(= x (index s i))");
  CHECK(stmts("x = s[1:]") == "(= x (slice s 1 _))");
  CHECK(stmts("x = s[:n:m]") == "(= x (slice s _ n m))");
  CHECK(stmts("x = v.(T)") == "(= x (assert v T))");
  CHECK(stmts("x = []byte(s)") == "(= x (call (slicetype byte) s))");
  CHECK(stmts("x = f()()[0].y") == "(= x (. (index (call (call f)) 0) y))");
  CHECK(stmts("x = (*T)(p)") == "(= x (call (paren (* T)) p))");
}

TEST_CASE("composite literals: keyed, positional, nested with elided types, maps, [...]") {
  CHECK(stmts("p = Point{X: 1, Y: 2}") == "(= p (lit Point (: X 1) (: Y 2)))");
  CHECK(stmts("ps = []Point{{1, 2}, {3, 4}}") == "(= ps (lit (slicetype Point) (lit _ 1 2) (lit _ 3 4)))");
  CHECK(stmts("m = map[string]int{\"a\": 1}") == "(= m (lit (map string int) (: \"a\" 1)))");
  CHECK(stmts("a = [...]int{1, 2, 3}") == "(= a (lit (array _ int) 1 2 3))");
  CHECK(stmts("s = struct{ a int }{1}") == "(= s (lit (struct a:int) 1))");
}

TEST_CASE("in a statement header a { after a name opens the block, unless parenthesized") {
  CHECK(stmts("if x == y {\n}") == "(if _ (== x y) (block) _)");
  CHECK(stmts("if x == (T{}) {\n}") == "(if _ (== x (paren (lit T))) (block) _)");
  CHECK(stmts("for _, v := range []int{1} {\n}") == "(for (range (list _ v) := (lit (slicetype int) 1)) _ _ (block))");
}

TEST_CASE("function literals and function types") {
  CHECK(stmts("f := func(a, b int) (int, error) { return a, nil }") ==
        "(:= f (funclit (func (a:int b:int) (int error)) (block (return (list a nil)))))");
  CHECK(stmts("var g func(...int) string") == "(decl (var g (func ((dots int)) (string)) _))");
  CHECK(stmts("go func() {}()") == "(go (call (funclit (func () ()) (block))))");
}

TEST_CASE("channel types with direction, including <-chan resolved after parsing") {
  CHECK(stmts("var c chan<- int") == "(decl (var c (chan<- int) _))");
  CHECK(stmts("var c <-chan int") == "(decl (var c (<-chan int) _))");
  CHECK(stmts("c := make(<-chan chan int)") == "(:= c (call make (<-chan (chan int))))");
  CHECK(stmts("var c chan (<-chan int)") == "(decl (var c (chan (<-chan int)) _))");
}

TEST_CASE("simple statements: assignment forms, inc/dec, send, expression") {
  CHECK(stmts("a, b := 1, 2") == "(:= (list a b) (list 1 2))");
  CHECK(stmts("a, b = b, a") == "(= (list a b) (list b a))");
  CHECK(stmts("x += 2") == "(+= x 2)");
  CHECK(stmts("x <<= 1") == "(<<= x 1)");
  CHECK(stmts("i++") == "(++ i)");
  CHECK(stmts("i--") == "(-- i)");
  CHECK(stmts("ch <- v") == "(send ch v)");
  CHECK(stmts("v, ok := m[k]") == "(:= (list v ok) (index m k))");
}

TEST_CASE("declarations inside functions: var, const with iota, type") {
  CHECK(stmts("var x, y int = 1, 2") == "(decl (var x y int (list 1 2)))");
  CHECK(stmts("const (\n a = iota\n b\n)") == "(decl (const a _ iota) (const b _ _))");
  CHECK(stmts("type P struct{ x, y int }") == "(decl (type P (struct x:int y:int)))");
}

TEST_CASE("if/else chains with init statements") {
  CHECK(stmts("if v, err := f(); err != nil {\n} else if v > 0 {\n} else {\n}") ==
        "(if (:= (list v err) (call f)) (!= err nil) (block) (if _ (> v 0) (block) (block)))");
}

TEST_CASE("all three for forms and every range form") {
  CHECK(stmts("for {\n}") == "(for _ _ _ (block))");
  CHECK(stmts("for x < 10 {\n}") == "(for _ (< x 10) _ (block))");
  CHECK(stmts("for i := 0; i < n; i++ {\n}") == "(for (:= i 0) (< i n) (++ i) (block))");
  CHECK(stmts("for ; ; {\n}") == "(for _ _ _ (block))");
  CHECK(stmts("for range ch {\n}") == "(for (range _ = ch) _ _ (block))");
  CHECK(stmts("for k := range m {\n}") == "(for (range k := m) _ _ (block))");
  CHECK(stmts("for k, v = range s {\n}") == "(for (range (list k v) = s) _ _ (block))");
}

TEST_CASE("expression switches, type switches, select") {
  CHECK(stmts("switch x := f(); x {\ncase 1, 2:\n\ta()\ndefault:\n}") ==
        "(switch (:= x (call f)) x (case (list 1 2) (call a)) (case _))");
  CHECK(stmts("switch {\ncase x > 1:\n\tfallthrough\ncase x > 0:\n}") ==
        "(switch _ _ (case (> x 1) (fallthrough)) (case (> x 0)))");
  CHECK(stmts("switch v := i.(type) {\ncase int, nil:\n}") == "(switch _ (guard v i) (case (list int nil)))");
  CHECK(stmts("switch i.(type) {\n}") == "(switch _ (guard _ i))");
  CHECK(stmts("select {\ncase v := <-a:\ncase b <- 1:\ncase <-c:\ncase x, ok = <-d:\ndefault:\n}") ==
        "(select (case (:= v (<- a))) (case (send b 1)) (case (<- c)) (case (= (list x ok) (<- d))) (case _))");
}

TEST_CASE("go, defer, return, labels, break and continue") {
  CHECK(stmts("defer wg.Done()") == "(defer (call (. wg Done)))");
  CHECK(stmts("go worker(i, ch)") == "(go (call worker i ch))");
  CHECK(stmts("return") == "(return _)");
  CHECK(stmts("outer:\n\tfor {\n\t\tfor {\n\t\t\tcontinue outer\n\t\t}\n\t\tbreak outer\n\t}") ==
        "(label outer (for _ _ _ (block (for _ _ _ (block (continue outer))) (break outer))))");
  CHECK(stmts("{\n\tx := 1\n\t_ = x\n}") == "(block (:= x 1) (= _ x))");
}

TEST_CASE("top-level declarations: imports, grouped decls, methods") {
  Parsed p = parse("package main\n\nimport (\n\t\"fmt\"\n\tf \"os\"\n)\n\ntype T int\n\n"
                   "func (t *T) M(x int) string { return \"\" }\n\nvar (\n\ta = 1\n\tb string\n)\n");
  INFO(errors(p.r));
  REQUIRE(p.r.diags.empty());
  auto& decls = p.r.file->decls;
  REQUIRE(decls.size() == 6);
  CHECK(dump(decls[0]) == "(import _ \"fmt\")");
  CHECK(dump(decls[1]) == "(import f \"os\")");
  CHECK(dump(decls[2]) == "(type T int)");
  CHECK(dump(decls[3]) == "(funcdecl t:(* T) M (func (x:int) (string)) (block (return \"\")))");
  CHECK(dump(decls[4]) == "(var a _ 1)");
  CHECK(decls[4]->group != 0);
  CHECK(decls[4]->group == decls[5]->group);
  CHECK(decls[0]->group == decls[1]->group);
}

TEST_CASE("node positions are Go's: the operator, the '(' of a call, the '.' of a selector") {
  Parsed p = parse("package main\nfunc f() {\n\tx := a.b(c) + d[e]\n}\n");
  REQUIRE(p.r.diags.empty());
  auto* assign = as<AssignStmt>(p.fn->body->list[0]);
  CHECK(assign->pos == gosim::Pos{3, 4});  // :=
  auto* plus = as<Operation>(assign->rhs);
  CHECK(plus->pos == gosim::Pos{3, 14});
  auto* call = as<CallExpr>(plus->x);
  CHECK(call->pos == gosim::Pos{3, 10});
  auto* sel = as<SelectorExpr>(call->fun);
  CHECK(sel->pos == gosim::Pos{3, 8});
  CHECK(start_pos(plus) == gosim::Pos{3, 7});  // errors are reported at the leftmost position
  auto* idx = as<IndexExpr>(plus->y);
  CHECK(idx->pos == gosim::Pos{3, 17});
  CHECK(start_pos(idx) == gosim::Pos{3, 16});
  CHECK(p.fn->body->pos == gosim::Pos{2, 10});
  CHECK(p.fn->body->rbrace == gosim::Pos{4, 1});
}

TEST_CASE("every node of a parsed file has a position") {
  Parsed p = parse("package main\nimport \"fmt\"\ntype T struct{ a []int }\nfunc main() {\n"
                   "\tfor i, v := range []int{1} {\n\t\tfmt.Println(i, v, T{}.a[0:1])\n\t}\n}\n");
  REQUIRE(p.r.diags.empty());
  CHECK(p.r.file->arena.size() > 20);
  int visited = 0;
  for (Decl* d : p.r.file->decls) {
    CHECK(d->pos.known());
    visited++;
  }
  auto* body = p.fn->body;
  auto* loop = as<ForStmt>(body->list[0]);
  CHECK(loop->pos == gosim::Pos{5, 2});
  CHECK(loop->init->pos == gosim::Pos{5, 14});  // range
  auto* call = as<CallExpr>(as<ExprStmt>(loop->body->list[0])->x);
  for (Expr* a : call->args) CHECK(a->pos.known());
  CHECK(visited == 3);
}

TEST_CASE("syntax errors read like the compiler's") {
  auto err = [](const std::string& src) { return errors(parse(src).r); };
  CHECK(err("package main\nfunc main() {\n\tx := []int{1, 2\n\t}\n}\n") ==
        "p.go:3:17: syntax error: unexpected newline in composite literal; possibly missing comma or }\n");
  CHECK(err("package main\nfunc main() {\n\tif x = 3 {\n\t}\n}\n") ==
        "p.go:3:7: syntax error: cannot use assignment (x) = (3) as value\n");
  CHECK(err("package main\nfunc main() {\n\tfor i := 0; i < 3; i++\n\t{\n\t}\n}\n") ==
        "p.go:3:24: syntax error: unexpected newline, expecting { after for clause\n");
  CHECK(err("package main\nfunc main() {\n\tx := 1 +\n}\n") == "p.go:4:1: syntax error: unexpected }, expecting expression\n");
  CHECK(err("package main\nvar x = 1 2\n") == "p.go:2:11: syntax error: unexpected literal 2 after top level declaration\n");
  CHECK(err("package main\nfunc main() {\n\ta := 1\n\tb := 2 c := 3\n}\n") ==
        "p.go:4:9: syntax error: unexpected c at end of statement\n");
}

TEST_CASE("nesting deeper than the limit is an error, not a stack overflow") {
  for (const std::string& open : {std::string("("), std::string("["), std::string("T{"), std::string("*")}) {
    std::string src = "package main\nvar x = " + open + std::string(100000, open.back()) + "\n";
    ParseResult r = parse_file("deep.go", src);
    REQUIRE_FALSE(r.diags.empty());
    CHECK(r.diags[0].message.find("nesting deeper than") != std::string::npos);
    CHECK(r.syntax_errors);
  }
  std::string chain = "package main\nvar x = 1";
  for (int i = 0; i < 100000; i++) chain += "+1";
  ParseResult r = parse_file("chain.go", chain + "\n");
  REQUIRE_FALSE(r.diags.empty());
  CHECK(r.diags[0].message.find("nesting deeper than") != std::string::npos);
  // A realistic depth is fine.
  std::string ok = "package main\nvar x = " + std::string(50, '(') + "1" + std::string(50, ')') + "\n";
  CHECK(parse_file("ok.go", ok).diags.empty());
}

TEST_CASE("label and branch checks run on bodies that parsed cleanly") {
  auto r = parse("package main\nfunc main() {\nL:\n\tfor {\n\t\tbreak M\n\t}\n\tcontinue\n}\n").r;
  CHECK(errors(r) ==
        "p.go:3:1: label L defined and not used\np.go:5:9: break label not defined: M\n"
        "p.go:7:2: continue is not in a loop\n");
  CHECK_FALSE(r.syntax_errors);
  // Targets are resolved for the IR.
  Parsed p = parse("package main\nfunc main() {\nL:\n\tfor {\n\t\tswitch {\n\t\tdefault:\n\t\t\tbreak L\n\t\t}\n\t}\n}\n");
  REQUIRE(p.r.diags.empty());
  auto* loop = as<ForStmt>(as<LabeledStmt>(p.fn->body->list[0])->stmt);
  auto* sw = as<SwitchStmt>(loop->body->list[0]);
  auto* br = as<BranchStmt>(sw->body[0]->body[0]);
  CHECK(br->target == loop);
}
