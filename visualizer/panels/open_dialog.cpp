#include "visualizer/panels/open_dialog.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

#include <fmt/format.h>

#include "visualizer/i18n/ui_strings.h"
#include "visualizer/session/lesson_catalog.h"
#include "visualizer/ui/text_fit.h"

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
  if (listed_ != dir_) list_dir();
  ImGui::BeginChild("browse", ImVec2(0, 0), true);
  if (ImGui::Selectable("../")) dir_ = fs::path(dir_).parent_path().string();
  // The name column as wide as the longest name (at most 40%); the title takes the rest and
  // ends in "…" with the whole title in a tooltip when the dialog is narrower than it.
  const float avail = ImGui::GetContentRegionAvail().x;
  float name_w = 0;
  for (const Entry& e : entries_) name_w = std::max(name_w, text_width(e.name));
  name_w = std::min(name_w + ImGui::GetFontSize(), avail * 0.4f);
  const Lang lang = ui_lang();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 dim = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  for (const Entry& e : entries_) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    if (ImGui::Selectable(fmt::format("##{}", e.name).c_str())) {
      if (e.dir) dir_ = e.path;
      else std::snprintf(path_, sizeof(path_), "%s", e.path.c_str());
    }
    if (!e.dir && ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(0)) {
      ctx.commands.open(e.path);
      ctx.settings.show_open = false;
    }
    draw_elided(dl, at, ImGui::GetColorU32(ImGuiCol_Text), e.name, name_w - ImGui::GetFontSize() * 0.5f);
    const std::string& title = e.title.in(lang);
    if (!title.empty()) {
      const float room = avail - name_w;
      draw_elided(dl, ImVec2(at.x + name_w, at.y), dim, title, room);
      ctx.record.texts.push_back({"open:title:" + e.name, title, text_width(title), room, 1});
    }
  }
  ImGui::EndChild();
}

void OpenDialog::list_dir() {
  entries_.clear();
  listed_ = dir_;
  std::vector<fs::directory_entry> all;
  std::error_code ec;
  for (fs::directory_iterator it(dir_, ec), end; !ec && it != end; it.increment(ec)) all.push_back(*it);
  std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.path() < b.path(); });
  for (const auto& d : all) {
    const std::string name = d.path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    std::error_code dec;
    const bool dir = d.is_directory(dec);
    const std::string ext = d.path().extension().string();
    if (!dir && ext != ".json" && ext != ".go") continue;
    entries_.push_back(Entry{dir ? name + "/" : name, d.path().string(), dir, title_of_path(d.path().string())});
  }
}

}  // namespace gosim::viz
