// Panics and recover (Go: runtime/panic.go gopanic, gorecover): the panic state of a G, the
// deferred calls run from the innermost frame outwards, and the value recover() returns.
#include "sim/interp/exec.h"

namespace gosim::interp {

void Exec::panic_text(const std::string& text, const uint64_t* value) {
  ++panic_count_;
  PanicState& p = code().panic;
  if (p.active && !p.recovered) {
    // A panic inside a deferred call during a panic: Go prints both (runtime.printpanics);
    // the newer one goes on unwinding.
    p.text += "\n\tpanic: " + text;
  } else if (p.active) {
    // A deferred call that recovered panics again before returning: the recovered panic stays
    // on Go's list and prints first, marked [recovered]; the new one unwinds from here.
    const std::string chain = p.text + " [recovered]\n\tpanic: " + text;
    p = PanicState{};
    p.active = true;
    p.text = chain;
    p.unwind_frame = static_cast<int64_t>(code().frames.size()) - 1;
  } else {
    p = PanicState{};
    p.active = true;
    p.text = text;
    p.unwind_frame = static_cast<int64_t>(code().frames.size()) - 1;
  }
  if (value) {
    p.value[0] = value[0];
    p.value[1] = value[1];
  } else {
    // A runtime error: recover() returns an error whose text is the message's first line.
    const std::string first = text.substr(0, text.find('\n'));
    const uint64_t es = alloc(16);
    st8(es, new_string(first));
    st8(es + 8, first.size());
    const uint64_t box = es;  // a pointer: the interface's data word itself (direct iface)
    // Which runtime error type Go would use (interp.cpp lays them out after errorString).
    auto starts = [&](const char* pre) { return first.rfind(pre, 0) == 0; };
    int32_t type = errstring_type_ + 3;  // runtime.plainError: "assignment to entry in nil map", ...
    if (starts("runtime error: index out of range") || starts("runtime error: slice bounds out of range")) {
      type = errstring_type_ + 1;  // runtime.boundsError
    } else if (starts("interface conversion:")) {
      type = errstring_type_ + 4;  // *runtime.TypeAssertionError
    } else if (starts("runtime error:")) {
      type = errstring_type_ + 2;  // runtime.errorString
    }
    p.value[0] = ir::type_word(type);
    p.value[1] = box;
  }
  continue_panic();
}

// Go: runtime/panic.go gopanic's loop: run deferred calls from the innermost frame outwards.
void Exec::continue_panic() {
  GCode& c = code();
  PanicState& p = c.panic;
  while (p.unwind_frame >= 0) {
    if (!c.defers.empty() && c.defers.back().frame == static_cast<size_t>(p.unwind_frame)) {
      DeferRec d = c.defers.back();
      c.defers.pop_back();
      if (d.fn <= -2) {
        const uint64_t block = scratch_page(g().goid);
        mem_.write(block, d.args.data(), d.args.size());
        if (lib(-2 - d.fn, block, 0)) {
          code().panic.resume = true;
          return;
        }
        continue;
      }
      push_deferred(d);
      code().frames.back().deferred_call = true;
      return;  // run it; its return comes back here (see ret)
    }
    --p.unwind_frame;
  }
  Request r;
  r.kind = ReqKind::kPanic;
  r.text = p.text;
  request(std::move(r));
}

// Go: runtime/panic.go gorecover — only a deferred call run by the panic, and only once.
void Exec::recover_into(uint64_t dst) {
  GCode& c = code();
  PanicState& p = c.panic;
  if (p.active && !p.recovered && c.frames.back().deferred_call) {
    p.recovered = true;
    st8(dst, p.value[0]);
    st8(dst + 8, p.value[1]);
    return;
  }
  st8(dst, 0);
  st8(dst + 8, 0);
}

}  // namespace gosim::interp
