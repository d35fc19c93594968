// Machine: one simulated Go process — the runtime model, the program, and the engine that
// drives them through virtual time.
//
// It is what every front end holds: the CLI runs it to the end, tests step it and take
// checkpoints, the visualizer keeps a history of it. The model (all state that matters) is the
// plain-data `Model`; the Machine adds what is not state: the program's code, the coroutine
// handles (recreated from the model after a restore) and the configuration.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sim/base/config.h"
#include "sim/base/lang.h"
#include "sim/engine/engine.h"
#include "sim/engine/task.h"
#include "sim/rt/program.h"
#include "sim/rt/runtime2.h"
#include "sim/rt/sync.h"

namespace gosim {

// A checkpoint is a copy of the model: restore it and step, and the same events follow.
struct Checkpoint {
  Model model;
};

class Machine final : public Simulation, private EmitObserver {
 public:
  Machine(const Program& program, const Config& config);
  ~Machine() override;
  Machine(const Machine&) = delete;
  Machine& operator=(const Machine&) = delete;

  // Creates the Ps, M0 and the main goroutine (goid 1, running entry `main_entry`).
  void start(int32_t main_entry);

  // --- stepping (see Engine) -------------------------------------------------------------
  std::optional<Event> step();
  template <class Pred>
  std::optional<Event> run_until(Pred&& pred) { return engine_.run_until(std::forward<Pred>(pred)); }
  uint64_t run() { return engine_.run(); }
  bool finished() const { return model_.engine.finished && model_.engine.pending.empty(); }

  Checkpoint checkpoint() const { return Checkpoint{model_}; }
  void restore(const Checkpoint& cp);
  // No event is waiting to be handed out: the engine is between two of its agenda items, so a
  // checkpoint taken now can be stepped from with capture_at armed for any later event.
  bool at_boundary() const { return model_.engine.pending.empty(); }

  // --- exact states: every event is a pause point ------------------------------------------
  // One agenda item can emit several events (a refill chain, a stop-the-world, a steal), and
  // model() is the state after the whole item. state() is the model right after the last event
  // step() returned and before anything of the next one: the Machine copies the model at the
  // instant event `seq` is emitted when capture_at(seq) was armed before that event was emitted
  // (a seek from a boundary checkpoint arms it; see gosim state and the visualizer's Session).
  // Without a capture for the last returned event, state() is model().
  void capture_at(uint64_t seq);
  const Model& state() const;
  bool state_is_exact() const;  // state() is the capture of the last returned event
  // Called with the live model at the instant each event is emitted, before anything else
  // changes (--check-events). Empty function: none.
  void set_emit_hook(std::function<void(const Model&, const Event&)> hook);

  // --- reading the model -----------------------------------------------------------------
  const Model& model() const { return model_; }
  const Config& config() const { return config_; }
  const Program& program() const { return program_; }
  VTime now() const { return model_.engine.now; }
  // The sentence a learner reads for an event, e.g. "P0 took G7 from its runnext slot", in
  // `lang` (the words come from the catalog, sim/i18n/catalog.h).
  std::string describe(const Event& e, Lang lang = Lang::kEn) const;
  // The goroutine dump Go prints after a fatal error (the part after "fatal error: …\n").
  std::string goroutine_dump() const;

  // --- for program bodies (coroutines) ---------------------------------------------------
  G& g(GIdx i) { return model_.allg[static_cast<size_t>(i)]; }
  const G& g(GIdx i) const { return model_.allg[static_cast<size_t>(i)]; }
  // Where the events of G `gi`'s own code go (mallocgc, calls and returns, morestack,
  // copystack, write barriers): into the trace the instant they happen, so the state at each is
  // the state right then. The G then yields after its current instruction (G::code_event).
  heap::EventOut code_events(GIdx gi) {
    code_sink_.gi = gi;
    return heap::EventOut(&code_sink_);
  }
  // Fills in the G's request; the body then does `co_await Suspend{}`.
  void request(GIdx gi, Request r) { g(gi).req = std::move(r); }

  // --- Simulation ------------------------------------------------------------------------
  EngineState& engine_state() override { return model_.engine; }
  void dispatch(const AgendaItem& item) override;
  void on_quiescent() override;

  // Model internals, for the runtime's own functions (proc.cpp, sema.cpp …).
  Model& mutable_model() { return model_; }
  void emit_event(EventKind kind, int32_t p, int32_t m, int64_t goid, int64_t a = 0, int64_t b = 0, int64_t c = 0);

 private:
  friend struct Proc;

  void p_step(int32_t pid);
  void run_g(int32_t pid, VTime delay);  // resume the P's G; its next request is due after delay + its code's cost
  void handle_request(int32_t pid);    // carry out the current G's request
  void schedule_p(int32_t pid, VTime at);
  void start_runtime_goroutines(GIdx main_g);
  void run_runtime_goroutine(int32_t pid);
  void timer_due(int32_t owner);
  void report_deadlock();
  SyncResult run_sync(int32_t pid);
  bool apply_sync(int32_t pid, const SyncResult& r);

 public:
  // Ends the program as Go's fatal/throw does: "fatal error: msg", the goroutine dump, exit 2.
  void fatal(const std::string& msg);
  // Ends the program as Go's out-of-memory death does (sim/rt/oom.cpp).
  void out_of_memory(const heap::OutOfMemory& oom);
  // Ends the program as an unrecovered panic does.
  void die_panic(const std::string& msg, GIdx gi);
  // One goroutine's block of a dump: "goroutine 1 [running]:\nmain.main(...)\n\tf.go:5\n".
  std::string goroutine_trace(GIdx gi) const;

 private:

  void on_emit(const Event& e) override;
  void update_observer();

  const Program& program_;
  Config config_;
  Model model_;
  uint64_t capture_seq_ = 0;            // 0: nothing armed
  std::unique_ptr<Model> captured_;     // the model at event captured_seq_'s emission
  uint64_t captured_seq_ = 0;
  std::function<void(const Model&, const Event&)> emit_hook_;
  std::vector<GTask> tasks_;  // by GIdx; empty until the G first runs (or after a restore)
  struct CodeSink final : heap::EventSink {
    explicit CodeSink(Machine& m) : mc(m) {}
    void put(const Event& e) override;
    Machine& mc;
    GIdx gi = kNoG;
  };
  CodeSink code_sink_{*this};
  Engine engine_;
};

}  // namespace gosim
