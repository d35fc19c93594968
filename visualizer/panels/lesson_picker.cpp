#include "visualizer/panels/lesson_picker.h"

#include <algorithm>

#include <fmt/format.h>

#include "visualizer/session/lesson_player.h"
#include "visualizer/i18n/ui_strings.h"
#include "visualizer/ui/text_fit.h"

namespace gosim::viz {

void LessonPicker::draw(const PanelContext& ctx) {
  const Lang lang = ui_lang();
  if (!loaded_) {
    dir_ = default_lessons_dir();
    entries_ = dir_.empty() ? std::vector<LessonEntry>{} : find_lessons(dir_, progress_dir());
    loaded_ = true;
  }
  if (entries_.empty()) {
    ImGui::TextWrapped("%s", fmt::format(fmt::runtime(tr(Str::kLessonNone)), dir_.empty() ? "lessons/" : dir_).c_str());
    return;
  }
  const std::string open_id = ctx.lesson ? ctx.lesson->plan().id : "";
  // The minutes and progress columns are as wide as their widest text; the title takes the
  // rest, and a title longer than that (a narrowed window) ends in "…" with the whole title in
  // a tooltip: with stretch shares the title column was half the table and a long title
  // ("14 The allocator: … mcache → mcentral → mheap") filled it to the edge at 1280 wide.
  auto minutes = [](const LessonEntry& e) { return fmt::format(fmt::runtime(tr(Str::kLessonMinutes)), e.minutes); };
  auto progress = [](const LessonEntry& e) {
    if (!e.error.empty()) return e.error;
    if (!e.has_progress) return std::string(tr(Str::kLessonNotStarted));
    return fmt::format(fmt::runtime(tr(Str::kLessonProgress)), e.progress.step + 1, e.steps, e.progress.answers.size(), e.questions);
  };
  const float avail = ImGui::GetContentRegionAvail().x;
  float min_w = 0, prog_w = 0;
  for (const LessonEntry& e : entries_) {
    min_w = std::max(min_w, text_width(minutes(e)));
    prog_w = std::max(prog_w, text_width(progress(e)));
  }
  prog_w = std::min(prog_w, avail * 0.3f);  // an error message is elided, not the titles
  if (ImGui::BeginTable("##lessons", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY)) {
    ImGui::TableSetupColumn("title", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("minutes", ImGuiTableColumnFlags_WidthFixed, min_w + ImGui::GetFontSize());
    ImGui::TableSetupColumn("progress", ImGuiTableColumnFlags_WidthFixed, prog_w);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (const LessonEntry& e : entries_) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      const std::string title = fmt::format("{}  {}", e.id.substr(0, 2), e.title.in(lang));
      const float room = ImGui::GetContentRegionAvail().x;
      const ImVec2 at = ImGui::GetCursorScreenPos();
      if (ImGui::Selectable(fmt::format("##{}", e.id).c_str(), e.id == open_id, ImGuiSelectableFlags_SpanAllColumns) && e.error.empty()) {
        ctx.commands.open_lesson(e.path);
        ctx.settings.show_lessons = false;
      }
      draw_elided(dl, at, ImGui::GetColorU32(ImGuiCol_Text), title, room);
      ctx.record.texts.push_back({"lessons:title", title, text_width(title), room, 1});
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(minutes(e).c_str());
      ImGui::TableNextColumn();
      const std::string prog = progress(e);
      if (!e.error.empty()) ImGui::PushStyleColor(ImGuiCol_Text, Theme::vec4(colors::kError));
      else if (!e.has_progress) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
      elided_text(prog, ImGui::GetContentRegionAvail().x);
      if (!e.error.empty() || !e.has_progress) ImGui::PopStyleColor();
      ctx.record.texts.push_back({"lessons:progress", prog, text_width(prog), prog_w, 1});
    }
    ImGui::EndTable();
  }
}

}  // namespace gosim::viz
