// MP4 (H.264) and WebM (VP9) through FFmpeg's libraries: libswscale turns the RGB frames into
// yuv420p (4:2:0, what browsers and phones play), libavcodec encodes (libx264, libvpx-vp9),
// libavformat muxes (MP4 with +faststart: the index moves to the front when the file is closed,
// so a browser starts playing before it has the whole file).
//
// Frame i has pts i in a 1/fps time base: timing comes from the frame count alone, never from the
// host clock. x264 and libvpx are deterministic for the same input and settings (x264 unless told
// --non-deterministic), so the same frames give the same decoded frames.
#include <cerrno>
#include <cstring>
#include <string>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

#include "visualizer/record/av_video_out.h"

namespace gosim::viz {

namespace {

std::string av_error(int err) {
  char buf[AV_ERROR_MAX_STRING_SIZE] = {};
  av_strerror(err, buf, sizeof buf);
  // "no space left on device", as OutFile words the system's errors for every other file.
  if (buf[0] >= 'A' && buf[0] <= 'Z' && (buf[1] < 'A' || buf[1] > 'Z')) buf[0] = static_cast<char>(buf[0] - 'A' + 'a');
  return buf;
}

class AvVideoOut final : public VideoOut {
 public:
  AvVideoOut(VideoFormat f, int w, int h, int fps) : format_(f), w_(w), h_(h), fps_(fps) {}
  ~AvVideoOut() override {
    if (fmt_ != nullptr && fmt_->pb != nullptr) avio_closep(&fmt_->pb);
    if (!committed_ && !part_.write_path.empty()) part_.discard();
    sws_freeContext(sws_);
    av_frame_free(&frame_);
    av_packet_free(&pkt_);
    avcodec_free_context(&ctx_);
    avformat_free_context(fmt_);
  }

  bool open(const std::string& path) {
    part_ = PartFile::for_path(path);
    const bool mp4 = format_ == VideoFormat::kMp4;
    const char* want = mp4 ? "libx264" : "libvpx-vp9";
    const AVCodec* codec = avcodec_find_encoder_by_name(want);
    if (codec == nullptr) {
      return fail(std::string("this FFmpeg has no ") + want + " encoder (" + (mp4 ? "H.264" : "VP9") +
                  "); install Debian's libavcodec59 with its codecs (scripts/bootstrap.sh), or record a .gif");
    }
    // "file:" keeps a name with a colon from being read as a protocol. The name is needed:
    // +faststart opens the file again to move the index to the front.
    const std::string url = "file:" + part_.write_path;
    if (avformat_alloc_output_context2(&fmt_, nullptr, mp4 ? "mp4" : "webm", url.c_str()) < 0 || fmt_ == nullptr) {
      return fail(std::string("this FFmpeg cannot write ") + (mp4 ? "MP4" : "WebM") + " files");
    }
    ctx_ = avcodec_alloc_context3(codec);
    ctx_->width = w_;
    ctx_->height = h_;
    ctx_->time_base = AVRational{1, fps_};
    ctx_->framerate = AVRational{fps_, 1};
    ctx_->pix_fmt = AV_PIX_FMT_YUV420P;
    ctx_->gop_size = fps_ * 2;  // a keyframe every 2 s: seeking in a course player stays quick
    // libswscale's RGB→YUV uses BT.601 coefficients in limited range: say so in the stream.
    ctx_->colorspace = AVCOL_SPC_SMPTE170M;
    ctx_->color_primaries = AVCOL_PRI_SMPTE170M;
    ctx_->color_trc = AVCOL_TRC_SMPTE170M;
    ctx_->color_range = AVCOL_RANGE_MPEG;
    if (fmt_->oformat->flags & AVFMT_GLOBALHEADER) ctx_->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    if (mp4) {
      // UI pictures: flat colours and text. crf 20 keeps small text sharp; veryfast keeps up
      // with 30 frames a second of 1280x720 on two cores.
      av_opt_set(ctx_->priv_data, "preset", "veryfast", 0);
      av_opt_set(ctx_->priv_data, "tune", "animation", 0);
      av_opt_set(ctx_->priv_data, "crf", "20", 0);
    } else {
      av_opt_set(ctx_->priv_data, "deadline", "realtime", 0);
      av_opt_set(ctx_->priv_data, "cpu-used", "8", 0);
      av_opt_set(ctx_->priv_data, "row-mt", "1", 0);
      av_opt_set(ctx_->priv_data, "crf", "30", 0);
      ctx_->bit_rate = 0;  // constant quality
    }
    int err = avcodec_open2(ctx_, codec, nullptr);
    if (err < 0) return fail("cannot start the " + std::string(want) + " encoder: " + av_error(err));
    AVStream* st = avformat_new_stream(fmt_, nullptr);
    st->time_base = ctx_->time_base;
    avcodec_parameters_from_context(st->codecpar, ctx_);
    stream_ = st;
    err = avio_open(&fmt_->pb, url.c_str(), AVIO_FLAG_WRITE);
    if (err < 0) return fail("cannot write " + part_.final_path + ": " + av_error(err));
    AVDictionary* opts = nullptr;
    if (mp4) av_dict_set(&opts, "movflags", "+faststart", 0);
    err = avformat_write_header(fmt_, &opts);
    av_dict_free(&opts);
    if (err < 0) return fail("cannot write " + part_.final_path + ": " + av_error(err));
    frame_ = av_frame_alloc();
    frame_->format = AV_PIX_FMT_YUV420P;
    frame_->width = w_;
    frame_->height = h_;
    if (av_frame_get_buffer(frame_, 0) < 0) return fail("out of memory for a video frame");
    pkt_ = av_packet_alloc();
    sws_ = sws_getContext(w_, h_, AV_PIX_FMT_RGB24, w_, h_, AV_PIX_FMT_YUV420P, SWS_BICUBIC, nullptr, nullptr, nullptr);
    if (sws_ == nullptr) return fail("libswscale cannot convert RGB to yuv420p");
    encoder_ = std::string(want) + (mp4 ? " (H.264)" : " (VP9)") + ", yuv420p";
    return true;
  }

  bool add_frame(const uint8_t* rgb) override {
    if (!error_.empty()) return false;
    if (av_frame_make_writable(frame_) < 0) return fail("out of memory for a video frame");
    const uint8_t* src[1] = {rgb};
    const int stride[1] = {3 * w_};
    sws_scale(sws_, src, stride, 0, h_, frame_->data, frame_->linesize);
    frame_->pts = next_pts_++;
    return send(frame_);
  }

  bool repeat_frame() override {
    if (!error_.empty()) return false;
    // frame_ still holds the last picture: send it again with the next timestamp (the encoder
    // refers to it, and nothing writes it until the next new picture).
    frame_->pts = next_pts_++;
    return send(frame_);
  }

  bool finish() override {
    if (!error_.empty()) return false;
    if (!send(nullptr)) return false;
    const int err = av_write_trailer(fmt_);
    if (err < 0) return fail("cannot write " + part_.final_path + ": " + av_error(err));
    if (fmt_->pb->error < 0) return fail("cannot write " + part_.final_path + ": " + av_error(fmt_->pb->error));
    if (avio_closep(&fmt_->pb) < 0) return fail("cannot write " + part_.final_path + ": " + std::strerror(errno));
    const std::string why = part_.commit();
    if (!why.empty()) return fail(why);
    committed_ = true;
    return true;
  }

  const std::string& error() const override { return error_; }
  std::string encoder_name() const override { return encoder_; }

 private:
  bool fail(std::string why) {
    if (error_.empty()) error_ = std::move(why);
    return false;
  }

  // Sends a frame (nullptr: the end) and writes every packet the encoder has ready.
  bool send(const AVFrame* f) {
    int err = avcodec_send_frame(ctx_, f);
    if (err < 0) return fail("the encoder refused a frame: " + av_error(err));
    for (;;) {
      err = avcodec_receive_packet(ctx_, pkt_);
      if (err == AVERROR(EAGAIN) || err == AVERROR_EOF) return true;
      if (err < 0) return fail("the encoder failed: " + av_error(err));
      // Every frame lasts 1/fps; without a duration the muxer gives the last frame none, and
      // players drop it (the video would end 1/fps early).
      if (pkt_->duration == 0) pkt_->duration = 1;
      av_packet_rescale_ts(pkt_, ctx_->time_base, stream_->time_base);
      pkt_->stream_index = stream_->index;
      err = av_interleaved_write_frame(fmt_, pkt_);
      if (err < 0 || fmt_->pb->error < 0) {
        return fail("cannot write " + part_.final_path + ": " + av_error(err < 0 ? err : fmt_->pb->error));
      }
    }
  }

  VideoFormat format_;
  int w_, h_, fps_;
  PartFile part_;
  bool committed_ = false;
  std::string error_, encoder_;
  AVFormatContext* fmt_ = nullptr;
  AVCodecContext* ctx_ = nullptr;
  AVStream* stream_ = nullptr;
  AVFrame* frame_ = nullptr;
  AVPacket* pkt_ = nullptr;
  SwsContext* sws_ = nullptr;
  int64_t next_pts_ = 0;
};

}  // namespace

std::unique_ptr<VideoOut> open_av_video(VideoFormat f, const std::string& path, int w, int h, int fps, std::string* error) {
  auto out = std::make_unique<AvVideoOut>(f, w, h, fps);
  if (!out->open(path)) {
    *error = out->error();
    return nullptr;
  }
  return out;
}

}  // namespace gosim::viz
