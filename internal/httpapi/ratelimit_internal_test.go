package httpapi

import (
	"net/http/httptest"
	"testing"
	"time"
)

func TestLimiter(t *testing.T) {
	now := time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	l := newLimiter(RateLimit{Burst: 3, Every: 2 * time.Second}, func() time.Time { return now })
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
	if newLimiter(RateLimit{Burst: -1}, time.Now) != nil {
		t.Fatal("a negative burst did not turn the limit off")
	}
	if d := newLimiter(RateLimit{}, time.Now); d.burst != DefaultAnonymousBurst || d.every != DefaultAnonymousEvery {
		t.Fatalf("defaults %v %v", d.burst, d.every)
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
