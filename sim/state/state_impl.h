// The parts of the state dump, one builder per part of the model (sim/state/state.h).
#pragma once

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "sim/ir/ir.h"
#include "sim/rt/machine.h"

namespace gosim::state {

std::string hex(uint64_t v);  // "0xc000010000"

// state_sched.cpp: goroutines, Ps, Ms, the scheduler's globals, sysmon. `mod` is null for a
// program that is not interpreted Go (no frames, no lines).
nlohmann::ordered_json goroutines_json(const Machine& mc, const Model& md, const ir::Module* mod);
nlohmann::ordered_json ps_json(const Model& md);
nlohmann::ordered_json ms_json(const Model& md);
nlohmann::ordered_json sched_json(const Model& md);

// state_sync.cpp: channels, runtime semaphores, package sync's words, the netpoller.
nlohmann::ordered_json channels_json(const Model& md);
nlohmann::ordered_json semaphores_json(const Model& md);
nlohmann::ordered_json sync_json(const Model& md);
nlohmann::ordered_json netpoll_json(const Model& md);

// state_heap.cpp: spans with their slots' colours, the collector and its pacer, MemStats.
nlohmann::ordered_json heap_json(const Model& md);
nlohmann::ordered_json gc_json(const Model& md);
nlohmann::ordered_json memstats_json(const Model& md);

// state_files.cpp (part fs): the virtual file tree and the open descriptors, and their text.
nlohmann::ordered_json files_json(const Model& md);
void files_text(std::string& out, const nlohmann::ordered_json& st);

}  // namespace gosim::state
