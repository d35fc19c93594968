#include "visualizer/session/storyboard_html.h"

#include "visualizer/i18n/ui_strings.h"

namespace gosim::viz {

namespace {

// The length of the valid UTF-8 sequence at s[i], or 0.
size_t utf8_len(std::string_view s, size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  }
  return n;
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const char c = text[i];
    switch (c) {
      case '&': out += "&amp;"; ++i; continue;
      case '<': out += "&lt;"; ++i; continue;
      case '>': out += "&gt;"; ++i; continue;
      case '"': out += "&quot;"; ++i; continue;
      case '\'': out += "&#39;"; ++i; continue;
      default: break;
    }
    const size_t n = utf8_len(text, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(text, i, n);
      i += n;
    }
  }
  return out;
}

std::string storyboard_html(const std::string& title, const std::string& source, Lang lang, const std::vector<Slide>& slides) {
  const std::string page_title = html_escape(fmt::format(fmt::runtime(tr(Str::kStoryboardTitle, lang)), title));
  std::string h;
  h += "<!DOCTYPE html>\n<html lang=\"";
  h += lang == Lang::kZhCN ? "zh-CN" : "en";
  h += "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + page_title + "</title>\n";
  // Slides one under the other on screen; one per printed page.
  h += "<style>\n"
       "body{font-family:system-ui,'Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;max-width:1100px;margin:2em auto;"
       "padding:0 1em;color:#222;line-height:1.5}\n"
       "section{margin:0 0 3em}\nsection img{width:100%;height:auto;border:1px solid #bbb}\n"
       "h2{font-size:1.1em;color:#555}\n.q{background:#fff6d8;padding:.5em 1em}\n.r{background:#e6f4ea;padding:.5em 1em}\n"
       "footer{color:#777;font-size:.9em}\n@media print{section{page-break-after:always}}\n"
       "</style>\n</head>\n<body>\n<h1>" + page_title + "</h1>\n";
  for (size_t i = 0; i < slides.size(); ++i) {
    const Slide& s = slides[i];
    const std::string n = fmt::format(fmt::runtime(tr(Str::kStoryboardSlide, lang)), i + 1, slides.size());
    h += "<section id=\"slide-" + std::to_string(i + 1) + "\">\n<h2>" + html_escape(n);
    if (!s.heading.empty()) h += " · " + html_escape(s.heading);
    h += "</h2>\n<img src=\"" + html_escape(s.image) + "\" alt=\"" + html_escape(n) + "\">\n";
    for (const std::string& p : s.paragraphs) h += "<p>" + html_escape(p) + "</p>\n";
    if (!s.question.empty()) {
      h += "<div class=\"q\"><p><b>" + html_escape(tr(Str::kStoryboardQuestion, lang)) + "</b> " + html_escape(s.question) + "</p>\n";
      if (!s.choices.empty()) {
        h += "<ol type=\"A\">\n";
        for (const std::string& c : s.choices) h += "<li>" + html_escape(c) + "</li>\n";
        h += "</ol>\n";
      }
      h += "</div>\n";
    }
    if (!s.reveal.empty()) {
      h += "<div class=\"r\"><p><b>" + html_escape(tr(Str::kStoryboardReveal, lang)) + "</b> " + html_escape(s.reveal) + "</p></div>\n";
    }
    h += "</section>\n";
  }
  h += "<footer>" + html_escape(fmt::format(fmt::runtime(tr(Str::kStoryboardMadeBy, lang)), source)) + "</footer>\n</body>\n</html>\n";
  return h;
}

}  // namespace gosim::viz
