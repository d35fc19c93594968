// Frame layouts as the real Go 1.19 compiler would build them on linux/amd64, computed once per
// function as data (for `gosim frames` and the visualizer's stack panel).
//
// What is exact: the register ABI (cmd/compile/abi-internal.md, ABIInternal). Arguments and
// results are broken into base values and given integer registers RAX, RBX, RCX, RDI, RSI, R8,
// R9, R10, R11 and float registers X0-X14 in order; a value containing an array of more than one
// element, or one that does not fit in the registers left, goes wholly to the stack. The caller's
// argument area holds the stack-assigned arguments, then the stack-assigned results, then a spill
// slot for every register-assigned argument (filled only if the callee must spill, e.g. before
// morestack). Its size is the "args=" figure of `go build -gcflags=-S`.
//
// What is an estimate: the callee's own frame. The real compiler keeps SSA-able variables in
// registers and decides spill slots during register allocation, and it reserves outgoing
// argument space for every call it emits, including runtime helpers (newobject, growslice,
// convT...). gosim lists the variables that must live in memory (address taken but not
// escaping, or not SSA-able: arrays of more than one element, structs of more than 4 fields, or
// values over 32 bytes), a pointer slot for each variable moved to the heap, the saved frame
// pointer, and the outgoing area of direct calls (to this file's functions and to library
// functions): a lower bound of "locals=".
//
// gosim's interpreter runs its own frames (ir::Function::frame_size: every parameter, result,
// local and temporary in memory), which are what the simulated stack holds and grows by.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sim/base/lang.h"
#include "sim/ir/ir.h"
#include "sim/lang/check.h"

namespace gosim::ir {

// One argument or result (the receiver counts as the first argument).
struct AbiValue {
  std::string name;   // "a", "~r0" for an unnamed result, the receiver's name
  std::string type;   // as Go prints it
  int64_t size = 0, align = 1;
  bool on_stack = false;
  int64_t offset = -1;        // stack-assigned: offset in the argument area
  int64_t spill_offset = -1;  // register-assigned arguments: their spill slot in the argument area
  // Register-assigned: one entry per base value, "RAX", "X0"...; pieces names what each holds
  // ("c.ptr", "c.len", "err.itab", "err.data", "p.x").
  std::vector<std::string> regs, pieces;
};

// A variable of the function and where it lives.
struct FrameVar {
  std::string name, type;
  int64_t size = 0;
  // kArgSlot: a stack-assigned argument or result, at home in the caller's argument area.
  enum class Home : uint8_t { kRegister, kStack, kHeap, kArgSlot } home = Home::kRegister;
  std::string why;      // "address taken", "array of 16 elements", "moved to heap"...
  int64_t offset = -1;  // kStack and kHeap (the pointer slot): offset below the saved BP
};

struct FrameLayout {
  std::string func;   // "main.f"
  Pos pos;
  std::vector<AbiValue> args;     // receiver first
  std::vector<AbiValue> results;
  int64_t int_regs_args = 0, float_regs_args = 0;  // registers used by the arguments
  int64_t stack_args_size = 0;    // stack-assigned arguments
  int64_t stack_results_offset = 0, stack_results_size = 0;
  int64_t spill_offset = 0, spill_size = 0;
  int64_t args_size = 0;          // the whole argument area ("args=" in go build -gcflags=-S)
  std::vector<FrameVar> vars;     // parameters, results and locals, in declaration order
  int64_t vars_size = 0;          // the stack slots of vars (kStack and kHeap pointers)
  int64_t outargs_size = 0;       // largest argument area of a direct call it makes
  bool leaf = true;               // calls nothing (so no outgoing area and maybe no BP)
  bool closure = false;           // a function literal: its funcval arrives in RDX (the context register)
  bool saves_bp = false;          // pushes the frame pointer
  int64_t locals_size = 0;        // estimate of "locals=": BP + vars + outgoing area
  int64_t frame_size = 0;         // locals_size + 8 (the return address CALL pushes)
  int64_t gosim_frame_size = -1;  // the interpreter's frame (-1: no IR given)
};

// Go: cmd/compile/internal/abi assignParamOrReturn, for one signature. recv may be null.
void abi_assign(const lang::Type* sig, const lang::Object* recv, const std::vector<lang::Object*>& params,
                const std::vector<lang::Object*>& results, FrameLayout* out);

// Every function of the package, in source order (methods and function literals included).
// mod (may be null) supplies which variables moved to the heap and gosim's frame sizes.
std::vector<FrameLayout> compute_frames(const lang::Package& pkg, const Module* mod);

// One clause for a call's sentence: how real Go passes the arguments and results and the sizes
// of the argument area and frame, e.g. "passes n int in RAX, returns ~r0 int in RAX; args=0x8,
// frame about 0x18 bytes (gosim frames shows the whole layout)".
std::string abi_note(const FrameLayout& f, Lang lang = Lang::kEn);

// Each module function's abi_note, by entry number ("" for functions with no layout).
std::vector<std::string> abi_notes(const lang::Package& pkg, const Module& mod, Lang lang);

// The text `gosim frames` prints for one function.
std::string format_frame(const FrameLayout& f);

}  // namespace gosim::ir
