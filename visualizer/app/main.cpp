// gosim-viz: the step-through visualizer's window.
//
//   gosim-viz [SCENARIO|LESSON] [--script FILE] [--shots-dir DIR] [--screenshot OUT.png] [--size WxH]
//             [--exit-after-script] [--dump-layout] [--GOMAXPROCS N] [--seed N] [--lang en|zh-CN]
//             [--self-test] [--presenter] [--record OUT.{mp4,webm,gif}] [--storyboard DIR] [--fps N]
//
// --lang picks the UI language (default: from LC_ALL / LC_MESSAGES / LANG); the View menu
// switches it at run time. --self-test draws one frame, checks that the fonts hold a glyph
// for every character of the UI's texts in that language (no boxes), prints the font and the
// atlas size, and exits 0 or 1.
// SCENARIO is a scenario .json, a bare .go file, or demo:pingpong[:PAIRS[:ROUNDS]] (a C++
// program, until the Go interpreter lands). LESSON is a lesson.json or its folder
// (lessons/04-work-stealing). With neither, the lesson picker opens over lesson 1. The wiring follows Dear ImGui's
// examples/example_glfw_opengl3/main.cpp: GLFW window with an OpenGL 3.3 core context, ImGui's
// GLFW and OpenGL3 backends, one frame per loop turn, shutdown in reverse order.
//
// A script ({"step": 40}, {"screenshot": "a.png"} …) drives the session without a person;
// with --exit-after-script the window closes when it is done (after --screenshot, if given).
// A script's screenshots are bare file names, written in --shots-dir or else the script's own
// folder (visualizer/session/script.h); --screenshot is written where the command line says.
// A file that cannot be written ends the run with "gosim-viz: cannot write FILE: REASON", exit 1.
// --dump-layout writes OUT.png.json beside each screenshot: where panels and P lanes were
// drawn, for the UI test. --record and --storyboard play the lesson, the script or a
// scenario's default walk on a virtual clock into a video or slides, then exit (recorder.h).
#include <cfloat>
#include <csignal>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include "sim/base/lang.h"
#include "sim/base/out_file.h"
#include "visualizer/app/self_test.h"
#include "sim/lesson/lesson.h"
#include "visualizer/app/demo.h"
#include "visualizer/app/recorder.h"
#include "visualizer/app/screenshot.h"
#include "visualizer/panels/open_dialog.h"
#include "visualizer/i18n/ui_strings.h"
#include "visualizer/session/lesson_catalog.h"
#include "visualizer/session/record_plan.h"
#include "visualizer/session/script.h"
#include "visualizer/session/session.h"
#include "visualizer/ui/viz_app.h"

namespace {

using namespace gosim;
using namespace gosim::viz;

constexpr const char* kUsage =
    "usage: gosim-viz [SCENARIO|LESSON] [--script FILE] [--shots-dir DIR] [--screenshot OUT.png] [--size WxH]\n"
    "                 [--exit-after-script] [--dump-layout] [--GOMAXPROCS N] [--seed N] [--lang en|zh-CN]\n"
    "                 [--self-test] [--presenter] [--record OUT.{mp4,webm,gif}] [--storyboard DIR] [--fps N]\n"
    "SCENARIO: a scenario .json, a .go file, or demo:pingpong[:PAIRS[:ROUNDS]]\n"
    "LESSON: a lesson.json or its folder; with no argument the lesson picker opens on lesson 1\n";

struct Args {
  std::string scenario;
  std::string script;
  std::string shots_dir;
  std::string screenshot;
  int width = 1600, height = 1000;
  bool size_given = false;
  bool exit_after_script = false;
  bool dump_layout = false;
  bool self_test = false;
  bool presenter = false;
  std::string record, storyboard;
  int fps = 0;
  Lang lang = lang_from_env();
  int gomaxprocs = 0;
  long long seed = -1;
};

bool parse_args(int argc, char** argv, Args& a) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&](const char* name) -> const char* {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "gosim-viz: %s wants a value\n", name);
        return nullptr;
      }
      return argv[++i];
    };
    if (arg == "--help" || arg == "-h") {
      std::fputs(kUsage, stdout);
      std::exit(0);
    } else if (arg == "--script") {
      const char* v = value("--script");
      if (!v) return false;
      a.script = v;
    } else if (arg == "--shots-dir") {
      const char* v = value("--shots-dir");
      if (!v) return false;
      a.shots_dir = v;
    } else if (arg == "--screenshot") {
      const char* v = value("--screenshot");
      if (!v) return false;
      a.screenshot = v;
    } else if (arg == "--size") {
      const char* v = value("--size");
      if (!v || std::sscanf(v, "%dx%d", &a.width, &a.height) != 2 || a.width < 320 || a.height < 240 ||
          a.width > 8192 || a.height > 8192) {
        std::fprintf(stderr, "gosim-viz: --size wants WIDTHxHEIGHT, from 320x240 to 8192x8192\n");
        return false;
      }
      a.size_given = true;
    } else if (arg == "--GOMAXPROCS") {
      const char* v = value("--GOMAXPROCS");
      if (!v || (a.gomaxprocs = std::atoi(v)) < 1 || a.gomaxprocs > 256) {
        std::fprintf(stderr, "gosim-viz: --GOMAXPROCS wants a number from 1 to 256\n");
        return false;
      }
    } else if (arg == "--seed") {
      const char* v = value("--seed");
      if (!v) return false;
      a.seed = std::atoll(v);
    } else if (arg == "--exit-after-script") {
      a.exit_after_script = true;
    } else if (arg == "--lang") {
      const char* v = value("--lang");
      if (!v) return false;
      const std::optional<Lang> l = parse_lang(v);
      if (!l) {
        std::fprintf(stderr, "gosim-viz: --lang wants en or zh-CN (got %s)\n", v);
        return false;
      }
      a.lang = *l;
    } else if (arg == "--record") {
      const char* v = value("--record");
      if (!v) return false;
      a.record = v;
    } else if (arg == "--storyboard") {
      const char* v = value("--storyboard");
      if (!v) return false;
      a.storyboard = v;
    } else if (arg == "--fps") {
      const char* v = value("--fps");
      char* end = nullptr;
      const long n = v ? std::strtol(v, &end, 10) : 0;
      if (!v || *end != '\0' || n < 1 || n > 120) {
        std::fprintf(stderr, "gosim-viz: --fps wants a whole number of frames a second from 1 to 120\n");
        return false;
      }
      a.fps = static_cast<int>(n);
    } else if (arg == "--presenter") {
      a.presenter = true;
    } else if (arg == "--self-test") {
      a.self_test = true;
    } else if (arg == "--dump-layout") {
      a.dump_layout = true;
    } else if (!arg.empty() && arg[0] == '-') {
      std::fprintf(stderr, "gosim-viz: unknown flag %s\n%s", arg.c_str(), kUsage);
      return false;
    } else if (a.scenario.empty()) {
      a.scenario = arg;
    } else {
      std::fprintf(stderr, "gosim-viz: one scenario at a time (got %s and %s)\n", a.scenario.c_str(), arg.c_str());
      return false;
    }
  }
  return true;
}

// The lesson a bare `gosim-viz` opens: the first under lessons/ ("" when there are none).
std::string first_lesson() {
  const std::string dir = default_lessons_dir();
  if (dir.empty()) return "";
  const std::vector<LessonEntry> all = find_lessons(dir, "");
  return all.empty() ? "" : all.front().path;
}

// Opens what the command line names; "" on success, else the message to show.
std::string open(Session& session, const Args& a) {
  if (is_demo(a.scenario)) {
    std::string err;
    auto demo = demo_program(a.scenario, &err);
    if (!demo) return err;
    if (a.gomaxprocs > 0) demo->config.gomaxprocs = a.gomaxprocs;
    if (a.seed >= 0) demo->config.seed = static_cast<uint64_t>(a.seed);
    session.open_program(demo->program, demo->main_entry, demo->config, demo->title);
    return {};
  }
  std::string text;
  for (const Diagnostic& d : session.open_scenario(a.scenario)) text += d.str() + "\n";
  if (text.empty() && (a.gomaxprocs > 0 || a.seed >= 0)) {
    Config c = session.config();
    if (a.gomaxprocs > 0) c.gomaxprocs = a.gomaxprocs;
    if (a.seed >= 0) c.seed = static_cast<uint64_t>(a.seed);
    session.rerun(c);
    session.restart();
  }
  return text;
}

// Every key event goes to ImGui (as its backend's own callback would) and to the app's queue.
void key_callback(GLFWwindow* window, int key, int scancode, int action, int mods) {
  ImGui_ImplGlfw_KeyCallback(window, key, scancode, action, mods);
  auto* app = static_cast<VizApp*>(glfwGetWindowUserPointer(window));
  if (app != nullptr) app->key_event(key, action, mods);
}

// Drag-and-drop: the first dropped file is opened (after the frame, like every command).
void drop_callback(GLFWwindow* window, int count, const char** paths) {
  auto* app = static_cast<VizApp*>(glfwGetWindowUserPointer(window));
  if (app != nullptr && count > 0) app->open_later(paths[0]);
}

void glfw_error_callback(int error, const char* description) {
  std::fprintf(stderr, "gosim-viz: GLFW error %d: %s\n", error, description);
}

double now_ms() {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  if (!parse_args(argc, argv, args)) return 1;

  Session session;
  // A lesson is opened by the app (below); with no argument, the first lesson and the picker.
  const bool no_argument = args.scenario.empty();
  if (no_argument) args.scenario = first_lesson();
  if (args.scenario.empty()) {
    std::fprintf(stderr, "gosim-viz: no lessons/ folder here or in the source tree\n%s", kUsage);
    return 1;
  }
  const bool is_lesson = !lesson_file_of(args.scenario).empty();
  const bool recording = !args.record.empty() || !args.storyboard.empty();
  RecordJob job;
  if (recording) {
    // Refused before anything opens: a wrong extension, an unwritable path, a missing encoder.
    job.video_path = args.record;
    job.storyboard_dir = args.storyboard;
    // A video is 16:9 unless asked otherwise (the window's 1600x1000 is not a video size).
    job.width = args.size_given ? args.width : 1280;
    job.height = args.size_given ? args.height : 720;
    job.fps = args.fps;
    job.lang = args.lang;
    // A file size limit (ulimit -f) then fails a write with "File too large", which is reported
    // and cleaned up like a full disk, instead of killing the process with a half-written file.
    std::signal(SIGXFSZ, SIG_IGN);
    if (const std::string why = prepare_recording(job); !why.empty()) {
      std::fprintf(stderr, "gosim-viz: %s\n", why.c_str());
      return 1;
    }
  }
  if (is_lesson && (!args.script.empty() || recording)) {
    // A scripted run refuses a broken lesson before it opens a window (file:line:col, exit 1);
    // an interactive one shows the errors in the window.
    lesson::LessonLoad check = lesson::load_lesson(lesson_file_of(args.scenario));
    if (!check.lesson) {
      print_diagnostics(stderr, check.errors);
      return 1;
    }
  }
  const std::string open_error = is_lesson ? "" : open(session, args);
  if (!open_error.empty()) std::fputs(open_error.c_str(), stderr);
  if (!open_error.empty() && (args.exit_after_script || !args.script.empty() || recording)) return 1;
  if (session.loaded()) session.restart();

  std::vector<ScriptStep> steps;
  if (!args.script.empty()) {
    // A storyboard's slides are the script's screenshots, written in its folder.
    ScriptParse sp = load_script(args.script, args.storyboard.empty() ? args.shots_dir : args.storyboard);
    if (!sp.ok()) {
      print_diagnostics(stderr, sp.errors);
      return 1;
    }
    steps = std::move(sp.steps);
  }

  glfwSetErrorCallback(glfw_error_callback);
  if (!glfwInit()) {
    std::fprintf(stderr, "gosim-viz: cannot open a window (no display?); `gosim run` works without one\n");
    return 1;
  }
  const char* glsl_version = "#version 330";
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GL_TRUE);
  // A recording draws off screen at its own size: the window only holds the GL context.
  if (recording) glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
  const std::string title = "gosim — " + (session.scenario() ? session.scenario()->title_in(ui_lang())
                                         : session.loaded() ? session.title() : args.scenario);
  GLFWwindow* window = glfwCreateWindow(args.width, args.height, title.c_str(), nullptr, nullptr);
  if (window == nullptr) {
    glfwTerminate();
    return 1;
  }
  glfwMakeContextCurrent(window);
  const bool scripted = !args.script.empty() || !args.screenshot.empty() || args.self_test || recording;
  glfwSwapInterval(scripted ? 0 : 1);  // scripts run as fast as frames can be drawn

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  // Scripted runs must not depend on (or change) a person's saved layout.
  io.IniFilename = scripted ? nullptr : "imgui.ini";
  float xscale = 1.0f, yscale = 1.0f;
  glfwGetWindowContentScale(window, &xscale, &yscale);

  VizApp app(session, VizKeys{GLFW_KEY_B, GLFW_KEY_F, GLFW_KEY_R, GLFW_KEY_F1, GLFW_KEY_O, GLFW_KEY_EQUAL, GLFW_KEY_MINUS,
                              GLFW_KEY_0, GLFW_KEY_KP_ADD, GLFW_KEY_KP_SUBTRACT, GLFW_KEY_F5, GLFW_KEY_PERIOD});
  app.set_lang(args.lang);
  // A script's pictures must not depend on how fast frames come: only its advance_ms moves
  // the animation clock (visualizer/session/script.h).
  app.set_live_clock(!scripted);
  if (args.presenter) app.set_presenter(true);
  app.load_fonts(io, xscale > 0 ? xscale : 1.0f);
  if (!scripted) {
    app.install_settings_handler();  // recent files live in imgui.ini
    app.set_watch(true);             // hot reload; scripted runs must not depend on file times
  }
  if (session.loaded() && !session.opened_path().empty()) remember_recent(app.settings().recent_files, session.opened_path());
  if (!open_error.empty()) app.set_banner(trf(Str::kOpenFailedStart, args.scenario, open_error));
  const bool user_script = !args.script.empty();
  // A recording is scripted from the start (a lesson then opens at step 1, not at saved progress).
  if (user_script || recording) app.set_script(recording ? std::vector<ScriptStep>{} : std::move(steps));
  if (is_lesson) {
    const std::string err = app.open_lesson(args.scenario);
    if (!err.empty()) {
      std::fputs(err.c_str(), stderr);
      if (args.exit_after_script || !args.script.empty() || recording) return 1;
      app.set_banner("Could not open " + args.scenario + ":\n" + err);
    }
    if (no_argument) app.show_lesson_picker();
  }
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplOpenGL3_Init(glsl_version);
  glfwSetWindowUserPointer(window, &app);
  glfwSetDropCallback(window, drop_callback);
  glfwSetKeyCallback(window, key_callback);  // replaces ImGui's, which key_callback calls first
  app.set_key_injector([window](int key, int action, int mods) { key_callback(window, key, 0, action, mods); });

  if (recording) {
    std::vector<ScriptStep> play = recording_script(app, session, job, std::move(steps), user_script);
    job.video_ms = script_video_ms(play);
    app.set_script(std::move(play));
  }

  int status = 0;
  bool final_requested = args.screenshot.empty();
  if (recording) status = run_recording(app, session, job);
  while (!recording && !glfwWindowShouldClose(window)) {
    const bool busy = scripted || app.settings().playing || app.busy() || app.animating();
    if (busy) glfwPollEvents();
    else glfwWaitEventsTimeout(0.1);  // idle: no need to draw 60 identical frames a second

    if (app.fonts_stale()) {
      // New text (a language switch, a Chinese sentence) needs glyphs: a bigger atlas,
      // built and uploaded between frames.
      app.rebuild_fonts(io);
      ImGui_ImplOpenGL3_DestroyFontsTexture();
      ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    // A scripted run must not depend on where the pointer happens to be (under Xvfb it sits
    // in the middle of the screen): no hover highlights, no tooltips over the picture.
    if (scripted) io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    ImGui::NewFrame();
    app.frame(now_ms());
    ImGui::Render();
    int fw = 0, fh = 0;
    glfwGetFramebufferSize(window, &fw, &fh);
    glViewport(0, 0, fw, fh);
    glClearColor(0.1f, 0.1f, 0.1f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (args.self_test && !app.fonts_stale()) {
      // After a frame drawn with the final atlas: every catalog text has its glyphs.
      status = font_self_test(app.theme(), args.lang) ? 0 : 1;
      break;
    }

    if (auto path = app.take_screenshot()) {
      // A script's shots (never a symlink: the name came from a file) and the layout beside each.
      std::string error = save_screenshot(*path, fw, fh, *path != args.screenshot);
      if (error.empty() && args.dump_layout) {
        OutFile layout;
        if (!layout.open(*path + ".json", true) || !layout.write(app.layout_json(fw, fh) + "\n") || !layout.close()) {
          error = layout.message();
        }
      }
      if (!error.empty()) {
        std::fprintf(stderr, "gosim-viz: %s\n", error.c_str());
        status = 1;
        break;
      }
      std::fprintf(stderr, "gosim-viz: wrote %s (event %llu of %llu)\n", path->c_str(),
                   static_cast<unsigned long long>(session.cursor()), static_cast<unsigned long long>(session.size()));
    }
    if (!final_requested && app.script_done()) {
      app.screenshot(args.screenshot);
      final_requested = true;
    }
    if (args.exit_after_script && final_requested && app.script_done()) break;
    glfwSwapBuffers(window);
  }

  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window);
  glfwTerminate();
  return status;
}
