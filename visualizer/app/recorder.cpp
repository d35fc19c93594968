#include "visualizer/app/recorder.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cfloat>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include "sim/base/out_file.h"
#include "visualizer/app/offscreen.h"
#include "visualizer/app/screenshot.h"
#include "visualizer/i18n/ui_strings.h"
#include "visualizer/session/lesson_player.h"
#include "visualizer/session/record_plan.h"
#include "visualizer/session/session.h"
#include "visualizer/session/storyboard_html.h"
#include "visualizer/ui/caption.h"
#include "visualizer/ui/viz_app.h"

namespace gosim::viz {

namespace {

// Frames drawn at video time 0 before the first recorded one: new windows size themselves over
// two frames, presenter mode's fit and the lesson's scroll settle within five.
constexpr int kWarmupFrames = 6;

// The host clock, for the progress bar's ETA only.
double host_s() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// "frame 120 of 900 [#####.....] 13% ETA 0:41" on one terminal line, at most 5 times a second.
class Progress {
 public:
  explicit Progress(int64_t total) : total_(total), tty_(isatty(fileno(stderr)) != 0), start_(host_s()) {}
  void update(int64_t done) {
    const double now = host_s();
    if (now - last_ < 0.2 && done < total_) return;
    last_ = now;
    const int64_t total = std::max(total_, done);
    const double frac = total == 0 ? 1.0 : static_cast<double>(done) / static_cast<double>(total);
    const double eta = done == 0 ? 0 : (now - start_) / static_cast<double>(done) * static_cast<double>(total - done);
    const int bar = static_cast<int>(frac * 30);
    std::fprintf(stderr, "%sgosim-viz: frame %lld of %lld [%.*s%.*s] %3d%% ETA %d:%02d%s", tty_ ? "\r" : "",
                 static_cast<long long>(done), static_cast<long long>(total), bar, "##############################",
                 30 - bar, "..............................", static_cast<int>(frac * 100), static_cast<int>(eta) / 60,
                 static_cast<int>(eta) % 60, tty_ ? "" : "\n");
    std::fflush(stderr);
  }
  void end() {
    if (tty_) std::fputc('\n', stderr);
  }
  double seconds() const { return host_s() - start_; }

 private:
  int64_t total_;
  bool tty_;
  double start_, last_ = -1;
};

// What the picture says now: the lesson step's narration (its question, and the reveal once
// shown), or the caption line (the event's sentence and the scenario's note).
Slide slide_now(VizApp& app, const Session& session, Lang lang) {
  Slide s;
  if (const LessonPlayer* l = app.lesson()) {
    const PlanStep& st = l->current();
    s.heading = fmt::format(fmt::runtime(tr(Str::kLessonStepOf, lang)), l->step() + 1, l->steps());
    s.paragraphs.push_back(st.text.in(lang));
    if (st.question) {
      s.question = st.question->prompt.in(lang);
      for (const LText& c : st.question->choices) s.choices.push_back(c.in(lang));
      if (l->revealed()) {
        const PlanQuestion& q = *st.question;
        const std::string answer = q.kind == QuestionKind::kChoice ? std::string(1, static_cast<char>('A' + static_cast<int>(q.answer)))
                                   : q.kind == QuestionKind::kGoroutine ? fmt::format("G{}", q.answer)
                                                                        : fmt::format("{}", q.answer);
        s.reveal = fmt::format(fmt::runtime(tr(Str::kLessonAnswerIs, lang)), answer) + " " + q.reveal.in(lang);
      }
    }
    return s;
  }
  const Caption c = caption_line(session, app.settings());
  s.heading = fmt::format("{} / {}", session.cursor(), session.size());
  s.paragraphs.push_back(c.text);
  if (!c.note.empty()) s.paragraphs.push_back(fmt::format(fmt::runtime(tr(Str::kNotePrefix, lang)), c.note));
  return s;
}

// What ImGui asks the GPU to draw this frame: every vertex, index and draw command. The same
// draw data over the same font texture gives the same pixels, so a still step (most of a
// walkthrough) is drawn, read back and converted once, not 30 times a second.
uint64_t draw_data_hash(const ImDrawData* d) {
  uint64_t h = 1469598103934665603ull;
  auto mix = [&h](const void* p, size_t n) {
    const auto* b = static_cast<const unsigned char*>(p);
    for (size_t i = 0; i < n; ++i) h = (h ^ b[i]) * 1099511628211ull;
  };
  mix(&d->DisplaySize, sizeof d->DisplaySize);
  for (int i = 0; i < d->CmdListsCount; ++i) {
    const ImDrawList* l = d->CmdLists[i];
    mix(l->VtxBuffer.Data, static_cast<size_t>(l->VtxBuffer.Size) * sizeof(ImDrawVert));
    mix(l->IdxBuffer.Data, static_cast<size_t>(l->IdxBuffer.Size) * sizeof(ImDrawIdx));
    for (const ImDrawCmd& c : l->CmdBuffer) {
      mix(&c.ClipRect, sizeof c.ClipRect);
      mix(&c.TextureId, sizeof c.TextureId);
      mix(&c.VtxOffset, sizeof c.VtxOffset);
      mix(&c.IdxOffset, sizeof c.IdxOffset);
      mix(&c.ElemCount, sizeof c.ElemCount);
    }
  }
  return h;
}

std::string write_text_file(const std::string& path, const std::string& text) {
  const PartFile part = PartFile::for_path(path);
  OutFile out;
  if (!out.open(part.write_path) || !out.write(text) || !out.close()) {
    part.discard();
    return "cannot write " + path + ": " + out.error();
  }
  return part.commit();
}

}  // namespace

std::string prepare_recording(RecordJob& job) {
  if (!job.video_path.empty()) {
    const std::optional<VideoFormat> f = video_format_of(job.video_path);
    if (!f) {
      return "cannot record " + job.video_path + ": unknown video type; name the file .mp4 (H.264), .webm (VP9) or .gif";
    }
    if (job.fps == 0) job.fps = default_fps(*f);
    std::string error;
    job.video = open_video(job.video_path, job.width, job.height, job.fps, &error);
    if (!job.video) return error;
  }
  if (job.fps == 0) job.fps = 30;
  if (!job.storyboard_dir.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(job.storyboard_dir, ec);
    std::string why;
    struct stat st {};
    if (ec) why = ec.message();
    else if (::stat(job.storyboard_dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) why = "not a folder";
    else if (::access(job.storyboard_dir.c_str(), W_OK) != 0) why = std::strerror(errno);
    if (!why.empty()) return "cannot write the storyboard in " + job.storyboard_dir + ": " + why + "; name a folder you can write";
  }
  return "";
}

std::vector<ScriptStep> recording_script(const VizApp& app, const Session& session, const RecordJob& job,
                                         std::vector<ScriptStep> user_script, bool has_user_script) {
  if (has_user_script) return user_script;  // its screenshots are the storyboard's slides
  std::vector<ScriptStep> walk = app.lesson() ? lesson_walk(app.lesson()->plan(), job.lang) : scenario_walk(session, job.lang);
  if (job.storyboard_dir.empty()) return walk;
  // A storyboard: every pause of the walk becomes a slide.
  std::vector<ScriptStep> shots;
  int n = 0;
  for (ScriptStep st : walk) {
    if (st.op == StepOp::kWaitMs) {
      st.op = StepOp::kScreenshot;
      st.text = (std::filesystem::path(job.storyboard_dir) / fmt::format("slide-{:02}.png", ++n)).string();
    }
    st.index = shots.size();
    shots.push_back(std::move(st));
  }
  return shots;
}

int run_recording(VizApp& app, Session& session, RecordJob& job) {
  Offscreen fbo;
  if (const std::string why = fbo.create(job.width, job.height); !why.empty()) {
    std::fprintf(stderr, "gosim-viz: cannot record at %dx%d: %s; try a smaller --size\n", job.width, job.height, why.c_str());
    return 1;
  }
  ImGuiIO& io = ImGui::GetIO();
  const double dt = 1.0 / job.fps;
  const int64_t planned = static_cast<int64_t>(std::ceil(static_cast<double>(job.video_ms) * job.fps / 1000.0)) + 1;
  Progress progress(job.video ? planned : 0);
  std::vector<uint8_t> rgb;
  std::vector<Slide> slides;
  int64_t frame = 0;  // recorded frames; video time = frame / fps
  uint64_t last_hash = 0;
  bool have_last = false;  // rgb holds the picture of last_hash
  for (int turn = 0;; ++turn) {
    const bool warming = turn < kWarmupFrames;
    if (app.fonts_stale()) {
      have_last = false;  // a new font texture: the same draw data draws other pixels
      app.rebuild_fonts(io);
      ImGui_ImplOpenGL3_DestroyFontsTexture();
      ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    glfwPollEvents();  // keeps the X connection served; no input reaches the picture
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    // The picture's size is the video's, whatever the window's; its time is the frame's.
    io.DisplaySize = ImVec2(static_cast<float>(job.width), static_cast<float>(job.height));
    io.DisplayFramebufferScale = ImVec2(1, 1);
    io.DeltaTime = static_cast<float>(dt);
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    ImGui::NewFrame();
    app.frame(static_cast<double>(frame) * 1000.0 / job.fps);
    ImGui::Render();
    const uint64_t hash = draw_data_hash(ImGui::GetDrawData());
    const bool same = have_last && hash == last_hash;
    fbo.bind();
    if (!same) {
      glViewport(0, 0, job.width, job.height);
      glClearColor(0.1f, 0.1f, 0.1f, 1.0f);
      glClear(GL_COLOR_BUFFER_BIT);
      ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
      fbo.read_rgb(rgb);
      last_hash = hash;
      have_last = true;
    }
    if (auto shot = app.take_screenshot()) {
      if (const std::string err = save_png(*shot, job.width, job.height, rgb.data(), false, true); !err.empty()) {
        std::fprintf(stderr, "gosim-viz: %s\n", err.c_str());
        return 1;
      }
      Slide s = slide_now(app, session, job.lang);
      s.image = std::filesystem::path(*shot).filename().string();
      slides.push_back(std::move(s));
    }
    if (!warming && job.video) {
      if (!(same && frame > 0 ? job.video->repeat_frame() : job.video->add_frame(rgb.data()))) {
        progress.end();
        std::fprintf(stderr, "gosim-viz: %s\n", job.video->error().c_str());
        return 1;
      }
      ++frame;
      app.frame_clock().advance(dt);
      progress.update(frame);
    } else if (!warming) {
      ++frame;  // a storyboard alone: time still passes for wait_ms, nothing is encoded
      app.frame_clock().advance(dt);
    }
    fbo.unbind();
    if (!warming && app.script_done()) break;
  }
  progress.end();
  if (job.video) {
    if (!job.video->finish()) {
      std::fprintf(stderr, "gosim-viz: %s\n", job.video->error().c_str());
      return 1;
    }
    std::fprintf(stderr, "gosim-viz: wrote %s: %lld frames, %.2f s at %d fps, %dx%d, %s (%.1f s, %.1f frames a second)\n",
                 job.video_path.c_str(), static_cast<long long>(frame), static_cast<double>(frame) / job.fps, job.fps,
                 job.width, job.height, job.video->encoder_name().c_str(), progress.seconds(),
                 static_cast<double>(frame) / std::max(progress.seconds(), 1e-9));
  }
  if (!job.storyboard_dir.empty()) {
    const std::string source = session.loaded() ? session.opened_path() : "";
    const std::string title = app.lesson() ? app.lesson()->plan().title.in(job.lang) : session.title();
    const std::string index = (std::filesystem::path(job.storyboard_dir) / "index.html").string();
    const std::string err = write_text_file(index, storyboard_html(title, app.lesson() ? app.lesson()->plan().path : source, job.lang, slides));
    if (!err.empty()) {
      std::fprintf(stderr, "gosim-viz: %s\n", err.c_str());
      return 1;
    }
    std::fprintf(stderr, "gosim-viz: wrote %s and %zu slides\n", index.c_str(), slides.size());
  }
  return 0;
}

}  // namespace gosim::viz
