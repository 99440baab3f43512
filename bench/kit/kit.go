// Package kit is what pedigree's benchmark programs share: a scratch PostgreSQL database,
// a simulated chain with the contract and a cast, percentiles, timings added up by name, number
// formatting, a CPU profile and a description of the machine.
//
// The benchmarks (bench/indexer, bench/verify) measure different things, but set up their
// database and chain and print their figures alike, so that their reports read the same way.
package kit

import (
	"fmt"
	"math"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Percentile returns the p-th percentile (0-100) of ds by the nearest-rank method; 0 when ds
// is empty. It leaves ds as it was.
func Percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	rank := int(math.Ceil(float64(len(s))*p/100)) - 1
	return s[min(max(rank, 0), len(s)-1)]
}

// Thousands formats n with commas between groups of three digits.
func Thousands(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// Millis formats d in milliseconds with digits decimals: "12.5 ms".
func Millis(d time.Duration, digits int) string {
	return strconv.FormatFloat(float64(d.Microseconds())/1000, 'f', digits, 64) + " ms"
}

// PassMiss says whether a figure met its target: "PASS" or "MISS".
func PassMiss(ok bool) string {
	if ok {
		return "PASS"
	}
	return "MISS"
}

// StartAllocProfile writes the allocations of this process to path when stop is called: a
// heap profile's alloc_space and alloc_objects, counted since the program began, and beside it
// at path+".base" the same counts as they stood at the start, so that
// `go tool pprof -sample_index=alloc_space -diff_base path.base path` shows what was allocated
// in between.
func StartAllocProfile(path string) (stop func() error, err error) {
	write := func(p string) error {
		f, err := os.Create(p)
		if err != nil {
			return fmt.Errorf("alloc profile: %w", err)
		}
		defer f.Close()
		runtime.GC() // the profile is as of the last collection
		if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
			return fmt.Errorf("alloc profile: %w", err)
		}
		return f.Close()
	}
	if err := write(path + ".base"); err != nil {
		return nil, err
	}
	return func() error { return write(path) }, nil
}

// StartCPUProfile writes a CPU profile of this process to path until stop is called.
func StartCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}
