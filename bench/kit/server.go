package kit

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/pedigree-rx/pedigree/internal/pgcluster"
)

// ChooseServer returns the admin URL of the PostgreSQL server a benchmark runs on, and words
// saying which: DATABASE_URL's or TEST_DATABASE_URL's, or else a private cluster started in a
// temporary directory, which stop stops and deletes. name names the benchmark in messages.
func ChooseServer(ctx context.Context, name string, getenv func(string) string, progress io.Writer) (adminURL, server string, stop func(), err error) {
	for _, v := range []string{"DATABASE_URL", "TEST_DATABASE_URL"} {
		if u := getenv(v); u != "" {
			return u, "the server named by " + v, func() {}, nil
		}
	}
	dir, err := os.MkdirTemp("", name+"-pg-")
	if err != nil {
		return "", "", nil, err
	}
	fmt.Fprintf(progress, "starting a private PostgreSQL cluster in %s\n", dir)
	cluster, err := pgcluster.Start(ctx, dir, nil)
	if err != nil {
		os.RemoveAll(dir)
		return "", "", nil, err
	}
	stop = func() {
		if err := cluster.Stop(context.WithoutCancel(ctx)); err != nil {
			fmt.Fprintf(progress, "%s: %v\n", name, err)
		}
		os.RemoveAll(dir)
	}
	return cluster.DatabaseURL("postgres"), "a private cluster (pgcluster.Start, server defaults) in " + dir, stop, nil
}
