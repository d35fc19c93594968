#include "visualizer/panels/narration_panel.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <set>

#include <fmt/format.h>

#include "visualizer/i18n/line_break.h"
#include "visualizer/session/lesson_player.h"
#include "visualizer/i18n/ui_strings.h"
#include "visualizer/ui/text_fit.h"

namespace gosim::viz {

namespace {

std::string choice_letter(size_t i) { return std::string(1, static_cast<char>('A' + i)); }

// A number as a learner wrote it: 7, 0.5, 1e6 — never "7.000000".
std::string number_text(double v) {
  if (v == std::floor(v) && std::fabs(v) < 1e15) return fmt::format("{}", static_cast<long long>(v));
  return fmt::format("{}", v);
}

// The right answer in words: "B", "G7", "4096".
std::string answer_text(const PlanQuestion& q) {
  switch (q.kind) {
    case QuestionKind::kChoice: return choice_letter(static_cast<size_t>(q.answer));
    case QuestionKind::kGoroutine: return "G" + number_text(q.answer);
    case QuestionKind::kNumber: return number_text(q.answer);
  }
  return "";
}

// The user goroutines on screen now, by goid: the candidates of a "click the goroutine" question.
std::vector<int64_t> candidate_goids(const SchedView& v) {
  std::set<int64_t> ids;
  auto add = [&](const GToken& t) {
    if (t.valid() && !t.system) ids.insert(t.goid);
  };
  for (const PLane& l : v.ps) {
    add(l.running);
    add(l.runnext);
    for (const GToken& t : l.runq) add(t);
  }
  for (const GToken& t : v.global) add(t);
  for (const SyscallRow& r : v.syscalls) add(r.g);
  for (const WaitGroup& w : v.waiting) {
    for (const GToken& t : w.gs) add(t);
  }
  for (const GToken& t : v.elsewhere) add(t);
  return {ids.begin(), ids.end()};
}

// The lines `text` takes at font size `size` in `width` pixels. Chinese breaks between
// characters (visualizer/i18n/line_break.h); ImGui's own wrapping breaks only at blanks.
std::vector<LineSpan> lines_of(const std::string& text, ImFont* font, float size, float width) {
  const float k = size / font->FontSize;
  return break_lines(text, width, [&](uint32_t c) { return font->GetCharAdvance(static_cast<ImWchar>(c <= 0xFFFF ? c : 0xFFFD)) * k; });
}

float text_width(std::string_view t, ImFont* font, float size) {
  return font->CalcTextSizeA(size, FLT_MAX, 0, t.data(), t.data() + t.size()).x;
}

// Draws `text` broken into lines at `pos`; returns its size.
ImVec2 draw_lines(ImDrawList* dl, const std::string& text, ImFont* font, float size, ImVec2 pos, float width, ImU32 col) {
  float w = 0, y = pos.y;
  for (const LineSpan& l : lines_of(text, font, size, width)) {
    dl->AddText(font, size, ImVec2(pos.x, y), col, text.data() + l.begin, text.data() + l.end);
    w = std::max(w, text_width(std::string_view(text).substr(l.begin, l.end - l.begin), font, size));
    y += size;
  }
  return ImVec2(w, y - pos.y);
}

// How tall the step's content is at font size `size` in a column `w` wide (the same blocks
// draw() lays out), to pick the largest size that fits.
float content_height(const PlanStep& st, bool revealed, Lang lang, ImFont* font, float size, float w, float gap) {
  auto h = [&](const std::string& t, float wrap) { return static_cast<float>(lines_of(t, font, size, wrap).size()) * size; };
  float total = h(st.text.in(lang), w) + gap;
  if (st.question) {
    const PlanQuestion& q = *st.question;
    total += h(q.prompt.in(lang), w) + gap;
    const float pad = size * 0.5f;
    if (q.kind == QuestionKind::kChoice) {
      for (const LText& c : q.choices) total += h(c.in(lang), w - size * 2.2f - 2 * pad) + 2 * pad + gap * 0.5f;
    } else {
      total += size * 3.2f;  // the instruction and the input or the goroutine list
    }
    if (revealed) total += size * 1.4f + h(q.reveal.in(lang), w) + gap;
  }
  return total;
}

}  // namespace

void NarrationPanel::draw(const PanelContext& ctx) {
  const LessonPlayer* lp = ctx.lesson;
  if (lp == nullptr || lp->steps() == 0) {
    ImGui::TextDisabled("%s", tr(Str::kLessonNoneOpen));
    return;
  }
  const Lang lang = ui_lang();
  const PlanStep& st = lp->current();
  const bool revealed = lp->revealed();
  const ImGuiStyle& style = ImGui::GetStyle();
  ImFont* font = ImGui::GetFont();
  const float base = ImGui::GetFontSize();

  // Header: the lesson's title and where we are.
  const std::string where = fmt::format(fmt::runtime(tr(Str::kLessonStepOf)), lp->step() + 1, lp->steps());
  const std::string& title = lp->plan().title.in(lang);
  const float where_w = ImGui::CalcTextSize(where.c_str()).x;
  // A long title elides with "…" (the whole of it in a tooltip) rather than running off the pane.
  ImGui::PushStyleColor(ImGuiCol_Text, style.Colors[ImGuiCol_TextDisabled]);
  elided_text(title, ImGui::GetContentRegionAvail().x);
  ImGui::PopStyleColor();
  // "Step N of M" at the right of the title, or under it when the two do not fit side by side.
  if (ImGui::CalcTextSize(title.c_str()).x + where_w + base <= ImGui::GetContentRegionAvail().x) {
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - where_w);
  }
  ImGui::TextUnformatted(where.c_str());
  ImGui::Separator();

  // The Back/Next row is pinned to the bottom; the content above it gets the rest.
  const float bar_h = base * 1.3f + style.FramePadding.y * 2 + style.ItemSpacing.y * 2 + base;
  const float room_h = ImGui::GetContentRegionAvail().y - bar_h;
  const float w = ImGui::GetContentRegionAvail().x - style.ScrollbarSize;
  float size = base;
  const float gap = style.ItemSpacing.y * 2;
  while (size > base * 0.6f && content_height(st, revealed, lang, font, size, w, gap) > room_h) size -= 1.0f;

  ImGui::BeginChild("##narration_text", ImVec2(0, std::max(room_h, base)), false);
  ImGui::SetWindowFontScale(size / base);
  const float wrap_w = ImGui::GetContentRegionAvail().x;
  ctx.record.narration_room_w = wrap_w;
  auto wrapped = [&](const std::string& text, ImU32 color = 0) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 sz = draw_lines(ImGui::GetWindowDrawList(), text, font, size, at, wrap_w,
                                 color != 0 ? color : ImGui::GetColorU32(ImGuiCol_Text));
    ctx.record.narration_text_w = std::max(ctx.record.narration_text_w, sz.x);
    ImGui::Dummy(ImVec2(std::max(sz.x, 1.0f), sz.y));
  };
  wrapped(st.text.in(lang));
  ImGui::Dummy(ImVec2(0, gap * 0.5f));

  if (st.question) {
    const PlanQuestion& q = *st.question;
    const std::optional<double> given = lp->answer();
    ImGui::Separator();
    wrapped(q.prompt.in(lang));
    ImGui::Dummy(ImVec2(0, gap * 0.25f));
    const float fs = ImGui::GetFontSize();
    if (q.kind == QuestionKind::kChoice) {
      ImDrawList* dl = ImGui::GetWindowDrawList();
      const float pad = fs * 0.5f;
      const float text_w = wrap_w - fs * 2.2f - 2 * pad;
      for (size_t i = 0; i < q.choices.size(); ++i) {
        const std::string& text = q.choices[i].in(lang);
        const float lines_h = static_cast<float>(lines_of(text, font, fs, text_w).size()) * fs;
        float tw = 0;
        for (const LineSpan& l : lines_of(text, font, fs, text_w)) tw = std::max(tw, text_width(std::string_view(text).substr(l.begin, l.end - l.begin), font, fs));
        const ImVec2 ts(tw, lines_h);
        ctx.record.narration_text_w = std::max(ctx.record.narration_text_w, ts.x + fs * 2.2f + 2 * pad);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::PushID(static_cast<int>(i));
        const bool picked = given && static_cast<size_t>(*given) == i;
        if (ImGui::Selectable("##choice", picked, 0, ImVec2(wrap_w, ts.y + 2 * pad)) && !revealed) {
          ctx.commands.lesson_answer(static_cast<double>(i));
        }
        ImGui::PopID();
        // After the reveal the right choice gets a green frame, a wrong pick a red one.
        ImU32 frame = Theme::u32(ctx.theme.surface().text_dim, 120);
        float thick = 1.0f;
        if (revealed && answer_is_right(q, static_cast<double>(i))) {
          frame = Theme::u32(colors::kRunning);
          thick = 3.0f;
        } else if (revealed && picked) {
          frame = Theme::u32(colors::kError);
          thick = 3.0f;
        }
        dl->AddRect(at, ImVec2(at.x + wrap_w, at.y + ts.y + 2 * pad), frame, 4.0f, 0, thick);
        dl->AddText(font, fs, ImVec2(at.x + pad, at.y + pad), Theme::u32(ctx.theme.surface().text),
                    (choice_letter(i) + ".").c_str());
        draw_lines(dl, text, font, fs, ImVec2(at.x + pad + fs * 2.2f, at.y + pad), text_w, Theme::u32(ctx.theme.surface().text));
      }
    } else if (q.kind == QuestionKind::kGoroutine) {
      wrapped(tr(Str::kLessonPickG), Theme::u32(ctx.theme.surface().text_dim));
      for (int64_t goid : candidate_goids(ctx.sched)) {
        const std::string label = fmt::format("G{}", goid);
        const bool picked = given && static_cast<int64_t>(*given) == goid;
        if (picked) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (ImGui::Button(label.c_str()) && !revealed) ctx.commands.lesson_answer(static_cast<double>(goid));
        if (picked) ImGui::PopStyleColor();
        ImGui::SameLine();
        if (ImGui::GetContentRegionAvail().x < fs * 4) ImGui::NewLine();
      }
      ImGui::NewLine();
    } else {
      if (number_step_ != lp->step()) {
        number_[0] = '\0';
        if (given) std::snprintf(number_, sizeof(number_), "%s", number_text(*given).c_str());
        number_step_ = lp->step();
      }
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted(tr(Str::kLessonYourNumber));
      ImGui::SameLine();
      const float button_w = ImGui::CalcTextSize(tr(Str::kLessonAnswer)).x + style.FramePadding.x * 2 + style.ItemSpacing.x * 2;
      ImGui::SetNextItemWidth(std::max(fs * 3, std::min(fs * 8, ImGui::GetContentRegionAvail().x - button_w)));
      const bool enter = ImGui::InputText("##number", number_, sizeof(number_),
                                          ImGuiInputTextFlags_CharsScientific | ImGuiInputTextFlags_EnterReturnsTrue |
                                              (revealed ? ImGuiInputTextFlags_ReadOnly : 0));
      ImGui::SameLine();
      if ((ImGui::Button(tr(Str::kLessonAnswer)) || enter) && !revealed && number_[0] != '\0') {
        char* end = nullptr;
        const double v = std::strtod(number_, &end);
        if (end != number_ && *end == '\0' && std::isfinite(v)) ctx.commands.lesson_answer(v);
      }
    }
    if (revealed) {
      ImGui::Dummy(ImVec2(0, gap * 0.25f));
      const std::optional<bool> right = lp->answered_right();
      std::string verdict;
      Rgb c = ctx.theme.surface().text;
      if (!right) {
        verdict = fmt::format(fmt::runtime(tr(Str::kLessonAnswerIs)), answer_text(q));
      } else if (*right) {
        verdict = tr(Str::kLessonRight);
        c = colors::kRunning;
      } else {
        verdict = fmt::format(fmt::runtime(tr(Str::kLessonWrong)), answer_text(q));
        c = colors::kError;
      }
      wrapped(verdict, Theme::u32(c));
      wrapped(q.reveal.in(lang));
    }
  }
  if (lp->step() + 1 == lp->steps() && (!st.question || revealed)) wrapped(tr(Str::kLessonEnd), Theme::u32(ctx.theme.surface().text_dim));
  ctx.record.narration_content_bottom = ImGui::GetCursorScreenPos().y;
  ImGui::EndChild();

  // Back / Next / Restart, and the keys.
  ImGui::Separator();
  // The row shrinks to the pane's width rather than run past it (presenter mode, narrow panes).
  const float avail = ImGui::GetContentRegionAvail().x;
  auto row_width = [&] {
    const float bw = std::max(ImGui::GetFontSize() * 6.0f, ImGui::CalcTextSize(tr(Str::kLessonNext)).x + ImGui::GetFontSize());
    return 2 * bw + ImGui::CalcTextSize(tr(Str::kLessonRestart)).x + 2 * style.FramePadding.x + 2 * style.ItemSpacing.x;
  };
  ImGui::SetWindowFontScale(std::min(1.0f, avail / row_width()));
  const ImVec2 b0 = ImGui::GetCursorScreenPos();
  const float bw = std::max(ImGui::GetFontSize() * 6.0f, ImGui::CalcTextSize(tr(Str::kLessonNext)).x + ImGui::GetFontSize());
  ImGui::BeginDisabled(lp->step() == 0);
  if (ImGui::Button(tr(Str::kLessonBack), ImVec2(bw, 0))) ctx.commands.lesson_back();
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(lp->step() + 1 == lp->steps() && (!st.question || revealed));
  if (ImGui::Button(tr(Str::kLessonNext), ImVec2(bw, 0))) ctx.commands.lesson_next();
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button(tr(Str::kLessonRestart))) ctx.commands.lesson_restart();
  const ImVec2 b1 = ImGui::GetItemRectMax();
  ctx.record.narration_buttons = Rect{b0, b1};
  ImGui::PushStyleColor(ImGuiCol_Text, Theme::vec4(ctx.theme.surface().text_dim));
  ImGui::SetWindowFontScale(1.0f);
  ImGui::SetWindowFontScale(std::min(0.8f, avail / std::max(1.0f, ImGui::CalcTextSize(tr(Str::kLessonKeys)).x)));
  ImGui::TextUnformatted(tr(Str::kLessonKeys));
  ImGui::SetWindowFontScale(1.0f);
  ImGui::PopStyleColor();
}

}  // namespace gosim::viz
