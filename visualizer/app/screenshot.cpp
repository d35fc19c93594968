#include "visualizer/app/screenshot.h"

#include <string_view>
#include <vector>

#include "sim/base/out_file.h"

#include <GL/gl.h>
#include <GL/glext.h>
#include <stb_image_write.h>

namespace gosim::viz {

std::string save_screenshot(const std::string& path, int width, int height, bool no_follow) {
  if (width <= 0 || height <= 0) return "cannot write " + path + ": the window has no pixels";
  std::vector<unsigned char> pixels(static_cast<size_t>(width) * static_cast<size_t>(height) * 3);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  // The window's back buffer, or the off-screen framebuffer a recording draws into.
  GLint fbo = 0;
  glGetIntegerv(GL_FRAMEBUFFER_BINDING, &fbo);
  glReadBuffer(fbo != 0 ? GL_COLOR_ATTACHMENT0 : GL_BACK);
  glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
  // GL's rows go bottom-up; PNG's top-down.
  return save_png(path, width, height, pixels.data(), true, no_follow);
}

std::string save_png(const std::string& path, int width, int height, const unsigned char* rgb, bool bottom_up,
                     bool no_follow) {
  stbi_flip_vertically_on_write(bottom_up ? 1 : 0);
  // stb encodes into our callback, so every write and the close are checked (OutFile).
  OutFile out;
  if (!out.open(path, no_follow)) return out.message();
  auto sink = [](void* ctx, void* data, int size) {
    static_cast<OutFile*>(ctx)->write(std::string_view(static_cast<const char*>(data), static_cast<size_t>(size)));
  };
  const bool encoded = stbi_write_png_to_func(sink, &out, width, height, 3, rgb, width * 3) != 0;
  if (!out.close()) return out.message();
  if (!encoded) return "cannot write " + path + ": the PNG encoder failed";
  return "";
}

}  // namespace gosim::viz
