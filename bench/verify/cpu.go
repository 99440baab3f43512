package verify

import (
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// cpuTimes is the CPU time used so far by this process (the server and the load generator)
// and by the whole machine (this process, PostgreSQL and anything else), where the system
// says: on Linux, getrusage and /proc/stat.
type cpuTimes struct {
	process, machine time.Duration
	ok               bool
}

func readCPU() cpuTimes {
	var c cpuTimes
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return c
	}
	c.process = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	b, err := os.ReadFile("/proc/stat")
	if err != nil {
		return c
	}
	line, _, _ := strings.Cut(string(b), "\n")
	f := strings.Fields(line)
	if len(f) < 8 || f[0] != "cpu" {
		return c
	}
	// user nice system idle iowait irq softirq steal ...: busy is all but idle and iowait,
	// in USER_HZ ticks (100 a second on Linux).
	var busy int64
	for i, v := range f[1:] {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			return c
		}
		if i == 3 || i == 4 || i >= 8 { // idle, iowait; guest time is already in user
			continue
		}
		busy += n
	}
	c.machine, c.ok = time.Duration(busy)*10*time.Millisecond, true
	return c
}

// sub returns the CPU time used between then and c.
func (c cpuTimes) sub(then cpuTimes) cpuTimes {
	return cpuTimes{process: c.process - then.process, machine: c.machine - then.machine, ok: c.ok && then.ok}
}
