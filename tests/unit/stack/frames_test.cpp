// Frame layouts under Go's register ABI (sim/ir/frames.cpp). Register assignments follow the
// rules of cmd/compile/abi-internal.md (Go 1.19); the argument-area sizes are what the real
// compiler printed for tests/conformance/frames/abi.go (abi.args, from its gen.sh).
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "sim/ir/frames.h"
#include "sim/ir/lower.h"
#include "sim/lang/check.h"

using namespace gosim;

namespace {

std::string read(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Frames {
  lang::CheckResult checked;
  ir::LowerResult lowered;
  std::map<std::string, ir::FrameLayout> by_name;
};

Frames frames_of(const std::string& src) {
  Frames f;
  f.checked = lang::check_file("abi.go", src);
  REQUIRE_MESSAGE(f.checked.ok(), (f.checked.diags.empty() ? "" : f.checked.diags[0].str()));
  f.lowered = ir::lower_package(*f.checked.pkg);
  for (ir::FrameLayout& l : ir::compute_frames(*f.checked.pkg, f.lowered.errors.empty() ? &f.lowered.module : nullptr)) {
    f.by_name[l.func] = l;
  }
  return f;
}

std::string regs(const ir::AbiValue& v) {
  std::string s;
  for (const std::string& r : v.regs) s += (s.empty() ? "" : " ") + r;
  return s;
}

}  // namespace

TEST_CASE("frames: func f(a int, b float64, c string) (int, error)") {
  Frames fr = frames_of(read(GOSIM_SOURCE_DIR "/tests/conformance/frames/abi.go"));
  const ir::FrameLayout& f = fr.by_name.at("main.f");
  REQUIRE(f.args.size() == 3);
  CHECK(regs(f.args[0]) == "RAX");       // the first integer register
  CHECK(regs(f.args[1]) == "X0");        // floats count separately
  CHECK(regs(f.args[2]) == "RBX RCX");   // a string is two base values: ptr, len
  CHECK(f.args[2].pieces[0] == "c.ptr");
  REQUIRE(f.results.size() == 2);
  CHECK(regs(f.results[0]) == "RAX");    // results start again from RAX
  CHECK(regs(f.results[1]) == "RBX RCX"); // error: itab, data
  CHECK(f.results[1].pieces[0] == "~r1.itab");
  // Spill slots for the register arguments, in the caller's argument area, in order.
  CHECK(f.args[0].spill_offset == 0);
  CHECK(f.args[1].spill_offset == 8);
  CHECK(f.args[2].spill_offset == 16);
  CHECK(f.args_size == 32);
}

TEST_CASE("frames: arrays of more than one element and what does not fit go to the stack") {
  Frames fr = frames_of(read(GOSIM_SOURCE_DIR "/tests/conformance/frames/abi.go"));
  const ir::FrameLayout& g = fr.by_name.at("main.g");  // g(a [2]int, p P, s []int) (Big, error)
  CHECK(g.args[0].on_stack);
  CHECK(g.args[0].offset == 0);
  CHECK(regs(g.args[1]) == "RAX RBX");        // a struct's fields one by one
  CHECK(regs(g.args[2]) == "RCX RDI RSI");
  CHECK(g.results[0].on_stack);               // Big holds an array: a stack result
  CHECK(g.results[0].offset == 16);           // after the stack arguments
  CHECK(regs(g.results[1]) == "RAX RBX");     // the error still goes in registers
  const ir::FrameLayout& many = fr.by_name.at("main.many");
  CHECK(regs(many.args[8]) == "R11");         // the ninth and last integer register
  CHECK(many.args[9].on_stack);
  const ir::FrameLayout& fl = fr.by_name.at("main.floats");
  CHECK(regs(fl.args[11]) == "R9 R10 X11");   // s Pair: name in two integer registers, score in X11
  CHECK(fl.args[12].on_stack);                // t Pair: one integer register left, so all of it goes
  CHECK(fl.args[13].on_stack);                // and the registers are not used by later arguments
  const ir::FrameLayout& a1 = fr.by_name.at("main.arr1");
  CHECK(regs(a1.args[0]) == "RAX RBX");       // [1]string is its one element
  CHECK(a1.args[1].on_stack);                 // zero-sized: the stack sequence, 0 bytes
  CHECK(regs(a1.args[2]) == "RCX");
}

TEST_CASE("frames: the argument area equals the real compiler's args= for every function") {
  Frames fr = frames_of(read(GOSIM_SOURCE_DIR "/tests/conformance/frames/abi.go"));
  std::istringstream want(read(GOSIM_SOURCE_DIR "/tests/conformance/frames/abi.args"));
  std::string name;
  int64_t args = 0;
  int n = 0;
  while (want >> name >> args) {
    CAPTURE(name);
    REQUIRE(fr.by_name.count(name) == 1);
    CHECK(fr.by_name.at(name).args_size == args);
    ++n;
  }
  CHECK(n >= 10);
}

TEST_CASE("frames: variables that must live in the frame, and the leaf rule") {
  Frames fr = frames_of(read(GOSIM_SOURCE_DIR "/tests/conformance/frames/abi.go"));
  const ir::FrameLayout& rec = fr.by_name.at("main.rec");
  bool buf_in_frame = false;
  for (const ir::FrameVar& v : rec.vars) {
    if (v.name == "buf") buf_in_frame = v.home == ir::FrameVar::Home::kStack && v.size == 128;
  }
  CHECK(buf_in_frame);              // [16]int: not SSA-able
  CHECK_FALSE(rec.leaf);
  CHECK(rec.outargs_size == 8);     // it calls rec(int): 8 bytes of spill space
  CHECK(rec.locals_size == 8 + 128 + 8);  // BP + buf + outgoing area (real Go: 152 with a regalloc spill)
  const ir::FrameLayout& leaf = fr.by_name.at("main.leaf");
  CHECK(leaf.leaf);
  CHECK(leaf.locals_size == 0);     // real Go: locals=0x0
  CHECK(fr.by_name.at("main.f").gosim_frame_size > 0);
}
