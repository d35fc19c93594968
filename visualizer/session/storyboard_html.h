// The index.html of a storyboard (gosim-viz --storyboard DIR): the slides in order, each picture
// with the narration that goes with it, for a teacher who presents from slides or prints
// handouts. Plain HTML with its own small style sheet, UTF-8, every text escaped; it opens from
// the folder (file://) with no server and nothing fetched.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "sim/base/lang.h"

namespace gosim::viz {

struct Slide {
  std::string image;                    // the PNG's file name, beside index.html
  std::string heading;                  // "Step 3 of 12", a caption's event, …
  std::vector<std::string> paragraphs;  // the narration
  std::string question;                 // "" or the question's prompt
  std::vector<std::string> choices;     // the question's choices
  std::string reveal;                   // "" or what the reveal says
};

// & < > " ' as entities; invalid UTF-8 bytes become U+FFFD so the page stays valid.
std::string html_escape(std::string_view text);
// The whole page; `source` is the lesson or scenario file the slides come from.
std::string storyboard_html(const std::string& title, const std::string& source, Lang lang, const std::vector<Slide>& slides);

}  // namespace gosim::viz
