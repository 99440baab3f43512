package gs1_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/gs1"
)

// expiry parses a code whose expiry is yymmdd with a parser whose clock says year.
func expiry(t *testing.T, year int, yymmdd string) (gs1.Date, error) {
	t.Helper()
	p := gs1.Parser{Now: func() time.Time { return time.Date(year, 7, 1, 0, 0, 0, 0, time.UTC) }}
	c, err := p.Parse("(01)09506000134352(17)" + yymmdd)
	return c.Expiry, err
}

func TestCenturyRule(t *testing.T) {
	for _, tc := range []struct {
		name   string
		now    int
		yymmdd string
		year   int
	}{
		{"ThisCentury", 2026, "270630", 2027},
		{"FiftyYearsAhead", 2026, "760101", 2076},    // 76-26 = 50: this century
		{"FiftyOneYearsAhead", 2026, "770101", 1977}, // 77-26 = 51: previous century
		{"FortyNineYearsBack", 2026, "770101", 1977}, // the same boundary seen from the past
		{"LastYear", 2026, "250101", 2025},
		{"YearZero", 2026, "000101", 2000},
		{"NextCenturyAt50Back", 2080, "300101", 2130}, // 30-80 = -50: next century
		{"ThisCenturyAt49Back", 2080, "310101", 2031}, // 31-80 = -49: this century
		{"Year2000Clock", 2000, "500101", 2050},
		{"Year2000ClockPrevious", 2000, "510101", 1951},
		{"Year1999Clock", 1999, "000101", 2000},   // 00-99 = -99: next century
		{"Year1999Clock49", 1999, "490101", 2049}, // 49-99 = -50: next century
		{"Year1999Clock50", 1999, "500101", 1950}, // 50-99 = -49: this century
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := expiry(t, tc.now, tc.yymmdd)
			if err != nil {
				t.Fatal(err)
			}
			if d.Year != tc.year {
				t.Fatalf("in %d, %s is in %d, want %d", tc.now, tc.yymmdd, d.Year, tc.year)
			}
		})
	}
}

func TestDates(t *testing.T) {
	for _, tc := range []struct {
		name    string
		now     int
		yymmdd  string
		want    gs1.Date
		lastDay string
		iso     string
	}{
		{"OK", 2026, "270630", gs1.Date{Year: 2027, Month: 6, Day: 30}, "2027-06-30", "2027-06-30"},
		{"Day00", 2026, "270600", gs1.Date{Year: 2027, Month: 6}, "2027-06-30", "2027-06"},
		{"Day00December", 2026, "271200", gs1.Date{Year: 2027, Month: 12}, "2027-12-31", "2027-12"},
		{"Day00February", 2026, "270200", gs1.Date{Year: 2027, Month: 2}, "2027-02-28", "2027-02"},
		{"Day00FebruaryLeap", 2026, "280200", gs1.Date{Year: 2028, Month: 2}, "2028-02-29", "2028-02"},
		{"LeapDay", 2026, "280229", gs1.Date{Year: 2028, Month: 2, Day: 29}, "2028-02-29", "2028-02-29"},
		{"LeapDay2000", 2026, "000229", gs1.Date{Year: 2000, Month: 2, Day: 29}, "2000-02-29", "2000-02-29"},
		{"Day31", 2026, "270131", gs1.Date{Year: 2027, Month: 1, Day: 31}, "2027-01-31", "2027-01-31"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := expiry(t, tc.now, tc.yymmdd)
			if err != nil {
				t.Fatal(err)
			}
			if d != tc.want {
				t.Fatalf("got %+v, want %+v", d, tc.want)
			}
			if got := d.LastDay().Format(time.DateOnly); got != tc.lastDay {
				t.Errorf("LastDay = %s, want %s", got, tc.lastDay)
			}
			if got := d.String(); got != tc.iso {
				t.Errorf("String = %s, want %s", got, tc.iso)
			}
			if got := d.YYMMDD(); got != tc.yymmdd {
				t.Errorf("YYMMDD = %s, want %s", got, tc.yymmdd)
			}
		})
	}
	for _, tc := range []struct {
		name   string
		now    int
		yymmdd string
		msg    string
	}{
		{"ErrNotLeap", 2026, "270229", "February 2027 has 28 days"},
		{"ErrCenturyNotLeap", 2080, "000229", "February 2100 has 28 days"}, // 2100 is not a leap year
		{"ErrDay32", 2026, "270132", "January 2027 has 31 days"},
		{"ErrJune31", 2026, "270631", "June 2027 has 30 days"},
		{"ErrMonth00", 2026, "270015", "no month 00"},
		{"ErrMonth13", 2026, "271315", "no month 13"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := expiry(t, tc.now, tc.yymmdd)
			var e *gs1.Error
			if !errors.As(err, &e) || e.AI != "17" || !strings.Contains(e.Message, tc.msg) {
				t.Fatalf("got %v, want an AI 17 error with %q", err, tc.msg)
			}
		})
	}
}

func TestDateZero(t *testing.T) {
	var d gs1.Date
	if !d.IsZero() || d.String() != "" {
		t.Fatalf("zero Date: IsZero %v, String %q", d.IsZero(), d.String())
	}
	c, err := parser.Parse("(01)09506000134352")
	if err != nil || !c.Expiry.IsZero() {
		t.Fatalf("a code without AI 17 has expiry %v, %v", c.Expiry, err)
	}
}

func TestDefaultClock(t *testing.T) {
	yy := time.Now().Year() % 100
	c, err := gs1.Parse("(01)09506000134352(17)" + string(rune('0'+yy/10)) + string(rune('0'+yy%10)) + "0101")
	if err != nil || c.Expiry.Year != time.Now().Year() {
		t.Fatalf("got %v, %v; want this year", c.Expiry, err)
	}
}
