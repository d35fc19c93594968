// Sentences of the events of sync/atomic (describe_atomic.cpp).
#pragma once

#include <string>

#include "sim/base/lang.h"
#include "sim/trace/event.h"

namespace gosim {

std::string describe_atomic(const Event& e, Lang lang);

}  // namespace gosim
