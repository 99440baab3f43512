// Package browsertest starts, for tests, the system's chromium (Debian's, never one a test
// downloads) headless, driven through the DevTools protocol by chromedp. `make test`
// installs chromium when it is missing and sets PEDIGREE_BROWSER=required, so there a missing
// browser fails the run; a bare `go test` without chromium skips the test, saying so.
package browsertest

import (
	"context"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// New starts a headless chromium with a fresh profile, closed when the test ends, and returns
// its context; the context ends after timeout.
func New(t *testing.T, timeout time.Duration) context.Context {
	t.Helper()
	var path string
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		if os.Getenv("PEDIGREE_BROWSER") == "required" {
			t.Fatal("no chromium on PATH: install Debian's chromium (make test does)")
		}
		t.Skip("no chromium on PATH; `make test` installs it and runs the browser tests")
	}
	// A profile of its own, removed once chromium has exited (t.TempDir's check races with the
	// last writes of a closing browser).
	profile, err := os.MkdirTemp("", "pedigree-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(path), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck, chromedp.UserDataDir(profile),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.WindowSize(1280, 900))
	ctx, cancel := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, timeout)
	t.Cleanup(func() {
		cancelTimeout()
		cancel()
		cancelAlloc()
		for i := 0; i < 50 && os.RemoveAll(profile) != nil; i++ {
			time.Sleep(100 * time.Millisecond)
		}
	})
	if err := chromedp.Run(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return ctx
}
