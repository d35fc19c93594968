// Saving the frame just rendered as a PNG (glReadPixels + stb_image_write).
#pragma once

#include <string>

namespace gosim::viz {

// Reads the back buffer, or the bound off-screen framebuffer (call after rendering, before
// swapping), and writes it to `path`.
// Returns "" or the message "cannot write PATH: REASON". With no_follow a symlink at `path` is
// refused instead of followed (for names a script supplies).
std::string save_screenshot(const std::string& path, int width, int height, bool no_follow);
// Writes width x height RGB pixels (rows top-down, or bottom-up as GL reads them) as a PNG.
std::string save_png(const std::string& path, int width, int height, const unsigned char* rgb, bool bottom_up,
                     bool no_follow);

}  // namespace gosim::viz
