// The lessons a picker can offer: every lessons/NN-slug/lesson.json under a folder, with the
// little the list shows (id, title in both languages, minutes, steps, questions) and the
// learner's saved progress. Reading the list only reads each file's header fields; the full
// check (schema, selectors, expectations) runs when one is opened, so one broken lesson shows
// its error in the list and never hides the others.
#pragma once

#include <string>
#include <vector>

#include "visualizer/session/lesson_plan.h"
#include "visualizer/session/lesson_progress.h"

namespace gosim::viz {

struct LessonEntry {
  std::string path;  // .../lessons/04-work-stealing/lesson.json
  std::string id;    // the folder name
  LText title;
  int minutes = 0;
  size_t steps = 0;
  int questions = 0;
  std::string error;  // why the header could not be read ("" when fine)
  bool has_progress = false;
  LessonProgress progress;
};

// Lesson folders under `dir`, sorted by name (01-…, 02-…). `progress_dir` may be "" (no progress).
std::vector<LessonEntry> find_lessons(const std::string& dir, const std::string& progress_dir);

// Where the shipped lessons are: ./lessons when the current folder has one, else the source
// tree's (GOSIM_LESSONS_DIR, set by the build), else "".
std::string default_lessons_dir();

// A path the user gave (a lesson.json, or a folder holding one) as the lesson.json to open;
// "" when it is neither.
std::string lesson_file_of(const std::string& path);

// What the Open dialog shows beside a file or folder name: the title of the scenario or lesson
// it opens, in both languages (a scenario's "title" and "title_zh-CN"; a lesson's title
// object). A folder's is that of its NAME/NAME.json scenario or its lesson.json, the layout
// of scenarios/ and lessons/. Empty when it is neither (or its file cannot be read).
LText title_of_path(const std::string& path);

}  // namespace gosim::viz
