package kit

import (
	"slices"
	"strings"
	"sync"
	"time"
)

// Stat is a count of calls and the time they took.
type Stat struct {
	N    int
	Took time.Duration
}

// Add counts a call that took d.
func (s *Stat) Add(d time.Duration) { s.N++; s.Took += d }

// Mean returns the mean time of a call; 0 when there was none.
func (s Stat) Mean() time.Duration {
	if s.N == 0 {
		return 0
	}
	return s.Took / time.Duration(s.N)
}

// SlowestFirst sorts names by their time in m, the most first, and equal times by name.
func SlowestFirst(names []string, m map[string]Stat) {
	slices.SortFunc(names, func(a, b string) int {
		if c := m[b].Took - m[a].Took; c != 0 {
			if c > 0 {
				return 1
			}
			return -1
		}
		return strings.Compare(a, b)
	})
}

// Stats adds up named durations from any number of goroutines: SQL statements by label, the
// pieces of a server's work.
type Stats struct {
	mu sync.Mutex
	m  map[string]*Stat
}

// NewStats returns empty Stats.
func NewStats() *Stats { return &Stats{m: map[string]*Stat{}} }

// Add counts a call of name that took d.
func (s *Stats) Add(name string, d time.Duration) {
	s.mu.Lock()
	st := s.m[name]
	if st == nil {
		st = &Stat{}
		s.m[name] = st
	}
	st.Add(d)
	s.mu.Unlock()
}

// Reset forgets everything added so far.
func (s *Stats) Reset() {
	s.mu.Lock()
	s.m = map[string]*Stat{}
	s.mu.Unlock()
}

// Snapshot returns a copy of the figures.
func (s *Stats) Snapshot() map[string]Stat {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]Stat, len(s.m))
	for k, v := range s.m {
		out[k] = *v
	}
	return out
}
