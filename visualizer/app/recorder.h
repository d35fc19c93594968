// Recording: `gosim-viz LESSON|SCENARIO [--script F] --record OUT.{mp4,webm,gif}` and
// `--storyboard DIR`, played without anyone at the keyboard.
//
// What is shown comes from a script (session/record_plan.h): the user's, or the lesson's walk,
// or a scenario's default walk. The loop draws one frame per 1/fps of video time into an
// off-screen framebuffer of the requested size (offscreen.h), reads it back and hands it to the
// encoder (record/video_out.h). Everything that moves is driven by the frame number: the
// script's "now" (so wait_ms counts in video time), ImGui's delta time, the animation clock
// (VizApp::frame_clock). The host clock only feeds the progress bar's ETA. So the same lesson,
// size and fps give the same frames on any machine and at any load.
//
// A storyboard is the same walk with every pause turned into a picture (slide-NN.png) and an
// index.html with the narration (session/storyboard_html.h); a user script's own screenshot
// steps are its slides.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "sim/base/lang.h"
#include "visualizer/record/video_out.h"
#include "visualizer/session/script.h"

namespace gosim::viz {

class Session;
class VizApp;

struct RecordJob {
  std::string video_path;      // --record; "" for a storyboard only
  std::string storyboard_dir;  // --storyboard; "" for a video only
  int width = 1280, height = 720;
  int fps = 0;  // 0: the format's default
  Lang lang = Lang::kEn;
  int64_t video_ms = 0;  // the script's length in video time, for the progress bar
  std::unique_ptr<VideoOut> video;
};

// Before any window: checks the arguments and opens the video's temporary file and the
// storyboard's folder. "" or the message (naming the file and what to do).
std::string prepare_recording(RecordJob& job);
// After the session (and lesson) are open: the script the recording plays. `user_script` is
// the --script file's steps (empty when there is none).
std::vector<ScriptStep> recording_script(const VizApp& app, const Session& session, const RecordJob& job,
                                         std::vector<ScriptStep> user_script, bool has_user_script);
// Plays the app's script into the job's outputs; 0 on success, 1 after printing why not.
int run_recording(VizApp& app, Session& session, RecordJob& job);

}  // namespace gosim::viz
