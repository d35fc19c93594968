// Which variable holds a runtime object: names for channels and package sync's objects.
//
// gosim's model keys channels and sync objects by address and keeps no types (an hchan holds
// its elements as bytes; Model::syncs only the state words). The program's frames know more:
// every live goroutine's frame variables have a name and an IR type. A variable of channel type
// holds a channel's address; a sync.Mutex, RWMutex or WaitGroup variable *is* the object (its
// address, on the stack or, moved to heap, where its slot points); a pointer to one points at
// it. A *time.Timer or *time.Ticker variable holds the Timer (Model::timers' key), whose C is a
// channel the time package made. Objects only a struct field or a package variable holds get
// no name here.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "sim/ir/ir.h"
#include "sim/rt/runtime2.h"

namespace gosim::viz {

struct HeldBy {
  std::vector<std::string> names;  // "jobs (main.main)", in goroutine then frame order (outermost first)
  int32_t type = -1;               // the object's IR type: the chan type, or sync.Mutex & co.
  std::string short_name() const { return names.empty() ? "" : names.front().substr(0, names.front().find(' ')); }
};

// By object address: channels (md.chans), sync objects (md.syncs) and time's Timers and
// Tickers (md.timers) some frame variable holds.
std::map<uint64_t, HeldBy> held_by(const Model& md, const ir::Module& mod);

}  // namespace gosim::viz
