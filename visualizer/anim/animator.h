// Tweening between two consecutive states: what moved, moves.
//
// The app calls begin_frame before drawing and end_frame after; panels call place() for every
// token, frame and object they draw, with the box they lay it out at and a stable key
// (place_registry.h), and draw it where place() says. The registry of the last frame drawn
// before a step holds where everything was in the state before (the "from" places); this
// frame's layout is where it is in the state after (the "to" places). Between them:
//
//   box(t) = lerp(from, to, ease(t)),   t = (clock − step time) / kDurationS, clamped to [0, 1]
//
// so what is drawn is a pure function of (the two states' layouts, t), and t comes from the
// FrameClock, never the host clock. A thing with no place before enters as the panel asks
// (in place, sliding up, fading in); a thing with no place after is simply not drawn.
//
// Steps faster than the tween (a held arrow key, playing at 20 events a second, a script's
// steps between frames) are not animated: a state that arrives less than kDurationS after the
// previous one is drawn settled at once. A step backwards animates like a forward one, from
// the later state's places to the earlier's: ease is symmetric, so it is the forward tween
// played in reverse.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "visualizer/anim/place_registry.h"

namespace gosim::viz {

// How something with no place in the state before comes in.
enum class Enter : uint8_t {
  kInPlace,    // drawn where it is from t = 0 (a goroutine just created)
  kSlideUp,    // slides up by its own height while fading in (a new stack frame: frames are
               // pushed below their caller, and the ledger scrolls up with them)
  kFadeIn,     // where it is, from transparent to opaque (a new heap object)
};

struct Drawn {
  Box box;
  float alpha = 1.0f;
};

// A value drawn as a fill or a glyph (a heap slot's white, grey or black): the value it had in
// the state before, how far the fade to the new one is (1: settled or unchanged), and whether
// the thing was drawn at all before (a new object is not).
struct Fade {
  uint32_t from = 0;
  double e = 1.0;
  bool existed = true;
};

// A goroutine token that changed place, from the tags the scheduler panel registered.
struct TokenMove {
  int64_t goid = 0;
  PlaceTag from, to;
  Box from_box, to_box;
};

class Animator {
 public:
  static constexpr double kDurationS = 0.4;  // clock seconds at 1× (the speed scales the clock)

  // Once a frame, before drawing. (run, state) names the state shown (the session's run id and
  // revision); now_s is the FrameClock; !enabled draws everything settled.
  void begin_frame(uint64_t run, uint64_t state, double now_s, bool enabled);
  // A thing drawn this frame with its layout box `target`: registered; returns where to draw it.
  Drawn place(uint64_t key, const Box& target, Enter enter = Enter::kInPlace, PlaceTag tag = {});
  // Its fill this frame: a fade from the fill it had in the state before (packed RGBA).
  uint32_t color(uint64_t key, uint32_t target);
  // The same for a value the panel draws itself (a glyph per colour): a cross-fade.
  Fade fade(uint64_t key, uint32_t target);
  // Something travelling between two boxes of the same frame (the copystack's old and new
  // stacks): where it is now; `b` when nothing animates.
  Box between(const Box& a, const Box& b) const { return active_ ? lerp(a, b, eased()) : b; }
  void end_frame() {
    last_.swap(cur_);
    cur_.clear();
  }
  // Jump to the settled picture (t = 1): screenshots are of settled states unless a script
  // asks for a mid-animation frame.
  void finish() { active_ = false; }

  bool active() const { return active_; }
  double t() const;
  double eased() const { return ease(t()); }
  // The goroutine tokens whose place changed in the step being animated (empty when settled).
  std::vector<TokenMove> token_moves() const;

 private:
  PlaceRegistry from_, last_, cur_;
  uint64_t run_ = ~0ull, state_ = ~0ull;
  double start_s_ = 0, now_s_ = 0, last_change_s_ = -1e300;
  bool active_ = false;
};

}  // namespace gosim::viz
