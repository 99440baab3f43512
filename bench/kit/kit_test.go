package kit

import (
	"slices"
	"testing"
	"time"
)

func TestPercentile(t *testing.T) {
	ds := make([]time.Duration, 200)
	for i := range ds {
		ds[len(ds)-1-i] = time.Duration(i+1) * time.Millisecond // 200 ms down to 1 ms
	}
	for _, tc := range []struct {
		p    float64
		want time.Duration
	}{{50, 100 * time.Millisecond}, {99, 198 * time.Millisecond}, {100, 200 * time.Millisecond}, {0, time.Millisecond}} {
		if got := Percentile(ds, tc.p); got != tc.want {
			t.Errorf("p%v: got %v, want %v", tc.p, got, tc.want)
		}
	}
	if got := Percentile(nil, 50); got != 0 {
		t.Errorf("empty: got %v", got)
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 20011: "20,011", 1102278: "1,102,278", -4500: "-4,500"} {
		if got := Thousands(n); got != want {
			t.Errorf("Thousands(%d): got %q, want %q", n, got, want)
		}
	}
}

func TestMillis(t *testing.T) {
	for _, tc := range []struct {
		d      time.Duration
		digits int
		want   string
	}{{12345 * time.Microsecond, 1, "12.3 ms"}, {12345 * time.Microsecond, 2, "12.35 ms"}, {0, 2, "0.00 ms"}} {
		if got := Millis(tc.d, tc.digits); got != tc.want {
			t.Errorf("Millis(%v, %d): got %q, want %q", tc.d, tc.digits, got, tc.want)
		}
	}
}

func TestWithDatabase(t *testing.T) {
	for _, tc := range []struct{ conn, want string }{
		{"postgres://u:p@localhost:5432/postgres?sslmode=disable", "postgres://u:p@localhost:5432/bench_1?sslmode=disable"},
		{"postgresql://localhost", "postgresql://localhost/bench_1"},
		{"host=/tmp user=u dbname=postgres", "host=/tmp user=u dbname=postgres dbname=bench_1"},
	} {
		if got := WithDatabase(tc.conn, "bench_1"); got != tc.want {
			t.Errorf("WithDatabase(%q): got %q, want %q", tc.conn, got, tc.want)
		}
	}
}

func TestSlowestFirst(t *testing.T) {
	m := map[string]Stat{"a": {N: 1, Took: time.Second}, "b": {N: 2, Took: 3 * time.Second}, "c": {N: 1, Took: time.Second}}
	got := []string{"c", "a", "b"}
	SlowestFirst(got, m)
	if want := []string{"b", "a", "c"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := m["b"].Mean(), 1500*time.Millisecond; got != want {
		t.Errorf("Mean: got %v, want %v", got, want)
	}
}
