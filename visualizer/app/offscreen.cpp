#include "visualizer/app/offscreen.h"

#include <cstring>

#define GL_GLEXT_PROTOTYPES 1
#include <GL/gl.h>
#include <GL/glext.h>

namespace gosim::viz {

Offscreen::~Offscreen() {
  if (fbo_ != 0) glDeleteFramebuffers(1, &fbo_);
  if (color_ != 0) glDeleteRenderbuffers(1, &color_);
}

std::string Offscreen::create(int width, int height) {
  GLint max_size = 0;
  glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &max_size);
  if (width > max_size || height > max_size) {
    return "the OpenGL driver draws at most " + std::to_string(max_size) + "x" + std::to_string(max_size) + " pixels off screen";
  }
  w_ = width;
  h_ = height;
  glGenRenderbuffers(1, &color_);
  glBindRenderbuffer(GL_RENDERBUFFER, color_);
  glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
  glGenFramebuffers(1, &fbo_);
  glBindFramebuffer(GL_FRAMEBUFFER, fbo_);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, color_);
  const GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  if (status != GL_FRAMEBUFFER_COMPLETE) return "the OpenGL driver cannot draw off screen (framebuffer status " + std::to_string(status) + ")";
  return "";
}

void Offscreen::bind() const {
  glBindFramebuffer(GL_FRAMEBUFFER, fbo_);
  glReadBuffer(GL_COLOR_ATTACHMENT0);
}

void Offscreen::unbind() const { glBindFramebuffer(GL_FRAMEBUFFER, 0); }

void Offscreen::read_rgb(std::vector<uint8_t>& out) const {
  const size_t row = static_cast<size_t>(w_) * 3;
  rows_.resize(row * static_cast<size_t>(h_));
  out.resize(rows_.size());
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, w_, h_, GL_RGB, GL_UNSIGNED_BYTE, rows_.data());
  for (int y = 0; y < h_; ++y) {
    std::memcpy(out.data() + static_cast<size_t>(y) * row, rows_.data() + static_cast<size_t>(h_ - 1 - y) * row, row);
  }
}

}  // namespace gosim::viz
