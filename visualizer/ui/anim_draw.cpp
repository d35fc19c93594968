#include "visualizer/ui/anim_draw.h"

#include <algorithm>

namespace gosim::viz {

Drawn anim_place(const PanelContext& ctx, uint64_t key, ImVec2 at, ImVec2 size, Enter enter, PlaceTag tag) {
  const Box target{at.x, at.y, at.x + size.x, at.y + size.y};
  if (ctx.anim == nullptr) return Drawn{target, 1.0f};
  return ctx.anim->place(key, target, enter, tag);
}

ImU32 anim_color(const PanelContext& ctx, uint64_t key, ImU32 target) {
  return ctx.anim == nullptr ? target : ctx.anim->color(key, target);
}

void DrawShift::apply(ImVec2 offset, float alpha) const {
  if (offset.x == 0 && offset.y == 0 && alpha >= 1.0f) return;
  const float a = std::clamp(alpha, 0.0f, 1.0f);
  for (int i = start_; i < dl_->VtxBuffer.Size; ++i) {
    ImDrawVert& v = dl_->VtxBuffer[i];
    v.pos.x += offset.x;
    v.pos.y += offset.y;
    if (a < 1.0f) {
      const auto va = static_cast<float>(v.col >> IM_COL32_A_SHIFT & 0xffu) * a;
      v.col = (v.col & ~IM_COL32_A_MASK) | (static_cast<ImU32>(va + 0.5f) << IM_COL32_A_SHIFT);
    }
  }
}

}  // namespace gosim::viz
