package pedigree_test

import (
	"testing"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

func TestCanDo(t *testing.T) {
	v, o, a := pedigree.UserViewer, pedigree.UserOperator, pedigree.UserAdministrator
	for _, tc := range []struct {
		act  pedigree.UserAction
		name string
		may  []pedigree.UserRole
	}{
		{pedigree.ActRead, "Read", []pedigree.UserRole{v, o, a}},
		{pedigree.ActOwnAccount, "OwnAccount", []pedigree.UserRole{v, o, a}},
		{pedigree.ActChain, "Chain", []pedigree.UserRole{o, a}},
		{pedigree.ActManagePeople, "ManagePeople", []pedigree.UserRole{a}},
		{pedigree.ActManageTokens, "ManageTokens", []pedigree.UserRole{a}},
		{pedigree.ActManageDirectory, "ManageDirectory", []pedigree.UserRole{a}},
	} {
		for _, role := range []pedigree.UserRole{0, v, o, a} {
			want := false
			for _, r := range tc.may {
				want = want || r == role
			}
			if got := pedigree.CanDo(role, tc.act); got != want {
				t.Errorf("CanDo(%s, %s) = %v, want %v", role, tc.name, got, want)
			}
		}
	}
}

func TestParseUserRole(t *testing.T) {
	for _, r := range []pedigree.UserRole{pedigree.UserViewer, pedigree.UserOperator, pedigree.UserAdministrator} {
		if got, err := pedigree.ParseUserRole(r.String()); err != nil || got != r {
			t.Errorf("ParseUserRole(%q) = %v, %v", r, got, err)
		}
	}
	if _, err := pedigree.ParseUserRole("owner"); pedigree.ErrorCode(err) != pedigree.EINVALID {
		t.Errorf("ParseUserRole(owner): %v, want EINVALID", err)
	}
}
