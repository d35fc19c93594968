#include "visualizer/panels/source_panel.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "sim/ir/ir.h"
#include "visualizer/i18n/ui_strings.h"
#include "visualizer/ui/g_token.h"
#include "visualizer/ui/text_fit.h"

namespace gosim::viz {

namespace {

Rgb annotation_color(LineAnnotation::Kind k) {
  switch (k) {
    case LineAnnotation::Kind::kNote: return okabe_ito::kOrange;
    case LineAnnotation::Kind::kEscape: return okabe_ito::kYellow;
    case LineAnnotation::Kind::kOther: return okabe_ito::kSkyBlue;
  }
  return okabe_ito::kSkyBlue;
}

const char* annotation_mark(LineAnnotation::Kind k) {
  return k == LineAnnotation::Kind::kNote ? "◆ " : k == LineAnnotation::Kind::kEscape ? "← " : "· ";
}

// The frame layout of the functions declared on a line, for the hover tooltip.
std::string frame_layout_text(const ir::Module& mod, const std::vector<int32_t>& fns) {
  std::string out;
  for (int32_t fi : fns) {
    const ir::Function& f = mod.funcs[static_cast<size_t>(fi)];
    if (!out.empty()) out += "\n";
    out += fmt::format("{}: frame {} B (its bytes in the goroutine's stack, lowest address = fp)\n", f.name, f.frame_size);
    out += fmt::format("  parameters fp+[0, {})", f.params_size);
    if (f.results_size > 0) out += fmt::format(", results fp+[{}, {})", f.results_offset, f.results_offset + f.results_size);
    out += "\n";
    std::vector<const ir::VarInfo*> vars;
    for (const ir::VarInfo& v : f.vars) vars.push_back(&v);
    std::sort(vars.begin(), vars.end(), [](const ir::VarInfo* a, const ir::VarInfo* b) { return a->offset < b->offset; });
    int64_t named = 0;
    for (const ir::VarInfo* v : vars) {
      const bool typed = v->type >= 0 && static_cast<size_t>(v->type) < mod.types.size();
      const int64_t size = v->on_heap || !typed ? 8 : mod.types[static_cast<size_t>(v->type)].size;
      named += size;
      const char* kind = v->offset < f.params_size ? "param"
                         : f.results_size > 0 && v->offset >= f.results_offset && v->offset < f.results_offset + f.results_size ? "result"
                                                                                                                                : "local";
      out += fmt::format("  +{:<4} {:<6} {} {} ({} B){}\n", v->offset, kind, v->name,
                         typed ? mod.types[static_cast<size_t>(v->type)].name : std::string("?"), size,
                         v->on_heap ? "  moved to heap: the slot holds a pointer" : "");
    }
    if (f.frame_size > named) out += fmt::format("  {} B of temporaries\n", f.frame_size - named);
  }
  return out;
}

}  // namespace

int64_t source_focus_goid(const Session& s, const UiSettings& settings) {
  if (settings.selection.kind == Selection::Kind::kG) return settings.selection.id;
  return story_goid(s);  // an event with no goroutine keeps the one the story follows
}

void SourcePanel::draw(const PanelContext& ctx) {
  const Session& s = ctx.session;
  const SourceView& v = ctx.source;
  if (!s.loaded()) return;
  if (v.empty()) {
    ImGui::TextDisabled("%s", tr(Str::kNoSource));
    return;
  }
  const int64_t focus = source_focus_goid(s, ctx.settings);
  const int32_t focus_line = v.line_of_goid(focus);
  ctx.record.source_highlight = focus_line;

  // The header: which file, whose line, how breakpoints work.
  // The file name elides from the right when the panel is narrow; the whereabouts stay.
  std::string where = trf(Str::kGNoCode, focus);
  if (focus_line > 0) where = trf(Str::kGAtLine, focus, focus_line);
  else if (const ElsewhereG* e = v.elsewhere_of_goid(focus)) where = trf(Str::kGInFunc, focus, e->func, e->file, e->line);
  const float help_w = ImGui::CalcTextSize(" (?)").x + ImGui::GetStyle().ItemSpacing.x * 2;
  elided_text(v.name, std::max(ImGui::GetFontSize() * 4, ImGui::GetContentRegionAvail().x - text_width(where) - help_w));
  ImGui::SameLine();
  ImGui::TextDisabled("%s", where.c_str());
  ImGui::SameLine();
  help_marker(tr(Str::kSourceHelp));

  ImGui::PushFont(ctx.theme.mono());
  const float fs = ImGui::GetFontSize();
  ImVec2 tok = token_size(TokenSize::kCompact);
  const float row_h = std::max(fs * 1.3f, tok.y + 4.0f);
  const float gutter_w = fs * 1.4f;
  // Line numbers as wide as this file's need ("99", not always "0000"), and tokens as wide as
  // their labels ("G7", with the widest goid on a line now), not the scheduler's 3.6 font
  // sizes: the column between the numbers and the code was a wide empty band on every line
  // without a goroutine, which is most of a file (its top: package, imports, types).
  const int digits = std::max<int>(2, static_cast<int>(std::to_string(v.lines.size()).size()));
  const float num_w = ImGui::CalcTextSize(std::string(static_cast<size_t>(digits), '0').c_str()).x;
  int64_t widest = 9;
  // The token column is as wide as the busiest line needs now (at least one token, so code
  // does not jump when the last goroutine leaves), not always three tokens and a "+99".
  size_t most = 1;
  for (const auto& [line, gs] : v.gs_at) {
    most = std::max(most, gs.size());
    for (const SourceG& g : gs) widest = std::max(widest, g.goid);
  }
  tok.x = std::min(tok.x, ImGui::CalcTextSize(fmt::format("G{}", widest).c_str()).x + fs * 0.8f);
  const int slots = std::min<int>(kTokensPerLine, static_cast<int>(most));
  const float tokens_w = (tok.x + 4.0f) * static_cast<float>(slots) +
                         (most > static_cast<size_t>(kTokensPerLine) ? ImGui::CalcTextSize("+99").x : 0.0f) + 6.0f;
  // Functions by the line of their func keyword, for the frame-layout tooltip.
  const ir::Module* mod = s.module();
  if (layout_run_ != s.run_id()) {
    funcs_at_.clear();
    if (mod != nullptr) {
      for (size_t fi = 0; fi < mod->funcs.size(); ++fi) {
        const ir::Function& f = mod->funcs[fi];
        if (f.pos.line > 0 && f.file == v.name) funcs_at_[f.pos.line].push_back(static_cast<int32_t>(fi));
      }
      if (funcs_at_.empty()) {  // file names differ in form: fall back to every function
        for (size_t fi = 0; fi < mod->funcs.size(); ++fi) {
          if (mod->funcs[fi].pos.line > 0) funcs_at_[mod->funcs[fi].pos.line].push_back(static_cast<int32_t>(fi));
        }
      }
    }
    layout_run_ = s.run_id();
  }
  const auto nlines = static_cast<int>(v.lines.size());

  ImGui::BeginChild("source_rows", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
  // Scroll the focus line into view when it moves (or a new run loads), not every frame, so
  // the learner can scroll away while paused. A view that changed size (presenter mode and a
  // lesson step settle their scale over a few frames) scrolls again, or the line drifts off.
  const float view_h = ImGui::GetWindowHeight();
  const bool resized = view_h != scrolled_h_ || row_h != scrolled_row_h_;
  if (focus_line > 0 && (focus_line != scrolled_line_ || scrolled_run_ != s.run_id() || resized)) {
    const float y = static_cast<float>(focus_line - 1) * row_h;
    const float top = ImGui::GetScrollY(), h = view_h;
    if (y < top + row_h || y > top + h - 2 * row_h || scrolled_run_ != s.run_id()) {
      // Never past the last line's reach, so the target is one ImGui can get to.
      const float last = std::max(0.0f, static_cast<float>(nlines) * row_h - h + 2 * row_h);
      pending_scroll_ = std::clamp(y - h * 0.35f, 0.0f, last);
      pending_frames_ = 0;
      ImGui::SetScrollY(pending_scroll_);
    }
    scrolled_line_ = focus_line;
    scrolled_run_ = s.run_id();
    scrolled_h_ = view_h;
    scrolled_row_h_ = row_h;
  } else if (pending_scroll_ >= 0) {
    // Asked last frame: ask again until the scroll range lets it land (a few frames at most, so
    // a learner's own scrolling is not fought).
    if (std::abs(ImGui::GetScrollY() - pending_scroll_) > row_h * 0.5f && ++pending_frames_ < 8) {
      ImGui::SetScrollY(pending_scroll_);
    } else {
      pending_scroll_ = -1;
    }
  }

  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float width = std::max(ImGui::GetContentRegionAvail().x, ImGui::GetWindowWidth());
  ImGuiListClipper clipper;
  clipper.Begin(nlines, row_h);
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const int32_t line = i + 1;
      ImGui::PushID(line);
      const ImVec2 a = ImGui::GetCursorScreenPos();
      const ImVec2 b(a.x + width, a.y + row_h);
      SourceRowRecord rec;
      rec.line = line;
      rec.row = Rect{a, b};

      if (line == focus_line) {
        dl->AddRectFilled(a, b, Theme::u32(colors::kSelected, 110));
        dl->AddRectFilled(a, ImVec2(a.x + 3, b.y), Theme::u32(colors::kSelected));
      }

      // The gutter: a breakpoint dot; hovering shows where a click would put one.
      ImGui::SetCursorScreenPos(a);
      const bool clicked = ImGui::InvisibleButton("bp", ImVec2(gutter_w, row_h));
      const bool bp = s.has_line_breakpoint(line);
      rec.breakpoint = bp;
      const ImVec2 c(a.x + gutter_w * 0.55f, a.y + row_h * 0.5f);
      // The gutter is visible without hovering (a shaded strip with a faint ring per line), so a
      // learner sees there is somewhere to click; hovering strengthens the ring.
      // (Not on the highlighted line: its band and left bar already mark it.)
      if (line != focus_line) dl->AddRectFilled(a, ImVec2(a.x + gutter_w, b.y), Theme::u32(ctx.theme.surface().lane_bg));
      if (bp) dl->AddCircleFilled(c, fs * 0.36f, Theme::u32(colors::kCursor));
      else if (ImGui::IsItemHovered()) dl->AddCircle(c, fs * 0.36f, Theme::u32(colors::kCursor, 160), 0, 1.5f);
      else dl->AddCircle(c, fs * 0.28f, Theme::u32(ctx.theme.surface().slot_empty), 0, 1.0f);
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", trf(bp ? Str::kRemoveLineBreak : Str::kAddLineBreak, line).c_str());
      if (clicked) ctx.commands.toggle_line_break(line);

      // Line number.
      const std::string num = fmt::format("{:>{}}", line, digits);
      dl->AddText(ImVec2(a.x + gutter_w, a.y + (row_h - fs) * 0.5f),
                  Theme::u32(line == focus_line ? ctx.theme.surface().text : ctx.theme.surface().text_dim), num.c_str());

      // The goroutines on this line.
      const float tx = a.x + gutter_w + num_w + fs * 0.5f;
      rec.tokens = Rect{ImVec2(tx, a.y), ImVec2(tx + tokens_w, b.y)};
      if (auto it = v.gs_at.find(line); it != v.gs_at.end()) {
        const auto& gs = it->second;
        const int shown = std::min<int>(kTokensPerLine, static_cast<int>(gs.size()));
        for (int k = 0; k < shown; ++k) {
          const SourceG& g = gs[static_cast<size_t>(k)];
          GToken t;
          t.gi = g.gi;
          t.goid = g.goid;
          t.status = g.status;
          t.reason = g.reason;
          t.entry = s.model().allg[static_cast<size_t>(g.gi)].code.entry;
          const ImVec2 p(tx + static_cast<float>(k) * (tok.x + 4.0f), a.y + (row_h - tok.y) * 0.5f);
          if (g_token(t, ctx.sched, p, ctx.settings.selection.is_g(g.goid), ctx.theme, TokenSize::kCompact, tok.x)) {
            ctx.settings.selection = Selection::g(g.goid);
          }
        }
        rec.tokens_shown = shown;
        if (static_cast<int>(gs.size()) > shown) {
          const std::string more = fmt::format("+{}", gs.size() - static_cast<size_t>(shown));
          dl->AddText(ImVec2(tx + static_cast<float>(shown) * (tok.x + 4.0f), a.y + (row_h - fs) * 0.5f),
                      Theme::u32(ctx.theme.surface().text), more.c_str());
        }
      }

      // The code, then what is written beside it.
      const std::string& text = v.lines[static_cast<size_t>(i)];
      const float cx = tx + tokens_w;
      const float ty = a.y + (row_h - fs) * 0.5f;
      dl->AddText(ImVec2(cx, ty), Theme::u32(ctx.theme.surface().text), text.c_str());
      float ax = cx + ImGui::CalcTextSize(text.c_str()).x + fs * 1.5f;
      // A note that starts on screen but runs past its right edge ends in "…" there, with
      // the whole note on hover, instead of being cut by the panel's edge.
      const float vis_r = ImGui::GetWindowPos().x + ImGui::GetWindowWidth() - ImGui::GetStyle().ScrollbarSize;
      auto annotate = [&](const std::vector<LineAnnotation>& list) {
        for (const LineAnnotation& an : list) {
          const std::string t = annotation_mark(an.kind) + an.text;
          const float tw = text_width(t);
          if (ax + tw > vis_r && ax < vis_r - fs * 3) {
            draw_elided(dl, ImVec2(ax, ty), Theme::u32(annotation_color(an.kind)), t, vis_r - ax);
            ax = vis_r;
            break;
          }
          dl->AddText(ImVec2(ax, ty), Theme::u32(annotation_color(an.kind)), t.c_str());
          ax += tw + fs;
        }
      };
      if (auto it = v.notes.find(line); it != v.notes.end()) annotate(it->second);
      if (auto it = ctx.annotations.find(line); it != ctx.annotations.end()) annotate(it->second);

      if (auto it = funcs_at_.find(line); it != funcs_at_.end() && mod != nullptr) {
        // A func line: a mark in the margin, and the frame layout on hover.
        const float mx = a.x + gutter_w + num_w + fs * 0.12f, my = a.y + row_h * 0.5f;
        dl->AddRect(ImVec2(mx, my - fs * 0.2f), ImVec2(mx + fs * 0.36f, my + fs * 0.2f), Theme::u32(ctx.theme.surface().text_dim));
        if (ImGui::IsWindowHovered() && ImGui::IsMouseHoveringRect(ImVec2(tx, a.y), b)) {
          ImGui::SetTooltip("%s", frame_layout_text(*mod, it->second).c_str());
        }
      }
      ImGui::SetCursorScreenPos(a);
      ImGui::Dummy(ImVec2(std::max(width, ax - a.x), row_h));
      ctx.record.source_rows.push_back(rec);
      ImGui::PopID();
    }
  }
  clipper.End();
  ImGui::EndChild();
  ImGui::PopFont();
}

}  // namespace gosim::viz
