#include "visualizer/ui/detail_control.h"

#include <algorithm>

#include <imgui.h>

#include "visualizer/i18n/ui_strings.h"

namespace gosim::viz {

const char* detail_label(DetailLevel level) {
  switch (level) {
    case DetailLevel::kSched: return tr(Str::kDetailSched);
    case DetailLevel::kMem: return tr(Str::kDetailMem);
    case DetailLevel::kAll: return tr(Str::kDetailAll);
  }
  return tr(Str::kDetailAll);
}

DetailLevel next_detail(DetailLevel level) {
  switch (level) {
    case DetailLevel::kSched: return DetailLevel::kMem;
    case DetailLevel::kMem: return DetailLevel::kAll;
    case DetailLevel::kAll: return DetailLevel::kSched;
  }
  return DetailLevel::kAll;
}

bool detail_combo(DetailLevel& level) {
  bool changed = false;
  // The closed combo says what it is ("detail: everything"): a bare "everything" beside the
  // Next kind's "sched" read as one control.
  float w = 0;
  for (DetailLevel l : {DetailLevel::kSched, DetailLevel::kMem, DetailLevel::kAll}) {
    w = std::max(w, ImGui::CalcTextSize(trf(Str::kDetailPreview, detail_label(l)).c_str()).x);
  }
  ImGui::SetNextItemWidth(w + ImGui::GetFrameHeight() + ImGui::GetStyle().FramePadding.x * 2);
  if (ImGui::BeginCombo("##detail", trf(Str::kDetailPreview, detail_label(level)).c_str())) {
    for (DetailLevel l : {DetailLevel::kSched, DetailLevel::kMem, DetailLevel::kAll}) {
      if (ImGui::Selectable(detail_label(l), l == level) && l != level) {
        level = l;
        changed = true;
      }
    }
    ImGui::EndCombo();
  }
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
    ImGui::TextUnformatted(tr(Str::kDetailTip));
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
  return changed;
}

}  // namespace gosim::viz
