# casebook: the two commands are `make demo` and `make test`; the rest are for developers.
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=

.PHONY: all deps build test demo bench format test-sanitize test-tsan fuzz clean

all: build

deps:
	@tools/deps.sh

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS)

build: $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

test: deps build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

demo: deps build
	tools/demo.sh $(BUILD)

bench: deps build
	bench/run.sh $(BUILD)

format:
	clang-format -i $$(git ls-files '*.cc' '*.h')

# The whole suite under ASan + UBSan + LSan (a UBSan report fails its test), then the
# threaded tests under TSan. Suppressions, third-party code only: tools/sanitize/.
SAN_ENV = ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1 \
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  LSAN_OPTIONS=suppressions=$(CURDIR)/tools/sanitize/lsan.supp:print_suppressions=0
# The SIGKILL tests are left to `make test`: they time kills against an optimised build's
# speed (a sanitizer build is ten times slower, so StoreKill's children store nothing before
# the kill and StoreCrash's 200 rounds pass the 120 s limit), and what they check, that a
# killed write leaves a whole store, does not depend on the sanitizers.
SAN_SKIP ?= StoreKill|StoreCrash
test-sanitize: deps
	cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=Debug -DCASEBOOK_SANITIZE=ON \
	  -DCASEBOOK_BUILD_BENCH=OFF $(CMAKE_FLAGS)
	cmake --build build-sanitize -j $(JOBS)
	cd build-sanitize && $(SAN_ENV) ctest --output-on-failure -j $(JOBS) -E '$(SAN_SKIP)' \
	  $(CTEST_FLAGS)
	$(MAKE) test-tsan

# ThreadSanitizer over what runs threads: ordered_parallel, `extract --jobs`, the store, and
# the server's thread pool (API, access-matrix, serve-command, cached-read, session-cache, socket
# and pool tests).
TSAN_TESTS ?= OrderedParallel|ExtractCommand|Issue8Limits|SharedAcrossThreads|StoreCli|Api\.|AccessMatrix|ServeCommand|CachedReads|SessionCache|ServerSockets|StorePool
test-tsan: deps
	cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=Debug -DCASEBOOK_TSAN=ON \
	  -DCASEBOOK_BUILD_BENCH=OFF $(CMAKE_FLAGS)
	cmake --build build-tsan -j $(JOBS) --target casebook core_tests cli_tests nlp_tests store_tests \
	  server_tests
	cd build-tsan && TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 \
	  ctest --output-on-failure -j $(JOBS) -R '$(TSAN_TESTS)'

# libFuzzer targets (clang): FUZZ_SECONDS each, one after the other. See tests/fuzz/README.md.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= html_ingest plain_html text_ingest front_matter time_expression search_query extract api_body
fuzz: deps
	cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang \
	  -DCMAKE_CXX_COMPILER=clang++ -DCASEBOOK_FUZZ=ON -DCASEBOOK_BUILD_TESTS=OFF \
	  -DCASEBOOK_BUILD_BENCH=OFF $(CMAKE_FLAGS)
	cmake --build build-fuzz -j $(JOBS) --target $(addsuffix _fuzz,$(FUZZ_TARGETS))
	tests/fuzz/run.sh build-fuzz $(FUZZ_SECONDS) $(FUZZ_TARGETS)

clean:
	rm -rf $(BUILD) build-sanitize build-tsan build-fuzz
