// The GIF writer (visualizer/record/gif_writer.h) checked by an independent decoder: FFmpeg's.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswscale/swscale.h>
}

#include "visualizer/record/gif_writer.h"
#include "visualizer/record/palette.h"

namespace gosim::viz {
namespace {

struct Decoded {
  std::vector<std::vector<uint8_t>> frames;  // RGB, top-down
  std::vector<int64_t> pts;                  // in 1/100 s
};

// Decodes every frame of `path` into RGB (what a viewer shows: transparency composited).
Decoded decode(const std::string& path) {
  Decoded out;
  AVFormatContext* fmt = nullptr;
  REQUIRE(avformat_open_input(&fmt, path.c_str(), nullptr, nullptr) == 0);
  REQUIRE(avformat_find_stream_info(fmt, nullptr) >= 0);
  const AVCodec* codec = avcodec_find_decoder(fmt->streams[0]->codecpar->codec_id);
  AVCodecContext* ctx = avcodec_alloc_context3(codec);
  avcodec_parameters_to_context(ctx, fmt->streams[0]->codecpar);
  REQUIRE(avcodec_open2(ctx, codec, nullptr) == 0);
  AVPacket* pkt = av_packet_alloc();
  AVFrame* f = av_frame_alloc();
  SwsContext* sws = nullptr;
  auto take = [&]() {
    while (avcodec_receive_frame(ctx, f) == 0) {
      sws = sws_getCachedContext(sws, f->width, f->height, static_cast<AVPixelFormat>(f->format), f->width, f->height,
                                 AV_PIX_FMT_RGB24, SWS_POINT, nullptr, nullptr, nullptr);
      std::vector<uint8_t> rgb(static_cast<size_t>(f->width * f->height * 3));
      uint8_t* dst[1] = {rgb.data()};
      const int stride[1] = {f->width * 3};
      sws_scale(sws, f->data, f->linesize, 0, f->height, dst, stride);
      out.frames.push_back(std::move(rgb));
      out.pts.push_back(f->pts);
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
  return out;
}

std::string tmp_path(const std::string& name) { return (std::filesystem::temp_directory_path() / name).string(); }

// A picture of flat colours: a background and a square at x.
std::vector<uint8_t> picture(int w, int h, int x, uint8_t shade) {
  std::vector<uint8_t> rgb(static_cast<size_t>(w * h * 3));
  for (int y = 0; y < h; ++y) {
    for (int i = 0; i < w; ++i) {
      uint8_t* p = &rgb[static_cast<size_t>((y * w + i) * 3)];
      const bool in = i >= x && i < x + 8 && y >= 4 && y < 12;
      // Bands of 8x4 pixels: 32 background colours, each in its own 5-bit histogram bin.
      p[0] = in ? 230 : static_cast<uint8_t>(20 + (i / 8) * 10);
      p[1] = in ? 80 : shade;
      p[2] = in ? 40 : static_cast<uint8_t>(100 + (y / 4) * 10);
    }
  }
  return rgb;
}

TEST_CASE("median_cut: a picture with fewer colours than the palette keeps every colour exactly") {
  ColorHistogram h;
  const uint8_t colors[3][3] = {{10, 20, 30}, {200, 201, 202}, {13, 21, 30}};  // the first and last share a bin
  for (int k = 0; k < 3; ++k) {
    for (int n = 0; n < 10 + k; ++n) h.add(colors[k]);
  }
  const Palette p = median_cut(h, 256);
  // Two bins: {10,20,30}+{13,21,30} average within theirs; {200,201,202} is exact.
  REQUIRE(p.colors.size() == 2);
  const PalColor c = p.colors[p.index_of_bin[ColorHistogram::bin(colors[1])]];
  CHECK((c.r == 200 && c.g == 201 && c.b == 202));
}

TEST_CASE("median_cut: more colours than entries are split into max_colors boxes") {
  ColorHistogram h;
  for (int r = 0; r < 256; r += 8) {
    for (int g = 0; g < 256; g += 8) {
      const uint8_t c[3] = {static_cast<uint8_t>(r), static_cast<uint8_t>(g), 128};
      h.add(c);
    }
  }
  const Palette p = median_cut(h, 16);
  CHECK(p.colors.size() == 16);
}

TEST_CASE("GIF writer: FFmpeg decodes the frames exactly, still frames merge into longer delays") {
  const int w = 64, h = 16, fps = 10;
  const std::string path = tmp_path("gosim_gif_writer_test.gif");
  std::filesystem::remove(path);
  GifVideoOut gif(w, h, fps);
  REQUIRE(gif.open(path));
  const std::vector<uint8_t> a = picture(w, h, 2, 50), b = picture(w, h, 30, 50);
  // a a a b b: two distinct images, the first shown 0.3 s, the second 0.2 s.
  for (const auto* f : {&a, &a, &a, &b, &b}) REQUIRE(gif.add_frame(f->data()));
  CHECK(std::filesystem::exists(path + ".part"));
  CHECK_FALSE(std::filesystem::exists(path));
  REQUIRE(gif.finish());
  CHECK_FALSE(std::filesystem::exists(path + ".part"));
  const Decoded d = decode(path);
  REQUIRE(d.frames.size() == 2);
  CHECK(d.frames[0] == a);
  CHECK(d.frames[1] == b);  // the delta frame over the first gives the second exactly
  CHECK(d.pts[0] == 0);
  CHECK(d.pts[1] == 30);
  std::filesystem::remove(path);
}

TEST_CASE("GIF writer: the LZW table fills and restarts on a large noisy frame") {
  const int w = 320, h = 200;
  std::vector<uint8_t> rgb(static_cast<size_t>(w * h * 3));
  uint32_t x = 12345;
  for (size_t i = 0; i < rgb.size(); i += 3) {
    x = x * 1103515245u + 12345u;
    const auto v = static_cast<uint8_t>(((x >> 16) & 31) * 8);  // 32 greys, each in its own bin
    rgb[i] = rgb[i + 1] = rgb[i + 2] = v;
  }
  const std::string path = tmp_path("gosim_gif_noise_test.gif");
  GifVideoOut gif(w, h, 15);
  REQUIRE(gif.open(path));
  REQUIRE(gif.add_frame(rgb.data()));
  REQUIRE(gif.finish());
  const Decoded d = decode(path);
  REQUIRE(d.frames.size() == 1);
  CHECK(d.frames[0] == rgb);
  std::filesystem::remove(path);
}

TEST_CASE("GIF writer: a failed write leaves no file and says which") {
  GifVideoOut gif(8, 8, 10);
  CHECK_FALSE(gif.open("/nonexistent-dir/x.gif"));
  CHECK(gif.error().find("cannot write /nonexistent-dir/x.gif") == 0);
}

TEST_CASE("video_format_of and check_video_params") {
  CHECK(video_format_of("a/b.MP4") == VideoFormat::kMp4);
  CHECK(video_format_of("x.webm") == VideoFormat::kWebm);
  CHECK(video_format_of("x.gif") == VideoFormat::kGif);
  CHECK_FALSE(video_format_of("x.avi"));
  CHECK_FALSE(video_format_of("dir.mp4/x"));
  CHECK(check_video_params(VideoFormat::kMp4, 641, 360, 30).find("even") != std::string::npos);
  CHECK(check_video_params(VideoFormat::kGif, 641, 361, 15).empty());
  CHECK(check_video_params(VideoFormat::kGif, 640, 360, 60).find("50") != std::string::npos);
}

}  // namespace
}  // namespace gosim::viz
