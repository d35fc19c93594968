#include "visualizer/record/gif_writer.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "visualizer/record/palette.h"

namespace gosim::viz {

namespace {

// LSB-first bit packing into 255-byte sub-blocks.
class BitSink {
 public:
  void put(uint32_t code, int width) {
    acc_ |= code << bits_;
    bits_ += width;
    while (bits_ >= 8) {
      bytes_ += static_cast<char>(acc_ & 0xff);
      acc_ >>= 8;
      bits_ -= 8;
    }
  }
  std::string blocks() {
    if (bits_ > 0) bytes_ += static_cast<char>(acc_ & 0xff);
    acc_ = 0;
    bits_ = 0;
    std::string out;
    for (size_t i = 0; i < bytes_.size(); i += 255) {
      const size_t n = std::min<size_t>(255, bytes_.size() - i);
      out += static_cast<char>(n);
      out.append(bytes_, i, n);
    }
    out += '\0';
    return out;
  }

 private:
  uint32_t acc_ = 0;
  int bits_ = 0;
  std::string bytes_;
};

// The string table: (prefix code, next index) -> code, open addressing.
class CodeTable {
 public:
  CodeTable() { clear(); }
  void clear() { std::fill(keys_.begin(), keys_.end(), -1); }
  int find(int32_t key) const {
    for (uint32_t h = hash(key);; h = (h + 1) & kMask) {
      if (keys_[h] == key) return codes_[h];
      if (keys_[h] < 0) return -1;
    }
  }
  void insert(int32_t key, int code) {
    uint32_t h = hash(key);
    while (keys_[h] >= 0) h = (h + 1) & kMask;
    keys_[h] = key;
    codes_[h] = static_cast<int16_t>(code);
  }

 private:
  static constexpr uint32_t kSize = 8192, kMask = kSize - 1;  // twice the 4096 codes: short probes
  static uint32_t hash(int32_t key) { return (static_cast<uint32_t>(key) * 2654435761u) >> 19 & kMask; }
  std::vector<int32_t> keys_ = std::vector<int32_t>(kSize);
  std::vector<int16_t> codes_ = std::vector<int16_t>(kSize);
};

}  // namespace

std::string gif_lzw(const std::vector<uint8_t>& indices, int min_code_size) {
  const int clear = 1 << min_code_size, eoi = clear + 1;
  int next = eoi + 1, width = min_code_size + 1;
  BitSink out;
  CodeTable table;
  // As giflib's EGifCompressOutput: a code is written at the current width, which grows
  // once the next free code no longer fits (the decoder, one entry behind, grows at the same code).
  auto emit = [&](int code) {
    out.put(static_cast<uint32_t>(code), width);
    if (next >= (1 << width) && width < 12) ++width;
  };
  emit(clear);
  if (indices.empty()) {
    emit(eoi);
    return out.blocks();
  }
  int prefix = indices[0];
  for (size_t i = 1; i < indices.size(); ++i) {
    const int k = indices[i];
    const int32_t key = prefix << 8 | k;
    const int code = table.find(key);
    if (code >= 0) {
      prefix = code;
      continue;
    }
    emit(prefix);
    prefix = k;
    if (next >= 4095) {  // the table is full: start again (giflib's LZ_MAX_CODE)
      emit(clear);
      table.clear();
      next = eoi + 1;
      width = min_code_size + 1;
    } else {
      table.insert(key, next++);
    }
  }
  emit(prefix);
  emit(eoi);
  return out.blocks();
}

GifVideoOut::~GifVideoOut() {
  if (!committed_) {
    out_.close();
    if (!part_.write_path.empty()) part_.discard();
  }
}

bool GifVideoOut::fail(const std::string& why) {
  if (error_.empty()) error_ = why;
  return false;
}

bool GifVideoOut::open(const std::string& path) {
  part_ = PartFile::for_path(path);
  if (!out_.open(part_.write_path)) return fail("cannot write " + part_.final_path + ": " + out_.error());
  std::string head = "GIF89a";
  put16(head, w_);
  put16(head, h_);
  head += '\0';  // no global colour table: each frame has its own
  head += '\0';  // background index
  head += '\0';  // square pixels
  // NETSCAPE2.0: loop forever, as a GIF in a slide or a web page is expected to.
  head += "\x21\xff\x0bNETSCAPE2.0\x03\x01";
  put16(head, 0);
  head += '\0';
  if (!out_.write(head)) return fail("cannot write " + part_.final_path + ": " + out_.error());
  return true;
}

bool GifVideoOut::add_frame(const uint8_t* rgb) {
  if (!error_.empty()) return false;
  const size_t n = static_cast<size_t>(w_) * static_cast<size_t>(h_) * 3;
  const bool first = prev_.empty();
  // The rectangle around every pixel that changed.
  int x0 = 0, y0 = 0, x1 = w_ - 1, y1 = h_ - 1;
  if (!first) {
    x0 = w_, y0 = h_, x1 = -1, y1 = -1;
    for (int y = 0; y < h_; ++y) {
      const size_t row = static_cast<size_t>(y) * static_cast<size_t>(w_) * 3;
      if (std::memcmp(rgb + row, prev_.data() + row, static_cast<size_t>(w_) * 3) == 0) continue;
      y0 = std::min(y0, y), y1 = y;
      for (int x = 0; x < w_; ++x) {
        const size_t i = row + static_cast<size_t>(x) * 3;
        if (std::memcmp(rgb + i, prev_.data() + i, 3) != 0) x0 = std::min(x0, x), x1 = std::max(x1, x);
      }
    }
    if (y1 < 0) {  // the same picture: the frame before stays on screen longer
      ++frames_;
      return true;
    }
  }
  write_pending();
  if (!error_.empty()) return false;
  auto changed = [&](size_t i) { return first || std::memcmp(rgb + i, prev_.data() + i, 3) != 0; };
  ColorHistogram hist;
  bool any_same = false;
  for (int y = y0; y <= y1; ++y) {
    for (int x = x0; x <= x1; ++x) {
      const size_t i = (static_cast<size_t>(y) * static_cast<size_t>(w_) + static_cast<size_t>(x)) * 3;
      if (changed(i)) hist.add(rgb + i);
      else any_same = true;
    }
  }
  const Palette pal = median_cut(hist, any_same ? 255 : 256);
  const int transparent = any_same ? static_cast<int>(pal.colors.size()) : -1;
  const int used = static_cast<int>(pal.colors.size()) + (any_same ? 1 : 0);
  int bits = 1;
  while ((1 << bits) < used) ++bits;
  std::vector<uint8_t> idx;
  idx.reserve(static_cast<size_t>(x1 - x0 + 1) * static_cast<size_t>(y1 - y0 + 1));
  for (int y = y0; y <= y1; ++y) {
    for (int x = x0; x <= x1; ++x) {
      const size_t i = (static_cast<size_t>(y) * static_cast<size_t>(w_) + static_cast<size_t>(x)) * 3;
      idx.push_back(changed(i) ? pal.index_of_bin[ColorHistogram::bin(rgb + i)] : static_cast<uint8_t>(transparent));
    }
  }
  std::string img = "\x2c";
  put16(img, x0);
  put16(img, y0);
  put16(img, x1 - x0 + 1);
  put16(img, y1 - y0 + 1);
  img += static_cast<char>(0x80 | (bits - 1));  // a local colour table of 2^bits entries
  for (int i = 0; i < (1 << bits); ++i) {
    const PalColor c = i < static_cast<int>(pal.colors.size()) ? pal.colors[static_cast<size_t>(i)] : PalColor{};
    img += static_cast<char>(c.r);
    img += static_cast<char>(c.g);
    img += static_cast<char>(c.b);
  }
  const int min_code = std::max(2, bits);  // the format's smallest LZW code size is 2
  img += static_cast<char>(min_code);
  img += gif_lzw(idx, min_code);
  pending_image_ = std::move(img);
  pending_transparent_ = transparent;
  pending_start_ = frames_;
  prev_.assign(rgb, rgb + n);
  ++frames_;
  return true;
}

void GifVideoOut::write_pending() {
  if (pending_start_ < 0) return;
  // Delays in 1/100 s, rounded on the frame's start and end so they sum to the whole length.
  auto cs = [&](int64_t frame) { return static_cast<int64_t>(std::llround(static_cast<double>(frame) * 100.0 / fps_)); };
  int64_t delay = cs(frames_) - cs(pending_start_);
  std::string gce = "\x21\xf9\x04";
  // Disposal 1 (leave the picture): the next frame's transparent pixels show this one.
  gce += static_cast<char>(1 << 2 | (pending_transparent_ >= 0 ? 1 : 0));
  // The field holds at most 655.35 s; a longer still picture is shown that long.
  put16(gce, static_cast<int>(std::min<int64_t>(delay, 65535)));
  gce += static_cast<char>(pending_transparent_ >= 0 ? pending_transparent_ : 0);
  gce += '\0';
  if (!out_.write(gce) || !out_.write(pending_image_)) fail("cannot write " + part_.final_path + ": " + out_.error());
  pending_start_ = -1;
  pending_image_.clear();
}

bool GifVideoOut::finish() {
  if (!error_.empty()) return false;
  write_pending();
  if (!error_.empty()) return false;
  if (!out_.write(";") || !out_.close()) return fail("cannot write " + part_.final_path + ": " + out_.error());
  const std::string why = part_.commit();
  if (!why.empty()) return fail(why);
  committed_ = true;
  return true;
}

}  // namespace gosim::viz
