package postgres

import (
	"reflect"
	"testing"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

func TestActiveRanges(t *testing.T) {
	r := func(bounds ...int) []pedigree.PackRange {
		var out []pedigree.PackRange
		for i := 0; i+1 < len(bounds); i += 2 {
			out = append(out, pedigree.PackRange{Start: bounds[i], End: bounds[i+1]})
		}
		return out
	}
	for _, tc := range []struct {
		name       string
		start, end int
		gone       []int
		want       []pedigree.PackRange
	}{
		{"AllActive", 48, 64, nil, r(48, 64)},
		{"OneGone", 48, 64, []int{50}, r(48, 50, 51, 64)},
		{"FirstAndLastGone", 48, 64, []int{48, 63}, r(49, 63)},
		{"NeighboursGone", 0, 8, []int{2, 3, 4}, r(0, 2, 5, 8)},
		{"AllGone", 0, 2, []int{0, 1}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := activeRanges(tc.start, tc.end, tc.gone); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}
