// The animator on its own: registries, the clock and t, without ImGui. A "frame" here is what
// VizApp does each frame: begin_frame with the state shown, place() for each thing drawn,
// end_frame.
#include <doctest/doctest.h>

#include "visualizer/anim/animator.h"
#include "visualizer/anim/frame_clock.h"

using namespace gosim::viz;

namespace {

const Box kRunnext{100, 40, 160, 70};  // where G7 sits in the state before
const Box kRunning{20, 40, 80, 70};    // and after

// One frame showing `state` at clock `now`: G7 laid out at `at`; returns where it was drawn.
Drawn frame(Animator& a, uint64_t state, double now, const Box& at, bool enabled = true) {
  a.begin_frame(1, state, now, enabled);
  const Drawn d = a.place(anim_key::g(7), at);
  a.end_frame();
  return d;
}

}  // namespace

TEST_CASE("ease: at rest at both ends and symmetric, so a step back is the forward tween reversed") {
  CHECK(ease(0.0) == 0.0);
  CHECK(ease(1.0) == 1.0);
  CHECK(ease(-3.0) == 0.0);
  CHECK(ease(7.0) == 1.0);
  for (double t = 0; t <= 1.0; t += 0.125) CHECK(ease(1.0 - t) == doctest::Approx(1.0 - ease(t)));
}

TEST_CASE("FrameClock only moves forward") {
  FrameClock c;
  c.advance(0.25);
  c.advance(-1.0);
  c.advance(0.0);
  CHECK(c.now_s == 0.25);
}

TEST_CASE("a token moved by a step is drawn at its old place at t=0 and at its new one at t=1") {
  Animator a;
  frame(a, 10, 0.0, kRunnext);
  CHECK(frame(a, 10, 0.5, kRunnext).box == kRunnext);  // no step: where it is, nothing animates
  CHECK_FALSE(a.active());
  // The step: the layout now has G7 in the running slot.
  const Drawn t0 = frame(a, 11, 1.0, kRunning);
  CHECK(a.active());
  CHECK(t0.box == kRunnext);
  const Drawn mid = frame(a, 11, 1.0 + Animator::kDurationS / 2, kRunning);
  CHECK(mid.box.x0 == doctest::Approx((kRunnext.x0 + kRunning.x0) / 2));
  CHECK(mid.box.x0 < kRunnext.x0);
  CHECK(mid.box.x0 > kRunning.x0);
  const Drawn t1 = frame(a, 11, 1.0 + Animator::kDurationS, kRunning);
  CHECK(t1.box == kRunning);
  CHECK_FALSE(a.active());
  CHECK(frame(a, 11, 5.0, kRunning).box == kRunning);
}

TEST_CASE("a step back plays the forward tween in reverse") {
  Animator fwd, back;
  frame(fwd, 1, 0.0, kRunnext);
  frame(back, 2, 0.0, kRunning);
  for (double t = 0; t <= 1.0; t += 0.25) {
    Animator f = fwd, b = back;  // the same two states, each direction, at t and 1 - t
    frame(f, 2, 1.0, kRunning);  // the step arrives; its tween starts now
    frame(b, 1, 1.0, kRunnext);
    const Drawn df = frame(f, 2, 1.0 + t * Animator::kDurationS, kRunning);
    const Drawn db = frame(b, 1, 1.0 + (1.0 - t) * Animator::kDurationS, kRunnext);
    CHECK(df.box.x0 == doctest::Approx(db.box.x0));
    CHECK(df.box.y0 == doctest::Approx(db.box.y0));
  }
}

TEST_CASE("steps faster than the tween are drawn settled; off draws settled; a new run never animates") {
  Animator a;
  frame(a, 1, 0.0, kRunnext);
  frame(a, 2, 1.0, kRunning);                            // animates
  CHECK(a.active());
  CHECK(frame(a, 3, 1.1, kRunnext).box == kRunnext);      // 0.1 s later: settled at once
  CHECK_FALSE(a.active());
  CHECK(frame(a, 4, 1.2, kRunning).box == kRunning);      // a held key: still settled
  CHECK(frame(a, 5, 2.0, kRunnext).box == kRunning);      // calm again: animates from the last place
  Animator off;
  frame(off, 1, 0.0, kRunnext, false);
  CHECK(frame(off, 2, 1.0, kRunning, false).box == kRunning);
  Animator runs;
  frame(runs, 1, 0.0, kRunnext);
  runs.begin_frame(2, 1, 1.0, true);  // another run (a reload), same revision number
  CHECK(runs.place(anim_key::g(7), kRunning).box == kRunning);
  CHECK_FALSE(runs.active());
}

TEST_CASE("finish() jumps to the settled picture") {
  Animator a;
  frame(a, 1, 0.0, kRunnext);
  a.begin_frame(1, 2, 1.0, true);
  a.finish();
  CHECK(a.place(anim_key::g(7), kRunning).box == kRunning);
  CHECK(a.t() == 1.0);
}

TEST_CASE("a new stack frame slides up into place while fading in") {
  Animator a;
  const Box outer{0, 0, 200, 50}, inner{0, 50, 200, 90};
  a.begin_frame(1, 1, 0.0, true);
  a.place(anim_key::frame(3, 0), outer, Enter::kSlideUp);
  a.end_frame();
  a.begin_frame(1, 2, 1.0, true);  // the step pushed frame 1
  CHECK(a.place(anim_key::frame(3, 0), outer, Enter::kSlideUp).box == outer);  // there before: stays
  const Drawn t0 = a.place(anim_key::frame(3, 1), inner, Enter::kSlideUp);
  a.end_frame();
  CHECK(t0.box == Box{0, 90, 200, 130});  // one frame height below its place
  CHECK(t0.alpha == 0.0f);
  a.begin_frame(1, 2, 1.0 + Animator::kDurationS, true);
  const Drawn t1 = a.place(anim_key::frame(3, 1), inner, Enter::kSlideUp);
  CHECK(t1.box == inner);
  CHECK(t1.alpha == 1.0f);
}

TEST_CASE("an object's colour fades from its colour before the step to its colour after") {
  const uint32_t white = 0xffffffffu, grey = 0xff808080u;
  const uint64_t obj = anim_key::object(0xc000010000);
  Animator a;
  a.begin_frame(1, 1, 0.0, true);
  CHECK(a.color(obj, white) == white);
  a.end_frame();
  a.begin_frame(1, 2, 1.0, true);  // the mark greyed it
  CHECK(a.color(obj, grey) == white);
  a.end_frame();
  a.begin_frame(1, 2, 1.0 + Animator::kDurationS / 2, true);
  const uint32_t mid = a.color(obj, grey);
  CHECK((mid & 0xffu) == 0xc0u);  // halfway between 0xff and 0x80, rounded
  CHECK((mid >> 24) == 0xffu);
  a.end_frame();
  a.begin_frame(1, 2, 1.0 + Animator::kDurationS, true);
  CHECK(a.color(obj, grey) == grey);
  const Fade f = a.fade(obj, grey);
  CHECK(f.e == 1.0);
}

TEST_CASE("token_moves: the step's place changes by tag, layout shifts excluded") {
  Animator a;
  PlaceTag runnext{GPlace::Kind::kRunnext, 0, -1, gosim::WaitReason::kZero};
  PlaceTag running{GPlace::Kind::kRunning, 0, -1, gosim::WaitReason::kZero};
  PlaceTag queued{GPlace::Kind::kLocalQueue, 1, 0, gosim::WaitReason::kZero};
  a.begin_frame(1, 1, 0.0, true);
  a.place(anim_key::g(7), kRunnext, Enter::kInPlace, runnext);
  a.place(anim_key::g(8), Box{0, 100, 60, 130}, Enter::kInPlace, queued);
  a.end_frame();
  a.begin_frame(1, 2, 1.0, true);
  a.place(anim_key::g(7), kRunning, Enter::kInPlace, running);
  a.place(anim_key::g(8), Box{0, 120, 60, 150}, Enter::kInPlace, queued);  // moved down, same place
  a.end_frame();
  const auto moves = a.token_moves();
  REQUIRE(moves.size() == 1);
  CHECK(moves[0].goid == 7);
  CHECK(moves[0].from == runnext);
  CHECK(moves[0].to == running);
  CHECK(moves[0].from_box == kRunnext);
  CHECK(moves[0].to_box == kRunning);
}
