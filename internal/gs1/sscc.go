package gs1

import "strings"

// ParseSSCC reads a case's or pallet's code: the SSCC (AI 00) as a 2D or GS1-128 scanner
// sends it (an element string "00" and 18 digits, after an optional symbology identifier and
// a GS for the leading FNC1, and optionally followed by further AIs after a GS), in the
// bracketed form "(00)...", or as a Digital Link https://{host}[/{prefix}]/00/{SSCC}[?...].
// ok is false when input is none of these, which is what a pack's code gives; err when it is
// one of them but not 18 digits with a valid check digit.
func ParseSSCC(input string) (sscc string, ok bool, err error) {
	s, perr := prepare(input)
	if perr != nil {
		return "", false, nil
	}
	if rest, isLink := cutScheme(s); isLink {
		path, _, _ := strings.Cut(rest, "?")
		path, _, _ = strings.Cut(path, "#")
		i := strings.LastIndex(path, "/00/")
		if i < 0 || strings.Contains(path[i+4:], "/") {
			return "", false, nil
		}
		sscc = path[i+4:]
	} else {
		s, sym, serr := cutSymbology(s)
		if serr != nil || sym == symPlain || sym == symEAN {
			return "", false, nil
		}
		s = strings.TrimPrefix(s, string(rune(gs)))
		switch {
		case strings.HasPrefix(s, "(00)"):
			sscc, _, _ = strings.Cut(s[4:], "(")
		case strings.HasPrefix(s, "00") && len(s) >= 20:
			sscc = s[2:20] // AI 00 is fixed length: further AIs follow with no GS
		default:
			return "", false, nil
		}
	}
	sscc = strings.TrimSpace(sscc)
	if !ValidSSCC(sscc) {
		return "", true, errorf("00", "%q is not an SSCC: 18 digits with a valid check digit", sscc)
	}
	return sscc, true, nil
}
