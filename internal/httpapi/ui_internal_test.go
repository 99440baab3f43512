package httpapi

import "testing"

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 10_000: "10,000", 1_000_000: "1,000,000", -12345: "-12,345", -123: "-123"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestSafeNext: a post-sign-in destination is kept only when a browser following it stays on
// the site; see the redirect cases of attack_test.go for the whole sign-in.
func TestSafeNext(t *testing.T) {
	for next, want := range map[string]string{
		"/shipments":                  "/shipments",
		"/batches?lot=VERIFY&gtin=1":  "/batches?lot=VERIFY&gtin=1",
		"/01/09506000134352/21/A%2FB": "/01/09506000134352/21/A%2FB",
		"/\t/evil.example/":           "",
		"/./\\evil.example/":          "",
		"//evil.example/":             "",
		"/\\evil.example":             "",
		"https://evil.example/":       "",
		"/\r\n/evil.example":          "",
		"/.//evil.example":            "",
		"/a/../..//evil.example":      "",
		"/%2F%2Fevil.example":         "",
		"/%09/evil.example":           "",
		"javascript:alert(1)":         "",
		"/\u3000/evil.example":        "",
		"/login?next=/x":              "",
		"/./login":                    "",
		"":                            "",
		"shipments":                   "",
	} {
		if got := safeNext(next); got != want {
			t.Errorf("safeNext(%q) = %q, want %q", next, got, want)
		}
	}
}
