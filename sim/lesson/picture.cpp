#include "sim/lesson/picture.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

#include <fmt/format.h>

#include "sim/trace/vtime.h"

namespace gosim::lesson {

using json = nlohmann::ordered_json;

namespace {

constexpr size_t kMaxQueueShown = 16;  // goids listed per queue before "… +N"
constexpr size_t kMaxSpansShown = 8;
constexpr size_t kMaxSlotsShown = 48;
constexpr size_t kMaxOutputBytes = 240;

// The picture's fixed words in both languages. Go's own names stay as they are in both: G, P,
// M, runnext, runq, sendq, recvq, mcache, span, the wait reasons (Go's strings), function names.
// Placeholders are fmt's, in the order each call passes them.
struct Labels {
  const char* event;         // [Event 29, 100ns] text
  const char* start;
  const char* ended;         // [The program has ended: {kind}, exit status {code}]
  const char* global_queue;
  const char* empty;
  const char* goroutines;
  const char* channels;
  const char* stacks;
  const char* heap;
  const char* output;
  const char* timers;
  const char* p_line;        // P{id} {status} M{m} running {g}
  const char* source_line;   // Source: G{goid} line {line}: {text}
  const char* on_pm;         // on P{p}/M{m}
  const char* on_m;          // on M{m}
  const char* timer_on;      // timer on P{p}
  const char* sema;          // sema {addr}
  const char* select_on;     // select on chan {addr}
  const char* fd;            // netpoll fd {fd}
  const char* stack;         // stack [{lo}, {hi}) {size} B, {used} B used
  const char* frame;         // {func} line {line} (frame {fp}, {size} B)
  const char* moved;         // (moved to heap)
  const char* on_heap;       // (heap {addr})
  const char* size_class;    // class {n} ({size} B)
  const char* large;
  const char* more_spans;    // … +{n} spans
  const char* gc;            // GC: {phase} (cycle {n}), heap live {live} B, goal {goal} B
  const char* grey;          // , {n} grey
  const char* wake;          // wake G{n}
  const char* send_on;       // send on chan {addr}
  const char* colon;  // ": " / "："
  std::map<std::string, std::string> words;  // statuses, exit kinds, GC phases
};

const Labels& labels(Lang l) {
  static const Labels kEn{
      "Event", "Right after start", "[The program has ended: {}, exit status {}]\n", "global queue", "empty",
      "Goroutines", "Channels", "Stacks", "Heap (object spans; slots: . free, w white, g grey, b black)", "Output so far",
      "timers", "{}P{} {:<8} M{:<2} running {:<4} ", "Source: G{} line {}: {}\n", "on P{}/M{}", "on M{}", "timer on P{}",
      "sema {}", "select on chan {}", "netpoll fd {}", "  stack [{}, {}) {} B, {} B used", "  {}{} line {} (frame {}, {} B)\n",
      "  (moved to heap)", "  (heap {})", "class {} ({} B)", "large", "  … +{} spans\n",
      "GC: {} (cycle {}), heap live {} B, goal {} B", ", {} grey", "wake G{}", "send on chan {}", ": ", {}};
  static const Labels kZh{
      "事件", "刚启动", "[程序已结束：{}，退出状态 {}]\n", "全局运行队列", "空", "Goroutine", "channel", "栈",
      "堆（对象 span；槽位：. 空闲 w 白 g 灰 b 黑）", "目前的输出", "定时器", "{}P{} {:<8} M{:<2} 运行 {:<4} ",
      "源码：G{} 第 {} 行：{}\n", "在 P{}/M{} 上", "在 M{} 上", "P{} 的定时器", "信号量 {}", "select，等待 chan {}",
      "netpoll fd {}", "  栈 [{}, {}) {} B，已用 {} B", "  {}{} 第 {} 行（栈帧 {}，{} B）\n", "  （已移到堆上）", "  （堆上 {}）",
      "大小等级 {}（{} B）", "大对象", "  … 另有 {} 个 span\n", "垃圾回收：{}（第 {} 轮），存活堆 {} B，目标 {} B", "，{} 个灰色对象",
      "唤醒 G{}", "向 chan {} 发送", "：",
      {{"idle", "空闲"},
       {"runnable", "可运行"},
       {"running", "运行中"},
       {"syscall", "系统调用中"},
       {"waiting", "等待中"},
       {"copystack", "栈复制中"},
       {"preempted", "被抢占"},
       {"dead", "已销毁"},
       {"gcstop", "GC 停止"},
       {"exited", "正常退出"},
       {"fatal", "致命错误"},
       {"limit", "达到 gosim 的限制"},
       {"internal", "gosim 内部错误"},
       {"off", "未运行"},
       {"sweep_term", "清扫终止"},
       {"mark", "标记"},
       {"mark_term", "标记终止"},
       {"sweep", "清扫"}}};
  return l == Lang::kZhCN ? kZh : kEn;
}

// A status, exit kind or GC phase in the picture's language.
std::string word(const Labels& lb, const std::string& w) {
  const auto it = lb.words.find(w);
  return it == lb.words.end() ? w : it->second;
}

std::string gname(const json& goid) { return goid.is_null() ? std::string("-") : fmt::format("G{}", goid.get<int64_t>()); }

std::string glist(const json& goids, const Labels& lb) {
  if (goids.empty()) return lb.empty;
  std::string out;
  size_t n = 0;
  for (const json& g : goids) {
    if (n++ == kMaxQueueShown) {
      out += fmt::format(" … +{}", goids.size() - kMaxQueueShown);
      break;
    }
    out += (out.empty() ? "" : " ") + gname(g);
  }
  return out;
}

bool has(const std::vector<std::string>& v, std::string_view s) { return std::find(v.begin(), v.end(), s) != v.end(); }

// The goids the view names in highlight or select ("g:7", "var:7.x", "frame:7.main.f").
std::set<int64_t> named_goroutines(const View& view) {
  std::set<int64_t> out;
  auto add = [&out](const std::string& s) {
    if (s.rfind("g:", 0) == 0) out.insert(std::strtoll(s.c_str() + 2, nullptr, 10));
    if (s.rfind("var:", 0) == 0 || s.rfind("frame:", 0) == 0) out.insert(std::strtoll(s.c_str() + s.find(':') + 1, nullptr, 10));
  };
  for (const std::string& h : view.highlight) add(h);
  add(view.select);
  return out;
}

std::string mark(bool on) { return on ? "▶ " : "  "; }

std::string where(const json& g, const Labels& lb) {
  const json& q = g["queue"];
  if (!q.is_null()) {
    const std::string w = q["where"];
    if (w == "runnext") return fmt::format("P{}.runnext", q["p"].get<int>());
    if (w == "local") return fmt::format("P{}.runq[{}]", q["p"].get<int>(), q["index"].get<int>());
    return fmt::format("sched.runq[{}]", q["index"].get<int>());
  }
  const json& b = g["blocked_on"];
  if (!b.is_null()) {
    const std::string w = b["what"];
    if (w == "chan_send") return "chan " + b["chan"].get<std::string>() + " sendq";
    if (w == "chan_recv") return "chan " + b["chan"].get<std::string>() + " recvq";
    if (w == "select") return fmt::format(fmt::runtime(lb.select_on), b["chan"].get<std::string>());
    if (w == "sema") return fmt::format(fmt::runtime(lb.sema), b["addr"].get<std::string>());
    if (w == "fd") return fmt::format(fmt::runtime(lb.fd), b["fd"].get<int64_t>());
    if (w == "timer") return fmt::format(fmt::runtime(lb.timer_on), b["p"].get<int>());
    return w;
  }
  if (g["p"].get<int>() >= 0) return fmt::format(fmt::runtime(lb.on_pm), g["p"].get<int>(), g["m"].get<int>());
  if (g["m"].get<int>() >= 0) return fmt::format(fmt::runtime(lb.on_m), g["m"].get<int>());
  return "";
}

// Pads `s` to `width` terminal columns (a CJK character takes two).
std::string pad(const std::string& s, size_t width) {
  size_t cols = 0;
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    cols += len >= 3 ? 2 : 1;
    i += len;
  }
  return cols >= width ? s : s + std::string(width - cols, ' ');
}

void header(std::string& out, const json& st, const Labels& lb) {
  const json& e = st["event"];
  if (e.is_null()) {
    out += fmt::format("[{}]\n", lb.start);
  } else {
    out += fmt::format("[{} {}, {}] {}\n", lb.event, e["seq"].get<uint64_t>(), e["time"].get<std::string>(),
                       e["text"].get<std::string>());
  }
  if (st["exit"]["finished"].get<bool>()) {
    out += fmt::format(fmt::runtime(lb.ended), word(lb, st["exit"]["kind"]), st["exit"]["code"].dump());
  }
}

void scheduler(std::string& out, const json& st, const View& view, const Labels& lb) {
  for (const json& p : st["ps"]) {
    const int id = p["id"];
    const bool hp = has(view.highlight, fmt::format("p:{}", id));
    const bool hnext = has(view.highlight, fmt::format("p:{}.runnext", id));
    const bool hq = has(view.highlight, fmt::format("p:{}.runq", id));
    std::string curg = "-";
    for (const json& m : st["ms"]) {
      if (m["p"].get<int>() == id && !m["curg"].is_null()) curg = gname(m["curg"]);
    }
    out += fmt::format(fmt::runtime(lb.p_line), mark(hp), id, pad(word(lb, p["status"]), 8),
                       p["m"].get<int>() >= 0 ? std::to_string(p["m"].get<int>()) : "-", curg);
    out += fmt::format("{}runnext {:<4} {}runq [{}]\n", hnext ? "▶" : "", gname(p["runnext"]), hq ? "▶" : "",
                       glist(p["runq"]["goids"], lb));
    // Each P's timer heap, earliest first (Go 1.14+: timers live on the P that set them).
    std::string timers;
    for (const json& t : p["timers"]) {
      const std::string what = t["goid"].is_null() ? fmt::format(fmt::runtime(lb.send_on), t["chan"].get<std::string>())
                                                    : fmt::format(fmt::runtime(lb.wake), t["goid"].get<int64_t>());
      timers += fmt::format("{}{} → {}", timers.empty() ? "" : ", ", format_vtime(t["when_ns"].get<int64_t>()), what);
    }
    if (!timers.empty()) out += fmt::format("      {}{}{}\n", lb.timers, lb.colon, timers);
  }
  out += fmt::format("{}{}{}[{}]\n", mark(has(view.highlight, "sched.runq")), lb.global_queue, lb.colon, glist(st["sched"]["runq"], lb));
}

void goroutines(std::string& out, const json& st, const View& view, bool all, const Labels& lb) {
  const std::set<int64_t> named = named_goroutines(view);
  std::string lines;
  for (const json& g : st["goroutines"]) {
    const int64_t goid = g["goid"];
    if (g["system"].get<bool>() && !all && !named.count(goid)) continue;
    std::string status = word(lb, g["status"]);
    if (!g["wait_reason"].get<std::string>().empty()) status += " (" + g["wait_reason"].get<std::string>() + ")";
    const std::string func = g["func"].get<std::string>() + (g["line"].get<int>() > 0 ? fmt::format(":{}", g["line"].get<int>()) : "");
    lines += fmt::format("{}G{:<3} {} {} {}\n", mark(named.count(goid) > 0), goid, pad(status, 26), pad(where(g, lb), 22), func);
  }
  if (!lines.empty()) out += fmt::format("{}{}\n{}", lb.goroutines, lb.colon, lines);
}

void channels(std::string& out, const json& st, const View& view, const Labels& lb) {
  if (st["channels"].empty()) return;
  out += fmt::format("{}{}\n", lb.channels, lb.colon);
  for (const json& c : st["channels"]) {
    std::string buf;
    for (const json& e : c["buf"]) buf += (buf.empty() ? "" : " ") + (e.contains("int") ? std::to_string(e["int"].get<uint64_t>()) : "0x" + e["bytes"].get<std::string>());
    json send = json::array(), recv = json::array();
    for (const json& w : c["sendq"]) send.push_back(w["goid"]);
    for (const json& w : c["recvq"]) recv.push_back(w["goid"]);
    const std::string addr = c["addr"];
    out += fmt::format("{}chan {} {}/{} [{}]{} sendq [{}] recvq [{}]\n", mark(has(view.highlight, "chan:" + addr)), addr,
                       c["count"].get<size_t>(), c["cap"].get<uint32_t>(), buf, c["closed"].get<bool>() ? " closed" : "",
                       glist(send, lb), glist(recv, lb));
  }
}

void stacks(std::string& out, const json& st, const View& view, bool all, const Labels& lb) {
  const std::set<int64_t> named = named_goroutines(view);
  std::string body;
  for (const json& g : st["goroutines"]) {
    const int64_t goid = g["goid"];
    if (g["frames"].empty() || (g["system"].get<bool>() && !all && !named.count(goid))) continue;
    const json& s = g["stack"];
    body += fmt::format("{}G{}{}\n", mark(named.count(goid) > 0), goid,
                        s.is_null() ? "" : fmt::format(fmt::runtime(lb.stack), s["lo"].get<std::string>(), s["hi"].get<std::string>(),
                                                       s["size"].get<uint64_t>(), s["used"].get<uint64_t>()));
    for (const json& f : g["frames"]) {
      const std::string fn = f["func"];
      const bool hf = has(view.highlight, fmt::format("frame:{}.{}", goid, fn));
      body += fmt::format(fmt::runtime(lb.frame), mark(hf), fn, f["line"].get<int>(), f["fp"].get<std::string>(),
                          f["size"].get<uint64_t>());
      for (const json& v : f["vars"]) {
        const std::string name = v["name"];
        const std::string id = fmt::format("var:{}.{}", goid, name);
        const bool hv = has(view.highlight, id) || view.select == id;
        std::string val = v["value"];
        if (v["on_heap"].get<bool>()) {
          val += v["heap_addr"].is_null() ? std::string(lb.moved) : fmt::format(fmt::runtime(lb.on_heap), v["heap_addr"].get<std::string>());
        }
        body += fmt::format("    {}{} {} = {}\n", mark(hv), name, v["type"].get<std::string>(), val);
      }
    }
  }
  if (!body.empty()) out += fmt::format("{}{}\n{}", lb.stacks, lb.colon, body);
}

void heap(std::string& out, const json& st, const View& view, const Labels& lb) {
  std::string body;
  size_t shown = 0, total = 0;
  for (const json& s : st["heap"]["spans"]) {
    if (s["use"] != "heap") continue;
    ++total;
    if (shown == kMaxSpansShown) continue;
    ++shown;
    const std::string base = s["base"];
    const bool hs = has(view.highlight, "span:" + base) || view.select == "span:" + base;
    const std::string slots = s["slots"];
    const std::string cls = s["sizeclass"].get<int>() == 0
                                ? std::string(lb.large)
                                : fmt::format(fmt::runtime(lb.size_class), s["sizeclass"].get<int>(), s["elemsize"].get<uint64_t>());
    body += fmt::format("{}span {} {}{} [{}{}]\n", mark(hs), base, cls, s["noscan"].get<bool>() ? " noscan" : "",
                        slots.substr(0, kMaxSlotsShown), slots.size() > kMaxSlotsShown ? "…" : "");
  }
  if (total > shown) body += fmt::format(fmt::runtime(lb.more_spans), total - shown);
  if (!body.empty()) out += fmt::format("{}{}\n{}", lb.heap, lb.colon, body);
}

void gc(std::string& out, const json& st, const Labels& lb) {
  const json& g = st["gc"];
  out += fmt::format(fmt::runtime(lb.gc), word(lb, g["phase"]), g["cycle"].get<uint64_t>(), g["heap_live"].get<uint64_t>(),
                     g["goal"].get<uint64_t>());
  if (g["grey_objects"].get<size_t>() > 0) out += fmt::format(fmt::runtime(lb.grey), g["grey_objects"].get<size_t>());
  out += "\n";
}

void source(std::string& out, const json& st, const std::string& src, const Labels& lb) {
  // The goroutine whose code made the event: the one running on the event's P (a go_create's
  // g is the new goroutine, but the go statement is its parent's), else the event's own.
  const json& e = st["event"];
  int64_t goid = e.is_null() ? 1 : e["g"].get<int64_t>();
  if (!e.is_null() && e["p"].get<int>() >= 0) {
    for (const json& m : st["ms"]) {
      if (m["p"] == e["p"] && !m["curg"].is_null()) goid = m["curg"];
    }
  }
  int line = 0;
  for (const json& g : st["goroutines"]) {
    if (g["goid"].get<int64_t>() == goid) line = g["line"];
  }
  if (line <= 0) return;
  size_t start = 0;
  for (int i = 1; i < line && start != std::string::npos; ++i) {
    start = src.find('\n', start);
    if (start != std::string::npos) ++start;
  }
  if (start == std::string::npos) return;
  const std::string text = src.substr(start, src.find('\n', start) - start);
  out += fmt::format(fmt::runtime(lb.source_line), goid, line, text);
}

void output(std::string& out, const json& st, const Labels& lb) {
  const std::string& o = st["output"].get_ref<const std::string&>();
  if (o.empty()) return;
  out += fmt::format("{}{}\n{}", lb.output, lb.colon, o.size() > kMaxOutputBytes ? "…" + o.substr(o.size() - kMaxOutputBytes) : o);
  if (o.back() != '\n') out += "\n";
}

}  // namespace

std::string step_picture(const json& st, const View& view, const std::string& detail, const std::string& src, Lang lang) {
  const Labels& lb = labels(lang);
  std::string out;
  if (st.is_null()) return out;
  header(out, st, lb);
  const std::vector<std::string>& p = view.panels;
  const bool all = detail == "all";
  const bool sched = has(p, "scheduler") || has(p, "timeline") || has(p, "events") || has(p, "inspector") || has(p, "whatif");
  if (has(p, "source")) source(out, st, src, lb);
  if (sched) {
    scheduler(out, st, view, lb);
    goroutines(out, st, view, all, lb);
    channels(out, st, view, lb);
  }
  if (has(p, "stacks")) stacks(out, st, view, all, lb);
  if (has(p, "heap")) heap(out, st, view, lb);
  if (has(p, "gc") || (has(p, "heap") && detail != "scheduler")) gc(out, st, lb);
  if (has(p, "output")) output(out, st, lb);
  return out;
}

}  // namespace gosim::lesson
