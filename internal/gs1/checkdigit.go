package gs1

// CheckDigit returns the GS1 mod-10 check digit, as an ASCII digit '0'-'9', of digits: the
// body of a GTIN-8/12/13/14, GLN, SSCC or any other GS1 key without its check digit. Weights
// 3 and 1 alternate from the rightmost digit of the body, so leading zeros do not change it.
func CheckDigit(digits string) (byte, error) {
	if digits == "" {
		return 0, errorf("", "no digits to compute a check digit from")
	}
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return 0, errorf("", "%s at position %d is not a digit", describeByte(digits[i]), i+1)
		}
	}
	return checkDigit(digits), nil
}

// checkDigit is CheckDigit for a body known to be all digits.
func checkDigit(digits string) byte {
	sum := 0
	for i, w := len(digits)-1, 3; i >= 0; i, w = i-1, 4-w {
		sum += int(digits[i]-'0') * w
	}
	return byte('0' + (10-sum%10)%10)
}

// validKey reports whether s is n digits ending in a valid check digit.
func validKey(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < n; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return checkDigit(s[:n-1]) == s[n-1]
}

// ValidGTIN reports whether s is a GTIN-8, GTIN-12, GTIN-13 or GTIN-14 with a valid check
// digit.
func ValidGTIN(s string) bool {
	switch len(s) {
	case 8, 12, 13, 14:
		return validKey(s, len(s))
	}
	return false
}

// ValidGLN reports whether s is a 13-digit GLN with a valid check digit.
func ValidGLN(s string) bool { return validKey(s, 13) }

// ValidSSCC reports whether s is an 18-digit SSCC with a valid check digit.
func ValidSSCC(s string) bool { return validKey(s, 18) }

// NormalizeGTIN returns s, a GTIN-8, GTIN-12, GTIN-13 or GTIN-14, as a GTIN-14 (left-padded
// with zeros), after checking its digits and check digit. Its error is an *Error naming AI 01.
func NormalizeGTIN(s string) (string, error) {
	g, err := normalizeGTIN(s)
	if err != nil {
		return "", err
	}
	return g, nil
}

func normalizeGTIN(s string) (string, *Error) {
	switch len(s) {
	case 8, 12, 13:
		s = "000000"[:14-len(s)] + s
	case 14:
	default:
		return "", errorf("01", "must be 14 digits (or a GTIN-8, -12 or -13), not %d", len(s))
	}
	return s, lookup("01").check(s, nil)
}
