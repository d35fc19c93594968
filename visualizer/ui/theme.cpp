#include "visualizer/ui/theme.h"

#include <cstdio>
#include <filesystem>
#include <string>

#include "visualizer/ui/cjk_font.h"

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

ImFont* load(ImGuiIO& io, const char* rel, float size, const std::string& cjk, const ImWchar* cjk_ranges) {
  // Latin-1 (µ ·), general punctuation (… – —), arrows (→), maths (≥) and shapes (▶ ◀).
  static const ImWchar ranges[] = {0x0020, 0x00FF, 0x2000, 0x206F, 0x2190, 0x21FF, 0x2200, 0x22FF, 0x25A0, 0x25FF, 0};
  const std::string path = asset(rel);
  ImFont* f = path.empty() ? nullptr : io.Fonts->AddFontFromFileTTF(path.c_str(), size, nullptr, ranges);
  if (f == nullptr) {
    ImFontConfig cfg;
    cfg.SizePixels = size;
    f = io.Fonts->AddFontDefault(&cfg);
  }
  if (!cjk.empty() && cjk_ranges != nullptr && cjk_ranges[0] != 0) {
    // Merged into the font above, so one ImFont draws both scripts. Ideographs are dense
    // and drawn large, so no horizontal oversampling: a third of the atlas for no visible loss.
    ImFontConfig cfg;
    cfg.MergeMode = true;
    cfg.OversampleH = 1;
    cfg.OversampleV = 1;
    cfg.PixelSnapH = true;
    io.Fonts->AddFontFromFileTTF(cjk.c_str(), size, &cfg, cjk_ranges);
  }
  return f;
}

}  // namespace

void Theme::load_fonts(ImGuiIO& io, float scale) {
  scale_ = scale;
  GlyphSet& glyphs = shown_glyphs();
  if (!cjk_looked_ && !glyphs.empty()) {
    // Looked up once, when Chinese text first needs it.
    cjk_looked_ = true;
    cjk_path_ = find_cjk_font();
    if (cjk_path_.empty()) {
      std::fprintf(stderr, "gosim-viz: no Chinese font found (install fonts-wqy-microhei); Chinese text shows as boxes\n");
    }
  }
  const ImWchar* cjk = glyphs.empty() ? nullptr : glyphs.ranges();
  fonts_.ui = load(io, "fonts/DejaVuSans.ttf", 15.0f * scale, cjk_path_, cjk);
  fonts_.mono = load(io, "fonts/DejaVuSansMono.ttf", 14.0f * scale, cjk_path_, cjk);
  fonts_.big = load(io, "fonts/DejaVuSans.ttf", 28.0f * scale, cjk_path_, cjk);
  fonts_.big_mono = load(io, "fonts/DejaVuSansMono.ttf", 26.0f * scale, cjk_path_, cjk);
  io.FontDefault = fonts_.ui;
  built_glyphs_ = glyphs.count();
}

bool Theme::fonts_stale() const { return shown_glyphs().count() != built_glyphs_; }

void Theme::rebuild_fonts(ImGuiIO& io) {
  io.Fonts->Clear();
  load_fonts(io, scale_);
  io.Fonts->Build();
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
