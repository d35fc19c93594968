# The two commands a new user needs: `make run` and `make test`.
# Both install what is missing first (scripts/bootstrap.sh), then build with a CMake preset.
# PRESET picks the build (CMakePresets.json); its folder is derived from it: default → build,
# any other preset P → build-P. With CI set (as on the CI machine), the default preset is
# `werror`, so a new compiler warning fails CI, and a skipped test fails `make test`.

ifneq ($(CI),)
PRESET ?= werror
else
PRESET ?= default
endif
BUILD  := $(if $(filter default,$(PRESET)),build,build-$(PRESET))
JOBS   ?= $(shell nproc)
# `make run` opens the lesson picker on lesson 1; SCENARIO=path opens a scenario (or a lesson) instead.
SCENARIO ?=
# Executions per fuzz target in `make fuzz` (a count, not seconds, so a run is repeatable).
FUZZ_RUNS ?= 20000

.PHONY: all bootstrap configure build run test asan bench fuzz clean

all: build

bootstrap:
	@bash scripts/bootstrap.sh

configure: bootstrap
	@cmake --preset $(PRESET) >/dev/null

build: configure
	@cmake --build --preset $(PRESET) -j $(JOBS)

# The main job: the visualizer when there is one and a display (no SCENARIO: the lesson picker
# over lesson 1), else the CLI: the terminal lesson player on lesson 1 (the whole lesson with its
# answers when stdin is not a terminal), or SCENARIO's events.
run: build
	@if [ -x $(BUILD)/bin/gosim-viz ] && [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	  $(BUILD)/bin/gosim-viz $(SCENARIO); \
	elif [ -z "$(SCENARIO)" ]; then \
	  $(BUILD)/bin/gosim lesson $$(ls -d lessons/01-*/ 2>/dev/null | head -1) $$([ -t 0 ] || echo --non-interactive); \
	else \
	  $(BUILD)/bin/gosim run $(SCENARIO) --events; \
	fi

# tests/run_ctest.sh keeps ctest's whole log in $(BUILD)/ctest.log and, with CI set, fails when
# any test skipped (Go 1.19 or Xvfb missing): the CI machine installs both.
test: build
	@bash tests/run_ctest.sh $(BUILD) --output-on-failure -j $(JOBS) $(CTEST_ARGS)

# The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer (preset `asan`, folder
# build-asan). Slow: about an hour on 2 cores. A UBSan report stops the program, so it fails its test.
asan:
	@UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 $(MAKE) --no-print-directory test PRESET=asan

bench: build
	@$(BUILD)/bin/engine_bench
	@bash tests/bench/interp_bench.sh $(BUILD)/bin/gosim
	@bash tests/bench/sched_bench.sh $(BUILD)/bin/gosim
	@bash tests/bench/gc_bench.sh $(BUILD)/bin/gosim
	@bash tests/bench/churn_bench.sh $(BUILD)/bin/gosim
	@if [ -x $(BUILD)/bin/gosim-viz ]; then bash tests/bench/record_bench.sh $(BUILD)/bin/gosim-viz; fi

# libFuzzer (needs clang; not part of `make test`): the Go front end and the scenario loader,
# FUZZ_RUNS executions each; any crash, leak, timeout or UBSan report fails. Logs in build/fuzz/.
fuzz: bootstrap
	@bash tests/fuzz/run.sh $(FUZZ_RUNS)

clean:
	rm -rf build build-*
