package gs1

import (
	"strconv"
	"time"
)

// Date is a GS1 date such as the expiry of AI 17, with its century resolved. Day is 0 when
// the pack prints day 00, which GS1 allows for AIs 11 to 17 when only the month is known: the
// date then stands for the last day of that month. The zero Date means "no date".
type Date struct {
	Year, Month, Day int
}

// IsZero reports whether d is the zero Date, which stands for an absent date.
func (d Date) IsZero() bool { return d == Date{} }

// LastDay returns the last day d covers, at midnight UTC: d itself, or the last day of its
// month when Day is 0. For an expiry date it is the last day the pack may be used.
func (d Date) LastDay() time.Time {
	day := d.Day
	if day == 0 {
		day = daysIn(d.Year, d.Month)
	}
	return time.Date(d.Year, time.Month(d.Month), day, 0, 0, 0, 0, time.UTC)
}

// YYMMDD returns d as GS1 prints it: two digits each for the year, month and day, "00" for
// day 0.
func (d Date) YYMMDD() string {
	var b [6]byte
	put2(b[0:], d.Year%100)
	put2(b[2:], d.Month)
	put2(b[4:], d.Day)
	return string(b[:])
}

// String returns d in ISO 8601 form, "2027-06-30", or "2027-06" when Day is 0.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	s := strconv.Itoa(d.Year)
	for len(s) < 4 {
		s = "0" + s
	}
	var b [6]byte
	b[0] = '-'
	put2(b[1:], d.Month)
	if d.Day == 0 {
		return s + string(b[:3])
	}
	b[3] = '-'
	put2(b[4:], d.Day)
	return s + string(b[:])
}

// put2 writes n modulo 100 as two ASCII digits.
func put2(b []byte, n int) {
	n %= 100
	if n < 0 {
		n = -n
	}
	b[0] = byte('0' + n/10)
	b[1] = byte('0' + n%10)
}

// daysIn returns the number of days of month in year (proleptic Gregorian calendar).
func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	default:
		return 31
	}
}

// clock resolves two-digit years, reading the time at most once per parse and only when a
// date is met.
type clock struct {
	now  func() time.Time
	year int // 0 until read
}

func (c *clock) currentYear() int {
	if c.year == 0 {
		if c.now != nil {
			c.year = c.now().Year()
		} else {
			c.year = time.Now().Year()
		}
	}
	return c.year
}

// fullYear applies the GS1 century rule (GenSpecs 7.12, "Determination of century in
// dates") to a two-digit year: with the current year's last two digits cur, yy is in the
// previous century when yy - cur >= 51, in the next when yy - cur <= -50, else in this one.
// The window is thus the 49 years before the current year to the 50 after it.
func (c *clock) fullYear(yy int) int {
	now := c.currentYear()
	century := now - now%100
	switch d := yy - now%100; {
	case d >= 51:
		return century - 100 + yy
	case d <= -50:
		return century + 100 + yy
	default:
		return century + yy
	}
}

// parseYYMMDD reads v, six digits, as a date of ai. Day 00 is accepted when day0 is set.
func parseYYMMDD(ai, v string, day0 bool, clk *clock) (Date, *Error) {
	for i := 0; i < 6; i++ {
		if v[i] < '0' || v[i] > '9' {
			return Date{}, badChar(ai, setN, v[i], i+1)
		}
	}
	d := Date{Year: clk.fullYear(atoi2(v[0:2])), Month: atoi2(v[2:4]), Day: atoi2(v[4:6])}
	switch {
	case d.Month < 1 || d.Month > 12:
		return Date{}, errorf(ai, "%s is not a date: there is no month %s (YYMMDD)", v, v[2:4])
	case d.Day == 0 && !day0:
		return Date{}, errorf(ai, "%s is not a date: day 00 is not allowed for this AI (YYMMDD)", v)
	case d.Day > daysIn(d.Year, d.Month):
		return Date{}, errorf(ai, "%s is not a date: %s %d has %d days (YYMMDD)", v,
			time.Month(d.Month), d.Year, daysIn(d.Year, d.Month))
	}
	return d, nil
}
