// One run of a goroutine's code until its next runtime request (interp.cpp's worker).
#pragma once

#include <string>
#include <utility>

#include "sim/interp/fmt.h"
#include "sim/interp/time_format.h"
#include "sim/ir/ir.h"
#include "sim/rt/machine.h"

namespace gosim::interp {

class Interp;
struct MapType;

// What the general loop does after an instruction a family function ran (exec_*.cpp).
enum class Flow : uint8_t {
  kNext,   // go on (the loop's checks for a request, a pending event, a finished frame)
  kYield,  // a request was made: step_until returns true
  kDone,   // the G's last frame returned: step_until returns false
};

// An instruction's operand addresses in the current frame.
struct Operands {
  uint64_t fp, A, B, C;
};

// Go: time.Duration.String.
std::string duration_string(int64_t d);

class Exec {
 public:
  Exec(const Interp& in, const ir::Module& mod, Machine& mc, GIdx gi, int32_t errstring_type)
      : in_(in), mod_(mod), mc_(mc), gi_(gi), mem_(mc.mutable_model().mem), errstring_type_(errstring_type),
        tcp_listener_type_(errstring_type + 5), tcp_conn_type_(errstring_type + 6),
        rtype_type_(errstring_type + 7), wraperror_type_(errstring_type + 8),
        rf_rtype_type_(errstring_type + 10) {}

  // Executes until a request is made (true) or the G's function returned (false).
  bool run();

 private:
  G& g() { return mc_.g(gi_); }
  GCode& code() { return g().code; }
  uint64_t ld8(uint64_t a) const { return mem_.load(a, 8); }
  void st8(uint64_t a, uint64_t v) { mem_.store(a, v, 8); }
  // A number of kind k in memory, sign- or zero-extended (inline: every arithmetic instruction).
  int64_t read_num(uint64_t addr, ir::NumKind k) const {
    switch (k) {
      case ir::NumKind::kI8: return static_cast<int8_t>(mem_.load(addr, 1));
      case ir::NumKind::kI16: return static_cast<int16_t>(mem_.load(addr, 2));
      case ir::NumKind::kI32: return static_cast<int32_t>(mem_.load(addr, 4));
      case ir::NumKind::kU8: case ir::NumKind::kBool: return static_cast<int64_t>(mem_.load(addr, 1));
      case ir::NumKind::kU16: return static_cast<int64_t>(mem_.load(addr, 2));
      case ir::NumKind::kU32: return static_cast<int64_t>(mem_.load(addr, 4));
      default: return static_cast<int64_t>(mem_.load(addr, 8));
    }
  }
  void write_num(uint64_t addr, ir::NumKind k, int64_t v) {
    const int n = ir::num_size(k);
    mem_.store(addr, static_cast<uint64_t>(v), n > 8 ? 8 : n);
  }

  // Stacks and frames (stack.cpp; Go: runtime/stack.go).
  void start();                                  // the G's first run: stack and first frame
  void push_frame(int32_t fn, uint64_t args, uint64_t ctx, uint64_t ret_to);
  bool newstack(int32_t fn, int64_t framesize);  // Go: morestack -> newstack; false: stack overflow (fatal)
  // Zeroed heap memory (Go: mallocgc); why (heap::AllocWhy) names the Go operation in the event.
  uint64_t alloc(uint64_t size, bool has_pointers = true, heap::AllocWhy why = heap::AllocWhy::kUnknown);
  // kBoxIface: the interface data word for the value at src (convert.cpp, runtime/iface.go convT*).
  uint64_t conv_data_word(const ir::Instr& in, uint64_t src);
  // A kNoAlloc event: where Go calls no mallocgc, the log says why (issue 18).
  void no_alloc(heap::NoAllocWhy why, int64_t sub, int64_t value, uint64_t addr);
  // Go: the write barrier (mbarrier.go) for `n` bytes about to be copied from src to dst while
  // the GC marks: each pointer-looking word written into a heap object (gc_barrier.cpp).
  // src_only: dst is a fresh (black) object being filled from src: shade what is copied
  // (Go: bulkBarrierPreWriteSrcOnly, growslice and map growth).
  void write_barrier(uint64_t dst, uint64_t src, uint64_t n, bool src_only = false) {
    if (mc_.model().heap.gc_marking) write_barrier_slow(dst, src, n, src_only);
  }
  void write_barrier_slow(uint64_t dst, uint64_t src, uint64_t n, bool src_only);
  int32_t current_p();                           // the P this G runs on (for its mcache)
  void push_deferred(const DeferRec& d);         // a deferred call's frame, parameters filled
  std::string str_at(uint64_t addr) const;       // a Go string header at addr
  uint64_t new_string(const std::string& s);     // bytes on the heap; returns the data pointer
  void request(Request r);                       // hand a request to the runtime (charges cost)
  Request& begin_request(ReqKind kind);           // the same, built in place in the G: begin ...
  void commit_request();                          // ... and hand over
  // Starts a panic with this text (and interface value, or an errors.New-like value holding the
  // text when value is null): deferred calls run, recover may stop it, else the program dies.
  void panic_text(const std::string& text, const uint64_t* value = nullptr);
  void continue_panic();                         // run the next deferred call, or die
  void recover_into(uint64_t dst);               // the builtin recover
  bool lib(int64_t id, uint64_t args, uint64_t results);  // true if it made a request
  // sync/atomic, sync.Cond, time.Timer/Ticker/AfterFunc/Tick (lib_rtpkgs.cpp); same contract.
  bool rtpkgs_lib(int64_t id, uint64_t args, uint64_t results);
  bool atomic_lib(int64_t id, uint64_t args, uint64_t results);
  bool atomic_value_lib(int64_t id, uint64_t args, uint64_t results);
  bool timer_lib(int64_t id, uint64_t args, uint64_t results);
  bool cond_lib(int64_t id, uint64_t args, uint64_t results);
  // The standard library's assembly functions and linknamed runtime variables (lib_intrinsics.cpp).
  bool intrinsic_lib(int64_t id, uint64_t args, uint64_t results);
  bool ret();                                    // kRet: false when the G's last frame returned
  bool step_until(size_t depth);                 // run until frames.size() == depth (or a request)
  bool past_time_limit();                        // ends the run at max_cpu_time or max_virtual_time
  // The general loop's instructions by family, each in its own file.
  Flow exec_call(const ir::Instr& in, const Operands& o);    // calls, returns, go, defer, panic
  Flow exec_memory(const ir::Instr& in, const Operands& o);  // pointers, new, indexing, slices
  Flow exec_chan(const ir::Instr& in, const Operands& o);    // channels and select
  Flow exec_map(const ir::Instr& in, const Operands& o);     // maps
  Flow exec_value(const ir::Instr& in, const Operands& o);   // arithmetic, conversions, interfaces
  Flow exec_float(const ir::Instr& in, const Operands& o);   // float and complex kinds (exec_float.cpp)
  // Floats in memory; Wide is any float or complex value widened (exactly) to two float64s.
  struct Wide {
    double re = 0, im = 0;
  };
  double ld_f64(uint64_t a) const;
  float ld_f32(uint64_t a) const;
  void st_f64(uint64_t a, double d);
  void st_f32(uint64_t a, float f);
  Wide ld_wide(uint64_t a, ir::NumKind k) const;
  void st_wide(uint64_t a, ir::NumKind k, Wide v);
  void run_simple(Frame& fr, const ir::Function& f);  // the fast lane: memory-only instructions
  bool simple_step(const ir::Instr* code, uint64_t fp, int32_t& pc, int64_t count);  // one of them
  FmtContext fmt_context();
  // fmt's printer pool (fmt_pool.cpp; Go: newPrinter/free over the sync.Pool ppFree): take a
  // printer (its heap address), grow its buffer to len bytes, put it back.
  uint64_t pp_get();
  void pp_grow(uint64_t pp, const std::vector<uint64_t>& pieces, uint64_t len);
  void pp_free(uint64_t pp);
  uint32_t fastrand();                           // the M's generator (Go: runtime.fastrand)

  // Maps (map.cpp, map_grow.cpp, map_iter.cpp; Go: runtime/map.go; layout in hmap.h). Those
  // returning bool return false after a panic.
  bool map_hash(const MapType& t, uint64_t seed, uint64_t key, uint64_t* hash);
  uint64_t makemap(const MapType& t, int64_t hint, uint64_t h, bool small);
  bool mapaccessK(const MapType& t, uint64_t h, uint64_t key, uint64_t* kout, uint64_t* eout);
  bool mapassign(const MapType& t, uint64_t h, uint64_t key, uint64_t* elem);
  bool mapdelete(const MapType& t, uint64_t h, uint64_t key);
  // dirtyalloc: an array to clear and reuse instead of allocating one (mapclear).
  std::pair<uint64_t, uint64_t> makeBucketArray(const MapType& t, uint8_t b, uint64_t dirtyalloc = 0);
  void mapclear(const MapType& t, uint64_t h);
  void createOverflow(uint64_t h);
  uint64_t newoverflow(const MapType& t, uint64_t h, uint64_t b);
  void hashGrow(const MapType& t, uint64_t h);
  void growWork(const MapType& t, uint64_t h, uint64_t bucket);
  uint64_t noldbuckets(uint64_t h);
  void evacuate(const MapType& t, uint64_t h, uint64_t oldbucket);
  void advanceEvacuationMark(const MapType& t, uint64_t h, uint64_t newbit);
  void mapiterinit(const MapType& t, int32_t type, uint64_t it, uint64_t h);
  bool mapiternext(uint64_t it, uint64_t kdst, uint64_t vdst);

  // Package net (net.cpp): the request, then the results when the G runs again.
  bool net_lib(int64_t id, uint64_t args, uint64_t results);
  void finish_net();
  void error_value(const std::string& text, uint64_t dst);
  void eof_value(uint64_t dst);  // io.EOF (lib_os.cpp)
  bool stdin_read(uint64_t buf, uint64_t len, uint64_t results);  // os.Stdin.Read (lib_os.cpp)
  // Part io (lib_os.cpp, lib_time.cpp): fmt.Fprint*, package io, os files and environment, time.
  bool io_lib(int64_t id, uint64_t args, uint64_t results);
  bool env_lib(int64_t id, uint64_t args, uint64_t results);
  bool time_lib(int64_t id, uint64_t args, uint64_t results);
  bool time_more_lib(int64_t id, uint64_t args, uint64_t results);  // part tutorial: lib_time_more.cpp
  bool parse_lib(int64_t id, uint64_t args, uint64_t results);  // part lang2: lib_parse.cpp
  // part lang19: time's *ParseError (lib_parse.cpp), reflect's channel operations (lib_reflect_chan.cpp).
  bool lang19_lib(int64_t id, uint64_t args, uint64_t results);
  bool callers_lib(int64_t id, uint64_t args, uint64_t results);  // part log19: lib_callers.cpp
  void parse_error_value(uint64_t layout_ptr, uint64_t value_ptr, const std::string& layout, const std::string& value,
                         const gotime::ParseResult& r, uint64_t dst);
  bool reflect_chan_lib(int64_t id, uint64_t args, uint64_t results);
  bool template_lib(int64_t id, uint64_t args, uint64_t results);  // part template: lib_reflect_call.cpp
  uint64_t os_page();  // the page of os.Stdout, io.EOF, time.UTC (written on first use)
  bool fd_closed(int64_t fd) const;
  bool file_write(uint64_t file, const std::string& text, uint64_t results);
  bool writer_write(uint64_t w, const std::string& text, uint64_t results);
  void path_error(const std::string& op, const std::string& path, const std::string& what, uint64_t dst);
  // Part vfs2 (lib_vfs.cpp, lib_vfs_file.cpp): os's files over the model's virtual file tree.
  bool vfs_lib(int64_t id, uint64_t args, uint64_t results);
  bool vfs_method_text(int32_t lib, uint64_t at, std::string* out);
  bool vfs_file_lib(int64_t id, uint64_t args, uint64_t results, bool deferred);
  bool vfs_next();
  bool vfs_calls(std::vector<std::pair<int64_t, int64_t>> calls, bool deferred);
  bool vfs_read(int64_t fd, uint64_t file, uint64_t buf, uint64_t len, int64_t at, uint64_t results);
  bool vfs_write(int64_t fd, uint64_t file, const std::string& text, uint64_t results);
  bool vfs_close(int64_t fd, uint64_t file, uint64_t results);
  bool vfs_mkdir_all(uint64_t args, uint64_t results, bool deferred);
  bool vfs_read_dir(uint64_t args, uint64_t results, bool deferred, bool by_name);
  // part fs (lib_vfs_path.cpp): Rename, RemoveAll, Truncate, Chmod, Chdir, Readlink, Readdir(names).
  bool vfs_path_lib(int64_t id, uint64_t args, uint64_t results, bool deferred);
  bool vfs_rename(uint64_t args, uint64_t results, bool deferred);
  bool vfs_remove_all(uint64_t args, uint64_t results, bool deferred);
  void vfs_remove_all_from(int64_t parent_fd, const std::string& dir, const std::string& base,
                           std::vector<std::pair<int64_t, int64_t>>* calls, std::string* err_path, Errno* err);
  bool vfs_readdir(uint64_t args, uint64_t results, bool deferred, bool infos);
  void link_error_value(const std::string& old_path, const std::string& new_path, uint64_t err, uint64_t dst);
  uint64_t vfs_page();
  uint64_t vfs_scratch();
  int32_t vfs_type(const char* name) const;
  uint64_t new_file(int64_t fd, uint64_t name_at);
  uint64_t new_file_stat(const std::string& abs_path, const std::string& name);
  void oserror_value(int which, uint64_t dst);  // 0 ErrInvalid, 1 ErrPermission, 2 ErrExist, 3 ErrNotExist, 4 ErrClosed
  void errno_value(int64_t e, uint64_t dst);
  void path_error_value(const char* op, const std::string& path, uint64_t err, uint64_t dst);
  void path_errno(const char* op, const std::string& path, int64_t e, uint64_t dst);
  bool os_error_is(uint64_t err, int which);
  static bool errno_is(uint64_t e, int which);
  gotime::Time time_at(uint64_t at) const;
  void put_time(uint64_t at, const gotime::Time& t);

  // Part reflectlite (lib_reflectlite.cpp; Go: internal/reflectlite) and fmt's *wrapError.
  bool reflectlite_lib(int64_t id, uint64_t args, uint64_t results);
  bool reflectlite_swapper(int64_t id, uint64_t args, uint64_t results);  // part sortrand: Swapper and its closures
  bool rl_implements(int32_t T, int32_t V) const;
  bool rl_identical_underlying(int32_t T, int32_t V) const;
  bool rl_directly_assignable(int32_t T, int32_t V) const;
  bool rl_comparable(int32_t T) const;
  void rl_pack_eface(uint64_t v, uint64_t dst);
  // Part reflect (lib_reflect.cpp: Type and the package's functions; lib_reflect_value.cpp:
  // Value and MapIter; Go: reflect/type.go, value.go, deepequal.go).
  bool reflect_lib(int64_t id, uint64_t args, uint64_t results);
  bool reflect_value_lib(int64_t id, uint64_t args, uint64_t results);
  bool reflect_more_lib(int64_t id, uint64_t args, uint64_t results);  // part json: lib_reflect_more.cpp
  // part json2 (lib_reflect_json.cpp): PointerTo, Copy, Value.Convert/CanConvert, StructField.IsExported.
  bool reflect_json_lib(int64_t id, uint64_t args, uint64_t results);
  bool reflect_xml_lib(int64_t id, uint64_t args, uint64_t results);  // part xml: lib_reflect_xml.cpp
  // part xml: panic_text calls so far, so that a library function running others (Append runs
  // Slice, MakeSlice, Copy, Index, Set) sees whether one panicked, also inside a deferred call
  // of a panicking goroutine (where panic.active is already true).
  uint64_t panic_count_ = 0;
  int rf_convert_op(int32_t dst, int32_t src) const;     // Go: convertOp, as a Cvt (0: none)
  bool rf_convert(uint64_t v, int32_t t, uint64_t dst);  // Go: Value.Convert; false after a panic
  bool time_json_lib(int64_t id, uint64_t args, uint64_t results);  // part json2: lib_time_json.cpp
  bool rf_value_error(const char* method, uint64_t kind);
  bool rf_convertible(int32_t dst, int32_t src) const;
  bool rf_deep_equal(int32_t t, uint64_t a, uint64_t b, int depth);
  bool rf_is_zero(int32_t t, uint64_t at) const;
  void rf_struct_field(int32_t t, size_t i, uint64_t dst);
  void rf_copy_val(int32_t t, uint64_t flag, uint64_t at, uint64_t dst);
  uint64_t rf_scratch(uint64_t size);  // room below the stack pointer, as a callee's frame
  int32_t rf_type_named(const char* name) const;
  uint64_t rf_scratch_used_ = 0;
  // part template (lib_reflect_call.cpp): Value.Call and the method sets reflect sees.
  std::vector<const ir::TypeDesc::Method*> rf_methods(int32_t t) const;
  int32_t rf_func_type(const std::string& sig) const;
  uint64_t rf_method_type(uint64_t tw, uint64_t flag) const;
  bool rf_assign_to(uint64_t x, int32_t to, uint64_t dst);
  bool rf_call(uint64_t args, uint64_t results, bool slice);
  void rf_call_finish(uint64_t args, uint64_t results);
  // sync.Pool (lib_pool.cpp; Go: sync/pool.go, poolqueue.go).
  bool pool_lib(int64_t id, uint64_t args, uint64_t results);
  void pool_store(uint64_t dst, uint64_t v);
  uint64_t pool_pin(uint64_t p);
  void pool_push_head(uint64_t chain, uint64_t x);
  bool pool_pop(uint64_t d, bool head_end, uint64_t out);
  bool pool_chain_pop_head(uint64_t chain, uint64_t out);
  bool pool_chain_pop_tail(uint64_t chain, uint64_t out);
  bool pool_get_slow(uint64_t p, uint64_t pid, uint64_t out);

  // Interfaces (iface.cpp; Go: runtime/iface.go).
  bool assert_type(const ir::Instr& in, uint64_t A, uint64_t B, uint64_t fp);
  bool call_iface(const ir::Instr& in, uint64_t C);  // false after a panic
  void str_conv(const ir::Instr& in, uint64_t A, uint64_t B, uint64_t C);  // strings.cpp
  uint64_t raw_string_tmp(uint64_t buf, uint64_t n, heap::TmpBufFn fn);
  void concat_strings(uint64_t A, uint64_t headers, uint64_t n, uint64_t buf);
  MethodResult call_method(uint64_t type_word, uint64_t data_word);

  const Interp& in_;
  const ir::Module& mod_;
  Machine& mc_;
  GIdx gi_;
  Memory& mem_;
  int32_t errstring_type_;
  int32_t tcp_listener_type_, tcp_conn_type_;  // *net.TCPListener, *net.TCPConn (interp.cpp)
  int32_t rtype_type_, wraperror_type_;        // *reflectlite.rtype, *fmt.wrapError (interp.cpp)
  int32_t rf_rtype_type_;  // part reflect: *reflect.rtype (interp.cpp)
  int64_t executed_ = 0;  // instructions since the last request (their cost)
  bool requested_ = false;
};

}  // namespace gosim::interp
