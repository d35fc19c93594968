#include "visualizer/ui/theme.h"

#include <filesystem>
#include <string>

namespace gosim::viz {

namespace {

std::string asset(const char* rel) {
  namespace fs = std::filesystem;
  // Beside the binary's source tree (developers), or the working directory's assets/.
  for (const fs::path& base : {fs::path(GOSIM_ASSETS_DIR), fs::path("assets")}) {
    const fs::path p = base / rel;
    if (fs::exists(p)) return p.string();
  }
  return {};
}

ImFont* load(ImGuiIO& io, const char* rel, float size) {
  // Latin-1 (µ ·), general punctuation (… – —), arrows (→), maths (≥) and shapes (▶ ◀).
  static const ImWchar ranges[] = {0x0020, 0x00FF, 0x2000, 0x206F, 0x2190, 0x21FF, 0x2200, 0x22FF, 0x25A0, 0x25FF, 0};
  const std::string path = asset(rel);
  if (!path.empty()) {
    if (ImFont* f = io.Fonts->AddFontFromFileTTF(path.c_str(), size, nullptr, ranges)) return f;
  }
  ImFontConfig cfg;
  cfg.SizePixels = size;
  return io.Fonts->AddFontDefault(&cfg);
}

}  // namespace

void Theme::load_fonts(ImGuiIO& io, float scale) {
  fonts_.ui = load(io, "fonts/DejaVuSans.ttf", 15.0f * scale);
  fonts_.mono = load(io, "fonts/DejaVuSansMono.ttf", 14.0f * scale);
  fonts_.big = load(io, "fonts/DejaVuSans.ttf", 28.0f * scale);
  fonts_.big_mono = load(io, "fonts/DejaVuSansMono.ttf", 26.0f * scale);
  io.FontDefault = fonts_.ui;
}

void Theme::apply(bool presenter, float scale) {
  presenter_ = presenter;
  ImGuiStyle style;
  const Surface& s = surface();
  if (presenter) {
    ImGui::StyleColorsLight(&style);
    style.WindowBorderSize = 2.0f;
    style.FrameBorderSize = 1.5f;
    style.Colors[ImGuiCol_Text] = vec4(s.text);
    style.Colors[ImGuiCol_TextDisabled] = vec4(s.text_dim);
    style.Colors[ImGuiCol_Border] = vec4(okabe_ito::kBlack);
    style.Colors[ImGuiCol_TitleBg] = vec4(Rgb{220, 220, 220});
    style.Colors[ImGuiCol_TitleBgActive] = vec4(Rgb{200, 200, 200});
  } else {
    ImGui::StyleColorsDark(&style);
    style.WindowBorderSize = 1.0f;
  }
  style.Colors[ImGuiCol_WindowBg] = vec4(s.window_bg);
  style.Colors[ImGuiCol_ChildBg] = vec4(s.window_bg);
  style.WindowRounding = 0.0f;
  style.FrameRounding = 3.0f;
  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
}

Rgb Theme::state_color(GStatus s) {
  switch (s) {
    case GStatus::kRunning: return colors::kRunning;
    case GStatus::kRunnable: return colors::kRunnable;
    case GStatus::kWaiting: return colors::kWaiting;
    case GStatus::kSyscall: return colors::kSyscall;
    case GStatus::kDead:
    case GStatus::kIdle: return colors::kDead;
    case GStatus::kCopystack:
    case GStatus::kPreempted: return colors::kOtherState;
  }
  return colors::kDead;
}

Rgb Theme::category_color(EventCategory c) {
  switch (c) {
    case EventCategory::kSched: return colors::kCatSched;
    case EventCategory::kSync: return colors::kCatSync;
    case EventCategory::kSyscall: return colors::kCatSyscall;
    case EventCategory::kProgram: return colors::kCatProgram;
    case EventCategory::kChan: return colors::kCatChan;
    case EventCategory::kStack:
    case EventCategory::kAlloc:
    case EventCategory::kGC: return colors::kCatMemory;
    case EventCategory::kLimit: return colors::kCatLimit;
  }
  return colors::kCatProgram;
}

Rgb Theme::goroutine_color(int64_t goid) {
  // Seven of Okabe-Ito's colours (not black), lightened a little so dark text stays readable.
  static constexpr Rgb kCycle[] = {{86, 180, 233}, {230, 159, 0}, {0, 158, 115}, {240, 228, 66},
                                   {204, 121, 167}, {92, 160, 215}, {228, 130, 60}};
  return kCycle[static_cast<size_t>(goid) % 7];
}

void help_marker(const char* text) {
  ImGui::SameLine();
  ImGui::TextDisabled("(?)");
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32.0f);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

}  // namespace gosim::viz
