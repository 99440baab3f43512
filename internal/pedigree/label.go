package pedigree

import (
	"fmt"
	"net/url"
)

// A pack's index is its place in its batch as the contract counts, from 0; a pack's number
// is the same place as people count, from 1. Everything a person reads or types (pages, label
// sheets, file names, manifest.csv, messages) says numbers; the chain, the store and the API's
// from/to say indexes. PackNumber and PackIndex are the one conversion between them.

// PackNumber returns the number people know the pack at index by.
func PackNumber(index int) int { return index + 1 }

// PackIndex returns the index of the pack people call number.
func PackIndex(number int) int { return number - 1 }

// LabelRange is packs [From, To) of a batch, by index, whose labels are asked for.
type LabelRange struct{ From, To int }

// Validate checks r against a batch of quantity packs: at least one pack, at most MaxLabels,
// all within the batch. Its EINVALID message says pack numbers, as a person reads them, and
// names the field ("from: ...", "to: ...") a form shows it next to.
func (r LabelRange) Validate(quantity int) error {
	switch {
	case r.From < 0 || r.From >= quantity:
		return Errorf(EINVALID, "from: the batch's packs are numbered 1 to %d; pack %d is not one of them", quantity, PackNumber(r.From))
	case r.To <= r.From:
		return Errorf(EINVALID, "to: the last pack must not come before the first (pack %d)", PackNumber(r.From))
	case r.To > quantity:
		return Errorf(EINVALID, "to: the batch's packs are numbered 1 to %d; pack %d is not one of them", quantity, r.To)
	case r.To-r.From > MaxLabels:
		return Errorf(EINVALID, "to: at most %d labels at a time; packs %d to %d are %d", MaxLabels, PackNumber(r.From), r.To, r.To-r.From)
	}
	return nil
}

// String names the range as a person reads it: "packs 1 to 24", or "pack 7".
func (r LabelRange) String() string {
	if r.To-r.From == 1 {
		return fmt.Sprintf("pack %d", PackNumber(r.From))
	}
	return fmt.Sprintf("packs %d to %d", PackNumber(r.From), r.To)
}

// CheckLabelBase returns nil when base can open the Digital Links printed in labels' QR codes:
// an http or https address with a host and, optionally, a path, such as https://verify.example
// or http://192.168.1.20:8080/gs1; no query, fragment or user. EINVALID names the field "base".
func CheckLabelBase(base string) error {
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.ForceQuery || u.Fragment != "" || u.User != nil {
		return Errorf(EINVALID, "base: %q is not a web address such as https://verify.example or http://192.168.1.20:8080", base)
	}
	return nil
}
