package chain_test

import (
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/testkit/ethnode"
)

// TestMasterDataHashOutsideGo recomputes the master-data hash as an outside client would,
// with node: JSON.stringify over the non-empty fields in sorted order (RFC 8785 for an object
// of strings) and js-sha3's keccak256, and compares with Go's.
func TestMasterDataHashOutsideGo(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatalf("node is needed to recompute the hash outside Go: %v", err)
	}
	sha3 := filepath.Join(ethnode.NodeModules(t), "js-sha3")
	const script = `
const { keccak256 } = require(process.argv[1]);
for (const p of JSON.parse(process.argv[2])) {
  const o = {};
  for (const k of Object.keys(p).sort()) if (p[k] !== "") o[k] = p[k];
  console.log("0x" + keccak256(JSON.stringify(o)));
}`
	products := []pedigree.Product{
		{Name: "Demoprofen", Strength: "200 mg", Form: "tablet"},
		{Name: "Demoprofen"},
		{Name: `Quote " and \ backslash`, Form: "tab\tbed\nline\r\b\f"},
		{Name: "Control \x01\x1f characters", Strength: "5 µg/ml"},
		{Name: "Ünïcödé ±½ 药 💊", Form: "<script>&amp;</script>"},
		{Name: "Line separators \u2028 \u2029", Strength: "\u007f del"},
	}
	in, err := json.Marshal(products)
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(node, "-e", script, sha3, string(in)).CombinedOutput()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	got := strings.Fields(string(out))
	if len(got) != len(products) {
		t.Fatalf("node printed %d hashes for %d products:\n%s", len(got), len(products), out)
	}
	for i, p := range products {
		want, err := chain.MasterDataHash(p)
		if err != nil {
			t.Fatal(err)
		}
		if got[i] != want.Hex() {
			t.Errorf("%q: JavaScript says %s, Go %s (canonical form %s)", p.Name, got[i], want.Hex(), p.Canonical())
		}
	}
}
