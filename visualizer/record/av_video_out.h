// The FFmpeg half of open_video (video_out.h): MP4 with H.264 and WebM with VP9.
#pragma once

#include "visualizer/record/video_out.h"

namespace gosim::viz {

std::unique_ptr<VideoOut> open_av_video(VideoFormat f, const std::string& path, int width, int height, int fps,
                                        std::string* error);

}  // namespace gosim::viz
