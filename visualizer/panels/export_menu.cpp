#include "visualizer/panels/export_menu.h"

#include <fmt/format.h>

#include "sim/export/export_run.h"
#include "visualizer/i18n/ui_strings.h"

namespace gosim::viz {

namespace {

void export_as(const PanelContext& ctx, exporter::ExportFormat format) {
  const Session& s = ctx.session;
  const std::string path = exporter::export_path_next_to(s.opened_path(), format);
  const exporter::ExportOutcome r = exporter::export_run(s.program(), s.config(), s.main_entry(), format, path);
  if (!r.ok) {
    ctx.settings.banner = fmt::format(fmt::runtime(tr(Str::kExportFailed)), path, r.reason);
  } else if (format == exporter::ExportFormat::kGoTrace) {
    ctx.settings.banner = fmt::format(fmt::runtime(tr(Str::kExportWroteGoTrace)), path, r.bytes, path);
  } else {
    ctx.settings.banner = fmt::format(fmt::runtime(tr(Str::kExportWrotePerfetto)), path, r.bytes);
  }
}

}  // namespace

void draw_export_items(const PanelContext& ctx) {
  if (ctx.session.opened_path().empty()) return;  // nothing loaded
  for (const auto& [label, format] : {std::pair{Str::kMenuExportGoTrace, exporter::ExportFormat::kGoTrace},
                                      std::pair{Str::kMenuExportPerfetto, exporter::ExportFormat::kPerfetto}}) {
    if (ImGui::MenuItem(tr(label))) export_as(ctx, format);
    if (ImGui::IsItemHovered()) {
      ImGui::SetTooltip("%s", fmt::format(fmt::runtime(tr(Str::kExportHint)),
                                          exporter::export_path_next_to(ctx.session.opened_path(), format))
                                  .c_str());
    }
  }
}

}  // namespace gosim::viz
