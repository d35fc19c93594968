// GIF (89a) written by hand: a palette per frame by median cut (palette.h), frame deltas with
// transparency, LZW as the format defines it (the compressor follows giflib's egif_lib.c).
//
// A walkthrough is mostly still pictures: a frame equal to the one before is not written at all,
// the one before simply stays longer (its delay grows); a changed frame is written only inside
// the rectangle around what changed, and inside that rectangle the pixels that did not change
// are the transparent index, so the picture under them (the frame before) shows through and
// long runs of one index compress to almost nothing. Each written frame carries its own local
// colour table computed from its changed pixels only, so a frame that only changes a
// highlight's colour gets that colour exactly. Frame i is shown at i/fps; delays are in 1/100 s
// and rounded so they add up to the video's length exactly.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sim/base/out_file.h"
#include "visualizer/record/video_out.h"

namespace gosim::viz {

// The GIF LZW data of `indices` (each < 1 << min_code_size) as sub-blocks, ending with the
// zero-length block: what follows the LZW minimum code size byte in an image.
std::string gif_lzw(const std::vector<uint8_t>& indices, int min_code_size);

class GifVideoOut final : public VideoOut {
 public:
  GifVideoOut(int width, int height, int fps) : w_(width), h_(height), fps_(fps) {}
  ~GifVideoOut() override;
  bool open(const std::string& path);
  bool add_frame(const uint8_t* rgb) override;
  bool repeat_frame() override {
    ++frames_;  // the frame before stays on screen longer
    return error_.empty();
  }
  bool finish() override;
  const std::string& error() const override { return error_; }
  std::string encoder_name() const override { return "gosim's GIF writer (median-cut palette per frame, transparent deltas)"; }

 private:
  bool fail(const std::string& why);
  void write_pending();  // the last distinct frame, now that its delay is known
  void put16(std::string& s, int v) {
    s += static_cast<char>(v & 0xff);
    s += static_cast<char>((v >> 8) & 0xff);
  }

  int w_, h_, fps_;
  PartFile part_;
  OutFile out_;
  bool committed_ = false;
  std::string error_;
  std::vector<uint8_t> prev_;  // the last frame's RGB as given
  int64_t frames_ = 0;         // frames added so far
  int64_t pending_start_ = -1; // the frame index where the pending image starts, -1: none
  std::string pending_image_;  // its image descriptor, colour table and LZW data
  int pending_transparent_ = -1;
};

}  // namespace gosim::viz
