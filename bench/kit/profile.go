package kit

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
)

// StartProfiles writes a CPU profile of this process to prefix+".cpu" until stop is called,
// and the allocations profile at the start and at stop to prefix+".allocs-start" and
// prefix+".allocs": `go tool pprof -sample_index=alloc_space -diff_base PREFIX.allocs-start
// PREFIX.allocs` is what was allocated in between. An empty prefix profiles nothing.
func StartProfiles(prefix string) (stop func() error, err error) {
	if prefix == "" {
		return func() error { return nil }, nil
	}
	if err := writeAllocs(prefix + ".allocs-start"); err != nil {
		return nil, err
	}
	stopCPU, err := StartCPUProfile(prefix + ".cpu")
	if err != nil {
		return nil, err
	}
	return func() error {
		stopCPU()
		return writeAllocs(prefix + ".allocs")
	}, nil
}

func writeAllocs(path string) error {
	runtime.GC() // the profile is as of the last collection
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("allocs profile: %w", err)
	}
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		f.Close()
		return fmt.Errorf("allocs profile: %w", err)
	}
	return f.Close()
}

// ResetPeakRSS starts the process's peak resident set size (VmHWM) again from its current
// size, so PeakRSS then says the peak of what follows. It reports whether the kernel allowed
// it (Linux: /proc/self/clear_refs); without it PeakRSS is the peak since the process began.
func ResetPeakRSS() bool {
	return os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) == nil
}

// PeakRSS returns the process's peak resident set size in bytes (VmHWM in /proc/self/status),
// 0 where there is no such file.
func PeakRSS() int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if v, ok := strings.CutPrefix(s.Text(), "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			if err != nil {
				return 0
			}
			return kb * 1024
		}
	}
	return 0
}
