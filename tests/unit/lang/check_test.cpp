// Type checker: what it records for later stages (types of expressions, folded
// constants, objects, selections, call kinds, implicit interface conversions, address-
// taken variables, closure captures, initialization order, method sets, library objects).
#include <doctest/doctest.h>

#include "sim/lang/check.h"

using namespace gosim::lang;

namespace {

std::unique_ptr<Package> check_ok(const std::string& src) {
  CheckResult r = check_file("t.go", src);
  std::string diags;
  for (const auto& d : r.diags) diags += d.str() + "\n";
  INFO(diags);
  REQUIRE(r.ok());
  return std::move(r.pkg);
}

// The i-th statement of main.
Stmt* main_stmt(Package* p, size_t i) {
  REQUIRE(p->main_func != nullptr);
  auto& list = p->main_func->decl->body->list;
  REQUIRE(i < list.size());
  return list[i];
}

Expr* rhs(Stmt* s) {
  REQUIRE(s->kind == NodeKind::AssignStmt);
  return as<AssignStmt>(s)->rhs;
}

CallExpr* call_of(Stmt* s) {
  Expr* x = s->kind == NodeKind::ExprStmt ? as<ExprStmt>(s)->x : rhs(s);
  REQUIRE(x->kind == NodeKind::CallExpr);
  return as<CallExpr>(x);
}

Object* global(Package* p, const char* name) {
  Object* o = p->scope->lookup(name);
  REQUIRE(o != nullptr);
  return o;
}

Object* local(Package* p, FuncInfo* f, const char* name) {
  for (Object* o : f->locals) {
    if (o->name == name) return o;
  }
  for (Object* o : f->params) {
    if (o->name == name) return o;
  }
  FAIL("no local " << name);
  return nullptr;
}

}  // namespace

TEST_CASE("every expression gets its final type; untyped constants take the type of their use") {
  auto p = check_ok(R"(package main

func main() {
	const c = 1 << 3
	x := c + 0.5
	var b byte = 'a'
	r := 'x'
	s := "héllo"[1:]
	var f float64 = 1
	n := 3
	y := 1 << n
	var u uint8 = 1 << n
	_, _, _, _, _, _, _ = x, b, r, s, f, y, u
}
)");
  Expr* x = rhs(main_stmt(p.get(), 1));
  CHECK(type_string(x->type) == "float64");
  CHECK(x->mode == Mode::Constant);
  CHECK(constant_string(*x->value) == "8.5");
  Expr* b = as<VarDecl>(as<DeclStmt>(main_stmt(p.get(), 2))->decls[0])->values;
  CHECK(type_string(b->type) == "byte");
  CHECK(b->value->i == 97);
  CHECK(type_string(rhs(main_stmt(p.get(), 3))->type) == "rune");
  CHECK(type_string(rhs(main_stmt(p.get(), 4))->type) == "string");
  Expr* f = as<VarDecl>(as<DeclStmt>(main_stmt(p.get(), 5))->decls[0])->values;
  CHECK(type_string(f->type) == "float64");
  // A non-constant shift takes the type the untyped operand would have alone.
  auto* y = as<Operation>(rhs(main_stmt(p.get(), 7)));
  CHECK(type_string(y->type) == "int");
  CHECK(type_string(y->x->type) == "int");
  auto* u = as<Operation>(as<VarDecl>(as<DeclStmt>(main_stmt(p.get(), 8))->decls[0])->values);
  CHECK(type_string(u->x->type) == "uint8");
}

TEST_CASE("constants are folded exactly, iota counts within a group, typed constants keep their type") {
  auto p = check_ok(R"(package main

import "time"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
)

const third = 0.1 * 3
const big = 1 << 100 >> 98
const timeout = 2 * time.Second
const s = "go" + "sim"

func main() {}
)");
  CHECK(global(p.get(), "Tuesday")->value->i == 2);
  CHECK(type_string(global(p.get(), "Tuesday")->type) == "Weekday");
  CHECK(global(p.get(), "MB")->value->i == 1 << 20);
  CHECK(type_string(global(p.get(), "MB")->type) == "untyped int");
  const Constant* third = global(p.get(), "third")->value;
  CHECK(third->exact);
  CHECK(third->num == 3);
  CHECK(third->den == 10);
  CHECK(global(p.get(), "big")->value->i == 4);
  CHECK(type_string(global(p.get(), "timeout")->type) == "time.Duration");
  CHECK(global(p.get(), "timeout")->value->i == 2000000000);
  CHECK(global(p.get(), "s")->value->s == "gosim");
}

TEST_CASE("identifiers resolve to objects; selectors record fields and methods") {
  auto p = check_ok(R"(package main

type Point struct{ X, Y int }

func (p *Point) Move(dx int) { p.X += dx }
func (p Point) Sum() int    { return p.X + p.Y }

func main() {
	v := Point{1, 2}
	v.Move(3)
	pp := &v
	_ = pp.Sum()
	_ = v.Y
}
)");
  Object* point = global(p.get(), "Point");
  REQUIRE(point->type->methods.size() == 2);
  CHECK(point->type->methods[0]->name == "Move");
  CHECK(point->type->methods[0]->ptr_recv);
  CHECK_FALSE(point->type->methods[1]->ptr_recv);

  CallExpr* move = call_of(main_stmt(p.get(), 1));
  CHECK(move->call_kind == CallKind::Method);
  auto* sel = as<SelectorExpr>(move->fun);
  CHECK(sel->sel_kind == SelKind::MethodVal);
  CHECK(sel->addr_recv);  // v.Move() is (&v).Move()
  CHECK_FALSE(sel->indirect);
  CHECK(sel->sel_obj == point->type->methods[0]);
  Object* v = local(p.get(), p->main_func, "v");
  CHECK(v->address_taken);
  CHECK(as<Name>(sel->x)->obj == v);

  auto* sum = as<SelectorExpr>(call_of(main_stmt(p.get(), 3))->fun);
  CHECK(sum->indirect);  // pp.Sum() is (*pp).Sum()
  CHECK_FALSE(sum->addr_recv);

  // Method sets: T has its value methods, *T all of them, sorted by name.
  std::vector<Object*> ms = method_set(point->type);
  REQUIRE(ms.size() == 1);
  CHECK(ms[0]->name == "Sum");
  std::vector<Object*> pms = method_set(p->types.pointer(point->type));
  REQUIRE(pms.size() == 2);
  CHECK(pms[0]->name == "Move");
  CHECK(pms[1]->name == "Sum");

  auto* field = as<SelectorExpr>(rhs(main_stmt(p.get(), 4)));
  CHECK(field->sel_kind == SelKind::FieldVal);
  CHECK(field->index == 1);
  CHECK(field->mode == Mode::Variable);
}

TEST_CASE("calls are classified; variadic calls pack; values passed as interfaces are marked") {
  auto p = check_ok(R"(package main

import "fmt"

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func two() (int, string) { return 1, "a" }

func main() {
	var sh Shape = Sq{2}
	fmt.Println("area", sh.Area(), 3)
	_ = float64(3)
	_ = len("abc")
	fmt.Println(two())
	xs := []interface{}{1, "a"}
	fmt.Println(xs...)
}
)");
  Expr* init = as<VarDecl>(as<DeclStmt>(main_stmt(p.get(), 0))->decls[0])->values;
  CHECK(type_string(init->convert_to) == "Shape");
  CallExpr* println = call_of(main_stmt(p.get(), 1));
  CHECK(println->call_kind == CallKind::Func);
  CHECK(println->variadic_pack);
  CHECK(as<SelectorExpr>(println->fun)->sel_obj->lib == LibFunc::FmtPrintln);
  for (Expr* a : println->args) CHECK(type_string(a->convert_to) == "any");
  CHECK(type_string(println->args[2]->type) == "int");  // untyped 3 became int
  auto* area = as<CallExpr>(println->args[1]);
  CHECK(area->call_kind == CallKind::Interface);
  CHECK(call_of(main_stmt(p.get(), 2))->call_kind == CallKind::Conversion);
  CallExpr* len = call_of(main_stmt(p.get(), 3));
  CHECK(len->call_kind == CallKind::Builtin);
  CHECK(len->builtin == static_cast<int>(BuiltinId::Len));
  CHECK(len->mode == Mode::Constant);
  // f(g()) with g's results going to ...any slots
  CallExpr* inner = as<CallExpr>(call_of(main_stmt(p.get(), 4))->args[0]);
  REQUIRE(inner->result_convs.size() == 2);
  CHECK(type_string(inner->result_convs[1]) == "any");
  CHECK_FALSE(call_of(main_stmt(p.get(), 6))->variadic_pack);  // xs... passes the slice itself
}

TEST_CASE("address-taken variables: &x, &x.f, &a[i], a[:] of an array, pointer-method calls") {
  auto p = check_ok(R"(package main

import "sync"

type T struct{ f int }

func main() {
	a := 1
	b := T{}
	c := [3]int{}
	d := [3]int{}
	e := []int{1}
	var mu sync.Mutex
	n := 0
	_ = &a
	_ = &b.f
	_ = &c[1]
	_ = d[:]
	_ = e[:]
	mu.Lock()
	n++
}
)");
  FuncInfo* m = p->main_func;
  CHECK(local(p.get(), m, "a")->address_taken);
  CHECK(local(p.get(), m, "b")->address_taken);
  CHECK(local(p.get(), m, "c")->address_taken);
  CHECK(local(p.get(), m, "d")->address_taken);
  CHECK_FALSE(local(p.get(), m, "e")->address_taken);
  CHECK(local(p.get(), m, "mu")->address_taken);
  CHECK_FALSE(local(p.get(), m, "n")->address_taken);
  CHECK(local(p.get(), m, "n")->assigned);
  CHECK_FALSE(local(p.get(), m, "a")->assigned);
}

TEST_CASE("closures record their captured variables, through every enclosing literal") {
  auto p = check_ok(R"(package main

func main() {
	x := 1
	y := 2
	f := func() int {
		z := 3
		g := func() int { return x + z }
		return g()
	}
	y++
	_ = f()
	_ = y
}
)");
  FuncInfo* m = p->main_func;
  REQUIRE(m->literals.size() == 1);
  FuncInfo* f = m->literals[0];
  REQUIRE(f->literals.size() == 1);
  FuncInfo* g = f->literals[0];
  CHECK(f->name == "main.func1");
  CHECK(g->name == "main.func1.1");
  REQUIRE(g->captures.size() == 2);
  CHECK(g->captures[0]->name == "x");
  CHECK(g->captures[1]->name == "z");
  REQUIRE(f->captures.size() == 1);  // f passes x down to g; z is f's own
  CHECK(f->captures[0]->name == "x");
  CHECK(local(p.get(), m, "x")->captured);
  CHECK_FALSE(local(p.get(), m, "y")->captured);
  CHECK(local(p.get(), f, "z")->owner == f);
}

TEST_CASE("package variables are initialized in dependency order, then declaration order") {
  auto p = check_ok(R"(package main

var a = b + 1
var b = f()
var c = 2
var d, e = pair()

func f() int { return c }
func pair() (int, int) { return a, 0 }

func main() {}
)");
  std::vector<std::string> order;
  for (const InitEntry& e : p->init_order) {
    std::string names;
    for (Object* o : e.lhs) names += (names.empty() ? "" : ",") + o->name;
    order.push_back(names);
  }
  CHECK(order == std::vector<std::string>{"c", "b", "a", "d,e"});
  CHECK(p->globals.size() == 5);
}

TEST_CASE("types are interned; identity ignores the spelling byte/uint8, any/interface{}, param names") {
  auto p = check_ok(R"(package main

func f(x int) string { return "" }
func g(y int) string { return "" }

func main() {
	var a []byte
	var b []uint8
	var i any
	var j interface{}
	a = b
	i = j
	h := f
	h = g
	_, _, _ = a, i, h
}
)");
  TypeTable& T = p->types;
  CHECK(T.slice(T.byte_type()) == T.slice(T.byte_type()));
  CHECK(T.slice(T.byte_type()) != T.slice(T.basic(TypeKind::Uint8)));
  CHECK(identical(T.slice(T.byte_type()), T.slice(T.basic(TypeKind::Uint8))));
  CHECK(type_string(T.slice(T.byte_type())) == "[]byte");
  CHECK(identical(T.any_type(), T.empty_interface()));
  Object* f = global(p.get(), "f");
  Object* g = global(p.get(), "g");
  CHECK(f->type != g->type);
  CHECK(f->type->canon == g->type->canon);
  CHECK(type_string(f->type) == "func(x int) string");
  CHECK(type_string(T.chan(ChanDir::Both, T.chan(ChanDir::Recv, T.basic(TypeKind::Int)))) == "chan (<-chan int)");
  CHECK(type_string(T.map(T.basic(TypeKind::String), T.pointer(T.basic(TypeKind::Int)))) == "map[string]*int");
}

TEST_CASE("sizes and field offsets follow gc on amd64") {
  auto p = check_ok(R"(package main

type S struct {
	a bool
	b int64
	c uint16
	d string
	e []int
	f interface{}
	g [3]int32
}

func main() {}
)");
  const Type* s = global(p.get(), "S")->type;
  CHECK(field_offsets(s) == std::vector<int64_t>{0, 8, 16, 24, 40, 64, 80});
  CHECK(type_size(s) == 96);
  CHECK(type_align(s) == 8);
}

TEST_CASE("library packages are declarations with lib ids, real fields and method sets") {
  auto p = check_ok(R"(package main

import (
	"runtime"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	d := time.Since(time.Now())
	_ = d.Seconds() + float64(ms.HeapAlloc)
	wg.Done()
}
)");
  CallExpr* add = call_of(main_stmt(p.get(), 1));
  auto* sel = as<SelectorExpr>(add->fun);
  CHECK(sel->sel_obj->lib == LibFunc::SyncWaitGroupAdd);
  CHECK(sel->sel_obj->ptr_recv);
  CHECK(sel->addr_recv);
  const LibPackage* rt = p->lib("runtime");
  REQUIRE(rt != nullptr);
  const Type* ms = rt->members.at("MemStats")->type;
  bool has_heap_alloc = false;
  for (const StructField& f : ms->underlying->fields) has_heap_alloc = has_heap_alloc || f.name == "HeapAlloc";
  CHECK(has_heap_alloc);
  CHECK(type_string(ms) == "runtime.MemStats");
  CHECK(type_string(p->lib("time")->members.at("Sleep")->type) == "func(d time.Duration)");
}

TEST_CASE("two-value forms of map index, receive and type assertion are marked") {
  auto p = check_ok(R"(package main

func main() {
	m := map[string]int{}
	ch := make(chan int)
	var i interface{} = 1
	v, ok := m["a"]
	w := m["b"]
	x, ok2 := <-ch
	y, ok3 := i.(int)
	_, _, _, _, _, _, _ = v, ok, w, x, ok2, y, ok3
}
)");
  CHECK(rhs(main_stmt(p.get(), 3))->comma_ok);
  CHECK_FALSE(rhs(main_stmt(p.get(), 4))->comma_ok);
  CHECK(rhs(main_stmt(p.get(), 5))->comma_ok);
  CHECK(rhs(main_stmt(p.get(), 6))->comma_ok);
  CHECK(rhs(main_stmt(p.get(), 6))->mode == Mode::CommaOk);
}

TEST_CASE("type switches declare one variable per clause with the clause's type") {
  auto p = check_ok(R"(package main

func main() {
	var i interface{} = 1
	switch v := i.(type) {
	case int:
		_ = v + 1
	case string, bool:
		_ = v
	default:
		_ = v
	}
}
)");
  auto* sw = as<SwitchStmt>(main_stmt(p.get(), 1));
  REQUIRE(sw->body.size() == 3);
  CHECK(type_string(sw->body[0]->implicit_obj->type) == "int");
  CHECK(type_string(sw->body[1]->implicit_obj->type) == "interface{}");
  CHECK(type_string(sw->body[2]->implicit_obj->type) == "interface{}");
}

TEST_CASE("functions are listed with Go's symbol names; main and init are found") {
  auto p = check_ok(R"(package main

type T struct{}

func (T) A()  {}
func (*T) B() {}
func init()   {}
func init()   {}
func main()   { func() {}() }
)");
  std::vector<std::string> names;
  for (FuncInfo* f : p->all_funcs) names.push_back(f->name);
  CHECK(names == std::vector<std::string>{"T.A", "(*T).B", "init.0", "init.1", "main", "main.func1"});  // Go: main.init.0, main.init.1
  CHECK(p->init_funcs.size() == 2);
  CHECK(p->main_func->name == "main");
}

TEST_CASE("checking the same source twice gives the same result (no shared state)") {
  const char* src = "package main\nimport \"fmt\"\nfunc main() { fmt.Println(1 << 3) }\n";
  auto a = check_file("a.go", src);
  auto b = check_file("a.go", src);
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(a.pkg->types.size() == b.pkg->types.size());
  CHECK(a.pkg->objects.size() == b.pkg->objects.size());
}
