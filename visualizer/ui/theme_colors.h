// The visualizer's named colours, free of ImGui so the UI test can look for them in pixels.
//
// Palette: Okabe & Ito's eight colours, distinguishable with the common forms of colour
// blindness. Colour never carries meaning alone: each G state also has its own token shape
// (see g_token.h), and selection adds a thick outline.
#pragma once

#include <cstdint>

namespace gosim::viz {

struct Rgb {
  uint8_t r = 0, g = 0, b = 0;
  // ImGui's packed ABGR (IM_COL32), with alpha.
  constexpr uint32_t u32(uint8_t a = 255) const {
    return (uint32_t{a} << 24) | (uint32_t{b} << 16) | (uint32_t{g} << 8) | uint32_t{r};
  }
  friend constexpr bool operator==(const Rgb&, const Rgb&) = default;
};

namespace okabe_ito {
constexpr Rgb kBlack{0, 0, 0};
constexpr Rgb kOrange{230, 159, 0};
constexpr Rgb kSkyBlue{86, 180, 233};
constexpr Rgb kBluishGreen{0, 158, 115};
constexpr Rgb kYellow{240, 228, 66};
constexpr Rgb kBlue{0, 114, 178};
constexpr Rgb kVermillion{213, 94, 0};
constexpr Rgb kReddishPurple{204, 121, 167};
}  // namespace okabe_ito

namespace colors {
// Goroutine states (token fill).
constexpr Rgb kRunning = okabe_ito::kBluishGreen;   // square box, thick outline
constexpr Rgb kRunnable = okabe_ito::kSkyBlue;      // pill
constexpr Rgb kWaiting = okabe_ito::kOrange;        // notched corners
constexpr Rgb kSyscall = okabe_ito::kReddishPurple; // box with a bar on top
constexpr Rgb kOtherState = okabe_ito::kYellow;     // preempted, copying its stack
constexpr Rgb kDead{150, 150, 150};                 // outline only
constexpr Rgb kTokenText{0, 0, 0};
constexpr Rgb kTokenOutline{20, 20, 20};
constexpr Rgb kSelected = okabe_ito::kBlue;         // selection ring
// The cursor in the timeline and the current row in the event log.
constexpr Rgb kCursor = okabe_ito::kVermillion;
constexpr Rgb kError = okabe_ito::kVermillion;      // banner background
// Event categories, for timeline markers and the event log.
constexpr Rgb kCatSched = okabe_ito::kSkyBlue;
constexpr Rgb kCatSync = okabe_ito::kOrange;
constexpr Rgb kCatSyscall = okabe_ito::kReddishPurple;
constexpr Rgb kCatProgram{235, 235, 235};
constexpr Rgb kCatChan = okabe_ito::kBluishGreen;
constexpr Rgb kCatMemory = okabe_ito::kYellow;     // stack, alloc, gc
constexpr Rgb kCatLimit = okabe_ito::kVermillion;
// Heap slots in the tri-colour abstraction; each also has its own glyph (heap_panel.cpp):
// free = a small dot, white = hollow square, grey = half-filled square, black = filled square.
constexpr Rgb kSlotGrey{128, 128, 128};
constexpr Rgb kSlotBlack{0, 0, 0};
constexpr Rgb kSlotCard{58, 62, 70};       // the background slots are drawn on (normal theme)
constexpr Rgb kSlotCardLight{214, 214, 214};  // presenter theme
// The heap's object graph: what the last GC event (write barrier, shade, scan, markroot) touched
// gets a thick outline in this colour, on top of the node's own glyph (heap_graph.cpp).
constexpr Rgb kGraphFlash = okabe_ito::kVermillion;
// A lesson step's highlight: an outline just outside the named element (runnext slot, queue,
// token, frame, span, object). Outside Okabe–Ito on purpose: it must not read as a state, and
// the UI test finds it by colour.
constexpr Rgb kLessonHighlight{255, 40, 200};
// Stacks and the GC timeline.
constexpr Rgb kFrameFill = okabe_ito::kSkyBlue;     // a stack frame's header band
constexpr Rgb kFrameInner = okabe_ito::kBlue;       // the innermost (running) frame's band
constexpr Rgb kGuard = okabe_ito::kVermillion;      // the stack guard zone (hatched)
constexpr Rgb kStackUsed = okabe_ito::kBluishGreen; // used part of a stack bar
constexpr Rgb kNoteText{160, 80, 0};               // presenter caption's note: dark orange, readable on white
constexpr Rgb kAdjusted = okabe_ito::kOrange;       // a pointer copystack adjusted
constexpr Rgb kHeapLive = okabe_ito::kBluishGreen;  // GC timeline: heap live
constexpr Rgb kHeapGoal = okabe_ito::kOrange;       // GC timeline: heap goal
constexpr Rgb kStw = okabe_ito::kVermillion;        // stop-the-world bands
constexpr Rgb kMarkPhase = okabe_ito::kYellow;      // concurrent mark bands
constexpr Rgb kSweepPhase = okabe_ito::kSkyBlue;    // concurrent sweep bands
// Timeline mark lanes, by who marks; each slice also carries its mode's word.
constexpr Rgb kMarkDedicated = okabe_ito::kYellow;
constexpr Rgb kMarkFractional{196, 178, 70};        // a darker yellow: the same work, part time
constexpr Rgb kMarkIdle{200, 200, 200};
constexpr Rgb kMarkAssist = okabe_ito::kOrange;     // the allocating G is held up
}  // namespace colors

// Panel backgrounds, per theme; the UI test reads them to tell drawn pixels from empty ones.
struct Surface {
  Rgb window_bg;
  Rgb lane_bg;       // a P lane / timeline lane
  Rgb slot_empty;    // an empty slot's outline
  Rgb text;
  Rgb text_dim;
};
constexpr Surface kNormalSurface{{30, 32, 36}, {44, 47, 54}, {110, 115, 125}, {230, 230, 230}, {140, 140, 140}};
// Presenter mode: white background, black text, for projectors that wash dark themes out.
constexpr Surface kPresenterSurface{{255, 255, 255}, {236, 236, 236}, {90, 90, 90}, {0, 0, 0}, {90, 90, 90}};

}  // namespace gosim::viz
