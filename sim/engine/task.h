// GTask: the C++20 coroutine that runs one goroutine's code on the host CPU.
//
// The engine resumes a G's task; the task runs the G's code natively until the code needs the
// runtime (go, a channel, a lock, a sleep, an allocation, a stack check, exit…). Then it writes
// its request into the G — plain model data — and suspends with `co_await Suspend{}`. The engine
// handles the request at the right virtual time and later resumes the task again.
//
// The rule that makes checkpoints work: a body keeps no state of its own across a suspension.
// Everything it needs afterwards (program counter, frames, registers, the answer to its request)
// lives in the G. Restoring a checkpoint then only copies the model and starts a fresh coroutine
// for each G; the fresh one reads the G and continues exactly where the old one stopped.
#pragma once

#include <coroutine>
#include <exception>
#include <utility>

namespace gosim {

class GTask {
 public:
  struct promise_type {
    GTask get_return_object() { return GTask(std::coroutine_handle<promise_type>::from_promise(*this)); }
    // A new G's code does not start when it is created: it starts when a P executes it.
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() noexcept {}
    void unhandled_exception() noexcept { error = std::current_exception(); }
    std::exception_ptr error;
  };

  GTask() = default;
  explicit GTask(std::coroutine_handle<promise_type> h) : h_(h) {}
  GTask(GTask&& o) noexcept : h_(std::exchange(o.h_, {})) {}
  GTask& operator=(GTask&& o) noexcept {
    if (this != &o) {
      reset();
      h_ = std::exchange(o.h_, {});
    }
    return *this;
  }
  GTask(const GTask&) = delete;
  GTask& operator=(const GTask&) = delete;
  ~GTask() { reset(); }

  bool valid() const { return static_cast<bool>(h_); }
  bool done() const { return h_ && h_.done(); }

  // Runs the G's code until its next suspension (or its end). An exception thrown by the body
  // (an internal invariant broken) comes back out here, for the engine to stop the run with.
  void resume() {
    h_.resume();
    if (h_.promise().error) std::rethrow_exception(std::exchange(h_.promise().error, nullptr));
  }

  void reset() {
    if (h_) h_.destroy();
    h_ = {};
  }

 private:
  std::coroutine_handle<promise_type> h_;
};

// The one awaitable: "my request is in the G; give control back to the engine".
struct Suspend {
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) const noexcept {}
  void await_resume() const noexcept {}
};

}  // namespace gosim
