package gs1

import (
	"strings"
	"testing"
)

// TestPredefinedLength checks the table against GenSpecs' list of element strings with
// predefined length: exactly the AIs starting 00-04, 11-20, 31-36 and 41 need no FNC1 after
// them, and their lengths are those of the list.
func TestPredefinedLength(t *testing.T) {
	want := map[string]int{"00": 18, "01": 14, "02": 14, "11": 6, "12": 6, "13": 6, "15": 6, "16": 6, "17": 6, "20": 2, "3103": 6, "3695": 6, "410": 13, "417": 13}
	for ai, n := range want {
		s := lookup(ai)
		if s == nil || !s.fixed || s.max != n {
			t.Errorf("AI %s: %+v, want predefined length %d", ai, s, n)
		}
	}
	for _, s := range specs {
		p := int(s.ai[0]-'0')*10 + int(s.ai[1]-'0')
		fixed := p <= 4 || (p >= 11 && p <= 20) || (p >= 31 && p <= 36) || p == 41
		if s.fixed != fixed {
			t.Errorf("AI %s: fixed %v, want %v", s.ai, s.fixed, fixed)
		}
		if int(aiLength[p]) != len(s.ai) {
			t.Errorf("AI %s: length by prefix %d", s.ai, aiLength[p])
		}
	}
	for _, ai := range []string{"10", "21", "22", "235", "240", "30", "37", "400", "7003", "710", "8006", "91"} {
		if s := lookup(ai); s == nil || s.fixed {
			t.Errorf("AI %s: %+v, want variable length (FNC1 after it)", ai, s)
		}
	}
}

// TestTableCoversPacks checks that the AIs found on medicines and in logistics are known.
func TestTableCoversPacks(t *testing.T) {
	for _, ai := range strings.Fields("00 01 02 10 11 12 13 15 16 17 20 21 22 235 240 241 250 30 37 400 410 411 412 413 414 415 416 417 7003 710 711 712 713 714 715 716 8006 90 91 92 93 94 95 96 97 98 99") {
		if lookup(ai) == nil {
			t.Errorf("AI %s is missing", ai)
		}
	}
	for _, ai := range []string{"", "0", "1", "03", "09", "23", "236", "89", "719", "7250", "01234", "1a"} {
		if lookup(ai) != nil {
			t.Errorf("AI %q should be unknown", ai)
		}
	}
}

func TestTableFormats(t *testing.T) {
	for _, tc := range []struct {
		ai       string
		min, max int
	}{
		{"00", 18, 18}, {"01", 14, 14}, {"10", 1, 20}, {"21", 1, 20}, {"22", 1, 20}, {"235", 1, 28},
		{"240", 1, 30}, {"253", 13, 30}, {"30", 1, 8}, {"37", 1, 8}, {"7003", 10, 10}, {"714", 1, 20},
		{"8006", 18, 18}, {"8008", 8, 12}, {"8030", 1, 90}, {"90", 1, 30}, {"99", 1, 90},
	} {
		s := lookup(tc.ai)
		if s == nil || s.min != tc.min || s.max != tc.max {
			t.Errorf("AI %s: %+v, want length %d to %d", tc.ai, s, tc.min, tc.max)
		}
	}
}

func TestCharset82(t *testing.T) {
	n := 0
	for c := 0; c < 256; c++ {
		if charset[c]&setX != 0 {
			n++
		}
	}
	if n != 82 {
		t.Fatalf("the 82-character set has %d characters", n)
	}
	for _, c := range []byte(" #$@[\\]^`{|}~\x1d\x7f") {
		if charset[c]&setX != 0 {
			t.Errorf("%q should not be in the 82-character set", c)
		}
	}
}
