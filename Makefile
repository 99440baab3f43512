# pedigree — the two commands are `make run` and `make test`; see README.md.

GO      ?= go
BIN     := bin/pedigree
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
# The geth the end-to-end tests run as a separate node: go-ethereum's version in go.mod (read when used).
GETH_VERSION = $(shell awk '{ if ($$1 == "require") $$1 = ""; $$0 = $$0 } $$1 == "github.com/ethereum/go-ethereum" { print $$2; exit }' go.mod)

GENERATED := contracts/out/Pedigree.abi contracts/out/Pedigree.bin \
             contracts/out/ReferenceBatch.abi contracts/out/ReferenceBatch.bin \
             internal/chain/pedigree_abigen.go internal/gasreport/reference_abigen.go

.PHONY: all build run test browser check fmt vet check-generated contracts gas bench-indexer bench-verify clean deps

all: build

build:
	$(GO) build -ldflags "-X main.version=$(VERSION)" -o $(BIN) ./cmd/pedigree

## run: start pedigree on its embedded defaults (embedded chain, private PostgreSQL, demo organisations), data in ./.pedigree
run: deps build
	./$(BIN) dev

## test: every test (contract rules on the simulated chain, the embedded node, PostgreSQL, the binary end to end, the pages in chromium); SCREENSHOTS=DIR saves the browser story's steps as PNGs
test: deps browser bin/geth bin/clef contracts/node_modules
	PEDIGREE_BROWSER=required $(GO) test -count=1 -timeout 30m ./...

## deps: what run and test need beyond Go: PostgreSQL's server programs (installed from Debian when missing and root)
deps:
	@if command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing PostgreSQL's server programs (apt-get install postgresql)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null; \
	else echo "PostgreSQL's server programs (initdb, pg_ctl) are missing: install them (Debian/Ubuntu: apt-get install postgresql)"; exit 1; fi

## browser: chromium for the browser tests (Debian's, installed when missing and root; never downloaded by a test)
browser:
	@if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || command -v google-chrome >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing chromium for the browser tests (apt-get install chromium)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null; \
	else echo "chromium is missing for the browser tests: install it (Debian/Ubuntu: apt-get install chromium)"; exit 1; fi

## check: formatting, go vet, and generated files (ABI, bytecode, Go bindings) up to date
check: fmt vet check-generated

fmt:
	@out=$$(gofmt -l cmd internal); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

check-generated: contracts/node_modules
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	contracts/gen.sh "$$tmp" || exit 1; \
	stale=0; for f in $(GENERATED); do \
		if ! cmp -s "$$f" "$$tmp/$$f"; then echo "$$f is not what its sources generate: run 'make contracts' and commit"; stale=1; fi; \
	done; \
	[ $$stale -eq 0 ] && echo "generated files are up to date"

## contracts: install the pinned solc and OpenZeppelin, compile, regenerate the Go bindings
contracts: contracts/node_modules
	contracts/gen.sh

## bin/geth: geth at go.mod's go-ethereum version, for the tests that run a geth --dev node (built on demand by them too; minutes when cold)
.PHONY: bin/geth
bin/geth:
	@if [ "$$($(GO) version -m $@ 2>/dev/null | awk '$$1 == "mod" { print $$3 }')" != "$(GETH_VERSION)" ]; then \
		echo "building geth $(GETH_VERSION) into bin/ (go install; a few minutes the first time)"; \
		GOBIN="$(CURDIR)/bin" CGO_ENABLED=0 $(GO) install github.com/ethereum/go-ethereum/cmd/geth@$(GETH_VERSION); \
	fi

## bin/clef: Clef from go-ethereum v1.17.3 (the last release with it), for the external-signer test (built on demand by it too; minutes when cold)
CLEF_VERSION := v1.17.3
.PHONY: bin/clef
bin/clef:
	@if [ "$$($(GO) version -m $@ 2>/dev/null | awk '$$1 == "mod" { print $$3 }')" != "$(CLEF_VERSION)" ]; then \
		echo "building clef $(CLEF_VERSION) into bin/ (go install; a few minutes the first time)"; \
		GOBIN="$(CURDIR)/bin" CGO_ENABLED=0 $(GO) install github.com/ethereum/go-ethereum/cmd/clef@$(CLEF_VERSION); \
	fi

contracts/node_modules: contracts/package.json contracts/package-lock.json
	cd contracts && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

## gas: gas per operation, pedigree beside a plain ERC-721 reference (GAS_JSON=FILE also writes JSON)
gas:
	$(GO) run ./cmd/gasreport

## bench-indexer: index 20,000+ events from scratch from the embedded node and over JSON-RPC from geth, beside a bare COPY, and the mined-to-PostgreSQL lag (bench/indexer; BENCH_FLAGS=-h for options)
bench-indexer: deps bin/geth
	$(GO) run ./bench/cmd/benchindexer $(BENCH_FLAGS)

## bench-verify: POST /api/v1/verify under load at concurrency 1, 8, 64 (held 60 s at 64) beside a bare primary-key SELECT, batches of 1,000 to 1,000,000 packs, a scan log of 10 million rows, and registering 100,000 and 1,000,000 serials beside a bare COPY, on the service app.New builds (bench/verify; BENCH_FLAGS=-h for options, -register-only for the registrations alone)
bench-verify: deps
	$(GO) run ./bench/cmd/benchverify $(BENCH_FLAGS)

clean:
	rm -rf bin
