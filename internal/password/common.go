package password

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"
)

// MinLength is the shortest password Check accepts (pedigree.MinPasswordLength says the same
// to the domain; a test keeps them equal).
const MinLength = 12

//go:embed common.txt
var commonText string

// common is the set of common.txt's passwords, lower case.
var common = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(commonText, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			m[strings.ToLower(line)] = true
		}
	}
	return m
})

// IsCommon reports whether pass is one of the common passwords shipped with pedigree, ignoring
// case and surrounding space.
func IsCommon(pass string) bool { return common()[strings.ToLower(strings.TrimSpace(pass))] }

// Check returns why pass may not be a password, nil when it may: shorter than MinLength
// characters, or a common password.
func Check(pass string) error {
	switch {
	case utf8.RuneCountInString(pass) < MinLength:
		return fmt.Errorf("the password is too short: it needs %d characters at least", MinLength)
	case IsCommon(pass):
		return fmt.Errorf("the password is one of the most common ones, which are guessed first: choose another")
	}
	return nil
}
