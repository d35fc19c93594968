#include "visualizer/panels/lesson_picker.h"

#include <fmt/format.h>

#include "visualizer/session/lesson_player.h"
#include "visualizer/i18n/ui_strings.h"
#include "visualizer/ui/cjk_font.h"

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
  if (ImGui::BeginTable("##lessons", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_ScrollY)) {
    ImGui::TableSetupColumn("title", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("minutes", ImGuiTableColumnFlags_WidthStretch, 0.7f);
    ImGui::TableSetupColumn("progress", ImGuiTableColumnFlags_WidthStretch, 2.2f);
    for (const LessonEntry& e : entries_) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      need_glyphs(e.title.in(lang));  // drawn by ImGui::Selectable, which does not ask for glyphs
      const std::string label = fmt::format("{}  {}##{}", e.id.substr(0, 2), e.title.in(lang), e.id);
      if (ImGui::Selectable(label.c_str(), e.id == open_id, ImGuiSelectableFlags_SpanAllColumns) && e.error.empty()) {
        ctx.commands.open_lesson(e.path);
        ctx.settings.show_lessons = false;
      }
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(fmt::format(fmt::runtime(tr(Str::kLessonMinutes)), e.minutes).c_str());
      ImGui::TableNextColumn();
      if (!e.error.empty()) {
        ImGui::TextColored(Theme::vec4(colors::kError), "%s", e.error.c_str());
      } else if (!e.has_progress) {
        ImGui::TextDisabled("%s", tr(Str::kLessonNotStarted));
      } else {
        ImGui::TextUnformatted(fmt::format(fmt::runtime(tr(Str::kLessonProgress)), e.progress.step + 1, e.steps,
                                           e.progress.answers.size(), e.questions)
                                   .c_str());
      }
    }
    ImGui::EndTable();
  }
}

}  // namespace gosim::viz
