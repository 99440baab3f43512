package kit

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"runtime"
	"strings"
)

// Machine describes where a benchmark ran.
type Machine struct {
	CPUs, Procs int    // runtime.NumCPU and GOMAXPROCS
	CPUModel    string // from /proc/cpuinfo; empty where there is none
	GoVersion   string // and GOOS/GOARCH
	Postgres    string // the server's version()
	Settings    string // the settings asked for, "name=value" separated by spaces
	Server      string // where the server is, as the benchmark was told
	LoadAvg     string // /proc/loadavg when the run began: other work on the machine skews the figures
}

// CPU describes the CPUs: "2 (GOMAXPROCS 2), the model".
func (m Machine) CPU() string {
	cpu := fmt.Sprintf("%d (GOMAXPROCS %d)", m.CPUs, m.Procs)
	if m.CPUModel != "" {
		cpu += ", " + m.CPUModel
	}
	return cpu
}

// DescribeMachine describes this machine and the server, where being where the server is and
// settings the PostgreSQL settings the report shows.
func (s *Server) DescribeMachine(ctx context.Context, where string, settings ...string) (Machine, error) {
	m := Machine{CPUs: runtime.NumCPU(), Procs: runtime.GOMAXPROCS(0), GoVersion: runtime.Version() + " " + runtime.GOOS + "/" + runtime.GOARCH, Server: where}
	if err := s.admin.QueryRow(ctx, "SELECT version()").Scan(&m.Postgres); err != nil {
		return m, fmt.Errorf("read PostgreSQL version: %w", err)
	}
	var values []string
	for _, name := range settings {
		var v string
		if err := s.admin.QueryRow(ctx, "SELECT current_setting($1)", name).Scan(&v); err != nil {
			return m, fmt.Errorf("read PostgreSQL setting %s: %w", name, err)
		}
		values = append(values, name+"="+v)
	}
	m.Settings = strings.Join(values, " ")
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		if f := strings.Fields(string(b)); len(f) >= 3 {
			m.LoadAvg = strings.Join(f[:3], " ")
		}
	}
	if f, err := os.Open("/proc/cpuinfo"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
				m.CPUModel = strings.TrimSpace(v)
				break
			}
		}
		f.Close()
	}
	return m, nil
}
