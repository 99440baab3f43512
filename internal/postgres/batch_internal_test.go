package postgres

import (
	"testing"
)

// TestSerialRowsAllocateNothing: the rows of a batch's serials cost no allocation each, and
// say each serial with its pack index.
func TestSerialRowsAllocateNothing(t *testing.T) {
	serials := []string{"A1", "B2", "C3"}
	rows := &serialRows{id: []byte{1, 2}, serials: serials, i: -1}
	for i := 0; rows.Next(); i++ {
		v, err := rows.Values()
		if err != nil {
			t.Fatal(err)
		}
		if got := *v[1].(*string); got != serials[i] {
			t.Fatalf("row %d: serial %q, want %q", i, got, serials[i])
		}
		if got := *v[2].(*int32); got != int32(i) {
			t.Fatalf("row %d: pack index %d, want %d", i, got, i)
		}
	}
	rows = &serialRows{id: []byte{1, 2}, serials: make([]string, 1000)}
	n := 0
	if allocs := testing.AllocsPerRun(3, func() {
		rows.i = -1
		for rows.Next() {
			_, _ = rows.Values()
			n++
		}
	}); allocs > 1 {
		t.Fatalf("%.0f allocations for 1,000 rows, want at most one", allocs)
	}
	if n != 4*1000 {
		t.Fatalf("%d rows in 4 runs of 1,000", n)
	}
}
