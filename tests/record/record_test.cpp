// gosim-viz --record and --storyboard, end to end under Xvfb: what the files hold is read back
// with FFmpeg's decoders (an independent reader), never by looking at our own writer's state.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswscale/swscale.h>
}

#define STB_IMAGE_IMPLEMENTATION
#include <stb_image.h>

namespace {

namespace fs = std::filesystem;

const std::string kOut = RECORD_OUT_DIR;
const std::string kLesson = std::string(GOSIM_SOURCE_DIR) + "/lessons/01-program-start";

int run_shell(const std::string& cmd) {
  const int st = std::system(cmd.c_str());
  return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// gosim-viz with `args` under a 1280x720 Xvfb screen; its stderr goes to NAME.log.
int viz(const std::string& args, const std::string& name) {
  return run_shell("cd " + kOut + " && timeout 240 " GOSIM_XVFB_RUN " -a -s '-screen 0 1280x720x24' " + std::string(GOSIM_VIZ) + " " +
                   args + " >" + name + ".log 2>&1");
}

// Two lesson steps, half a second each (video time).
std::string two_steps_script() {
  const std::string path = kOut + "/two_steps.json";
  std::ofstream(path) << R"([{"wait_ms": 500}, {"lesson_next": 1}, {"wait_ms": 500}])";
  return path;
}

struct Video {
  std::string codec;
  int w = 0, h = 0;
  double duration_s = 0;
  std::vector<std::vector<uint8_t>> frames;  // RGB, top-down
  std::vector<double> times_s;
};

Video decode(const std::string& path) {
  Video v;
  AVFormatContext* fmt = nullptr;
  if (avformat_open_input(&fmt, path.c_str(), nullptr, nullptr) != 0) return v;
  avformat_find_stream_info(fmt, nullptr);
  AVStream* st = fmt->streams[0];
  const AVCodec* codec = avcodec_find_decoder(st->codecpar->codec_id);
  v.codec = avcodec_get_name(st->codecpar->codec_id);
  v.w = st->codecpar->width;
  v.h = st->codecpar->height;
  v.duration_s = fmt->duration > 0 ? static_cast<double>(fmt->duration) / AV_TIME_BASE : 0;
  AVCodecContext* ctx = avcodec_alloc_context3(codec);
  avcodec_parameters_to_context(ctx, st->codecpar);
  avcodec_open2(ctx, codec, nullptr);
  AVPacket* pkt = av_packet_alloc();
  AVFrame* f = av_frame_alloc();
  SwsContext* sws = nullptr;
  auto take = [&]() {
    while (avcodec_receive_frame(ctx, f) == 0) {
      sws = sws_getCachedContext(sws, f->width, f->height, static_cast<AVPixelFormat>(f->format), f->width, f->height,
                                 AV_PIX_FMT_RGB24, SWS_POINT, nullptr, nullptr, nullptr);
      std::vector<uint8_t> rgb(static_cast<size_t>(f->width) * static_cast<size_t>(f->height) * 3);
      uint8_t* dst[1] = {rgb.data()};
      const int stride[1] = {f->width * 3};
      sws_scale(sws, f->data, f->linesize, 0, f->height, dst, stride);
      v.frames.push_back(std::move(rgb));
      v.times_s.push_back(static_cast<double>(f->best_effort_timestamp) * av_q2d(st->time_base));
    }
  };
  while (av_read_frame(fmt, pkt) >= 0) {
    avcodec_send_packet(ctx, pkt);
    av_packet_unref(pkt);
    take();
  }
  avcodec_send_packet(ctx, nullptr);
  take();
  sws_freeContext(sws);
  av_frame_free(&f);
  av_packet_free(&pkt);
  avcodec_free_context(&ctx);
  avformat_close_input(&fmt);
  return v;
}

std::vector<uint8_t> load_png(const std::string& path, int* w, int* h) {
  int n = 0;
  unsigned char* p = stbi_load(path.c_str(), w, h, &n, 3);
  if (p == nullptr) return {};
  std::vector<uint8_t> out(p, p + static_cast<size_t>(*w) * static_cast<size_t>(*h) * 3);
  stbi_image_free(p);
  return out;
}

// Mean absolute difference per channel, 0..255.
double mean_diff(const std::vector<uint8_t>& a, const std::vector<uint8_t>& b) {
  if (a.size() != b.size() || a.empty()) return 255;
  double sum = 0;
  for (size_t i = 0; i < a.size(); ++i) sum += std::abs(static_cast<int>(a[i]) - static_cast<int>(b[i]));
  return sum / static_cast<double>(a.size());
}

// The share of pixels that differ by more than `tol` in some channel.
double share_off(const std::vector<uint8_t>& a, const std::vector<uint8_t>& b, int tol) {
  size_t off = 0;
  for (size_t i = 0; i + 2 < a.size(); i += 3) {
    for (int c = 0; c < 3; ++c) {
      if (std::abs(static_cast<int>(a[i + c]) - static_cast<int>(b[i + c])) > tol) {
        ++off;
        break;
      }
    }
  }
  return static_cast<double>(off) / static_cast<double>(a.size() / 3);
}

uint64_t fnv(const std::vector<uint8_t>& v) {
  uint64_t h = 1469598103934665603ull;
  for (const uint8_t b : v) h = (h ^ b) * 1099511628211ull;
  return h;
}

// The screenshot of lesson step 2 at 640x360, taken the ordinary way (the window's framebuffer).
std::vector<uint8_t> step2_screenshot() {
  // Step 1's screenshot first: the window's first frames size the panels and scroll the source
  // to its line, which a recording does in its warm-up frames.
  std::ofstream(kOut + "/shot.json") << R"([{"screenshot": "step1.png"}, {"lesson_next": 1}, {"screenshot": "step2.png"}])";
  REQUIRE(viz(kLesson + " --script shot.json --size 640x360 --exit-after-script --lang en", "shot") == 0);
  int w = 0, h = 0;
  std::vector<uint8_t> png = load_png(kOut + "/step2.png", &w, &h);
  REQUIRE(w == 640);
  REQUIRE(h == 360);
  return png;
}

// 500 ms + 500 ms at 10 fps: frames at 0, 0.1, … 1.0 s (the last shows the end of step 2).
constexpr int kFps = 10, kFrames = 11;

void check_video(const std::string& file, const std::string& codec) {
  const std::string script = two_steps_script();
  REQUIRE(viz(kLesson + " --script " + script + " --record " + file + " --size 640x360 --fps 10 --lang en", file) == 0);
  CHECK_FALSE(fs::exists(kOut + "/" + file + ".part"));
  const Video v = decode(kOut + "/" + file);
  CHECK(v.codec == codec);
  CHECK(v.w == 640);
  CHECK(v.h == 360);
  INFO("log: " << slurp(kOut + "/" + file + ".log"));
  if (codec == "gif") {
    // Still frames are merged (a longer delay), so fewer images; the length is the same.
    CHECK(v.frames.size() >= 2);
    CHECK(v.frames.size() <= static_cast<size_t>(kFrames));
  } else {
    CHECK(v.frames.size() == static_cast<size_t>(kFrames));
    CHECK(v.times_s.back() == doctest::Approx((kFrames - 1) / static_cast<double>(kFps)).epsilon(0.01));
  }
  CHECK(v.duration_s == doctest::Approx(kFrames / static_cast<double>(kFps)).epsilon(0.05));
  // The last frame shows step 2: it matches a screenshot of step 2 within compression's error.
  static const std::vector<uint8_t> shot = step2_screenshot();
  const double d = mean_diff(v.frames.back(), shot);
  const double off = share_off(v.frames.back(), shot, 48);
  INFO(file << ": mean difference " << d << ", share of pixels off by more than 48: " << off);
  CHECK(d < (codec == "gif" ? 2.0 : 4.0));
  CHECK(off < 0.01);
  // And the first frame (step 1) does not: the narration changed.
  CHECK(mean_diff(v.frames.front(), shot) > d);
}

TEST_CASE("record: a lesson to MP4 (H.264), decoded: codec, size, frames, duration, step 2's picture") {
  check_video("lesson.mp4", "h264");
}

TEST_CASE("record: the same lesson to WebM (VP9)") { check_video("lesson.webm", "vp9"); }

TEST_CASE("record: the same lesson to GIF, with a palette from the frames") {
  check_video("lesson.gif", "gif");
  // A proper palette: the decoded picture has more than the 16 colours a fixed palette of UI
  // greys would keep, and far fewer than 256 per frame are needed for a UI.
  const Video v = decode(kOut + "/lesson.gif");
  std::vector<uint32_t> colors;
  for (size_t i = 0; i < v.frames.back().size(); i += 3) {
    colors.push_back(uint32_t{v.frames.back()[i]} << 16 | uint32_t{v.frames.back()[i + 1]} << 8 | v.frames.back()[i + 2]);
  }
  std::sort(colors.begin(), colors.end());
  colors.erase(std::unique(colors.begin(), colors.end()), colors.end());
  CHECK(colors.size() > 16);
}

TEST_CASE("record: the same lesson, size and fps give the same decoded frames") {
  const std::string script = two_steps_script();
  std::vector<std::vector<uint64_t>> hashes;
  for (const char* name : {"det_a.mp4", "det_b.mp4"}) {
    REQUIRE(viz(kLesson + " --script " + script + " --record " + name + " --size 640x360 --fps 10 --lang en", name) == 0);
    std::vector<uint64_t> h;
    for (const auto& f : decode(kOut + "/" + name).frames) h.push_back(fnv(f));
    hashes.push_back(h);
  }
  REQUIRE(hashes[0].size() == static_cast<size_t>(kFrames));
  CHECK(hashes[0] == hashes[1]);
}

TEST_CASE("record: a write that fails mid-video leaves neither the video nor its .part file") {
  // A file size limit of 64 KB: the first packets fit, a later write fails with EFBIG ("file too large"), as a
  // disk that fills up during the recording would fail with ENOSPC.
  const std::string script = two_steps_script();
  for (const char* name : {"limited.mp4", "limited.gif"}) {
    fs::remove(kOut + "/" + name);
    // The limit applies to gosim-viz alone, not to xvfb-run and Xvfb (tests/ui/xvfb_run.sh says
    // why the tests give xvfb-run an authority file of their own).
    const int rc = run_shell("cd " + kOut + " && timeout 240 " GOSIM_XVFB_RUN " -a -s '-screen 0 1280x720x24' sh -c 'ulimit -f 64; exec " +
                             std::string(GOSIM_VIZ) + " " + kLesson + " --script " + script + " --record " + name +
                             " --size 1280x720 --fps 10' >" + name + ".log 2>&1");
    const std::string log = slurp(kOut + "/" + name + ".log");
    INFO(log);
    CHECK(rc == 1);
    CHECK(log.find(std::string("gosim-viz: cannot write ") + name + ": file too large") != std::string::npos);
    CHECK_FALSE(fs::exists(kOut + "/" + name));
    CHECK_FALSE(fs::exists(kOut + "/" + name + ".part"));
  }
}

TEST_CASE("record: 1920x1080 draws off screen, whole, under a 1280x720 display") {
  std::ofstream(kOut + "/short.json") << R"([{"wait_ms": 100}])";
  REQUIRE(viz(kLesson + " --script short.json --record big.mp4 --size 1920x1080 --fps 10", "big") == 0);
  const Video v = decode(kOut + "/big.mp4");
  REQUIRE(v.w == 1920);
  REQUIRE(v.h == 1080);
  REQUIRE(!v.frames.empty());
  // The narration pane sits at the right edge: the part beyond 1280x720 has drawn text, not
  // the clear colour alone.
  const std::vector<uint8_t>& f = v.frames.back();
  std::vector<uint32_t> seen;
  for (int y = 760; y < 1080; y += 2) {
    for (int x = 1300; x < 1920; x += 2) {
      const size_t i = (static_cast<size_t>(y) * 1920 + static_cast<size_t>(x)) * 3;
      seen.push_back(uint32_t{f[i]} << 16 | uint32_t{f[i + 1]} << 8 | f[i + 2]);
    }
  }
  std::sort(seen.begin(), seen.end());
  seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
  CHECK(seen.size() > 8);
}

TEST_CASE("storyboard: one PNG per step and reveal, and an index.html with the narration, in Chinese") {
  const std::string dir = kOut + "/board_zh";
  fs::remove_all(dir);
  REQUIRE(viz(kLesson + " --storyboard board_zh --size 640x360 --lang zh-CN", "board_zh") == 0);
  const std::string html = slurp(dir + "/index.html");
  CHECK(html.find("<html lang=\"zh-CN\">") != std::string::npos);
  CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
  // The lesson's first step's Chinese narration, as the lesson file has it.
  const std::string lesson = slurp(kLesson + "/lesson.json");
  const size_t at = lesson.find("\"zh-CN\"", lesson.find("\"steps\""));
  REQUIRE(at != std::string::npos);
  const size_t q = lesson.find('"', lesson.find(':', at) + 1);
  std::string first_zh = lesson.substr(q + 1, 30);
  first_zh = first_zh.substr(0, first_zh.find_first_of("\\\"<>&'"));  // up to anything JSON or HTML escapes
  first_zh = first_zh.substr(0, first_zh.size() - first_zh.size() % 3);  // whole characters (3 bytes each)
  INFO("first zh: " << first_zh);
  CHECK(first_zh.size() >= 9);
  CHECK(html.find(first_zh) != std::string::npos);
  size_t slides = 0;
  for (size_t p = html.find("<img src=\"slide-"); p != std::string::npos; p = html.find("<img src=\"slide-", p + 1)) ++slides;
  CHECK(slides >= 8);  // every lesson has 8 to 20 steps, plus a reveal per question
  for (size_t i = 1; i <= slides; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "/slide-%02zu.png", i);
    int w = 0, h = 0;
    CHECK(!load_png(dir + name, &w, &h).empty());
    CHECK(w == 640);
  }
  CHECK(html.find("揭晓") != std::string::npos);
}

}  // namespace

int main(int argc, char** argv) {
  if (std::system("command -v xvfb-run >/dev/null 2>&1") != 0) {
    std::puts("record: skipped: xvfb-run is not installed (apt-get install xvfb xauth)");
    return 77;
  }
  std::filesystem::create_directories(kOut);
  doctest::Context ctx(argc, argv);
  return ctx.run();
}
