package pgcluster

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFindBinaries(t *testing.T) {
	t.Run("ErrNotInstalled", func(t *testing.T) {
		_, err := findBinaries("", t.TempDir())
		if err == nil {
			t.Fatal("findBinaries found something in nothing")
		}
		for _, want := range []string{"apt-get install postgresql", "DATABASE_URL"} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("error %q does not say %q", err, want)
			}
		}
	})
	t.Run("PATH", func(t *testing.T) {
		empty, bin := t.TempDir(), fakeInstall(t, t.TempDir())
		got, err := findBinaries(empty+string(filepath.ListSeparator)+bin, t.TempDir())
		if err != nil || got != bin {
			t.Errorf("findBinaries = %q, %v; want %q", got, err, bin)
		}
	})
	t.Run("HighestVersion", func(t *testing.T) {
		root := t.TempDir()
		for _, v := range []string{"9.6", "16", "15"} {
			fakeInstall(t, filepath.Join(root, v, "bin"))
		}
		os.MkdirAll(filepath.Join(root, "17", "bin"), 0o755) // client programs only: not a server
		got, err := findBinaries("", root)
		if want := filepath.Join(root, "16", "bin"); err != nil || got != want {
			t.Errorf("findBinaries = %q, %v; want %q", got, err, want)
		}
	})
}

// fakeInstall puts executable files named like PostgreSQL's server programs in dir.
func fakeInstall(t *testing.T, dir string) string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range serverPrograms {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("#!/bin/sh\n"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
