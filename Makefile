# The two commands a new user needs: `make run` and `make test`.
# Both install what is missing first (scripts/bootstrap.sh), then build with a CMake preset.

PRESET ?= default
BUILD  := build
JOBS   ?= $(shell nproc)
SCENARIO ?= scenarios/hello/hello.json

.PHONY: all bootstrap configure build run test bench fuzz clean

all: build

bootstrap:
	@bash scripts/bootstrap.sh

configure: bootstrap
	@cmake --preset $(PRESET) >/dev/null

build: configure
	@cmake --build --preset $(PRESET) -j $(JOBS)

# The main job: the visualizer when there is one and a display, else the CLI on the default scenario.
run: build
	@if [ -x $(BUILD)/bin/gosim-viz ] && [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	  $(BUILD)/bin/gosim-viz $(SCENARIO); \
	else \
	  $(BUILD)/bin/gosim run $(SCENARIO) --events; \
	fi

test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS) $(CTEST_ARGS)

bench: build
	@$(BUILD)/bin/engine_bench
	@bash tests/bench/interp_bench.sh $(BUILD)/bin/gosim
	@bash tests/bench/sched_bench.sh $(BUILD)/bin/gosim
	@bash tests/bench/gc_bench.sh $(BUILD)/bin/gosim
	@bash tests/bench/churn_bench.sh $(BUILD)/bin/gosim

# libFuzzer on the Go front end for 60 s (needs clang; not part of `make test`).
fuzz: bootstrap
	@bash tests/fuzz/run.sh 60

clean:
	rm -rf $(BUILD) build-*
