// An off-screen framebuffer (FBO) of a fixed size to draw the UI into and read it back.
//
// A recording is drawn at the size the user asks for (--size 1920x1080), whatever the display:
// the window's own framebuffer only owns the pixels that are on screen (under a 1280x720 Xvfb
// the rest are undefined), an FBO owns all of them. ImGui is told the FBO's size as its display
// size, its OpenGL backend draws into whatever framebuffer is bound.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace gosim::viz {

class Offscreen {
 public:
  Offscreen() = default;
  ~Offscreen();
  Offscreen(const Offscreen&) = delete;
  Offscreen& operator=(const Offscreen&) = delete;
  // "" or why the driver refused (too big for it, no FBO support).
  std::string create(int width, int height);
  void bind() const;    // draw into it (and read from it)
  void unbind() const;  // back to the window
  // The frame drawn, RGB, rows top to bottom (GL's are bottom-up).
  void read_rgb(std::vector<uint8_t>& out) const;
  int width() const { return w_; }
  int height() const { return h_; }

 private:
  unsigned fbo_ = 0, color_ = 0;
  int w_ = 0, h_ = 0;
  mutable std::vector<uint8_t> rows_;
};

}  // namespace gosim::viz
