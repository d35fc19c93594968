#include "visualizer/panels/help_window.h"

#include "visualizer/ui/g_token.h"

namespace gosim::viz {

namespace {

struct Key {
  const char* keys;
  const char* what;
};
constexpr Key kKeys[] = {
    {"Space", "play / pause"},
    {"Right / Left", "step forward / back one event"},
    {"Shift+Right / Shift+Left", "next / previous event of the chosen kind"},
    {"Home / End", "start / end of the run"},
    {"B", "run to the next breakpoint"},
    {"F", "presenter mode (big font, high contrast, chosen panels only)"},
    {"Esc", "leave presenter mode"},
    {"Ctrl+O", "open a scenario or .go file (or drop one on the window)"},
    {"Ctrl+R", "reload the scenario from disk, keeping the cursor (also automatic when a file changes)"},
    {"F1", "this help"},
    {"click a source line's gutter", "set or clear a line breakpoint"},
    {"click a goroutine token", "select it: the inspector and the source's highlighted line follow it"},
};

}  // namespace

void HelpWindow::draw(const PanelContext& ctx) {
  if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
    for (const Key& k : kKeys) {
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::TextUnformatted(k.keys);
      ImGui::TableSetColumnIndex(1);
      ImGui::TextUnformatted(k.what);
    }
    ImGui::EndTable();
  }
  ImGui::Separator();
  ImGui::TextUnformatted("Goroutine tokens: the shape says the state, the colour says it again.");
  static const struct {
    GStatus s;
    const char* what;
  } kStates[] = {{GStatus::kRunning, "running (square, thick outline)"},
                 {GStatus::kRunnable, "runnable (pill)"},
                 {GStatus::kWaiting, "waiting (cut corners)"},
                 {GStatus::kSyscall, "in a system call (bar on top)"}};
  SchedView legend;
  legend.names[0] = "main";
  for (const auto& st : kStates) {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    GToken t;
    t.gi = 0;
    t.goid = 1;
    t.status = st.s;
    g_token(t, legend, pos, false, ctx.theme);
    ImGui::SetCursorScreenPos(ImVec2(pos.x + token_size().x + ImGui::GetFontSize(), pos.y + ImGui::GetFontSize() * 0.6f));
    ImGui::TextUnformatted(st.what);
    ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y + token_size().y + 4));
  }
  ImGui::Dummy(ImVec2(1, 4));
  ImGui::TextWrapped("The event log's Go function column names the function in Go 1.19's runtime that each step "
                     "models (proc.go, sema.go, chan.go …): open it next to gosim to read what Go really does.");
}

}  // namespace gosim::viz
