// Virtual time as people read it: "0s", "250ns", "1.25µs", "3.5ms", "2.000001s".
#pragma once

#include <string>

#include "sim/trace/event.h"

namespace gosim {

std::string format_vtime(VTime ns);

}  // namespace gosim
