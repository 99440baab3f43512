package httpapi_test

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

// newWorldStory serves a new world and starts a browser story on it, its screenshots (when
// SCREENSHOTS names a directory) in the folder sub.
func newWorldStory(t *testing.T, sub string) (*story, *worldtest.World) {
	t.Helper()
	ctx := newBrowser(t)
	w := worldtest.New(t)
	srv := w.Serve(t, slog.New(slog.DiscardHandler))
	s := &story{t: t, ctx: ctx, url: srv.URL, shots: os.Getenv("SCREENSHOTS")}
	if s.shots != "" {
		s.shots = filepath.Join(s.shots, sub)
		if err := os.MkdirAll(s.shots, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return s, w
}

// TestBrowserCounter is a pharmacist's morning at the counter, in chromium: a scan while the
// focus is on Dispense, or on the state select, lands in the code field and dispenses
// nothing; a reload after Dispense repeats nothing and still offers Undo; a prescription of
// three packs goes in the basket and is dispensed at once; and on phones 390 and 360 px wide,
// Dispense is on screen after a scan without scrolling. The pharmacy holds packs 48 to 63.
func TestBrowserCounter(t *testing.T) {
	s, w := newWorldStory(t, "counter")
	state := func(i int) pedigree.PackState {
		t.Helper()
		w.Synced(t)
		return w.Verify(t, w.Now, w.Code(i), &w.Regulator).Pack.State
	}
	// typed types text into whatever has the focus, the keys every apart, as the clock of the
	// events says (so a loaded machine does not change the pace the page sees), with mods held.
	clock := time.Now()
	typed := func(text string, every time.Duration, mods input.Modifier) chromedp.Action {
		return chromedp.ActionFunc(func(ctx context.Context) error {
			if now := time.Now(); clock.Before(now) {
				clock = now // the page's clock starts when it loads: no key before that
			}
			if text == "" { // a pause
				clock = clock.Add(every)
			}
			for _, r := range text {
				clock = clock.Add(every)
				at := input.TimeSinceEpoch(clock)
				for _, ev := range kb.Encode(r) {
					ev.Modifiers, ev.Timestamp = mods, &at
					if err := ev.Do(ctx); err != nil {
						return err
					}
				}
			}
			return nil
		})
	}
	// keys is pack i's code as a 2D scanner types it into whatever has the focus, a key every
	// 3 ms: ]d2, the element string with Ctrl+] for each group separator, then Enter.
	keys := func(i int) []chromedp.Action {
		c := w.Code(i)
		es := "01" + c.GTIN + "17" + c.Expiry.Format("060102") + "10" + c.Lot + "\x1d21" + c.Serial
		const pace = 3 * time.Millisecond
		actions := []chromedp.Action{typed("", time.Second, 0), typed("]d2", pace, 0)}
		for j, field := range strings.Split(es, "\x1d") {
			if j > 0 {
				actions = append(actions, typed("]", pace, input.ModifierCtrl))
			}
			actions = append(actions, typed(field, pace, 0))
		}
		return append(actions, typed("\r", pace, 0))
	}
	// slowly types text as a person does, more slowly than a scanner: the events' clock counts
	// whole seconds (the protocol's TimeSinceEpoch), so a key a second.
	slowly := func(text string) chromedp.Action { return typed(text, time.Second, 0) }
	// stale marks the page shown, and next waits for another page to replace it: a form posted
	// with Enter navigates after the key event returns.
	stale := chromedp.Evaluate(`document.documentElement.dataset.stale = "1"`, nil)
	next := settled(`document.documentElement.dataset.stale === undefined && document.readyState === "complete"`, nil)
	serialShown := func(out *string) chromedp.Action {
		return chromedp.Evaluate(`(() => { const d = [...document.querySelectorAll(".pack dt")].find(e => e.textContent === "Serial"); return d ? d.nextElementSibling.textContent : ""; })()`, out)
	}
	scan := func(what string, i int) {
		t.Helper()
		var serial string
		s.run(what, append(append([]chromedp.Action{chromedp.Navigate(s.url + "/scan"), chromedp.WaitVisible("#code", chromedp.ByQuery), stale, chromedp.Focus("#code", chromedp.ByQuery)}, keys(i)...),
			next, shown("#verdict"), serialShown(&serial))...)
		if serial != w.Code(i).Serial {
			t.Fatalf("%s: the page shows serial %q, want %q", what, serial, w.Code(i).Serial)
		}
	}
	email, password := w.User(t, w.Dispenser)
	s.signIn(email, password)

	t.Run("ScanWithFocusOnAButton", func(t *testing.T) {
		scan("scan a pack", 56)
		var serial, value string
		s.run("scan the next with the focus on Dispense", append(append([]chromedp.Action{chromedp.Focus("#dispense", chromedp.ByQuery), stale}, keys(57)...),
			next, shown("#verdict"), serialShown(&serial))...)
		if serial != w.Code(57).Serial {
			t.Fatalf("after a scan with the focus on Dispense the page shows serial %q, want %q", serial, w.Code(57).Serial)
		}
		s.run("scan the next with the focus on the state select", append(append([]chromedp.Action{chromedp.Focus("#state", chromedp.ByQuery), stale}, keys(58)...),
			next, shown("#verdict"), serialShown(&serial), chromedp.Value("#state", &value, chromedp.ByQuery))...)
		if serial != w.Code(58).Serial || value != "" {
			t.Fatalf("after a scan with the focus on the select: serial %q, select %q", serial, value)
		}
		for _, i := range []int{56, 57, 58} {
			if got := state(i); got != pedigree.PackActive {
				t.Errorf("pack %d is %s: a scan acted on a button", i, got)
			}
		}
	})

	t.Run("ReloadAfterDispense", func(t *testing.T) {
		scan("scan a pack to dispense", 59)
		var before, after string
		s.run("dispense", stale, chromedp.Click("#dispense", chromedp.ByQuery), next, shownText("#done-message", &before))
		s.run("reload", stale, chromedp.Reload(), next, shown("#done-undo"), shownText("#done-message", &after))
		if !strings.HasPrefix(before, "Dispensed: pack "+w.Code(59).Serial) || after != before {
			t.Errorf("before the reload %q, after %q", before, after)
		}
		var n int
		if err := w.Pool.QueryRow(context.Background(), `SELECT count(*) FROM pack_actions WHERE serial = $1`, w.Code(59).Serial).Scan(&n); err != nil || n != 1 {
			t.Errorf("%d dispenses recorded (%v), want 1", n, err)
		}
		if got := state(59); got != pedigree.PackSupplied {
			t.Fatalf("pack 59 is %s", got)
		}
		var undone string
		s.run("undo after the reload", stale, chromedp.Click("#done-undo", chromedp.ByQuery), next, shownText("#done-message", &undone))
		if !strings.HasPrefix(undone, "Undone: pack "+w.Code(59).Serial) || state(59) != pedigree.PackActive {
			t.Errorf("undo says %q; the pack is %s", undone, state(59))
		}
	})

	t.Run("BasketOfThree", func(t *testing.T) {
		for _, i := range []int{51, 52, 53} {
			scan(fmt.Sprintf("scan pack %d of the prescription", i), i)
			s.run(fmt.Sprintf("add pack %d to the basket", i), stale, chromedp.Click("#basket-add", chromedp.ByQuery), next, shown("#done"))
		}
		var title string
		var outcomes []string
		s.run("dispense the basket", chromedp.Text("#basket-title", &title, chromedp.ByQuery),
			stale, chromedp.Click("#basket-dispense", chromedp.ByQuery), next, shown("#outcomes"),
			chromedp.Evaluate(`[...document.querySelectorAll("#outcomes li")].map(li => li.className + " " + li.textContent.trim())`, &outcomes))
		if title != "Basket: 3 packs" || len(outcomes) != 3 {
			t.Fatalf("basket %q, outcomes %q", title, outcomes)
		}
		for j, i := range []int{51, 52, 53} {
			if !strings.Contains(outcomes[j], "outcome-ok") || !strings.Contains(outcomes[j], w.Code(i).Serial) {
				t.Errorf("outcome %d: %q", j, outcomes[j])
			}
			if got := state(i); got != pedigree.PackSupplied {
				t.Errorf("pack %d is %s in the projection", i, got)
			}
		}
	})

	// The counter's other pages, for the screenshots and their checks (labels, no overflow):
	// the confirmation naming the pack, manual entry with its errors, a red verdict's next
	// steps, and "My scans".
	t.Run("OtherPages", func(t *testing.T) {
		scan("scan a pack to destroy", 62)
		var named string
		s.run("ask to destroy it", chromedp.SetValue("#state", "destroyed", chromedp.ByQuery), stale, chromedp.Click("#decommission", chromedp.ByQuery), next,
			chromedp.Text("#confirm-yes", &named, chromedp.ByQuery, chromedp.NodeVisible))
		if named != "Yes, mark serial "+w.Code(62).Serial+" destroyed" {
			t.Errorf("the confirmation says %q", named)
		}
		s.run("think again", stale, chromedp.Click("#confirm-no", chromedp.ByQuery), next, shown("#code"))
		if got := state(62); got != pedigree.PackActive {
			t.Errorf("pack 62 is %s after thinking again", got)
		}
		var gtinError string
		s.run("type a damaged code by hand", chromedp.Click("#manual summary", chromedp.ByQuery),
			chromedp.SetValue("#f-gtin", "09506000134353", chromedp.ByQuery), chromedp.SetValue("#f-lot", "VERIFY", chromedp.ByQuery),
			stale, chromedp.Click("#manual-check", chromedp.ByQuery), next, shownText("#f-gtin-error", &gtinError))
		if !strings.Contains(gtinError, "check digit") {
			t.Errorf("the GTIN's error says %q", gtinError)
		}
		c := w.Code(62)
		s.run("a red verdict", chromedp.Navigate(s.url+"/scan"), chromedp.WaitVisible("#code", chromedp.ByQuery),
			chromedp.SendKeys("#code", "(01)"+c.GTIN+"(10)"+c.Lot+"(21)NOT-OURS\r", chromedp.ByQuery), shown("#next-steps"))
		var serial, comment string
		s.run("scan with the focus in the comment", append(append([]chromedp.Action{chromedp.Focus("#report-comment", chromedp.ByQuery), slowly("Seal "), stale}, keys(49)...),
			next, shown("#verdict"), serialShown(&serial))...)
		if serial != w.Code(49).Serial {
			t.Fatalf("a scan with the focus in the comment shows serial %q, want %q", serial, w.Code(49).Serial)
		}
		s.run("the red verdict again", chromedp.Navigate(s.url+"/scan"), chromedp.WaitVisible("#code", chromedp.ByQuery),
			chromedp.SendKeys("#code", "(01)"+c.GTIN+"(10)"+c.Lot+"(21)NOT-OURS\r", chromedp.ByQuery), shown("#next-steps"),
			chromedp.Focus("#report-comment", chromedp.ByQuery), slowly("Seal broken"), chromedp.Value("#report-comment", &comment, chromedp.ByQuery))
		if comment != "Seal broken" {
			t.Errorf("a person's typing in the comment reads %q", comment)
		}
		s.run("report it", chromedp.SetValue("#report-comment", "The seal was broken", chromedp.ByQuery), stale, chromedp.Click("#report", chromedp.ByQuery), next,
			shown("#done"))
		var entries string
		s.run("my scans", chromedp.Click("#my-scans", chromedp.ByQuery), shownText("#my-entries", &entries))
		for _, want := range []string{"Reported to the regulator", "NOT-OURS", "Dispensed", "Verified: Genuine pack"} {
			if !strings.Contains(entries, want) {
				t.Errorf("My scans lacks %q:\n%s", want, entries)
			}
		}
	})

	for _, size := range [][2]int64{{390, 664}, {360, 640}} {
		t.Run(fmt.Sprintf("DispenseOnScreenAt%d", size[0]), func(t *testing.T) {
			s.run(fmt.Sprintf("a phone %d px wide", size[0]), chromedp.EmulateViewport(size[0], size[1], chromedp.EmulateMobile))
			defer s.run("back to a desk", chromedp.EmulateViewport(1280, 800))
			scan(fmt.Sprintf("scan on a phone %d px wide", size[0]), 60)
			var bottom, height float64
			s.run("find Dispense", chromedp.Evaluate(`document.getElementById("dispense").getBoundingClientRect().bottom`, &bottom),
				chromedp.Evaluate(`window.innerHeight`, &height))
			t.Logf("at %dx%d Dispense ends %.0f px down the window", size[0], size[1], bottom)
			if bottom <= 0 || bottom > height {
				t.Errorf("at %dx%d Dispense ends %.0f px down a %.0f px window", size[0], size[1], bottom, height)
			}
		})
	}
}
