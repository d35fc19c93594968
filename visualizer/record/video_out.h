// VideoOut: frames in, a video file out — H.264 in MP4, VP9 in WebM (FFmpeg's libraries) or GIF
// (gif_writer.h, our own palette and LZW).
//
// The file is written under a temporary name beside it (OUT.part) and renamed to OUT only when
// the last byte is written and closed, so a failed recording (disk full, killed) never leaves a
// file that looks complete; the temporary file is removed on failure. A path that exists and is
// not a regular file (/dev/full, a FIFO) is written in place: it cannot be renamed over.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace gosim::viz {

enum class VideoFormat : uint8_t { kMp4, kWebm, kGif };

// By the file name's extension (.mp4, .webm, .gif; any case); nullopt for anything else.
std::optional<VideoFormat> video_format_of(const std::string& path);
const char* video_format_name(VideoFormat f);
// The frame rate a format records at when --fps is not given (GIF: 15, its delays are in 1/100 s).
int default_fps(VideoFormat f);
// "" or why (width, height, fps) cannot be recorded in format f (odd sizes for 4:2:0, GIF above 50).
std::string check_video_params(VideoFormat f, int width, int height, int fps);

class VideoOut {
 public:
  virtual ~VideoOut() = default;
  // One frame: width*height RGB pixels, rows top to bottom. False once writing failed (error()).
  virtual bool add_frame(const uint8_t* rgb) = 0;
  // The same picture as the frame before, again (a still step): no conversion, no comparison.
  virtual bool repeat_frame() = 0;
  // Flushes the encoder, closes the file and renames it into place. False on failure (error()).
  virtual bool finish() = 0;
  // "cannot write OUT.mp4: no space left on device" and the like, naming the final path.
  virtual const std::string& error() const = 0;
  // What encodes the video, for the report line ("libx264 (H.264), yuv420p").
  virtual std::string encoder_name() const = 0;
};

// Opens `path` for a video of width x height at fps frames a second. nullptr with `error` set
// when the format is unknown, the encoder is missing or the file cannot be created.
std::unique_ptr<VideoOut> open_video(const std::string& path, int width, int height, int fps, std::string* error);

// Where a file is written until it is complete, and the rename at the end.
struct PartFile {
  std::string final_path, write_path;
  bool in_place = false;  // a device or FIFO: written directly
  static PartFile for_path(const std::string& path);
  // Renames write_path to final_path; "" or "cannot write FINAL: REASON".
  std::string commit() const;
  void discard() const;  // removes write_path (never an in-place path)
};

}  // namespace gosim::viz
