package pedigree_test

import (
	"testing"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

func TestSerialAccessOf(t *testing.T) {
	maker, other := pedigree.Address{1}, pedigree.Address{2}
	for _, tc := range []struct {
		name    string
		role    pedigree.Role
		account pedigree.Address
		active  bool
		want    pedigree.SerialAccess
	}{
		{"TheManufacturer", pedigree.RoleManufacturer, maker, true, pedigree.SerialsAll},
		{"ErrSuspendedManufacturer", pedigree.RoleManufacturer, maker, false, pedigree.SerialsNone},
		{"ErrAnotherManufacturer", pedigree.RoleManufacturer, other, true, pedigree.SerialsNone},
		{"ARegulator", pedigree.RoleRegulator, other, true, pedigree.SerialsLookUp},
		{"ErrSuspendedRegulator", pedigree.RoleRegulator, other, false, pedigree.SerialsNone},
		{"ErrDistributor", pedigree.RoleDistributor, other, true, pedigree.SerialsNone},
		{"ErrDispenser", pedigree.RoleDispenser, other, true, pedigree.SerialsNone},
		// An organisation whose account minted the batch, registered in another role now.
		{"ErrNotAManufacturerNow", pedigree.RoleDistributor, maker, true, pedigree.SerialsNone},
	} {
		t.Run(tc.name, func(t *testing.T) {
			org := pedigree.Organisation{Role: tc.role, Account: tc.account}
			if got, want := pedigree.SerialAccessOf(org, tc.active, maker), tc.want; got != want {
				t.Errorf("got %d, want %d", got, want)
			}
		})
	}
}

func TestParseLabelFormat(t *testing.T) {
	for in, want := range map[string]pedigree.LabelFormat{"": pedigree.LabelSheet, "html": pedigree.LabelSheet, "zip": pedigree.LabelZIP, "zpl": pedigree.LabelZPL} {
		if got, err := pedigree.ParseLabelFormat(in); err != nil || got != want {
			t.Errorf("%q: %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := pedigree.ParseLabelFormat("csv"); pedigree.ErrorCode(err) != pedigree.EINVALID {
		t.Errorf("csv: %v, want EINVALID", err)
	}
}
