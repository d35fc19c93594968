#include "sim/lesson/picture.h"

#include <algorithm>
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

// Picture labels in both languages (Go's own words, G/P/M, runnext, stay as they are).
struct Labels {
  const char* event;
  const char* start;
  const char* global_queue;
  const char* empty;
  const char* goroutines;
  const char* channels;
  const char* stacks;
  const char* heap;
  const char* gc;
  const char* output;
  const char* source;
  const char* ended;
  const char* timers;
};

const Labels& labels(Lang l) {
  static const Labels kEn{"Event", "Right after start", "global queue", "empty", "Goroutines", "Channels", "Stacks",
                          "Heap (object spans; slots: . free, w white, g grey, b black)", "GC", "Output so far",
                          "Source", "The program has ended", "timers"};
  static const Labels kZh{"事件", "刚启动", "全局运行队列", "空", "Goroutine", "channel", "栈",
                          "堆（对象 span；槽位：. 空闲 w 白 g 灰 b 黑）", "垃圾回收", "目前的输出", "源码",
                          "程序已结束", "定时器"};
  return l == Lang::kZhCN ? kZh : kEn;
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

// The goids the view names in highlight or select ("g:7").
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

std::string where(const json& g) {
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
    if (w == "select") return "select on chan " + b["chan"].get<std::string>();
    if (w == "sema") return "sema " + b["addr"].get<std::string>();
    if (w == "fd") return fmt::format("netpoll fd {}", b["fd"].get<int64_t>());
    if (w == "timer") return fmt::format("timer on P{}", b["p"].get<int>());
    return w;
  }
  if (g["p"].get<int>() >= 0) return fmt::format("on P{}/M{}", g["p"].get<int>(), g["m"].get<int>());
  if (g["m"].get<int>() >= 0) return fmt::format("on M{}", g["m"].get<int>());
  return "";
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
    out += fmt::format("[{}: {}, exit status {}]\n", lb.ended, st["exit"]["kind"].get<std::string>(), st["exit"]["code"].dump());
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
    out += fmt::format("{}P{} {:<8} M{:<2} running {:<4} {}runnext {:<4} {}runq [{}]\n", mark(hp), id,
                       p["status"].get<std::string>(), p["m"].get<int>() >= 0 ? std::to_string(p["m"].get<int>()) : "-", curg,
                       hnext ? "▶" : "", gname(p["runnext"]), hq ? "▶" : "", glist(p["runq"]["goids"], lb));
    // Each P's timer heap, earliest first (Go 1.14+: timers live on the P that set them).
    std::string timers;
    for (const json& t : p["timers"]) {
      timers += fmt::format("{}{} → {}", timers.empty() ? "" : ", ", format_vtime(t["when_ns"].get<int64_t>()),
                            t["goid"].is_null() ? "send on chan " + t["chan"].get<std::string>() : "wake " + gname(t["goid"]));
    }
    if (!timers.empty()) out += fmt::format("      {}: {}\n", lb.timers, timers);
  }
  out += fmt::format("{}{}: [{}]\n", mark(has(view.highlight, "sched.runq")), lb.global_queue, glist(st["sched"]["runq"], lb));
}

void goroutines(std::string& out, const json& st, const View& view, bool all, const Labels& lb) {
  const std::set<int64_t> named = named_goroutines(view);
  std::string lines;
  for (const json& g : st["goroutines"]) {
    const int64_t goid = g["goid"];
    if (g["system"].get<bool>() && !all && !named.count(goid)) continue;
    std::string status = g["status"];
    if (!g["wait_reason"].get<std::string>().empty()) status += " (" + g["wait_reason"].get<std::string>() + ")";
    lines += fmt::format("{}G{:<3} {:<26} {:<22} {}\n", mark(named.count(goid) > 0), goid, status, where(g),
                         g["func"].get<std::string>() + (g["line"].get<int>() > 0 ? fmt::format(":{}", g["line"].get<int>()) : ""));
  }
  if (!lines.empty()) out += fmt::format("{}:\n{}", lb.goroutines, lines);
}

void channels(std::string& out, const json& st, const View& view, const Labels& lb) {
  if (st["channels"].empty()) return;
  out += fmt::format("{}:\n", lb.channels);
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
                        s.is_null() ? "" : fmt::format("  stack [{}, {}) {} B, {} B used", s["lo"].get<std::string>(),
                                                      s["hi"].get<std::string>(), s["size"].get<uint64_t>(), s["used"].get<uint64_t>()));
    for (const json& f : g["frames"]) {
      const std::string fn = f["func"];
      const bool hf = has(view.highlight, fmt::format("frame:{}.{}", goid, fn));
      body += fmt::format("  {}{} line {} (frame {}, {} B)\n", mark(hf), fn, f["line"].get<int>(), f["fp"].get<std::string>(),
                          f["size"].get<uint64_t>());
      for (const json& v : f["vars"]) {
        const std::string name = v["name"];
        const bool hv = has(view.highlight, fmt::format("var:{}.{}", goid, name)) || view.select == fmt::format("var:{}.{}", goid, name);
        std::string val = v["value"];
        if (v["on_heap"].get<bool>()) val += v["heap_addr"].is_null() ? "  (moved to heap)" : "  (heap " + v["heap_addr"].get<std::string>() + ")";
        body += fmt::format("    {}{} {} = {}\n", mark(hv), name, v["type"].get<std::string>(), val);
      }
    }
  }
  if (!body.empty()) out += fmt::format("{}:\n{}", lb.stacks, body);
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
    const std::string cls = s["sizeclass"].get<int>() == 0 ? std::string("large")
                                                           : fmt::format("class {} ({} B)", s["sizeclass"].get<int>(), s["elemsize"].get<uint64_t>());
    body += fmt::format("{}span {} {}{} [{}{}]\n", mark(hs), base, cls, s["noscan"].get<bool>() ? " noscan" : "",
                        slots.substr(0, kMaxSlotsShown), slots.size() > kMaxSlotsShown ? "…" : "");
  }
  if (total > shown) body += fmt::format("  … +{} spans\n", total - shown);
  if (!body.empty()) out += fmt::format("{}:\n{}", lb.heap, body);
}

void gc(std::string& out, const json& st, const Labels& lb) {
  const json& g = st["gc"];
  out += fmt::format("{}: {} (cycle {}), heap live {} B, goal {} B{}\n", lb.gc, g["phase_name"].get<std::string>(),
                     g["cycle"].get<uint64_t>(), g["heap_live"].get<uint64_t>(), g["goal"].get<uint64_t>(),
                     g["grey_objects"].get<size_t>() > 0 ? fmt::format(", {} grey", g["grey_objects"].get<size_t>()) : "");
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
  out += fmt::format("{}: G{} line {}: {}\n", lb.source, goid, line, text);
}

void output(std::string& out, const json& st, const Labels& lb) {
  const std::string& o = st["output"].get_ref<const std::string&>();
  if (o.empty()) return;
  out += fmt::format("{}:\n{}", lb.output, o.size() > kMaxOutputBytes ? "…" + o.substr(o.size() - kMaxOutputBytes) : o);
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
