// Saving the frame just rendered as a PNG (glReadPixels + stb_image_write).
#pragma once

#include <string>

namespace gosim::viz {

// Reads the back buffer (call after rendering, before swapping) and writes it to `path`.
bool save_screenshot(const std::string& path, int width, int height);

}  // namespace gosim::viz
