package kit

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

// CPU is CPU time used so far by this process and by the PostgreSQL server it talks to: on a
// shared machine, a figure the other processes' load does not inflate the way it does wall
// time.
type CPU struct {
	Process, Server time.Duration
	ServerOK        bool // the server runs on this machine and its processes could be read
}

// Sub returns the CPU time used between then and c.
func (c CPU) Sub(then CPU) CPU {
	return CPU{Process: c.Process - then.Process, Server: c.Server - then.Server, ServerOK: c.ServerOK && then.ServerOK}
}

// String says it for a report.
func (c CPU) String() string {
	if !c.ServerOK {
		return fmt.Sprintf("CPU %.2f s in this process", c.Process.Seconds())
	}
	return fmt.Sprintf("CPU %.2f s in this process + %.2f s in PostgreSQL", c.Process.Seconds(), c.Server.Seconds())
}

// ReadCPU reads the CPU time of this process (getrusage) and of the PostgreSQL server of
// pool (its postmaster's processes in /proc: connections closed meanwhile are not counted).
func ReadCPU(ctx context.Context, pool *pgxpool.Pool) CPU {
	var c CPU
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err == nil {
		c.Process = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	var backend int
	if pool == nil || pool.QueryRow(ctx, `SELECT pg_backend_pid()`).Scan(&backend) != nil {
		return c
	}
	_, postmaster, ok := procStat(backend)
	if !ok {
		return c
	}
	entries, err := os.ReadDir("/proc")
	if err != nil {
		return c
	}
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		if used, parent, ok := procStat(pid); ok && (pid == postmaster || parent == postmaster) {
			c.Server += used
		}
	}
	c.ServerOK = true
	return c
}

// procStat returns a process's CPU time (user and system) and its parent's pid.
func procStat(pid int) (used time.Duration, parent int, ok bool) {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0, 0, false
	}
	// The command may hold spaces and parentheses: the fields start after the last ')'.
	i := strings.LastIndexByte(string(b), ')')
	if i < 0 {
		return 0, 0, false
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 13 {
		return 0, 0, false
	}
	parent, err1 := strconv.Atoi(f[1])
	utime, err2 := strconv.ParseInt(f[11], 10, 64)
	stime, err3 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil || err3 != nil {
		return 0, 0, false
	}
	return time.Duration(utime+stime) * 10 * time.Millisecond, parent, true // USER_HZ ticks
}
