// An event category's name in the UI language (the event log's filters, "next of kind").
#pragma once

#include "sim/trace/event.h"
#include "visualizer/i18n/ui_strings.h"

namespace gosim::viz {

inline const char* category_label(EventCategory c) {
  switch (c) {
    case EventCategory::kSched: return tr(Str::kCatSched);
    case EventCategory::kSync: return tr(Str::kCatSync);
    case EventCategory::kChan: return tr(Str::kCatChan);
    case EventCategory::kSyscall: return tr(Str::kCatSyscall);
    case EventCategory::kProgram: return tr(Str::kCatProgram);
    case EventCategory::kStack: return tr(Str::kCatStack);
    case EventCategory::kAlloc: return tr(Str::kCatAlloc);
    case EventCategory::kGC: return tr(Str::kCatGC);
    case EventCategory::kLimit: return tr(Str::kCatLimit);
  }
  return "?";
}

}  // namespace gosim::viz
