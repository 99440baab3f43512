package pgcluster_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/pgcluster"
	"github.com/pedigree-rx/pedigree/internal/postgres/pgtest"
)

// TestCluster walks one private cluster through its life: created, stopped, started again,
// shared with a second StartCluster, killed, restarted.
func TestCluster(t *testing.T) {
	dir := pgtest.ClusterDir(t)
	ctx := t.Context()
	var clusters []*pgcluster.Cluster
	t.Cleanup(func() {
		for _, c := range clusters {
			if err := c.Stop(context.Background()); err != nil {
				t.Error(err)
			}
		}
	})
	start := func(t *testing.T) *pgcluster.Cluster {
		t.Helper()
		c, err := pgcluster.Start(ctx, dir, nil)
		if err != nil {
			t.Fatal(err)
		}
		clusters = append(clusters, c)
		return c
	}

	c := start(t)
	t.Run("Connect", func(t *testing.T) {
		pool := pgtest.Open(t, c.URL())
		var one int
		if err := pool.QueryRow(ctx, "SELECT 1").Scan(&one); err != nil || one != 1 {
			t.Fatalf("SELECT 1 = %d, %v", one, err)
		}
		if _, err := pool.Exec(ctx, "CREATE TABLE kept (x int); INSERT INTO kept VALUES (42)"); err != nil {
			t.Fatal(err)
		}
		if got, want := c.URL(), "host="+c.Dir()+" port=5432 user=postgres dbname=pedigree sslmode=disable"; got != want {
			t.Errorf("URL() = %q, want %q", got, want)
		}
	})
	t.Run("NoTCP", func(t *testing.T) {
		pool := pgtest.Open(t, c.URL())
		var addrs string
		if err := pool.QueryRow(ctx, "SHOW listen_addresses").Scan(&addrs); err != nil || addrs != "" {
			t.Errorf("listen_addresses = %q, %v; want none", addrs, err)
		}
	})
	t.Run("StartAgainKeepsData", func(t *testing.T) {
		if err := c.Stop(ctx); err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(filepath.Join(dir, "data", "postmaster.pid")); !errors.Is(err, os.ErrNotExist) {
			t.Fatalf("after Stop, postmaster.pid: %v", err)
		}
		c = start(t)
		assertKept(t, c.URL())
	})
	t.Run("ReuseRunning", func(t *testing.T) {
		c2 := start(t)
		assertKept(t, c2.URL())
		if err := c2.Stop(ctx); err != nil {
			t.Fatal(err)
		}
		assertKept(t, c.URL()) // c2 did not start it, so it left it running
	})
	t.Run("StalePID", func(t *testing.T) {
		pid := postmasterPID(t, dir)
		if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		// Gone, or a zombie nobody reaped yet: either way it holds the lock files.
		for i := 0; syscall.Kill(pid, 0) == nil && !isZombie(pid); i++ {
			if i > 100 {
				t.Fatalf("postmaster %d survived SIGKILL", pid)
			}
			time.Sleep(10 * time.Millisecond)
		}
		c = start(t)
		assertKept(t, c.URL())
		if got := postmasterPID(t, dir); got == pid {
			t.Errorf("postmaster.pid still names %d", pid)
		}
	})
	t.Run("ConcurrentStart", func(t *testing.T) {
		if err := c.Stop(ctx); err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		started := make([]*pgcluster.Cluster, 2)
		errs := make([]error, 2)
		for i := range started {
			wg.Go(func() { started[i], errs[i] = pgcluster.Start(ctx, dir, nil) })
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Fatalf("StartCluster %d: %v", i, err)
			}
			clusters = append(clusters, started[i])
		}
		c = started[0]
		assertKept(t, c.URL())
	})
	t.Run("Restart", func(t *testing.T) {
		pool := pgtest.Open(t, c.URL())
		if _, err := pool.Exec(ctx, "SELECT 1"); err != nil {
			t.Fatal(err)
		}
		before := postmasterPID(t, dir)
		if err := c.Restart(ctx); err != nil {
			t.Fatal(err)
		}
		if postmasterPID(t, dir) == before {
			t.Error("the postmaster's PID did not change")
		}
		// The pool's idle connection died with the server: the pool replaces it.
		var err error
		for i := 0; i < 10; i++ {
			if _, err = pool.Exec(ctx, "SELECT count(*) FROM kept"); err == nil {
				break
			}
			time.Sleep(50 * time.Millisecond)
		}
		if err != nil {
			t.Fatalf("after Restart: %v", err)
		}
	})
}

func TestStartErrSocketPathTooLong(t *testing.T) {
	dir := filepath.Join(os.TempDir(), strings.Repeat("d", 100))
	_, err := pgcluster.Start(t.Context(), dir, nil)
	if err == nil || !strings.Contains(err.Error(), "unix socket") {
		t.Fatalf("Start(%s) = %v, want an error about the socket path", dir, err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Start created %s", dir)
	}
}

func assertKept(t *testing.T, url string) {
	t.Helper()
	var x int
	if err := pgtest.Open(t, url).QueryRow(t.Context(), "SELECT x FROM kept").Scan(&x); err != nil || x != 42 {
		t.Fatalf("SELECT x FROM kept = %d, %v; want 42", x, err)
	}
}

func postmasterPID(t *testing.T, dir string) int {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "data", "postmaster.pid"))
	if err != nil {
		t.Fatal(err)
	}
	line, _, _ := strings.Cut(string(b), "\n")
	pid, err := strconv.Atoi(line)
	if err != nil {
		t.Fatal(err)
	}
	return pid
}

func isZombie(pid int) bool {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return false
	}
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	return i >= 0 && i+2 < len(s) && s[i+2] == 'Z'
}
