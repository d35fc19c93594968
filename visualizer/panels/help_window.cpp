#include "visualizer/panels/help_window.h"

#include <algorithm>

#include "visualizer/i18n/ui_strings.h"
#include "visualizer/ui/g_token.h"
#include "visualizer/ui/text_fit.h"

namespace gosim::viz {

namespace {

struct Key {
  Str keys;  // a key's name ("F") needs no translation: then keys_literal
  const char* keys_literal;
  Str what;
};
constexpr Key kKeys[] = {
    {Str::kHelpKeySpace, nullptr, Str::kHelpPlay},
    {Str::kHelpKeyArrows, nullptr, Str::kHelpStep},
    {Str::kHelpKeyShiftArrows, nullptr, Str::kHelpNextKind},
    {Str::kHelpKeyHomeEnd, nullptr, Str::kHelpHomeEnd},
    {Str::kCount, "B", Str::kHelpBreak},
    {Str::kCount, "F", Str::kHelpPresenter},
    {Str::kCount, "A", Str::kHelpAnim},
    {Str::kCount, "Esc", Str::kHelpEsc},
    {Str::kCount, "Ctrl+O", Str::kHelpOpen},
    {Str::kCount, "Ctrl+R", Str::kHelpReload},
    {Str::kHelpKeyZoom, nullptr, Str::kHelpZoom},
    {Str::kCount, "F1", Str::kHelpThis},
    {Str::kHelpKeyGutter, nullptr, Str::kHelpGutter},
    {Str::kHelpKeyToken, nullptr, Str::kHelpToken},
};

}  // namespace

void HelpWindow::draw(const PanelContext& ctx) {
  // The key column as wide as its longest entry, the explanation column takes the rest and
  // wraps: a narrow help window wraps its rows instead of cutting them off.
  float key_w = 0;
  for (const Key& k : kKeys) key_w = std::max(key_w, text_width(k.keys_literal ? k.keys_literal : tr(k.keys)));
  if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("keys", ImGuiTableColumnFlags_WidthFixed, key_w + ImGui::GetFontSize() * 0.5f);
    ImGui::TableSetupColumn("what", ImGuiTableColumnFlags_WidthStretch);
    for (const Key& k : kKeys) {
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::TextUnformatted(k.keys_literal ? k.keys_literal : tr(k.keys));
      ImGui::TableSetColumnIndex(1);
      wrapped_text(tr(k.what));
    }
    ImGui::EndTable();
  }
  ImGui::Separator();
  wrapped_text(tr(Str::kHelpTokens));
  static const struct {
    GStatus s;
    Str what;
  } kStates[] = {{GStatus::kRunning, Str::kHelpRunning},
                 {GStatus::kRunnable, Str::kHelpRunnable},
                 {GStatus::kWaiting, Str::kHelpWaiting},
                 {GStatus::kSyscall, Str::kHelpSyscall}};
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
    ImGui::TextUnformatted(tr(st.what));
    ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y + token_size().y + 4));
  }
  ImGui::Dummy(ImVec2(1, 4));
  wrapped_text(tr(Str::kHelpGoFunc));
}

}  // namespace gosim::viz
