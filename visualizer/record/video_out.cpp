#include "visualizer/record/video_out.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

extern "C" {
#include <libavutil/log.h>
}

#include "visualizer/record/av_video_out.h"
#include "visualizer/record/gif_writer.h"

namespace gosim::viz {

std::optional<VideoFormat> video_format_of(const std::string& path) {
  const size_t dot = path.rfind('.');
  if (dot == std::string::npos || path.find('/', dot) != std::string::npos) return std::nullopt;
  std::string ext = path.substr(dot + 1);
  for (char& c : ext) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (ext == "mp4") return VideoFormat::kMp4;
  if (ext == "webm") return VideoFormat::kWebm;
  if (ext == "gif") return VideoFormat::kGif;
  return std::nullopt;
}

const char* video_format_name(VideoFormat f) {
  switch (f) {
    case VideoFormat::kMp4: return "MP4 (H.264)";
    case VideoFormat::kWebm: return "WebM (VP9)";
    case VideoFormat::kGif: return "GIF";
  }
  return "?";
}

int default_fps(VideoFormat f) { return f == VideoFormat::kGif ? 15 : 30; }

std::string check_video_params(VideoFormat f, int width, int height, int fps) {
  if (f != VideoFormat::kGif && (width % 2 != 0 || height % 2 != 0)) {
    return "--size: " + std::string(video_format_name(f)) +
           " stores colour at half resolution (yuv420p) and needs an even width and height (got " + std::to_string(width) +
           "x" + std::to_string(height) + ")";
  }
  // GIF delays are whole hundredths of a second and browsers show anything under 2/100 s as
  // 10/100 s: above 50 frames a second the video would play slower than recorded.
  if (f == VideoFormat::kGif && fps > 50) return "--fps: a GIF plays at most 50 frames a second (got " + std::to_string(fps) + ")";
  return "";
}

PartFile PartFile::for_path(const std::string& path) {
  PartFile p;
  p.final_path = path;
  struct stat st {};
  p.in_place = ::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode);
  p.write_path = p.in_place ? path : path + ".part";
  return p;
}

std::string PartFile::commit() const {
  if (in_place) return "";
  if (std::rename(write_path.c_str(), final_path.c_str()) != 0) {
    const std::string why = std::strerror(errno);
    discard();
    return "cannot write " + final_path + ": " + why;
  }
  return "";
}

void PartFile::discard() const {
  if (!in_place) std::remove(write_path.c_str());
}

std::unique_ptr<VideoOut> open_video(const std::string& path, int width, int height, int fps, std::string* error) {
  const std::optional<VideoFormat> f = video_format_of(path);
  if (!f) {
    *error = "cannot record " + path + ": unknown video type; name the file .mp4 (H.264), .webm (VP9) or .gif";
    return nullptr;
  }
  const std::string bad = check_video_params(*f, width, height, fps);
  if (!bad.empty()) {
    *error = bad;
    return nullptr;
  }
  if (*f == VideoFormat::kGif) {
    auto out = std::make_unique<GifVideoOut>(width, height, fps);
    if (!out->open(path)) {
      *error = out->error();
      return nullptr;
    }
    return out;
  }
  // The encoders' own progress lines would bury the progress bar; their errors still show.
  av_log_set_level(AV_LOG_ERROR);
  return open_av_video(*f, path, width, height, fps, error);
}

}  // namespace gosim::viz
