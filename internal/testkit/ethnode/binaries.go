package ethnode

import (
	"bufio"
	"bytes"
	"debug/buildinfo"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// gethModule is the module whose cmd/geth is built; its version is the one go.mod requires, so
// the node under test speaks the same protocol version as the code that talks to it.
const gethModule = "github.com/ethereum/go-ethereum"

// The paths found or built by this test binary, each under its own mutex so that one client's
// build does not hold up the other. The file locks in bin/ keep several test binaries (go test
// runs packages in parallel) from building the same thing twice.
var (
	gethPath, anvilPath struct {
		sync.Mutex
		path string
	}
)

// gethBinary returns REPO/bin/geth, built with `go install` at go.mod's go-ethereum version
// when it is missing or of another version: the same binary `make bin/geth` builds.
func gethBinary(tb testing.TB) string {
	tb.Helper()
	gethPath.Lock()
	defer gethPath.Unlock()
	if gethPath.path != "" {
		return gethPath.path
	}
	root := repoRoot(tb)
	version, err := moduleVersion(filepath.Join(root, "go.mod"), gethModule)
	if err != nil {
		tb.Fatalf("ethnode: %v", err)
	}
	path := filepath.Join(root, "bin", "geth")
	if builtVersion(path) != version {
		unlock := lockFile(tb, filepath.Join(root, "bin", ".geth.lock"))
		defer unlock()
		if builtVersion(path) != version { // not built meanwhile by another test binary
			gobin, err := exec.LookPath("go")
			if err != nil {
				tb.Fatalf("ethnode: %s is missing and there is no go command to build it: %v", path, err)
			}
			tb.Logf("ethnode: building geth %s into %s (minutes when cold; `make bin/geth` does it ahead)", version, filepath.Dir(path))
			start := time.Now()
			cmd := exec.Command(gobin, "install", gethModule+"/cmd/geth@"+version)
			cmd.Dir = root
			cmd.Env = append(os.Environ(), "GOBIN="+filepath.Dir(path), "CGO_ENABLED=0")
			if out, err := cmd.CombinedOutput(); err != nil {
				tb.Fatalf("ethnode: go install geth@%s: %v\n%s", version, err, out)
			}
			if got := builtVersion(path); got != version {
				tb.Fatalf("ethnode: go install geth@%s wrote %s of version %q", version, path, got)
			}
			tb.Logf("ethnode: built geth %s in %s", version, time.Since(start).Round(time.Second))
		}
	}
	gethPath.path = path
	return path
}

// builtVersion is the module version a Go binary was built from (go install m/cmd/x@v records
// m at v as its main module), or "" when path is missing or not a Go binary.
func builtVersion(path string) string {
	info, err := buildinfo.ReadFile(path)
	if err != nil || info.Main.Path != gethModule {
		return ""
	}
	return info.Main.Version
}

// anvilBinary returns anvil from the @foundry-rs/anvil pinned in contracts/package-lock.json,
// running `npm ci` in contracts/ when node_modules lacks it or holds another version: what the
// Makefile's contracts/node_modules target does. It runs the executable of the platform's
// package (@foundry-rs/anvil-linux-amd64 and so on), not node_modules/.bin/anvil: that is a
// node wrapper which, on SIGTERM, exits without waiting for anvil to dump its state.
func anvilBinary(tb testing.TB) string {
	tb.Helper()
	anvilPath.Lock()
	defer anvilPath.Unlock()
	if anvilPath.path != "" {
		return anvilPath.path
	}
	contracts := filepath.Join(repoRoot(tb), "contracts")
	path, err := installedAnvil(contracts)
	if err != nil {
		unlock := lockFile(tb, filepath.Join(repoRoot(tb), "bin", ".npm.lock"))
		defer unlock()
		if path, err = installedAnvil(contracts); err != nil {
			npm, lookErr := exec.LookPath("npm")
			if lookErr != nil {
				tb.Fatalf("ethnode: %v, and there is no npm to install it: %v", err, lookErr)
			}
			tb.Logf("ethnode: %v: running npm ci in %s", err, contracts)
			cmd := exec.Command(npm, "ci", "--no-audit", "--no-fund", "--loglevel=error")
			cmd.Dir = contracts
			if out, err := cmd.CombinedOutput(); err != nil {
				tb.Fatalf("ethnode: npm ci in %s: %v\n%s", contracts, err, out)
			}
			now := time.Now() // as `make contracts/node_modules` does, so make sees it up to date
			_ = os.Chtimes(filepath.Join(contracts, "node_modules"), now, now)
			if path, err = installedAnvil(contracts); err != nil {
				tb.Fatalf("ethnode: after npm ci: %v", err)
			}
		}
	}
	anvilPath.path = path
	return path
}

// installedAnvil returns the anvil executable under contracts/node_modules if its version is
// the one package-lock.json pins.
func installedAnvil(contracts string) (string, error) {
	var lock struct {
		Packages map[string]struct {
			Version string `json:"version"`
		} `json:"packages"`
	}
	b, err := os.ReadFile(filepath.Join(contracts, "package-lock.json"))
	if err != nil {
		return "", err
	}
	if err := json.Unmarshal(b, &lock); err != nil {
		return "", fmt.Errorf("%s: %w", filepath.Join(contracts, "package-lock.json"), err)
	}
	want := lock.Packages["node_modules/@foundry-rs/anvil"].Version
	if want == "" {
		return "", errors.New("contracts/package-lock.json pins no @foundry-rs/anvil")
	}
	var pkg struct {
		Version string `json:"version"`
	}
	manifest := filepath.Join(contracts, "node_modules", "@foundry-rs", "anvil", "package.json")
	if b, err = os.ReadFile(manifest); err != nil {
		return "", fmt.Errorf("@foundry-rs/anvil is not installed in %s", filepath.Join(contracts, "node_modules"))
	}
	if err := json.Unmarshal(b, &pkg); err != nil {
		return "", fmt.Errorf("%s: %w", manifest, err)
	}
	if pkg.Version != want {
		return "", fmt.Errorf("node_modules holds @foundry-rs/anvil %s, package-lock.json pins %s", pkg.Version, want)
	}
	native := filepath.Join(contracts, "node_modules", "@foundry-rs", "anvil-"+runtime.GOOS+"-"+runtime.GOARCH, "bin", "anvil")
	if fi, err := os.Stat(native); err != nil || !fi.Mode().IsRegular() || fi.Mode()&0o111 == 0 {
		return "", fmt.Errorf("no executable %s (is %s/%s a platform @foundry-rs/anvil ships for?)", native, runtime.GOOS, runtime.GOARCH)
	}
	return native, nil
}

// repoRoot is the nearest directory at or above the working directory holding go.mod: a test
// runs in its package's directory.
func repoRoot(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatalf("ethnode: %v", err)
	}
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			tb.Fatalf("ethnode: no go.mod at or above %s", dir)
		}
	}
}

// moduleVersion is the version go.mod requires of module, read as the Makefile reads it.
func moduleVersion(gomod, module string) (string, error) {
	b, err := os.ReadFile(gomod)
	if err != nil {
		return "", err
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) > 0 && f[0] == "require" {
			f = f[1:]
		}
		if len(f) >= 2 && f[0] == module && strings.HasPrefix(f[1], "v") {
			return f[1], nil
		}
	}
	return "", fmt.Errorf("%s requires no %s", gomod, module)
}

// lockFile takes an exclusive flock on path, creating it and its directory, and returns the
// unlock. The kernel drops the lock if the test binary dies holding it.
func lockFile(tb testing.TB, path string) (unlock func()) {
	tb.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		tb.Fatalf("ethnode: %v", err)
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		tb.Fatalf("ethnode: %v", err)
	}
	for {
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX)
		if !errors.Is(err, syscall.EINTR) {
			break
		}
	}
	if err != nil {
		f.Close()
		tb.Fatalf("ethnode: lock %s: %v", path, err)
	}
	return func() { f.Close() } // closing the last descriptor releases the flock
}

// NodeModules returns contracts/node_modules, with the packages contracts/package-lock.json
// pins installed (`npm ci` when they are missing, as for anvil): for tests that check Go's
// results against JavaScript's (js-sha3 comes with solc).
func NodeModules(tb testing.TB) string {
	tb.Helper()
	anvilBinary(tb)
	return filepath.Join(repoRoot(tb), "contracts", "node_modules")
}
