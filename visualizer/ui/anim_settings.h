// The window's animation settings: kept in imgui.ini, stepped by Shift+A, and what the layout
// dump (--dump-layout) says about the tween on screen.
#pragma once

#include <nlohmann/json.hpp>

#include "visualizer/anim/animator.h"
#include "visualizer/ui/ui_settings.h"

namespace gosim::viz {

// [GosimAnim][settings] in imgui.ini: "on=1", "speed=1". Call once after ImGui::CreateContext.
void install_anim_settings_handler(UiSettings& settings);
// 0.5 → 1 → 2 → 0.5: the speeds the window offers.
float next_anim_speed(float speed);
// {"active", "t", "moves": [{"goid", "from", "to", "from_box", "to_box"}]} for the UI test.
nlohmann::json anim_json(const Animator& anim);

}  // namespace gosim::viz
