package httpapi

import (
	"net/http/httptest"
	"testing"
	"time"
)

func TestLimiter(t *testing.T) {
	now := time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	l := newLimiter(RateLimit{Burst: 3, Every: 2 * time.Second}, DefaultAnonymousBurst, DefaultAnonymousEvery, func() time.Time { return now })
	for i := range 3 {
		if ok, _ := l.allow("a"); !ok {
			t.Fatalf("check %d refused within the burst", i+1)
		}
	}
	ok, wait := l.allow("a")
	if ok || wait != 2*time.Second {
		t.Fatalf("after the burst: %t, wait %s", ok, wait)
	}
	if ok, _ := l.allow("b"); !ok {
		t.Fatal("another client was refused")
	}
	now = now.Add(time.Second)
	if ok, wait := l.allow("a"); ok || wait != time.Second {
		t.Fatalf("half refilled: %t, wait %s", ok, wait)
	}
	now = now.Add(time.Second)
	if ok, _ := l.allow("a"); !ok {
		t.Fatal("refilled, still refused")
	}
	now = now.Add(time.Hour)
	l.forgetFull(now)
	if len(l.buckets) != 0 {
		t.Fatalf("%d full buckets kept", len(l.buckets))
	}
	if newLimiter(RateLimit{Burst: -1}, DefaultAnonymousBurst, DefaultAnonymousEvery, time.Now) != nil {
		t.Fatal("a negative burst did not turn the limit off")
	}
	if d := newLimiter(RateLimit{}, DefaultImageBurst, DefaultImageEvery, time.Now); d.burst != DefaultImageBurst || d.every != DefaultImageEvery {
		t.Fatalf("defaults %v %v", d.burst, d.every)
	}
}

// TestLimiterCost: a photo takes photoCost tokens of a visitor's image bucket, a frame one.
func TestLimiterCost(t *testing.T) {
	now := time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	l := newLimiter(RateLimit{}, DefaultImageBurst, DefaultImageEvery, func() time.Time { return now })
	for i := range DefaultImageBurst / photoCost {
		if ok, _ := l.allowN("a", photoCost); !ok {
			t.Fatalf("photo %d refused within the burst", i+1)
		}
	}
	ok, wait := l.allowN("a", photoCost)
	if ok || wait != photoCost*DefaultImageEvery {
		t.Fatalf("a photo after the burst: %t, wait %s", ok, wait)
	}
	now = now.Add(DefaultImageEvery)
	if ok, _ := l.allowN("a", 1); !ok {
		t.Fatal("a frame refused with a token in the bucket")
	}
	if ok, _ := l.allowN("b", 1000); !ok { // a cost above the burst is the burst
		t.Fatal("a cost above the burst refused a full bucket")
	}
}

func TestAnonymousClient(t *testing.T) {
	for addr, want := range map[string]string{
		"192.0.2.7:4711":             "192.0.2.7",
		"[2001:db8:1:2:3:4:5:6]:443": "2001:db8:1:2::/64",
		"[2001:db8:1:2:ffff::1]:443": "2001:db8:1:2::/64",
		"[::ffff:192.0.2.7]:80":      "192.0.2.7",
	} {
		r := httptest.NewRequest("GET", "/", nil)
		r.RemoteAddr = addr
		if got := anonymousClient(r); got != want {
			t.Errorf("%s: got %s, want %s", addr, got, want)
		}
	}
}
