// Package pgtest gives tests a real PostgreSQL: a fresh database per test, on the server named
// by TEST_DATABASE_URL or else on one private cluster that every test process of a `go test`
// run shares, started on first use and stopped and deleted when the go command exits. Nothing
// needs a server started by hand, only PostgreSQL's server programs installed (see
// pgcluster.FindBinaries).
//
// The shared cluster lives in /dev/shm/pedigree-pgtest-UID-PPID (or under $TMPDIR where
// /dev/shm is no roomy tmpfs, as in a default Docker container): the package test binaries of
// one `go test` run are children of the same go command, so they share its PID as their parent
// PID. The first of them, under an flock on the directory's lock file, starts the cluster and
// a small detached watcher (sh) that waits for the go command to exit, then stops the server
// and removes the directory. The cluster runs with fsync off: a test database is disposable.
package pgtest

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/pgcluster"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/migrations"
)

// URLEnv names the environment variable that points the tests at a server of one's own
// instead of the private cluster. Its role needs CREATEDB; its databases are created and
// dropped there (the template databases, pgtest_tmpl_HASH, stay).
const URLEnv = "TEST_DATABASE_URL"

// timeout bounds each setup step: a first start includes initdb.
const timeout = 2 * time.Minute

// NewPool returns a pool on a fresh database holding pedigree's schema (migrations.FS),
// dropped when the test ends. A database costs a CREATE DATABASE from a template migrated
// once per version of the migrations.
func NewPool(tb testing.TB) *pgxpool.Pool {
	tb.Helper()
	s := shared(tb)
	tmpl, err := s.template()
	if err != nil {
		tb.Fatalf("pgtest: %v", err)
	}
	url := s.newDatabase(tb, tmpl)
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	pool, err := postgres.Open(ctx, url)
	if err != nil {
		tb.Fatalf("pgtest: %v", err)
	}
	tb.Cleanup(pool.Close) // before the database's drop, which Cleanup runs later
	return pool
}

// Open opens a pool on the database at url, closed when the test ends.
func Open(tb testing.TB, url string) *pgxpool.Pool {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	pool, err := postgres.Open(ctx, url)
	if err != nil {
		tb.Fatalf("pgtest: %v", err)
	}
	tb.Cleanup(pool.Close)
	return pool
}

// NewDatabase creates an empty database, dropped when the test ends, and returns its
// connection string: for tests of migrations, or of a program given DATABASE_URL.
func NewDatabase(tb testing.TB) string {
	tb.Helper()
	return shared(tb).newDatabase(tb, "")
}

// NewCluster starts a private cluster for this test alone, with its database "pedigree"
// migrated (migrations.FS), for tests that stop or restart PostgreSQL. It is stopped and
// deleted when the test ends, or by a watcher if the test process dies first.
func NewCluster(tb testing.TB) *pgcluster.Cluster {
	tb.Helper()
	dir := ClusterDir(tb)
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	c, err := pgcluster.Start(ctx, dir, nil)
	if err != nil {
		tb.Fatalf("pgtest: %v", err)
	}
	tb.Cleanup(func() {
		if err := c.Stop(context.Background()); err != nil {
			tb.Errorf("pgtest: %v", err)
		}
	})
	if err := tune(ctx, c.DatabaseURL("postgres")); err != nil {
		tb.Fatalf("pgtest: %v", err)
	}
	pool, err := postgres.Open(ctx, c.URL())
	if err != nil {
		tb.Fatalf("pgtest: %v", err)
	}
	defer pool.Close()
	if _, err := postgres.Migrate(ctx, pool, migrations.FS); err != nil {
		tb.Fatalf("pgtest: %v", err)
	}
	return c
}

// ClusterDir returns a new directory for a private cluster (pgcluster.Start), short
// enough for its socket path. It is deleted when the test ends, after the cleanups registered
// later, such as the cluster's Stop, have run. If the test process dies first, a watcher stops
// the cluster in it and deletes it.
func ClusterDir(tb testing.TB) string {
	tb.Helper()
	dir, err := os.MkdirTemp(tempDir(), "pgtest-")
	if err != nil {
		tb.Fatalf("pgtest: %v", err)
	}
	tb.Cleanup(func() { os.RemoveAll(dir) })
	if err := handOver(dir); err != nil {
		tb.Fatalf("pgtest: %v", err)
	}
	if err := startWatcher(dir, os.Getpid()); err != nil {
		tb.Fatalf("pgtest: %v", err)
	}
	return dir
}

// server is where this process creates its databases.
type server struct {
	base  string        // connection string of the maintenance database
	admin *pgxpool.Pool // on base: creates and drops databases

	mu   sync.Mutex
	tmpl string // the template holding migrations.FS, once made
}

var (
	sharedOnce   sync.Once
	sharedServer *server
	sharedErr    error
)

// shared returns this process's server, setting it up on first use.
func shared(tb testing.TB) *server {
	tb.Helper()
	sharedOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), timeout)
		defer cancel()
		sharedServer, sharedErr = setUp(ctx)
	})
	if sharedErr != nil {
		tb.Fatalf("pgtest: %v", sharedErr)
	}
	return sharedServer
}

func setUp(ctx context.Context) (*server, error) {
	base := os.Getenv(URLEnv)
	if base == "" {
		c, err := sharedCluster(ctx)
		if err != nil {
			return nil, err
		}
		base = c.DatabaseURL("postgres")
	}
	admin, err := postgres.Open(ctx, base)
	if err != nil {
		return nil, err
	}
	return &server{base: base, admin: admin}, nil
}

// sharedCluster starts, or finds started, the cluster of this `go test` run.
func sharedCluster(ctx context.Context) (*pgcluster.Cluster, error) {
	ppid := os.Getppid()
	dir := filepath.Join(tempDir(), fmt.Sprintf("pedigree-pgtest-%d-%d", os.Getuid(), ppid))
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	lock, err := os.OpenFile(filepath.Join(dir, "lock"), os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, err
	}
	defer lock.Close()
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX); err != nil {
		return nil, fmt.Errorf("lock %s: %w", lock.Name(), err)
	}
	defer syscall.Flock(int(lock.Fd()), syscall.LOCK_UN)

	if err := handOver(dir); err != nil {
		return nil, err
	}
	// The watcher comes first: whatever happens next, the go command's exit removes dir.
	if !watched(dir) {
		if err := startWatcher(dir, ppid); err != nil {
			return nil, err
		}
	}
	c, err := pgcluster.Start(ctx, dir, nil)
	if err != nil {
		return nil, err
	}
	// Never stopped from here: the watcher stops it after the last test process.
	return c, tune(ctx, c.DatabaseURL("postgres"))
}

// tempDir is where test clusters go: /dev/shm if it is a tmpfs with room, since creating a
// database creates some 700 files, which takes 15 ms there and 100 ms on a VM's disk;
// otherwise os.TempDir, unless that path is too long to hold a unix socket a few levels down.
func tempDir() string {
	const shm, tmpfsMagic, room = "/dev/shm", 0x01021994, 1 << 30
	var st syscall.Statfs_t
	if syscall.Statfs(shm, &st) == nil && int64(st.Type) == tmpfsMagic && uint64(st.Bavail)*uint64(st.Bsize) >= room {
		if f, err := os.CreateTemp(shm, "pgtest-probe-"); err == nil { // writable?
			f.Close()
			os.Remove(f.Name())
			return shm
		}
	}
	if d := os.TempDir(); len(d) <= 60 {
		return d
	}
	return "/tmp"
}

// tune turns off what makes a server durable, which a test's server need not be.
func tune(ctx context.Context, url string) error {
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	var fsync string
	if err := conn.QueryRow(ctx, "SHOW fsync").Scan(&fsync); err != nil || fsync == "off" {
		return err
	}
	for _, q := range []string{
		"ALTER SYSTEM SET fsync = off",
		"ALTER SYSTEM SET synchronous_commit = off",
		"ALTER SYSTEM SET full_page_writes = off",
		"SELECT pg_reload_conf()",
	} {
		if _, err := conn.Exec(ctx, q); err != nil {
			return fmt.Errorf("tune the test cluster: %s: %w", q, err)
		}
	}
	return nil
}

// template returns the name of the template database holding migrations.FS, creating it if
// no process has yet. Its name carries a hash of the migrations, so a changed migration makes
// a new one.
func (s *server) template() (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.tmpl != "" {
		return s.tmpl, nil
	}
	sum, err := hashFS(migrations.FS)
	if err != nil {
		return "", err
	}
	name := "pgtest_tmpl_" + hex.EncodeToString(sum[:8])
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	conn, err := s.admin.Acquire(ctx)
	if err != nil {
		return "", err
	}
	defer conn.Release()
	// Processes of the same run race to make it: one does, under this lock, the others wait.
	key := int64(binary.BigEndian.Uint64(sum[8:16]))
	if _, err := conn.Exec(ctx, "SELECT pg_advisory_lock($1)", key); err != nil {
		return "", err
	}
	defer conn.Exec(context.Background(), "SELECT pg_advisory_unlock($1)", key)
	var exists bool
	if err := conn.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", name).Scan(&exists); err != nil {
		return "", err
	}
	if !exists {
		// Built under another name and renamed when complete, so a process that dies
		// halfway leaves no template that looks finished.
		build := name + "_build"
		if err := s.exec(ctx, "DROP DATABASE IF EXISTS %s WITH (FORCE)", build); err != nil {
			return "", err
		}
		if err := s.exec(ctx, "CREATE DATABASE %s", build); err != nil {
			return "", err
		}
		pool, err := postgres.Open(ctx, withDatabase(s.base, build))
		if err != nil {
			return "", err
		}
		_, err = postgres.Migrate(ctx, pool, migrations.FS)
		pool.Close()
		if err != nil {
			return "", fmt.Errorf("make the template database: %w", err)
		}
		if err := s.exec(ctx, "ALTER DATABASE %s RENAME TO %s", build, name); err != nil {
			return "", err
		}
		if err := s.exec(ctx, "ALTER DATABASE %s WITH IS_TEMPLATE true ALLOW_CONNECTIONS false", name); err != nil {
			return "", err
		}
	}
	s.tmpl = name
	return name, nil
}

// newDatabase creates a database (a copy of template, unless that is empty), registers its
// drop at the end of the test and returns its connection string.
func (s *server) newDatabase(tb testing.TB, template string) string {
	tb.Helper()
	var b [6]byte
	rand.Read(b[:])
	name := "t_" + hex.EncodeToString(b[:])
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	q := "CREATE DATABASE %s"
	if template != "" {
		q += " TEMPLATE " + pgx.Identifier{template}.Sanitize()
	}
	if err := s.exec(ctx, q, name); err != nil {
		tb.Fatalf("pgtest: %v", err)
	}
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), timeout)
		defer cancel()
		if err := s.exec(ctx, "DROP DATABASE IF EXISTS %s WITH (FORCE)", name); err != nil {
			tb.Errorf("pgtest: %v", err)
		}
	})
	return withDatabase(s.base, name)
}

// exec runs a statement whose %s verbs are database names.
func (s *server) exec(ctx context.Context, format string, names ...string) error {
	args := make([]any, len(names))
	for i, n := range names {
		args[i] = pgx.Identifier{n}.Sanitize()
	}
	q := fmt.Sprintf(format, args...)
	if _, err := s.admin.Exec(ctx, q); err != nil {
		return fmt.Errorf("%s: %w", q, err)
	}
	return nil
}

// withDatabase returns connection string conn naming database name instead.
func withDatabase(conn, name string) string {
	if strings.HasPrefix(conn, "postgres://") || strings.HasPrefix(conn, "postgresql://") {
		if u, err := url.Parse(conn); err == nil {
			u.Path, u.RawPath = "/"+name, ""
			return u.String()
		}
	}
	return conn + " dbname=" + name // the last of a repeated keyword counts
}

// hashFS hashes every file of fsys, names and contents.
func hashFS(fsys fs.FS) ([32]byte, error) {
	h := sha256.New()
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		fmt.Fprintf(h, "%s\x00%d\x00", p, len(b))
		h.Write(b)
		return nil
	})
	var sum [32]byte
	copy(sum[:], h.Sum(nil))
	return sum, err
}

// serverUser returns the credentials PostgreSQL's programs run with when we are root (the
// "postgres" user, as pgcluster.Start runs them), or nil.
func serverUser() (*syscall.Credential, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	u, err := user.Lookup("postgres")
	if err != nil {
		return nil, nil // StartCluster says what is missing
	}
	uid, err1 := strconv.ParseUint(u.Uid, 10, 32)
	gid, err2 := strconv.ParseUint(u.Gid, 10, 32)
	if err := errors.Join(err1, err2); err != nil {
		return nil, err
	}
	return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}, nil
}

// handOver gives dir to the user that will run the server, so that its watcher, running as
// that user, can delete dir.
func handOver(dir string) error {
	cred, err := serverUser()
	if cred == nil || err != nil {
		return err
	}
	return os.Chown(dir, int(cred.Uid), int(cred.Gid))
}

// watched reports whether dir's watcher runs.
func watched(dir string) bool {
	b, err := os.ReadFile(filepath.Join(dir, "watcher.pid"))
	if err != nil {
		return false
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || pid <= 0 {
		return false
	}
	err = syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

// watcherScript waits for process $1 to exit, then stops the server in $2/data with pg_ctl
// from $3 and deletes $2. As the postgres user it may not signal a root process, so on Linux
// it looks in /proc instead of using kill -0.
const watcherScript = `
alive() { if [ -d /proc/self ]; then [ -d "/proc/$1" ]; else kill -0 "$1" 2>/dev/null; fi; }
while alive "$1"; do sleep 1; done
"$3/pg_ctl" stop -D "$2/data" -m immediate -s -w >/dev/null 2>&1
rm -rf "$2"
`

// startWatcher starts a detached process that stops the cluster in dir and deletes dir once
// process pid exits.
func startWatcher(dir string, pid int) error {
	bin, err := pgcluster.FindBinaries()
	if err != nil {
		return err
	}
	cred, err := serverUser()
	if err != nil {
		return err
	}
	cmd := exec.Command("/bin/sh", "-c", watcherScript, "pgtest-watcher", strconv.Itoa(pid), dir, bin)
	cmd.Dir = "/"
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Credential: cred}
	// No stdin, stdout or stderr: the go command waits for the test's output pipes to close.
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start the cluster's watcher: %w", err)
	}
	p := cmd.Process.Pid
	cmd.Process.Release()
	return os.WriteFile(filepath.Join(dir, "watcher.pid"), []byte(strconv.Itoa(p)+"\n"), 0o644)
}
