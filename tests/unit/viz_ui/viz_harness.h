// The window's logic headless: VizApp in an ImGui context with no window and no renderer (as
// the frame benchmark runs it), over shipped scenarios. layout_json says where each panel,
// lane, token and log row was drawn, the way gosim-viz --dump-layout writes it.
#pragma once

#include <doctest/doctest.h>

#include <string>

#include <imgui.h>
#include <nlohmann/json.hpp>

#include "visualizer/session/script.h"
#include "visualizer/session/session.h"
#include "visualizer/ui/viz_app.h"

namespace gosim::viz::test {

struct Imgui {
  explicit Imgui(float w = 1280, float h = 720) : w_(w), h_(h) {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(w, h);
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
  }
  ~Imgui() { ImGui::DestroyContext(); }
  Imgui(const Imgui&) = delete;
  Imgui& operator=(const Imgui&) = delete;
  float w_, h_;
};

inline void open(Session& s, const std::string& rel) {
  const Diagnostics d = s.open_scenario(std::string(GOSIM_SOURCE_DIR) + "/scenarios/" + rel);
  REQUIRE(d.empty());
}

// Fonts built, animation off (pictures are the settled state), the live clock stopped.
inline void prepare(VizApp& app) {
  app.load_fonts(ImGui::GetIO(), 1.0f);
  unsigned char* px = nullptr;
  int w = 0, h = 0;
  ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&px, &w, &h);
  app.set_live_clock(false);
  app.settings().anim_on = false;
}

// Draws `frames` frames and returns the last one's layout.
inline nlohmann::json draw(VizApp& app, int frames = 1) {
  for (int i = 0; i < frames; ++i) {
    ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    app.frame(0);
    ImGui::Render();
  }
  const ImVec2 d = ImGui::GetIO().DisplaySize;
  return nlohmann::json::parse(app.layout_json(static_cast<int>(d.x), static_cast<int>(d.y)));
}

inline std::vector<ScriptStep> script(const std::string& text) {
  ScriptParse p = parse_script("test.json", text);
  REQUIRE(p.ok());
  return std::move(p.steps);
}

}  // namespace gosim::viz::test
