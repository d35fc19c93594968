#include "visualizer/panels/open_dialog.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

#include "visualizer/i18n/ui_strings.h"

namespace gosim::viz {

namespace fs = std::filesystem;

void remember_recent(std::vector<std::string>& recent, const std::string& path) {
  recent.erase(std::remove(recent.begin(), recent.end(), path), recent.end());
  recent.insert(recent.begin(), path);
  if (recent.size() > 10) recent.resize(10);
}

void OpenDialog::draw(const PanelContext& ctx) {
  if (dir_.empty()) {
    const std::string& cur = ctx.session.opened_path();
    std::error_code ec;
    fs::path d = cur.empty() ? fs::current_path(ec) : fs::absolute(fs::path(cur), ec).parent_path();
    dir_ = d.string();
  }
  ImGui::TextUnformatted(tr(Str::kOpenPath));
  ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 5);
  const bool enter = ImGui::InputText("##path", path_, sizeof(path_), ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  if ((ImGui::Button(tr(Str::kOpen)) || enter) && path_[0] != '\0') {
    ctx.commands.open(path_);
    ctx.settings.show_open = false;
  }
  if (!ctx.settings.recent_files.empty()) {
    ImGui::Separator();
    ImGui::TextDisabled("%s", tr(Str::kRecent));
    for (const std::string& r : ctx.settings.recent_files) {
      if (ImGui::Selectable(r.c_str())) {
        ctx.commands.open(r);
        ctx.settings.show_open = false;
      }
    }
  }
  ImGui::Separator();
  ImGui::TextDisabled("%s", dir_.c_str());
  ImGui::BeginChild("browse", ImVec2(0, 0), true);
  if (ImGui::Selectable("../")) dir_ = fs::path(dir_).parent_path().string();
  // Sorted by name: the listing never depends on the file system's order.
  std::vector<fs::directory_entry> entries;
  std::error_code ec;
  for (fs::directory_iterator it(dir_, ec), end; !ec && it != end; it.increment(ec)) entries.push_back(*it);
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.path() < b.path(); });
  for (const auto& e : entries) {
    const std::string name = e.path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    std::error_code dec;
    if (e.is_directory(dec)) {
      if (ImGui::Selectable((name + "/").c_str())) dir_ = e.path().string();
    } else {
      const std::string ext = e.path().extension().string();
      if (ext != ".json" && ext != ".go") continue;
      if (ImGui::Selectable(name.c_str())) {
        std::snprintf(path_, sizeof(path_), "%s", e.path().string().c_str());
      }
      if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(0)) {
        ctx.commands.open(e.path().string());
        ctx.settings.show_open = false;
      }
    }
  }
  ImGui::EndChild();
}

}  // namespace gosim::viz
