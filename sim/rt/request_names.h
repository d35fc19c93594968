// What a G's pending runtime request is, in the words of the Go code that made it.
#pragma once

#include <string_view>

#include "sim/rt/runtime2.h"

namespace gosim {

// "chan send", "time.Sleep", "go (newproc)"… for the inspector and other views. The switch has
// no default, so -Wswitch (an error in the werror preset) flags a ReqKind added without a name.
std::string_view request_kind_name(ReqKind k);

}  // namespace gosim
