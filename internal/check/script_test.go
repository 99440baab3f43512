package check_test

import (
	"fmt"
	"regexp"
	"strconv"
	"testing"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/web"
)

// TestScriptSignatures holds the browser's check (web/static/check.js) to the contract: every
// function, error and event it calls or reads by signature is the contract's, and the domain's
// numbers it repeats are the domain's.
func TestScriptSignatures(t *testing.T) {
	src, err := web.FS.ReadFile("static/check.js")
	if err != nil {
		t.Fatal(err)
	}
	block := regexp.MustCompile(`(?s)export const SIGNATURES = \{(.*?)\n\};`).FindSubmatch(src)
	if block == nil {
		t.Fatal("check.js has no SIGNATURES")
	}
	abi := chain.PedigreeABI()
	known := map[string]bool{}
	for _, m := range abi.Methods {
		known[m.Sig] = true
	}
	for _, e := range abi.Events {
		known[e.Sig] = true
	}
	for _, e := range abi.Errors {
		known[e.Sig] = true
	}
	sigs := regexp.MustCompile(`(\w+): "([^"]+)"`).FindAllSubmatch(block[1], -1)
	if len(sigs) < 10 {
		t.Fatalf("found %d signatures in check.js, want at least 10", len(sigs))
	}
	for _, m := range sigs {
		if !known[string(m[2])] {
			t.Errorf("check.js's %s, %s, is no function, event or error of the contract", m[1], m[2])
		}
	}
	for name, want := range map[string]func(i int) string{
		"STATES": func(i int) string { return pedigree.PackState(i).String() },
		"ROLES":  func(i int) string { return pedigree.Role(i).String() },
	} {
		list := regexp.MustCompile(`const ` + name + ` = \[([^\]]*)\];`).FindSubmatch(src)
		if list == nil {
			t.Fatalf("check.js has no %s", name)
		}
		for i, m := range regexp.MustCompile(`"([a-z_]+)"`).FindAllSubmatch(list[1], -1) {
			if got := string(m[1]); got != want(i) {
				t.Errorf("check.js's %s[%d] is %q, the domain's %q", name, i, got, want(i))
			}
		}
	}
	verdicts := regexp.MustCompile(`(?s)const VERDICTS = \[(.*?)\];`).FindSubmatch(src)
	if verdicts == nil {
		t.Fatal("check.js has no VERDICTS")
	}
	var got []string
	for _, m := range regexp.MustCompile(`"([A-Z_]+)"`).FindAllSubmatch(verdicts[1], -1) {
		got = append(got, string(m[1]))
	}
	if want := fmt.Sprint(pedigree.Verdicts); fmt.Sprint(got) != want {
		t.Errorf("check.js's VERDICTS are %v, the domain's %s", got, want)
	}
	days := regexp.MustCompile(`export const SUPPLIED_DAYS = (\d+);`).FindSubmatch(src)
	if days == nil {
		t.Fatal("check.js has no SUPPLIED_DAYS")
	}
	if n, _ := strconv.Atoi(string(days[1])); n != pedigree.SuppliedDays {
		t.Errorf("check.js's SUPPLIED_DAYS is %d, pedigree.SuppliedDays %d", n, pedigree.SuppliedDays)
	}
}
