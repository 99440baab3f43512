package pedigree_test

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// TestWords: words survive being stored as JSON, arguments of every kind included, and are
// said by a translation, words within words too.
func TestWords(t *testing.T) {
	day := pedigree.DateOf(time.Date(2026, 3, 7, 14, 0, 0, 0, time.UTC))
	inner := pedigree.Wordsf("The batch expired on %s.", day)
	w := pedigree.Wordsf("%s verified %d packs (%s): %s", "Acme", 1234, pedigree.RoleDispenser, inner)
	b, err := json.Marshal(w)
	if err != nil {
		t.Fatal(err)
	}
	var got pedigree.Words
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	want := pedigree.Wordsf("%s verified %d packs (%s): %s", "Acme", int64(1234), "dispenser", pedigree.Wordsf("The batch expired on %s.", day))
	if !reflect.DeepEqual(got, want) {
		t.Errorf("stored and read: %#v, want %#v", got, want)
	}
	if got, want := got.String(), "Acme verified 1234 packs (dispenser): The batch expired on 2026-03-07."; got != want {
		t.Errorf("String = %q, want %q", got, want)
	}
	var said []string
	got.Say(func(format string, args ...any) string { said = append(said, format); return "x" })
	if !reflect.DeepEqual(said, []string{"The batch expired on %s.", "%s verified %d packs (%s): %s"}) {
		t.Errorf("said %q, want the inner words, then the outer", said)
	}
	if err := json.Unmarshal([]byte(`{"format": "%s", "args": [{}]}`), &got); err == nil {
		t.Error("read an argument with no value")
	}
}
