// A learner's progress through one lesson, kept between runs of gosim-viz.
//
// One small JSON file per lesson, in the XDG state directory (the XDG Base Directory spec's
// place for "state data that should persist between restarts"):
//
//   $XDG_STATE_HOME/gosim/lessons/<id>.json      (XDG_STATE_HOME unset or relative: ~/.local/state)
//   {"step": 3, "answers": {"2": 1, "5": 7}, "revealed": [2, 5]}
//
// Written atomically (a temporary file in the same folder, then rename), so a crash or a full
// disk leaves the previous file whole. A file that cannot be read or is not what this writes is
// ignored with a message: progress is a convenience, never a reason not to open a lesson.
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>

namespace gosim::viz {

struct LessonProgress {
  size_t step = 0;                    // 0-based
  std::map<size_t, double> answers;   // step -> what the learner answered (choice index, goid, number)
  std::set<size_t> revealed;          // steps whose reveal has been shown (answered or not)
};

// The folder progress files live in ("" when neither XDG_STATE_HOME nor HOME is usable).
std::string progress_dir();

// Reads `<dir>/<id>.json`. A missing file is a fresh start (message ""); an unreadable or
// malformed one also gives a fresh start, and `message` says what was wrong with it.
LessonProgress load_progress(const std::string& dir, const std::string& id, std::string& message);

// Writes `<dir>/<id>.json` atomically, creating the folder. "" on success, else why not.
std::string save_progress(const std::string& dir, const std::string& id, const LessonProgress& p);

// The JSON text of a progress record, and the record from text ("" error when fine).
std::string progress_json(const LessonProgress& p);
LessonProgress parse_progress(const std::string& text, std::string& error);

}  // namespace gosim::viz
