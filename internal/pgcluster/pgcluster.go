// Package pgcluster supervises a private PostgreSQL cluster for `pedigree dev` and tests: it
// creates it with initdb, starts and stops it with pg_ctl (as an unprivileged user when run as
// root), and serves it on a unix socket only. The store itself is package postgres.
package pgcluster

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// A private cluster's fixed names. The server listens on no TCP port, so the port only names
// its socket (DIR/.s.PGSQL.5432) and cannot clash with another server's.
const (
	clusterPort     = 5432
	clusterUser     = "postgres" // the superuser initdb creates
	clusterDatabase = "pedigree"
	socketName      = ".s.PGSQL.5432"
	// clusterConf is written into the data directory on every start, and included by
	// postgresql.conf: the server's socket follows the directory if it moves.
	clusterConf = "pedigree.conf"
	includeLine = "include '" + clusterConf + "' # pedigree's private cluster: socket, no TCP"
)

// Cluster is a private PostgreSQL server for `pedigree dev` and tests: its data in DIR/data,
// its log in DIR/postgres.log, and a unix socket in DIR as its only way in (trust
// authentication, no TCP). Its methods are safe for concurrent use.
type Cluster struct {
	dir   string   // absolute
	bin   string   // directory holding initdb, pg_ctl and postgres
	owner *account // who runs the server when we are root; nil otherwise
	log   *slog.Logger

	mu      sync.Mutex
	started bool // this process started the server, so Stop stops it
}

// account is the unprivileged user that runs PostgreSQL's programs when pedigree runs as root.
type account struct {
	name     string
	uid, gid uint32
	groups   []uint32
	home     string
}

// Start starts the private cluster in dir, creating it (initdb) on first use, and
// creates the database "pedigree" if it is missing. A server already running on dir is
// reused, and then Stop leaves it running: it is not this process's to stop. A postmaster.pid
// left behind by a crashed server is removed. As root, PostgreSQL's programs run as the
// "postgres" system user, which gets dir, and search permission (o+x) on the directories above
// it that root owns strictly under the working directory or the temporary directory.
func Start(ctx context.Context, dir string, log *slog.Logger) (*Cluster, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("postgres cluster %s: %w", dir, err)
	}
	if err := checkSocketPath(abs); err != nil {
		return nil, err
	}
	bin, err := FindBinaries()
	if err != nil {
		return nil, err
	}
	owner, err := serverAccount()
	if err != nil {
		return nil, err
	}
	c := &Cluster{dir: abs, bin: bin, owner: owner, log: log}
	if err := c.prepare(); err != nil {
		return nil, err
	}
	if err := c.initdb(ctx); err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.start(ctx); err != nil {
		return nil, err
	}
	if err := c.createDatabase(ctx, clusterDatabase); err != nil {
		if c.started {
			_ = c.stop(ctx)
		}
		return nil, err
	}
	return c, nil
}

// Dir returns the cluster's directory, an absolute path.
func (c *Cluster) Dir() string { return c.dir }

// URL returns the connection string of the database "pedigree" on the cluster.
func (c *Cluster) URL() string { return c.DatabaseURL(clusterDatabase) }

// DatabaseURL returns the connection string of database name on the cluster, in the
// keyword/value form pgx and libpq read: "host=/abs/dir port=5432 user=postgres dbname=name
// sslmode=disable".
func (c *Cluster) DatabaseURL(name string) string {
	return fmt.Sprintf("host=%s port=%d user=%s dbname=%s sslmode=disable",
		connValue(c.dir), clusterPort, clusterUser, connValue(name))
}

// Stop stops the server (pg_ctl stop -m fast) if this process started it, and otherwise does
// nothing. It finishes even if ctx is already cancelled, since it is what runs on the way out
// after Ctrl-C.
func (c *Cluster) Stop(ctx context.Context) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.started {
		return nil
	}
	return c.stop(context.WithoutCancel(ctx))
}

// Adopt makes Stop stop the server even if another process started it: for the one process
// that owns the directory (`pedigree dev`, which holds the chain's lock next to it) finding
// the server a crashed run of itself left behind.
func (c *Cluster) Adopt() {
	c.mu.Lock()
	c.started = true
	c.mu.Unlock()
}

// Restart stops the server and starts it again on the same directory; afterwards this process
// has started it, so Stop stops it. Connections to it break; a pgxpool.Pool reconnects.
func (c *Cluster) Restart(ctx context.Context) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.stop(ctx); err != nil {
		return err
	}
	return c.start(ctx)
}

// FindBinaries returns the directory holding PostgreSQL's server programs (initdb, pg_ctl,
// postgres): the first on PATH, else the highest version under /usr/lib/postgresql/*/bin
// (Debian and Ubuntu keep them there, off PATH). Its error says what to install.
func FindBinaries() (dir string, err error) {
	return findBinaries(os.Getenv("PATH"), "/usr/lib/postgresql")
}

// serverPrograms are what a private cluster needs.
var serverPrograms = []string{"initdb", "pg_ctl", "postgres"}

func findBinaries(path, versionsRoot string) (string, error) {
	for _, d := range filepath.SplitList(path) {
		if d == "" || !hasServerPrograms(d) {
			continue
		}
		// Follow a symlinked pg_ctl to its installation, whose other programs are siblings.
		if p, err := filepath.EvalSymlinks(filepath.Join(d, "pg_ctl")); err == nil && hasServerPrograms(filepath.Dir(p)) {
			return filepath.Dir(p), nil
		}
		return d, nil
	}
	entries, _ := os.ReadDir(versionsRoot)
	var found []string
	for _, e := range entries {
		if d := filepath.Join(versionsRoot, e.Name(), "bin"); hasServerPrograms(d) {
			found = append(found, e.Name())
		}
	}
	if len(found) > 0 {
		slices.SortFunc(found, compareVersions)
		return filepath.Join(versionsRoot, found[len(found)-1], "bin"), nil
	}
	return "", fmt.Errorf("no PostgreSQL server installed: initdb and pg_ctl are neither on PATH nor in %s/*/bin. "+
		`Install the server ("apt-get install postgresql" on Debian or Ubuntu, "dnf install postgresql-server" on Fedora, `+
		`"brew install postgresql" on macOS), or set DATABASE_URL to a server you run`, versionsRoot)
}

func hasServerPrograms(dir string) bool {
	for _, name := range serverPrograms {
		fi, err := os.Stat(filepath.Join(dir, name))
		if err != nil || !fi.Mode().IsRegular() || fi.Mode().Perm()&0o111 == 0 {
			return false
		}
	}
	return true
}

// compareVersions orders version directory names like "9.6", "15" and "16" numerically.
func compareVersions(a, b string) int {
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(as) && i < len(bs); i++ {
		an, aerr := strconv.Atoi(as[i])
		bn, berr := strconv.Atoi(bs[i])
		if aerr != nil || berr != nil {
			if c := strings.Compare(as[i], bs[i]); c != 0 {
				return c
			}
			continue
		}
		if an != bn {
			return an - bn
		}
	}
	return len(as) - len(bs)
}

// checkSocketPath fails if the socket in dir would have a longer path than a unix socket
// address holds (sun_path: 108 bytes on Linux, 104 elsewhere, with the terminating NUL).
func checkSocketPath(dir string) error {
	limit := 103
	if runtime.GOOS == "linux" {
		limit = 107
	}
	if p := filepath.Join(dir, socketName); len(p) > limit {
		return fmt.Errorf("postgres cluster %s: its socket path %s is %d bytes, more than the %d a unix socket path may have: choose a shorter directory", dir, p, len(p), limit)
	}
	return nil
}

// serverAccount returns the user to run PostgreSQL's programs as: nil, meaning ourselves,
// unless we are root, which PostgreSQL refuses to run as.
func serverAccount() (*account, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	u, err := user.Lookup(clusterUser)
	if err != nil {
		var unknown user.UnknownUserError
		if errors.As(err, &unknown) {
			return nil, fmt.Errorf("running as root, and PostgreSQL will not run as root, but there is no %q system user to run it as: "+
				"installing the PostgreSQL server package creates one (or: useradd --system %s), or set DATABASE_URL", clusterUser, clusterUser)
		}
		return nil, fmt.Errorf("look up the %s user: %w", clusterUser, err)
	}
	a := &account{name: u.Username, home: u.HomeDir}
	uid, err1 := strconv.ParseUint(u.Uid, 10, 32)
	gid, err2 := strconv.ParseUint(u.Gid, 10, 32)
	if err := errors.Join(err1, err2); err != nil {
		return nil, fmt.Errorf("user %s: %w", u.Username, err)
	}
	a.uid, a.gid = uint32(uid), uint32(gid)
	gids, _ := u.GroupIds()
	for _, g := range gids {
		if n, err := strconv.ParseUint(g, 10, 32); err == nil {
			a.groups = append(a.groups, uint32(n))
		}
	}
	return a, nil
}

// prepare creates the cluster's directory and, as root, hands it to the server's user.
func (c *Cluster) prepare() error {
	if err := os.MkdirAll(c.dir, 0o700); err != nil {
		return fmt.Errorf("postgres cluster: %w", err)
	}
	if c.owner == nil {
		return nil
	}
	fi, err := os.Stat(c.dir)
	if err != nil {
		return fmt.Errorf("postgres cluster: %w", err)
	}
	if st, ok := fi.Sys().(*syscall.Stat_t); ok && st.Uid != c.owner.uid {
		if err := os.Chown(c.dir, int(c.owner.uid), int(c.owner.gid)); err != nil {
			return fmt.Errorf("postgres cluster: hand %s to the %s user: %w", c.dir, c.owner.name, err)
		}
	}
	return c.grantSearch()
}

// grantSearch makes sure the server's user can reach the cluster's directory. To a directory
// above it that lacks search permission it adds o+x (entering, not listing) only if we own it
// and it lies strictly under the working directory or the temporary directory, where pedigree
// makes such directories itself (./.pedigree is private to its owner, and so is each test's
// temporary directory); for anything else it says what to change.
func (c *Cluster) grantSearch() error {
	real, err := filepath.EvalSymlinks(c.dir)
	if err != nil {
		return fmt.Errorf("postgres cluster: %w", err)
	}
	var bases []string
	if wd, err := os.Getwd(); err == nil {
		bases = append(bases, wd)
	}
	bases = append(bases, os.TempDir())
	for i, b := range bases {
		if r, err := filepath.EvalSymlinks(b); err == nil {
			bases[i] = r
		}
	}
	ours := func(p string, fi fs.FileInfo) bool {
		st, ok := fi.Sys().(*syscall.Stat_t)
		return ok && int(st.Uid) == os.Geteuid() &&
			slices.ContainsFunc(bases, func(b string) bool { return b != "/" && strictlyUnder(p, b) })
	}
	var closed []string // directories the server's user cannot enter
	allOurs := true
	for p := filepath.Dir(real); ; p = filepath.Dir(p) {
		fi, err := os.Stat(p)
		if err != nil {
			return fmt.Errorf("postgres cluster: %w", err)
		}
		if !c.owner.canSearch(fi) {
			closed = append(closed, p)
			allOurs = allOurs && ours(p, fi)
		}
		if parent := filepath.Dir(p); parent == p {
			break
		}
	}
	if !allOurs {
		return fmt.Errorf("postgres cluster %s: the %s user, which runs PostgreSQL, cannot enter %s: allow it (chmod o+x %s), choose another directory, or set DATABASE_URL",
			c.dir, c.owner.name, strings.Join(closed, ", "), strings.Join(closed, " "))
	}
	for _, p := range closed {
		fi, err := os.Stat(p)
		if err == nil {
			err = os.Chmod(p, fi.Mode().Perm()|0o001)
		}
		if err != nil {
			return fmt.Errorf("postgres cluster: let the %s user enter %s: %w", c.owner.name, p, err)
		}
		c.log.Info("let the postgres user enter a directory above its cluster (o+x)", "dir", p)
	}
	return nil
}

func (a *account) canSearch(fi fs.FileInfo) bool {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return true
	}
	mode := fi.Mode().Perm()
	switch {
	case st.Uid == a.uid:
		return mode&0o100 != 0
	case st.Gid == a.gid || slices.Contains(a.groups, st.Gid):
		return mode&0o010 != 0
	default:
		return mode&0o001 != 0
	}
}

// strictlyUnder reports whether path p lies inside directory base (not base itself).
func strictlyUnder(p, base string) bool {
	rel, err := filepath.Rel(base, p)
	return err == nil && rel != "." && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

func (c *Cluster) dataDir() string { return filepath.Join(c.dir, "data") }
func (c *Cluster) logFile() string { return filepath.Join(c.dir, "postgres.log") }

// initdb creates the cluster on first use: the superuser "postgres", UTF-8, the C locale,
// trust on the socket and no TCP access at all.
func (c *Cluster) initdb(ctx context.Context) error {
	data := c.dataDir()
	conf, err := os.ReadFile(filepath.Join(data, "postgresql.conf"))
	switch {
	case err == nil && bytes.Contains(conf, []byte(includeLine)):
		return nil // created before
	case err == nil || !errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("postgres cluster: %s holds an unfinished cluster (was initdb interrupted?): delete it to start again", data)
	}
	if _, err := os.Stat(data); err == nil {
		if entries, _ := os.ReadDir(data); len(entries) > 0 {
			return fmt.Errorf("postgres cluster: %s is not empty and holds no cluster: delete it to start again", data)
		}
	}
	began := time.Now()
	if out, err := c.run(ctx, "initdb", "-D", data, "-U", clusterUser, "-E", "UTF8", "--locale=C",
		"--auth-local=trust", "--auth-host=reject"); err != nil {
		return fmt.Errorf("postgres cluster: initdb %s: %w\n%s", data, err, out)
	}
	f, err := os.OpenFile(filepath.Join(data, "postgresql.conf"), os.O_WRONLY|os.O_APPEND, 0)
	if err == nil {
		_, err = fmt.Fprintf(f, "\n%s\n", includeLine)
		err = errors.Join(err, f.Close())
	}
	if err != nil {
		return fmt.Errorf("postgres cluster: configure %s: %w", data, err)
	}
	c.log.Info("created a private PostgreSQL cluster", "dir", c.dir, "took", time.Since(began).Round(time.Millisecond))
	return nil
}

// writeConf writes the settings that tie the server to the cluster's directory.
func (c *Cluster) writeConf() error {
	conf := fmt.Sprintf(`# Written by pedigree on every start: a unix socket in the cluster's directory, no TCP.
listen_addresses = ''
port = %d
unix_socket_directories = %s
unix_socket_permissions = 0700
`, clusterPort, quoteValue(c.dir))
	p := filepath.Join(c.dataDir(), clusterConf)
	if err := os.WriteFile(p, []byte(conf), 0o600); err != nil {
		return fmt.Errorf("postgres cluster: %w", err)
	}
	if c.owner != nil {
		if err := os.Chown(p, int(c.owner.uid), int(c.owner.gid)); err != nil {
			return fmt.Errorf("postgres cluster: %w", err)
		}
	}
	return nil
}

// start starts the server unless one already answers on the cluster's socket. The caller
// holds c.mu.
func (c *Cluster) start(ctx context.Context) error {
	for attempt := 1; ; attempt++ {
		running, err := c.awaitRunning(ctx)
		if err != nil || running {
			return err
		}
		if err := c.writeConf(); err != nil {
			return err
		}
		began := time.Now()
		out, err := c.run(ctx, "pg_ctl", "start", "-D", c.dataDir(), "-l", c.logFile(), "-w", "-t", "60", "-s")
		if err == nil {
			c.started = true
			c.log.Info("started PostgreSQL", "dir", c.dir, "took", time.Since(began).Round(time.Millisecond))
			return nil
		}
		if ctx.Err() != nil {
			// Interrupted while the server came up (Ctrl-C): don't leave it running.
			_, _ = c.run(context.WithoutCancel(ctx), "pg_ctl", "stop", "-D", c.dataDir(), "-m", "immediate", "-w", "-s")
			return ctx.Err()
		}
		if pid, ok := c.postmasterPID(); ok && postgresAlive(pid, c.dataDir()) && attempt == 1 {
			continue // another process started it meanwhile: wait for it
		}
		if attempt <= 25 && strings.Contains(c.logTail(), "pre-existing shared memory block") {
			// A killed server's backends have not all exited yet: they still hold its shared
			// memory, and a busy machine may take a moment to end them.
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(200 * time.Millisecond):
			}
			continue
		}
		return fmt.Errorf("postgres cluster: start the server in %s: %w\n%s%s", c.dir, err, strings.TrimSpace(string(out)), c.logTail())
	}
}

// awaitRunning reports whether a server answers on the cluster's socket, giving one that is
// starting or recovering from a crash a while to answer. If none runs, it removes the lock
// files a crashed server left behind.
func (c *Cluster) awaitRunning(ctx context.Context) (bool, error) {
	deadline := time.Now().Add(30 * time.Second)
	for {
		if err := c.ping(ctx); err == nil {
			c.log.Info("reusing the PostgreSQL server already running", "dir", c.dir)
			return true, nil
		}
		pid, ok := c.postmasterPID()
		if !ok {
			return false, nil
		}
		if !postgresAlive(pid, c.dataDir()) {
			// The server crashed (or was killed) and left its lock files behind. PostgreSQL
			// removes them itself unless the PID is still taken: by a zombie nobody reaped,
			// or by another process since.
			c.log.Warn("removing the lock files of a PostgreSQL server that is gone", "pid", pid, "dir", c.dir)
			for _, p := range []string{filepath.Join(c.dataDir(), "postmaster.pid"), filepath.Join(c.dir, socketName+".lock")} {
				if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
					return false, fmt.Errorf("postgres cluster: %w", err)
				}
			}
			return false, nil
		}
		if time.Now().After(deadline) {
			return false, fmt.Errorf("postgres cluster: a PostgreSQL server (PID %d) runs on %s but does not accept connections%s", pid, c.dataDir(), c.logTail())
		}
		select {
		case <-ctx.Done():
			return false, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// stop stops the server, if it runs. The caller holds c.mu.
func (c *Cluster) stop(ctx context.Context) error {
	if _, ok := c.postmasterPID(); !ok {
		c.started = false
		return nil
	}
	out, err := c.run(ctx, "pg_ctl", "stop", "-D", c.dataDir(), "-m", "fast", "-w", "-t", "60", "-s")
	if err != nil {
		if _, ok := c.postmasterPID(); ok {
			return fmt.Errorf("postgres cluster: stop the server in %s: %w\n%s%s", c.dir, err, strings.TrimSpace(string(out)), c.logTail())
		}
	}
	c.started = false
	c.log.Info("stopped PostgreSQL", "dir", c.dir)
	return nil
}

// ping reports whether a server accepts connections on the cluster's socket.
func (c *Cluster) ping(ctx context.Context) error {
	if _, err := os.Stat(filepath.Join(c.dir, socketName)); err != nil {
		return err
	}
	cfg, err := pgconn.ParseConfig(c.DatabaseURL("postgres"))
	if err != nil {
		return err
	}
	cfg.ConnectTimeout = 5 * time.Second
	conn, err := pgconn.ConnectConfig(ctx, cfg)
	if err != nil {
		return err
	}
	return conn.Close(ctx)
}

// createDatabase creates database name unless it exists.
func (c *Cluster) createDatabase(ctx context.Context, name string) error {
	conn, err := pgx.Connect(ctx, c.DatabaseURL("postgres"))
	if err != nil {
		return fmt.Errorf("postgres cluster %s: %w%s", c.dir, err, c.logTail())
	}
	defer conn.Close(context.WithoutCancel(ctx))
	var exists bool
	if err := conn.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", name).Scan(&exists); err != nil {
		return fmt.Errorf("postgres cluster %s: %w", c.dir, err)
	}
	if exists {
		return nil
	}
	_, err = conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize())
	if pgErr := (*pgconn.PgError)(nil); errors.As(err, &pgErr) && pgErr.Code == "42P04" { // duplicate_database
		err = nil // created by someone else meanwhile
	}
	if err != nil {
		return fmt.Errorf("postgres cluster %s: create database %s: %w", c.dir, name, err)
	}
	return nil
}

// postmasterPID returns the PID in the data directory's postmaster.pid, if there is one.
func (c *Cluster) postmasterPID() (int, bool) {
	b, err := os.ReadFile(filepath.Join(c.dataDir(), "postmaster.pid"))
	if err != nil {
		return 0, false
	}
	line, _, _ := strings.Cut(string(b), "\n")
	pid, err := strconv.Atoi(strings.TrimSpace(line))
	return pid, err == nil && pid > 0
}

// postgresAlive reports whether process pid is a live PostgreSQL server process working in
// data. Where there is no /proc, it only asks whether the process exists.
func postgresAlive(pid int, data string) bool {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		if _, err := os.Stat("/proc/self/stat"); err == nil {
			return false // /proc works, and has no such process
		}
		err := syscall.Kill(pid, 0)
		return err == nil || errors.Is(err, syscall.EPERM)
	}
	// "pid (comm) state ...": comm may hold spaces and parentheses, so cut at the last ')'.
	s := string(b)
	open, close := strings.IndexByte(s, '('), strings.LastIndexByte(s, ')')
	if open < 0 || close < open || close+2 >= len(s) {
		return false
	}
	comm, state := s[open+1:close], s[close+2]
	if state == 'Z' || state == 'X' || (comm != "postgres" && comm != "postmaster") {
		return false // a zombie nobody reaped, or the PID went to another program since
	}
	// A postmaster works in its data directory; another server's (say after a reboot) does
	// not. Only root, or its owner, may look.
	if cwd, err := os.Readlink(fmt.Sprintf("/proc/%d/cwd", pid)); err == nil {
		if real, err := filepath.EvalSymlinks(data); err == nil && cwd != real {
			return false
		}
	}
	return true
}

// run runs one of PostgreSQL's programs, as the server's user when we are root, and returns
// its output. It runs in a process group of its own, so a Ctrl-C on the terminal reaches only
// pedigree, which decides what to stop; a cancelled ctx interrupts it (SIGINT: initdb then
// removes what it created).
func (c *Cluster) run(ctx context.Context, name string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, filepath.Join(c.bin, name), args...)
	cmd.Cancel = func() error { return cmd.Process.Signal(os.Interrupt) }
	cmd.WaitDelay = 30 * time.Second
	cmd.Dir = c.dir
	cmd.Env = c.environ()
	cmd.SysProcAttr = c.sysProcAttr()
	cmd.SysProcAttr.Setpgid = true
	return cmd.CombinedOutput()
}

// sysProcAttr returns the process attributes of PostgreSQL's programs: as root, the server's
// user's credentials.
func (c *Cluster) sysProcAttr() *syscall.SysProcAttr {
	if c.owner == nil {
		return &syscall.SysProcAttr{}
	}
	return &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: c.owner.uid, Gid: c.owner.gid, Groups: c.owner.groups}}
}

// environ is our environment without the PG* variables that would point PostgreSQL's programs
// elsewhere, and as root with the server user's HOME, USER and LOGNAME.
func (c *Cluster) environ() []string {
	env := slices.DeleteFunc(os.Environ(), func(kv string) bool {
		k, _, _ := strings.Cut(kv, "=")
		return strings.HasPrefix(k, "PG") ||
			(c.owner != nil && (k == "HOME" || k == "USER" || k == "LOGNAME"))
	})
	if c.owner != nil {
		env = append(env, "HOME="+c.owner.home, "USER="+c.owner.name, "LOGNAME="+c.owner.name)
	}
	return env
}

// logTail returns the end of the server's log, to explain a failure.
func (c *Cluster) logTail() string {
	f, err := os.Open(c.logFile())
	if err != nil {
		return ""
	}
	defer f.Close()
	const max = 2048
	if fi, err := f.Stat(); err == nil && fi.Size() > max {
		_, _ = f.Seek(fi.Size()-max, io.SeekStart)
	}
	b, _ := io.ReadAll(f)
	s := strings.TrimSpace(string(b))
	if len(b) == max {
		if _, rest, ok := strings.Cut(s, "\n"); ok {
			s = rest // drop the partial first line
		}
	}
	if s == "" {
		return ""
	}
	return fmt.Sprintf("\n--- end of %s:\n%s", c.logFile(), s)
}

// quoteValue quotes a value for a keyword/value connection string or a postgresql.conf line.
func quoteValue(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}

// connValue is s as a value in a keyword/value connection string, quoted only if it must be.
func connValue(s string) string {
	if s == "" || strings.ContainsAny(s, ` '\`+"\t\n\r") {
		return quoteValue(s)
	}
	return s
}
