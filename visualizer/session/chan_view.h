// The program's channels at the cursor, arranged the way the Channels panel draws them.
//
// Go: runtime/chan.go hchan. A channel is a ring buffer of `dataqsiz` slots (qcount of them
// full, from recvx up to sendx), a closed flag and two queues of sudogs: goroutines parked
// sending (sendq; each offers its element) and receiving (recvq). An unbuffered channel has no
// slots: every send waits in sendq until a receiver takes the element from it directly.
//
// gosim's hchan keeps its elements as bytes, not the element type, so the type and a name come
// from the program's variables: a local (or moved-to-heap) variable of channel type in any
// live goroutine's frame whose value is the channel's address names it ("jobs", element type
// int). A channel the time package made is named by the Timer or Ticker variable whose C it is
// ("ticker.C") or by its maker ("time.After's channel"). Another channel no frame variable holds
// (only a struct field or a global, say) is named by its address, and its elements of up to 8
// bytes are shown as integers, as `gosim state` does.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "sim/ir/ir.h"
#include "visualizer/session/held_by.h"
#include "visualizer/session/scheduler_view.h"

namespace gosim::viz {

class Session;

struct ChanSlot {
  bool full = false;
  std::string value;  // "42", "\"hi\"", hex bytes; "" when empty
};

struct ChanWaiter {
  GToken g;
  bool select = false;     // parked in a select (one sudog per case)
  int32_t case_index = -1;
  std::string value;       // a sender's offered element ("" for receivers)
};

struct ChanRow {
  uint64_t addr = 0;
  std::string name;                // "jobs" (main.main), or "" when no variable holds it
  std::vector<std::string> names;  // every "var (func)" that holds it, for the tooltip
  // Held by no frame variable: the function whose make was assigned to `name` (chan_made_name.h).
  std::string made_in;
  std::string elem_type;           // "int", or "" when unknown
  int64_t elemsize = 0;
  uint32_t cap = 0, count = 0, sendx = 0, recvx = 0;
  bool closed = false;
  std::vector<ChanSlot> slots;  // cap of them, by index in the ring
  std::vector<ChanWaiter> sendq, recvq;  // head first
  bool current = false;         // the event at the cursor concerns this channel
};

struct ChanView {
  std::vector<ChanRow> chans;  // by address (the model's order)
  uint64_t current = 0;        // the channel the event at the cursor concerns, or 0
};

ChanView build_chan_view(const Session& s);

// A channel the time package made (HChan::made_by), named as a learner knows it: the C of the
// Timer or Ticker a variable holds ("ticker.C"), else by the function that made it ("time.After's
// channel"). The element is a time.Time. "" for the program's own channels.
std::string time_chan_name(const Model& md, const std::map<uint64_t, HeldBy>& holders, uint64_t addr, const HChan& c);

// A channel element's bytes as a learner reads them, given its IR type (-1: unknown).
std::string chan_elem_text(const Model& md, const ir::Module* mod, int32_t type, const std::string& bytes);

}  // namespace gosim::viz
