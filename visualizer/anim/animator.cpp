#include "visualizer/anim/animator.h"

#include <algorithm>

namespace gosim::viz {

void Animator::begin_frame(uint64_t run, uint64_t state, double now_s, bool enabled) {
  now_s_ = now_s;
  if (run != run_ || state != state_) {
    // Another state: tween from the last frame's layout, unless this is a new run (nothing to
    // move from) or states arrive faster than a tween lasts.
    const bool same_run = run == run_ && state_ != ~0ull;
    const bool calm = now_s - last_change_s_ >= kDurationS;
    active_ = enabled && same_run && calm;
    if (active_) {
      from_.swap(last_);
      start_s_ = now_s;
    }
    last_change_s_ = now_s;
    run_ = run;
    state_ = state;
  }
  if (!enabled || t() >= 1.0) active_ = false;
  cur_.clear();
}

double Animator::t() const {
  if (!active_) return 1.0;
  const double t = (now_s_ - start_s_) / kDurationS;
  // A clock advanced by exactly the duration in steps (1/fps) ends exactly settled.
  return t >= 1.0 - 1e-9 ? 1.0 : std::clamp(t, 0.0, 1.0);
}

Drawn Animator::place(uint64_t key, const Box& target, Enter enter, PlaceTag tag) {
  cur_.put_box(key, target, tag);
  if (!active_) return Drawn{target, 1.0f};
  const double e = eased();
  if (const Place* p = from_.find(key); p != nullptr && p->has_box) return Drawn{lerp(p->box, target, e), 1.0f};
  switch (enter) {
    case Enter::kInPlace: break;
    case Enter::kSlideUp: {
      const Box below{target.x0, target.y0 + target.h(), target.x1, target.y1 + target.h()};
      return Drawn{lerp(below, target, e), static_cast<float>(e)};
    }
    case Enter::kFadeIn: return Drawn{target, static_cast<float>(e)};
  }
  return Drawn{target, 1.0f};
}

Fade Animator::fade(uint64_t key, uint32_t target) {
  cur_.put_color(key, target);
  if (!active_) return Fade{target, 1.0, true};
  const Place* p = from_.find(key);
  if (p == nullptr || !p->has_color) return Fade{target, eased(), false};
  if (p->color == target) return Fade{target, 1.0, true};
  return Fade{p->color, eased(), true};
}

uint32_t Animator::color(uint64_t key, uint32_t target) {
  const Fade f = fade(key, target);
  return f.existed ? mix_rgba(f.from, target, f.e) : target;
}

std::vector<TokenMove> Animator::token_moves() const {
  std::vector<TokenMove> out;
  if (!active_) return out;
  // Between frames (the layout dump, tests) this frame's places are in last_.
  const PlaceRegistry& now = cur_.size() > 0 ? cur_ : last_;
  for (const auto& [key, to] : now.all()) {
    if (anim_key::kind_of(key) != anim_key::Kind::kGoroutine || !to.has_box) continue;
    const Place* from = from_.find(key);
    if (from == nullptr || !from->has_box || from->tag == to.tag) continue;
    out.push_back(TokenMove{static_cast<int64_t>(key & anim_key::kIdMask), from->tag, to.tag, from->box, to.box});
  }
  std::sort(out.begin(), out.end(), [](const TokenMove& a, const TokenMove& b) { return a.goid < b.goid; });
  return out;
}

}  // namespace gosim::viz
