#include "sim/trace/jsonl.h"

#include <cstdio>

namespace gosim {

void append_json_escaped(std::string& out, std::string_view s) {
  for (unsigned char ch : s) {
    switch (ch) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (ch < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", ch);
          out += buf;
        } else {
          out += static_cast<char>(ch);
        }
    }
  }
}

void write_jsonl(std::string& out, const Event& e, const std::string& text) {
  const EventInfo& info = event_info(e.kind);
  out += "{\"seq\":" + std::to_string(e.seq);
  out += ",\"t\":" + std::to_string(e.time);
  out += ",\"kind\":\"";
  out += info.name;
  out += "\",\"cat\":\"";
  out += category_name(info.category);
  out += "\",\"p\":" + std::to_string(e.p);
  out += ",\"m\":" + std::to_string(e.m);
  out += ",\"g\":" + std::to_string(e.g);
  out += ",\"args\":{";
  const int64_t args[3] = {e.a, e.b, e.c};
  bool first = true;
  for (int i = 0; i < 3; ++i) {
    if (info.arg_names[i].empty()) continue;
    if (!first) out += ',';
    first = false;
    out += '"';
    out += info.arg_names[i];
    out += "\":" + std::to_string(args[i]);
  }
  out += "},\"func\":\"";
  out += event_go_func(e);
  out += "\",\"file\":\"";
  out += event_go_file(e);
  out += "\",\"text\":\"";
  append_json_escaped(out, text);
  out += "\"}\n";
}

}  // namespace gosim
