// Go: the escape tags in the export data of fmt, errors, sync, time and runtime (1.19).
//
// fmt's printers keep their arguments' contents in a pooled (heap) printer, so the
// `a ...any` slice's elements leak to the heap (level 1) while the slice itself does not;
// the format string is only read. errors.New stores its text in a new errorString.
// sync's methods hand the receiver's address to the runtime semaphore (a function without
// a Go body, whose parameters are assumed to leak), so the receiver leaks; Once.Do only
// calls f. time.Time.Add returns a copy of its receiver (which carries *Location).
#include "sim/escape/libtags.h"

namespace gosim::escape {

using lang::LibFunc;

Leaks lib_param_tag(LibFunc f, int index) {
  Leaks none;
  Leaks heap0;
  heap0.add_heap(0);
  Leaks content;
  content.add_heap(1);
  switch (f) {
    case LibFunc::FmtPrint: case LibFunc::FmtPrintln: case LibFunc::FmtSprint: case LibFunc::FmtSprintln:
      return content;
    case LibFunc::FmtPrintf: case LibFunc::FmtSprintf: case LibFunc::FmtErrorf:
      return index == 0 ? none : content;
    // part io: Fprint*'s w is called through an interface (w.Write), so what it points to leaks.
    case LibFunc::FmtFprint: case LibFunc::FmtFprintln:
      return index == 0 ? heap0 : content;
    case LibFunc::FmtFprintf:
      return index == 0 ? heap0 : index == 1 ? none : content;
    case LibFunc::ErrorsNew: return heap0;
    case LibFunc::ErrorString: {
      Leaks r;
      r.add_result(0, 1);
      return r;
    }
    case LibFunc::SyncWaitGroupAdd: case LibFunc::SyncWaitGroupDone: case LibFunc::SyncWaitGroupWait:
    case LibFunc::SyncMutexLock: case LibFunc::SyncMutexUnlock: case LibFunc::SyncMutexTryLock:
    case LibFunc::SyncRWMutexLock: case LibFunc::SyncRWMutexUnlock: case LibFunc::SyncRWMutexRLock:
    case LibFunc::SyncRWMutexRUnlock:
      return index < 0 ? heap0 : none;
    case LibFunc::SyncOnceDo: return index < 0 ? heap0 : none;
    case LibFunc::TimeTimeAdd: {
      if (index >= 0) return none;
      Leaks r;
      r.add_result(0, 0);
      return r;
    }
    case LibFunc::NetListen: case LibFunc::NetDial: case LibFunc::NetListenerAccept: case LibFunc::NetListenerClose:
    case LibFunc::NetConnRead: case LibFunc::NetConnWrite: case LibFunc::NetConnClose:
    case LibFunc::SyscallNanosleep:
      return heap0;
    // sync/atomic's functions have no Go body (assembly), so their parameters leak; the 1.19
    // types' methods pass &x.v to them. Value's operands are stored into the Value.
    case LibFunc::AtomicValueLoad: case LibFunc::AtomicValueStore: case LibFunc::AtomicValueSwap:
    case LibFunc::AtomicValueCompareAndSwap:
      return heap0;
    // sync.Cond: NewCond stores l in the new Cond; the methods hand &c.notify to the runtime.
    case LibFunc::SyncNewCond: return heap0;
    case LibFunc::SyncCondWait: case LibFunc::SyncCondSignal: case LibFunc::SyncCondBroadcast:
      return index < 0 ? heap0 : none;
    // time: the Timer and Ticker are heap objects the runtime holds; AfterFunc keeps f in one.
    case LibFunc::TimeAfterFunc: return index == 1 ? heap0 : none;
    case LibFunc::TimeTimerStop: case LibFunc::TimeTimerReset: case LibFunc::TimeTickerStop:
    case LibFunc::TimeTickerReset:
      return none;
    // part reflectlite. Go: reflectlite.ValueOf calls escapes(i), so i leaks; TypeOf reads only
    // the type word. Value.Set stores x (its pointer word) through v.ptr; Elem returns what
    // v.ptr points at or v.ptr itself. wrapError's methods return its fields (level 1).
    case LibFunc::ReflectValueOf: case LibFunc::ReflectValueSet: return heap0;
    case LibFunc::ReflectValueElem: {
      Leaks r;
      r.add_result(0, 0);
      r.add_result(0, 1);
      return r;
    }
    case LibFunc::FmtWrapErrorError: case LibFunc::FmtWrapErrorUnwrap: {
      Leaks r;
      r.add_result(0, 1);
      return r;
    }
    case LibFunc::SyncPoolPut: return heap0;  // the pool keeps x
    case LibFunc::ReflectSwapper: return heap0;  // part sortrand: Go's Swapper calls ValueOf (escapes(i))
    case LibFunc::SyncPoolGet: case LibFunc::SyncPoolGetFast: return index < 0 ? heap0 : none;
    // part lang2: Go's ParseError and AddrError keep the strings they were given (heap), and
    // SplitHostPort's results are substrings of hostport.
    case LibFunc::TimeParse: case LibFunc::TimeParseInLocation: return index <= 1 ? heap0 : none;
    case LibFunc::NetSplitHostPort: return heap0;
    // part json2: StructField.IsExported reads f.PkgPath, CanConvert only v's type (go build -m:
    // "f does not escape", "v does not escape"): encoding/json's typeFields keeps sf on its stack.
    case LibFunc::RfStructFieldIsExported: case LibFunc::RfValueCanConvert: return none;
    // part xml: Append's s comes back in its result and its x values are stored into the slice,
    // while the []Value of x stays on the caller's stack (go build -m: "... argument does not
    // escape"); AppendSlice's s and t and FieldByIndex's index escape as reflect's others do.
    case LibFunc::RfAppend: return index == 0 ? heap0 : content;
    case LibFunc::RfAppendSlice: case LibFunc::RfTypeFieldByIndex: return heap0;
    // part log19: runtime.CallersFrames keeps callers in the Frames it returns (go build -m:
    // "leaking param: callers"); Callers only writes into pc's array.
    case LibFunc::RuntimeCallersFrames: return heap0;
    default:
      // The unsafe.Pointer forms (width 7) store their operands: they escape as well.
      if (f >= LibFunc::AtomicOpsBegin && f <= LibFunc::AtomicOpsEnd) {
        return index <= 0 || (static_cast<int>(f) - static_cast<int>(LibFunc::AtomicOpsBegin)) % 8 == 7 ? heap0 : none;
      }
      // part reflect: Go's ValueOf calls escapes(i), and TypeOf's inlined body reads i through
      // unsafe.Pointer(&i), so its argument escapes too (go build -gcflags=-m: "[]int{} escapes to
      // heap" at reflect.TypeOf([]int{})); a Value's methods hand out and store through v.ptr.
      if (f >= LibFunc::ReflectBegin && f <= LibFunc::ReflectEnd) return heap0;
      // part template: Call's arguments go to the callee, Method's receiver into the result.
      if (f > LibFunc::TemplateBegin && f <= LibFunc::TemplateEnd) return heap0;
      return none;
  }
}

}  // namespace gosim::escape
