package httpapi

import (
	"encoding/json"
	"io/fs"
	"strings"
	"testing"
	"text/template/parse"
	"time"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/web"
)

// TestCatalogueComplete finds every {{t "..."}} in the templates and wants a German text for
// it, with the same format verbs in the same order.
func TestCatalogueComplete(t *testing.T) {
	if _, err := loadCatalogue(); err != nil {
		t.Fatal(err)
	}
	raw, err := fs.ReadFile(web.FS, "messages/de.json")
	if err != nil {
		t.Fatal(err)
	}
	var de map[string]string
	if err := json.Unmarshal(raw, &de); err != nil {
		t.Fatal(err)
	}
	for key, text := range de {
		if got, want := verbs(text), verbs(key); got != want {
			t.Errorf("de.json: %q has the verbs %q, its English %q has %q", text, got, key, want)
		}
	}

	pages, err := parsePages(languages[0])
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string]string{} // key: a template it is in
	for name, tmpl := range pages {
		for _, tt := range tmpl.Templates() {
			if tt.Tree != nil {
				translated(tt.Tree.Root, func(key string) { keys[key] = name + "/" + tt.Name() })
			}
		}
	}
	if len(keys) < 40 {
		t.Fatalf("found %d translated texts in the templates; the walk is broken", len(keys))
	}
	for key, where := range keys {
		if _, ok := de[key]; !ok {
			t.Errorf("%s: %q has no German text in web/messages/de.json", where, key)
		}
	}
}

// translated calls found with the string literal of every t call under n.
func translated(n parse.Node, found func(string)) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n != nil {
			for _, c := range n.Nodes {
				translated(c, found)
			}
		}
	case *parse.ActionNode:
		translated(n.Pipe, found)
	case *parse.PipeNode:
		if n != nil {
			for _, c := range n.Cmds {
				translated(c, found)
			}
		}
	case *parse.CommandNode:
		if len(n.Args) > 1 {
			if id, ok := n.Args[0].(*parse.IdentifierNode); ok && id.Ident == "t" {
				if s, ok := n.Args[1].(*parse.StringNode); ok {
					found(s.Text)
				}
			}
		}
		for _, a := range n.Args {
			translated(a, found)
		}
	case *parse.IfNode:
		translated(n.Pipe, found)
		translated(n.List, found)
		translated(n.ElseList, found)
	case *parse.RangeNode:
		translated(n.Pipe, found)
		translated(n.List, found)
		translated(n.ElseList, found)
	case *parse.WithNode:
		translated(n.Pipe, found)
		translated(n.List, found)
		translated(n.ElseList, found)
	case *parse.TemplateNode:
		translated(n.Pipe, found)
	}
}

// verbs lists the format verbs in s, in order.
func verbs(s string) string {
	var out []string
	for i := 0; i < len(s)-1; i++ {
		if s[i] == '%' {
			out = append(out, s[i:i+2])
			i++
		}
	}
	return strings.Join(out, " ")
}

// TestLanguageFormats: one date format and digit grouping per language.
func TestLanguageFormats(t *testing.T) {
	if _, err := loadCatalogue(); err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 3, 7, 14, 5, 0, 0, time.UTC)
	tests := []struct {
		code, date, datetime, num, text string
	}{
		{"en", "7 Mar 2026", "7 Mar 2026 14:05 UTC", "100,000", "Sign in"},
		{"de", "07.03.2026", "07.03.2026, 14:05 UTC", "100.000", "Anmelden"},
	}
	for _, tc := range tests {
		t.Run(tc.code, func(t *testing.T) {
			f := langByCode(tc.code).funcs()
			if got := f["date"].(func(any) string)(at); got != tc.date {
				t.Errorf("date = %q, want %q", got, tc.date)
			}
			if got := f["datetime"].(func(any) string)(at); got != tc.datetime {
				t.Errorf("datetime = %q, want %q", got, tc.datetime)
			}
			if got := f["date"].(func(any) string)(pedigree.DateOf(at)); got != tc.date {
				t.Errorf("date of a pedigree.Date = %q, want %q", got, tc.date)
			}
			if got := f["num"].(func(any) string)(100000); got != tc.num {
				t.Errorf("num = %q, want %q", got, tc.num)
			}
			if got := f["t"].(func(string, ...any) string)("Sign in"); got != tc.text {
				t.Errorf("t = %q, want %q", got, tc.text)
			}
			// Data is shown as it is: a lot or a name with a "%" is no format.
			if got := f["t"].(func(string, ...any) string)("LOT-100%s"); got != "LOT-100%s" {
				t.Errorf("t of data = %q, want it unchanged", got)
			}
		})
	}
}
