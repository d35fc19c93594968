// VizApp's animation: the clock, the animator's frame, its keys and its saved settings.
#include <cmath>
#include <cstdio>
#include <cstring>

#include <imgui_internal.h>

#include "visualizer/ui/anim_settings.h"
#include "visualizer/ui/viz_app.h"

namespace gosim::viz {

void VizApp::anim_tick() {
  // A script's or a recording's advance first, then (live window) the frame's own time.
  clock_.advance(pending_advance_s_);
  pending_advance_s_ = 0;
  if (live_clock_) clock_.advance(static_cast<double>(ImGui::GetIO().DeltaTime) * settings_.anim_speed);
}

void VizApp::anim_begin() {
  anim_.begin_frame(session_.run_id(), session_.revision(), clock_.now_s, settings_.anim_on && session_.loaded());
  // Screenshots are of settled states unless a script said {"settle": false}.
  if (pending_shot_ && settle_) anim_.finish();
}

void VizApp::anim_keys() {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || io.KeyCtrl || keys_.a < 0 || !ImGui::IsKeyPressed(keys_.a, false)) return;
  if (io.KeyShift) settings_.anim_speed = next_anim_speed(settings_.anim_speed);
  else settings_.anim_on = !settings_.anim_on;
  ImGui::MarkIniSettingsDirty();
}

float next_anim_speed(float speed) {
  if (speed < 0.75f) return 1.0f;
  if (speed < 1.5f) return 2.0f;
  return 0.5f;
}

namespace {

void* anim_open(ImGuiContext*, ImGuiSettingsHandler* h, const char*) { return h->UserData; }
void anim_line(ImGuiContext*, ImGuiSettingsHandler*, void* entry, const char* line) {
  auto* st = static_cast<UiSettings*>(entry);
  int on = 0;
  float speed = 0;
  if (std::sscanf(line, "on=%d", &on) == 1) st->anim_on = on != 0;
  // Only the speeds the window offers; anything else (a hand-edited file) keeps 1×.
  if (std::sscanf(line, "speed=%f", &speed) == 1 && (speed == 0.5f || speed == 1.0f || speed == 2.0f)) st->anim_speed = speed;
}
void anim_write(ImGuiContext*, ImGuiSettingsHandler* h, ImGuiTextBuffer* out) {
  const auto* st = static_cast<const UiSettings*>(h->UserData);
  out->appendf("[GosimAnim][settings]\non=%d\nspeed=%g\n\n", st->anim_on ? 1 : 0, static_cast<double>(st->anim_speed));
}

}  // namespace

void install_anim_settings_handler(UiSettings& settings) {
  ImGuiSettingsHandler h;
  h.TypeName = "GosimAnim";
  h.TypeHash = ImHashStr("GosimAnim");
  h.ReadOpenFn = anim_open;
  h.ReadLineFn = anim_line;
  h.WriteAllFn = anim_write;
  h.UserData = &settings;
  ImGui::GetCurrentContext()->SettingsHandlers.push_back(h);
}

nlohmann::json anim_json(const Animator& anim) {
  using nlohmann::json;
  auto box = [](const Box& b) { return json::array({b.x0, b.y0, b.x1, b.y1}); };
  auto tag = [](const PlaceTag& t) {
    GPlace p;
    p.kind = t.kind;
    p.where = t.where;
    p.slot = t.slot;
    return json{{"kind", static_cast<int>(t.kind)}, {"where", t.where}, {"slot", t.slot}, {"text", place_text(p)}};
  };
  json j{{"active", anim.active()}, {"t", anim.t()}, {"moves", json::array()}};
  for (const TokenMove& m : anim.token_moves()) {
    j["moves"].push_back({{"goid", m.goid}, {"from", tag(m.from)}, {"to", tag(m.to)}, {"from_box", box(m.from_box)},
                          {"to_box", box(m.to_box)}});
  }
  return j;
}

}  // namespace gosim::viz
