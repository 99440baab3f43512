package check

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// The verdict is recomputed with the domain's own rules (pedigree.Decide), from the facts the
// chain holds at the answer's block: a regulator's view, which depends on no asker and no scan
// log, gives the chain's findings; a patient's view (which needs no asker's identity) shows
// whether SUPPLIED or NOT_RELEASED could apply. Findings that depend on the day are taken both
// at the block's time and now, and accepted when they hold at either.

// chainVerdicts are the verdicts the chain alone decides, whoever asks.
var chainVerdicts = []pedigree.Verdict{
	pedigree.VerdictUnknownProduct, pedigree.VerdictUnknownBatch, pedigree.VerdictUnknownSerial, pedigree.VerdictDataMismatch,
	pedigree.VerdictRecalled, pedigree.VerdictAlreadyDecommissioned, pedigree.VerdictExpired, pedigree.VerdictSupplied,
}

// normal maps the verdicts that differ only by what the chain cannot tell, or by who asks, to
// one: the chain has no index of GTINs (UNKNOWN_PRODUCT is an UNKNOWN_BATCH to it), and a
// patient is told SUPPLIED what others are told ALREADY_DECOMMISSIONED.
func normal(v pedigree.Verdict) pedigree.Verdict {
	switch v {
	case pedigree.VerdictUnknownProduct:
		return pedigree.VerdictUnknownBatch
	case pedigree.VerdictSupplied:
		return pedigree.VerdictAlreadyDecommissioned
	}
	return v
}

// facts are the verdict's facts as the chain holds them, at now, for an asker of role.
func (s *state) facts(now time.Time, role pedigree.Role) pedigree.VerificationFacts {
	f := pedigree.VerificationFacts{
		Now: now, CodeExpiry: s.code.Expiry, ProductKnown: true, BatchKnown: s.batch != nil,
		SerialKnown: s.serialKnown, ScannerRole: role,
	}
	if s.batch != nil {
		f.BatchExpiry, f.RecallReason = dayTime(s.batch.ExpiryDay), s.batch.RecallReason
	}
	if s.pack != nil {
		f.PackState, f.PackStateDay, f.StateActor = pedigree.PackState(s.pack.State), dayTime(s.pack.Day), pedigree.Address(s.pack.Actor)
	}
	if s.holder != nil {
		f.Custodian, f.CustodianRole = pedigree.Address(s.holder.account), s.holder.role()
		f.CustodyPath = []pedigree.Address{f.Custodian}
	}
	if s.pending != nil {
		f.Pending = pedigree.Address(s.pending.account)
	}
	return f
}

// findings returns the verdicts pedigree.Decide finds for an asker of role at each of times
// (normalized with normal, or as they are): those found at every time, and those found at
// some only.
func (s *state) findings(role pedigree.Role, times []time.Time, norm func(pedigree.Verdict) pedigree.Verdict) (always, sometimes []pedigree.Verdict) {
	count := map[pedigree.Verdict]int{}
	for _, t := range times {
		_, reasons := pedigree.Decide(s.facts(t, role))
		seen := map[pedigree.Verdict]bool{}
		for _, r := range reasons {
			if r.Verdict == pedigree.VerdictNotReleased && s.holderUnread {
				continue // it rests on the holder, which was not read
			}
			if v := norm(r.Verdict); v != pedigree.VerdictAuthentic && !seen[v] {
				seen[v] = true
				count[v]++
			}
		}
	}
	for _, v := range pedigree.Verdicts {
		switch count[v] {
		case 0:
		case len(times):
			always = append(always, v)
		default:
			sometimes = append(sometimes, v)
		}
	}
	return always, sometimes
}

// verdict recomputes the chain's share of the verdict and compares it with the answer's
// verdict and reasons.
func (c *checker) verdict(s *state) {
	const what = "the verdict is the chain's"
	v := s.v
	times := []time.Time{c.opts.Now()}
	when := "now"
	if !s.time.IsZero() {
		times = []time.Time{s.time, times[0]}
		when = fmt.Sprintf("at block %d (%s) or now", s.ev.Block, s.time.Format(time.DateOnly))
	}
	always, sometimes := s.findings(pedigree.RoleRegulator, times, normal)
	patientAlways, patientSometimes := s.findings(pedigree.RoleNone, times, func(v pedigree.Verdict) pedigree.Verdict { return v })
	forPatient := append(patientAlways, patientSometimes...)

	var problems, serverOnly []string
	claimed := map[pedigree.Verdict]bool{}
	for _, r := range v.Reasons {
		n := normal(r.Verdict)
		switch {
		case slices.Contains(chainVerdicts, r.Verdict):
			claimed[n] = true
			if !slices.Contains(always, n) && !slices.Contains(sometimes, n) {
				problems = append(problems, fmt.Sprintf("the answer finds %s; the chain does not", r.Verdict))
			}
			if r.Verdict == pedigree.VerdictSupplied && !slices.Contains(forPatient, pedigree.VerdictSupplied) {
				problems = append(problems, "the answer finds SUPPLIED; the chain shows no supply in the last "+fmt.Sprint(pedigree.SuppliedDays)+" days")
			}
		case r.Verdict == pedigree.VerdictAuthentic:
		case r.Verdict == pedigree.VerdictNotReleased:
			if !slices.Contains(forPatient, pedigree.VerdictNotReleased) && !(s.holderUnread && s.active()) {
				problems = append(problems, "the answer finds NOT_RELEASED; the chain shows the pack released to a pharmacy, or no longer active")
			}
		default:
			if !slices.Contains(serverOnly, string(r.Verdict)) {
				serverOnly = append(serverOnly, string(r.Verdict))
			}
		}
	}
	for _, f := range always {
		if !claimed[f] {
			problems = append(problems, fmt.Sprintf("the chain shows %s; the answer does not say so", f))
		}
	}
	// An answer made for the public is held to what the chain means to the public: a pack
	// never released to a pharmacy is not green to a patient, whatever else the answer says.
	public := v.Asker == pedigree.AskerPublic
	if public {
		for _, f := range patientAlways {
			if (f == pedigree.VerdictNotReleased || f == pedigree.VerdictSupplied) && !claimed[f] && !slices.ContainsFunc(v.Reasons, func(r pedigree.Reason) bool { return r.Verdict == f }) {
				problems = append(problems, fmt.Sprintf("the answer was made for the public, to whom the chain shows %s; the answer does not say so", f))
			}
		}
	}
	known := slices.Contains(pedigree.Verdicts, v.Verdict)
	if len(v.Reasons) == 0 || v.Reasons[0].Verdict != v.Verdict || known && mostSevere(v.Reasons) != v.Verdict {
		problems = append(problems, fmt.Sprintf("the verdict %s is not the most severe of the answer's reasons", v.Verdict))
	}
	if v.Verdict == pedigree.VerdictAuthentic && len(always) > 0 {
		problems = append(problems, fmt.Sprintf("the answer says AUTHENTIC; the chain shows %s", always[0]))
	}

	found := "no finding against the pack"
	if len(always)+len(sometimes) > 0 {
		var names []string
		for _, f := range append(always, sometimes...) {
			names = append(names, string(f))
		}
		found = strings.Join(names, ", ")
	}
	switch {
	case len(problems) > 0:
		c.fail("verdict", what, "%s: %s (the chain shows %s %s)", v.Verdict, strings.Join(problems, "; "), found, when)
	case slices.Contains(chainVerdicts, v.Verdict) || v.Verdict == pedigree.VerdictAuthentic:
		detail := fmt.Sprintf("%s: the chain shows %s %s", v.Verdict, found, when)
		if v.Verdict == pedigree.VerdictUnknownProduct {
			detail += "; that no batch of the GTIN exists at all is the service's word (the chain has no index of GTINs)"
		}
		if s.holderUnread && s.active() {
			detail += "; that the pack has reached a pharmacy is the service's word (the answer names no token to read its holder from)"
		}
		c.held("verdict", what, "%s", detail)
	case v.Verdict == pedigree.VerdictNotReleased && s.holderUnread:
		c.serverOnly("verdict", what, "NOT_RELEASED: the chain shows the pack active and %s %s; that a manufacturer or distributor still holds it is the service's word (an answer to the public names the token covering the pack only while the manufacturer holds it)",
			found, when)
	case v.Verdict == pedigree.VerdictNotReleased && public:
		c.held("verdict", what, "NOT_RELEASED: the answer was made for the public, and the chain shows the pack active and held by a %s, never released to a pharmacy, %s", s.holder.role(), when)
	case v.Verdict == pedigree.VerdictNotReleased && s.holder != nil:
		c.serverOnly("verdict", what, "NOT_RELEASED: the chain shows the pack active and held by a %s, never released to a pharmacy, and %s %s; that this asker should not have it is the service's word",
			s.holder.role(), found, when)
	default:
		c.serverOnly("verdict", what, "%s rests on who asked or on the scan log; the chain shows %s %s, nothing more severe", v.Verdict, found, when)
	}
	if len(serverOnly) > 0 {
		c.serverOnly("findings", "findings of the scan log and of who asked", "%s: the service's word", strings.Join(serverOnly, ", "))
	}
}

// active reports whether the chain shows the pack active.
func (s *state) active() bool {
	return s.pack != nil && pedigree.PackState(s.pack.State) == pedigree.PackActive
}

// mostSevere returns the most severe verdict among reasons, in pedigree.Verdicts' order; a
// verdict this build does not know counts as the least severe.
func mostSevere(reasons []pedigree.Reason) pedigree.Verdict {
	rank := func(v pedigree.Verdict) int {
		if i := slices.Index(pedigree.Verdicts, v); i >= 0 {
			return i
		}
		return len(pedigree.Verdicts)
	}
	best := reasons[0].Verdict
	for _, r := range reasons[1:] {
		if rank(r.Verdict) < rank(best) {
			best = r.Verdict
		}
	}
	return best
}
