// Formatting values the way Go's fmt and the runtime's print do, reading them from simulated
// memory by their runtime type descriptors (sim/ir/ir.h TypeDesc).
//
// Interface values are two words: the type word (ir::type_word(id), or 0 for a nil interface)
// and a data word. gosim always boxes: the data word is the address of a copy of the value
// (Go stores pointer-shaped values directly in the data word; no program can tell).
// Values use Go's amd64 layouts: integers little-endian, bool one byte, float64 IEEE,
// string = {ptr, len}, slice = {ptr, len, cap}, pointers 8 bytes, structs by field offsets,
// arrays element after element.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sim/ir/ir.h"
#include "sim/rt/mem.h"

namespace gosim::interp {

// What calling a value's Error or String method gave (Go: fmt/print.go handleMethods and
// catchPanic, runtime/panic.go preprintpanics).
struct MethodResult {
  enum class Kind : uint8_t {
    kNoMethod,  // the dynamic type has neither Error() string nor String() string
    kReturned,  // text is what the method returned
    kPanicked,  // the method panicked; text is its panic value as %v prints it
  };
  Kind kind = Kind::kNoMethod;
  std::string method;  // "Error" or "String", for fmt's %!v(PANIC=String method: boom)
  std::string text;
};

struct FmtContext {
  const ir::Module& mod;
  const Memory& mem;
  // HOOK for the interpreter (empty: user methods are not called). Run v.Error() if the dynamic
  // type has it, else v.String(), on the interface value v = {type_word, data_word}, and report
  // what happened. The data word addresses the value as gosim's boxes do, but for elements and
  // fields it points into the containing value: pass value receivers a copy. fmt asks for every
  // operand, element and exported field of a defined type (or pointer to one) it prints with
  // %v %s %x %X %q; panic_value asks for the panic value. errors.New values never need it.
  std::function<MethodResult(uint64_t type_word, uint64_t data_word)> call_method = {};
  // When set: the printer's buffer length after each piece it appends (fmt_format.h FmtBuffer).
  // Mutable: the library call sets it on its shared context for one call (Exec::fmt_pieces).
  mutable std::vector<uint64_t>* pieces = nullptr;
};

// Go: fmt.Sprint, Sprintln and Sprintf over n interface values stored contiguously at `args`
// (16 bytes each), with Go's spacing rules, verbs %v %+v %d %s %q %t %x %X %p %T %c %f %g %e
// %o %b %U, widths, precision and flags, and the error texts fmt prints for bad verbs
// (%!d(string=hi)), missing and extra arguments.
std::string fmt_sprint(const FmtContext& c, uint64_t args, int64_t n);
std::string fmt_sprintln(const FmtContext& c, uint64_t args, int64_t n);
std::string fmt_sprintf(const FmtContext& c, std::string_view format, uint64_t args, int64_t n);
// Go: fmt.Errorf's printing (pp.wrapErrs set): also the interface words {type, data} of the
// operand of its one %w, or {0, 0}.
std::string fmt_errorf(const FmtContext& c, std::string_view format, uint64_t args, int64_t n,
                       std::pair<uint64_t, uint64_t>* wrapped);

// Go: runtime/print.go — the builtins print and println (stderr), e.g. floats as +1.500000e+000.
std::string print_values(const FmtContext& c, uint64_t args, int64_t n, bool newline);

// Go: runtime/panic.go printpanicval — what follows "panic: " for panic(v): strings as is,
// errors by their text, main.Code(7) for named types, (main.T) {…} forms as Go prints them.
std::string panic_value(const FmtContext& c, uint64_t iface_addr);

}  // namespace gosim::interp
