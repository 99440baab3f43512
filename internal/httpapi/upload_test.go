package httpapi

import (
	"strings"
	"testing"
)

func TestReadSerialsCSV(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string
		err      string
	}{
		{"OneALine", "A1\nB2\r\nC3\n", []string{"A1", "B2", "C3"}, ""},
		{"HeaderColumn", "index,serial\n0,A1\n1, B2 \n", []string{"A1", "B2"}, ""},
		{"BlankLinesSkipped", "A1\n\n \nB2\n", []string{"A1", "B2"}, ""},
		{"ErrEmpty", "", nil, "none"},
		{"ErrHeaderOnly", "serial\n", nil, "none"},
		{"ErrMissingColumn", "index,serial\n0\n", nil, "line 2"},
		{"ErrBadCSV", "\"A1\n", nil, "line"},
		// As Excel saves CSV: a byte order mark, CRLF, and ";" where the decimal separator is ",".
		{"ExcelBOM", "\xEF\xBB\xBFA1\r\nB2\r\n", []string{"A1", "B2"}, ""},
		{"ExcelBOMHeader", "\xEF\xBB\xBFserial\r\nA1\r\n", []string{"A1"}, ""},
		{"ExcelSemicolons", "\xEF\xBB\xBFIndex;Serial;Note\r\n1;A1;x\r\n2;B2;\"a; b\"\r\n", []string{"A1", "B2"}, ""},
		{"ExcelSemicolonsNoHeader", "A1;first\r\nB2;second\r\n", []string{"A1", "B2"}, ""},
		{"ExcelSepLine", "sep=;\r\nindex;serial\r\n0;A,1\r\n", []string{"A,1"}, ""},
		{"ExcelSepLineErrLine", "sep=;\r\nindex;serial\r\n0\r\n", nil, "line 3"},
		{"Tabs", "index\tserial\n0\tA1\n", []string{"A1"}, ""},
		{"CommasWin", "serial,note;x\nA1,b;c\n", []string{"A1"}, ""},
		{"SemicolonInQuotedHeader", "\"a;b\",serial\n0,A1\n", []string{"A1"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := readSerialsCSV(strings.NewReader(tc.in))
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("got %v, %v; want an error mentioning %q", got, err, tc.err)
				}
				return
			}
			if err != nil || strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Fatalf("got %v, %v; want %v", got, err, tc.want)
			}
		})
	}
}

// FuzzReadSerialsCSV: an upload never panics the reader, and what it returns is trimmed and
// non-empty.
func FuzzReadSerialsCSV(f *testing.F) {
	for _, s := range []string{"A1\nB2\n", "serial\nX\n", "a,\"b\nc\",d\n", "\x00\xff\n", "\xEF\xBB\xBFa;b\r\n", "sep=;\r\n", "sep=\t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got, err := readSerialsCSV(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, s := range got {
			if s == "" || s != strings.TrimSpace(s) {
				t.Fatalf("serial %q", s)
			}
		}
	})
}
