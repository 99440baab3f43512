package httpapi

import (
	"cmp"
	"fmt"
	"html"
	"html/template"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// The provenance picture's geometry, in SVG user units (CSS pixels at full size). Lanes go
// down the picture, not across: a batch three splits deep is 340 wide, and fits a phone
// with its text at full size, where a picture growing to the right with each step would be
// shrunk to unreadable.
const (
	pvMargin = 12
	pvIndent = 24 // per level of splits
	pvBoxW   = 232
	pvBoxH   = 70
	pvGap    = 22 // between the boxes of a lane: the arrow
	pvHead   = 22 // a lane's heading, its packs
	pvName   = 26 // runes of a party's name shown in a box; the tooltip has it whole
	pvLine   = 16 // between lines of text
	pvChars  = 7  // the width of a character at 12 px, about, to wrap the recall banner
)

// pvStyle colours the picture where no stylesheet does (a saved file, a feed reader). Inline
// SVG's <style> applies to the whole page, hence every rule under .pv. Text is at least 5:1
// against its fill. The pages' Content-Security-Policy allows this style element by its hash
// (pagePolicy), so it must stay a constant.
const pvStyle = `.pv text{font:12px system-ui,sans-serif;fill:#1b1f24}` +
	`.pv .pv-name,.pv .pv-range{font-weight:600}.pv .pv-muted{fill:#57606a}.pv .pv-bad{fill:#a3141c}` +
	`.pv .pv-node{fill:#f6f8fa;stroke:#57606a;stroke-width:1.5}` +
	`.pv .pv-holder-manufacturer{fill:#ddf4ff}.pv .pv-holder-distributor{fill:#fff8c5}.pv .pv-holder-dispenser{fill:#dafbe1}` +
	`.pv .pv-step-pending,.pv .pv-step-cancelled{fill:#fff;stroke-dasharray:5 4}.pv .pv-step-cancelled{stroke:#a3141c}` +
	`.pv .pv-arrow,.pv .pv-split{fill:none;stroke:#57606a;stroke-width:1.5}` +
	`.pv .pv-arrow-pending,.pv .pv-arrow-cancelled{stroke-dasharray:5 4}.pv .pv-head{fill:#57606a}` +
	`.pv .pv-recall{fill:#a3141c}.pv .pv-recall text{fill:#fff;font-weight:600}`

// pvStep is one box of a lane: who held the packs, or who a shipment was for.
type pvStep struct {
	kind    string // registered, split, accepted, pending (shipped, not yet answered) or cancelled
	party   *pedigree.Party
	shipped time.Time // shipments only
	at      time.Time
}

// pvLane is a token: the packs it covers now and what happened to them since it was split
// off its parent. Until then they shared the parent's first inherit steps.
type pvLane struct {
	id         pedigree.TokenID
	start, end int // -1 when the token is missing from the view
	parent     *pvLane
	children   []*pvLane
	inherit    int
	depth, top int // top: of its heading, once laid out
	steps      []pvStep
}

// x returns the left of l's heading and boxes.
func (l *pvLane) x() int { return pvMargin + 12 + l.depth*pvIndent }

// boxY returns the top of l's box i.
func (l *pvLane) boxY(i int) int { return l.top + pvHead + i*(pvBoxH+pvGap) }

// provenanceSVG draws a batch's provenance as an inline SVG: one lane per token in tree order,
// depth first, a token's lane above those split off it, which are indented and joined to the
// box of their holder at the split. A lane is its custody steps top to bottom: registered or
// split off, then each shipment accepted, cancelled (dashed, red) or in transit (dashed). A
// recall is a banner on top. The <desc> says it all in words, for screen readers.
//
// The view's custody events are read as postgres.Provenance.Batch writes them: a split is
// recorded on the new token, with To its holder and Parent the token it came from; a
// cancellation has From who cancelled and To the receiver.
func provenanceSVG(v pedigree.BatchView, l *lang) template.HTML {
	root, lanes := pvLanes(v)
	width := 0
	for _, l := range lanes {
		width = max(width, l.x()+pvBoxW+pvMargin)
	}
	var recall []string
	if r := v.Recall; r != nil {
		recall = pvWrap(pvSay(l, "Recalled on %s by %s: %s. Do not supply these packs.",
			formatTime(r.At, l.date), pvPartyWords(&r.By, l), pvWord(l, r.Words())), (width-2*pvMargin-24)/pvChars)
	}
	y := pvMargin
	if len(recall) > 0 {
		y += 16 + len(recall)*pvLine + 12
	}
	for _, l := range lanes {
		l.top = y
		y = l.boxY(len(l.steps)) - pvGap + 12
	}
	height := y - 12 + pvMargin
	id := fmt.Sprintf("pv-%x", v.Batch.ID[:6])

	var b strings.Builder
	// At its own size, shrunk to fit a narrower page by the style sheet (max-width: 100%): no
	// style attribute, which the Content-Security-Policy would refuse.
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" class="pv" viewBox="0 0 %d %d" width="%d" height="%d" role="img" aria-labelledby="%s-title %s-desc">`,
		width, height, width, height, id, id)
	fmt.Fprintf(&b, `<title id="%s-title">%s</title>`, id, pvEsc(pvSay(l, "Provenance of batch %s", v.Batch.Lot)))
	fmt.Fprintf(&b, `<desc id="%s-desc">%s</desc><style>%s</style>`, id, pvEsc(pvWords(v, root, lanes, l)), pvStyle)
	if len(recall) > 0 {
		fmt.Fprintf(&b, `<g class="pv-recall"><rect x="%d" y="%d" width="%d" height="%d" rx="6"/>`, pvMargin, pvMargin, width-2*pvMargin, 16+len(recall)*pvLine)
		for i, line := range recall {
			fmt.Fprintf(&b, `<text x="%d" y="%d">%s</text>`, pvMargin+12, pvMargin+20+i*pvLine, pvEsc(line))
		}
		b.WriteString(`</g>`)
	}
	for _, ln := range lanes {
		x := ln.x()
		fmt.Fprintf(&b, `<g class="pv-lane"><text class="pv-range" x="%d" y="%d">%s</text>`, x, ln.top+15, pvEsc(pvPackRange(ln.start, ln.end, l)))
		if p := ln.parent; p != nil { // from the holder's box at the split, down its left side
			from := p.top + 8
			if ln.inherit > 0 {
				from = p.boxY(ln.inherit-1) + pvBoxH/2
			}
			to := ln.boxY(0) + pvBoxH/2
			fmt.Fprintf(&b, `<path class="pv-split" d="M%d %dH%dV%dH%d"/>`, p.x(), from, p.x()-10, to, x-1)
			fmt.Fprintf(&b, `<path class="pv-head" d="M%d %dl-8 -4v8z"/>`, x, to)
		}
		for i, s := range ln.steps {
			y := ln.boxY(i)
			if i > 0 {
				fmt.Fprintf(&b, `<path class="pv-arrow pv-arrow-%s" d="M%d %dV%d"/>`, s.kind, x+24, y-pvGap, y-1)
				fmt.Fprintf(&b, `<path class="pv-head" d="M%d %dl-4 -8h8z"/>`, x+24, y)
			}
			lines := pvStepLines(s, l)
			fmt.Fprintf(&b, `<g><title>%s</title><rect class="pv-node pv-holder-%s pv-step-%s" x="%d" y="%d" width="%d" height="%d" rx="6"/>`,
				pvEsc(strings.Join(lines, ", ")), pvRole(s.party), s.kind, x, y, pvBoxW, pvBoxH)
			lines[0] = pvTruncate(lines[0], pvName)
			for j, line := range lines {
				class := [...]string{"pv-name", "pv-muted", "", ""}[j]
				if s.kind == "cancelled" && j == len(lines)-1 {
					class = "pv-bad"
				}
				fmt.Fprintf(&b, `<text class="%s" x="%d" y="%d">%s</text>`, class, x+10, y+18+j*pvLine, pvEsc(line))
			}
			b.WriteString(`</g>`)
		}
		b.WriteString(`</g>`)
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String()) // every value above went through pvEsc or is a number
}

// pvLanes replays the custody events into lanes and returns the root and every lane in tree
// order, depth first, each token's children by their first pack.
func pvLanes(v pedigree.BatchView) (*pvLane, []*pvLane) {
	var order []*pvLane // in order of appearance: parents before children
	byID := map[pedigree.TokenID]*pvLane{}
	lane := func(id pedigree.TokenID) *pvLane {
		l := byID[id]
		if l == nil {
			l = &pvLane{id: id, start: -1, end: -1}
			byID[id], order = l, append(order, l)
		}
		return l
	}
	root := lane(v.Batch.ID)
	split := func(l, parent *pvLane) {
		for p := parent; p != nil; p = p.parent {
			if p == l { // a cycle: inconsistent, but shown
				parent = root
				break
			}
		}
		l.parent, l.inherit, l.depth = parent, len(parent.steps), parent.depth+1
		parent.children = append(parent.children, l)
	}
	for _, e := range v.Custody {
		l := lane(e.Token)
		switch e.Kind {
		case "split":
			if l.parent == nil && l != root {
				parent := root // no parent recorded: inconsistent, but shown
				if e.Parent != nil {
					parent = lane(*e.Parent)
				}
				split(l, parent)
			}
			l.steps = append(l.steps, pvStep{kind: e.Kind, party: e.To, at: e.Time})
		case "shipped":
			l.steps = append(l.steps, pvStep{kind: "pending", party: e.To, shipped: e.Time})
		case "accepted", "cancelled":
			i := len(l.steps) - 1
			for i >= 0 && l.steps[i].kind != "pending" {
				i--
			}
			if i < 0 { // no shipment seen: inconsistent, but shown
				l.steps, i = append(l.steps, pvStep{party: e.To}), len(l.steps)
			}
			l.steps[i].kind, l.steps[i].at = e.Kind, e.Time
		default: // registered
			l.steps = append(l.steps, pvStep{kind: e.Kind, party: e.To, at: e.Time})
		}
	}
	for _, t := range v.Tokens { // tokens no event split off: inconsistent, but shown
		l := lane(t.ID)
		if l.parent == nil && l != root {
			split(l, root)
		}
		l.start, l.end = t.Start, t.End
	}
	for _, l := range order { // parents no event or token shows: inconsistent, but shown
		if l.parent == nil && l != root {
			split(l, root)
		}
	}
	var lanes []*pvLane
	var walk func(l *pvLane)
	walk = func(l *pvLane) {
		lanes = append(lanes, l)
		slices.SortStableFunc(l.children, func(a, b *pvLane) int { return cmp.Compare(a.start, b.start) })
		for _, c := range l.children {
			walk(c)
		}
	}
	walk(root)
	return root, lanes
}

// history returns every step l's packs went through, its ancestors' included.
func (l *pvLane) history() []pvStep {
	if l.parent == nil {
		return l.steps
	}
	h := l.parent.history()
	h = h[:len(h)-len(l.parent.steps)+l.inherit]
	return append(slices.Clip(h), l.steps...)
}

// pvWords says what the picture shows, lane by lane.
func pvWords(v pedigree.BatchView, root *pvLane, lanes []*pvLane, l *lang) string {
	var b strings.Builder
	if len(root.steps) > 0 && root.steps[0].kind == "registered" {
		b.WriteString(pvSay(l, "Batch %s of %d packs, registered by %s on %s.", v.Batch.Lot, v.Batch.Quantity, pvPartyWords(root.steps[0].party, l), pvDay(root.steps[0].at, l)))
	} else {
		b.WriteString(pvSay(l, "Batch %s of %d packs.", v.Batch.Lot, v.Batch.Quantity))
	}
	for _, ln := range lanes {
		var holders, notes []string
		for _, s := range ln.history() {
			switch who := pvPartyWords(s.party, l); s.kind {
			case "pending":
				notes = append(notes, pvSay(l, "in transit to %s since %s", who, pvDay(s.shipped, l)))
			case "cancelled":
				notes = append(notes, pvSay(l, "a shipment to %s was cancelled on %s", who, pvDay(s.at, l)))
			default:
				if len(holders) == 0 || holders[len(holders)-1] != who {
					holders = append(holders, who)
				}
			}
		}
		if b.WriteString(" " + capitalise(pvPackRange(ln.start, ln.end, l))); len(holders) == 0 {
			b.WriteString(pvSay(l, ": no custody recorded"))
		} else {
			b.WriteString(" " + pvSay(l, "went %s", strings.Join(holders, " → ")))
		}
		for _, n := range notes {
			b.WriteString("; " + n)
		}
		b.WriteString(".")
	}
	if r := v.Recall; r != nil {
		b.WriteString(" " + pvSay(l, "Recalled on %s by %s: %s.", formatTime(r.At, l.date), pvPartyWords(&r.By, l), pvWord(l, r.Words())))
	}
	return b.String()
}

// pvStepLines returns the text of a step's box: who, their role, then dates.
func pvStepLines(s pvStep, l *lang) []string {
	name, second := pvPartyName(s.party, l), pvWord(l, pvRole(s.party))
	if s.party != nil && s.party.Name == "" && s.party.GLN != "" {
		name, second = capitalise(second), "GLN "+s.party.GLN
	}
	lines := []string{name, second}
	shipped := pvSay(l, "shipped %s", pvDay(s.shipped, l))
	switch s.kind {
	case "pending":
		return append(lines, shipped, pvSay(l, "in transit"))
	case "accepted":
		return append(lines, shipped, pvSay(l, "accepted %s", pvDay(s.at, l)))
	case "cancelled":
		return append(lines, shipped, pvSay(l, "cancelled %s", pvDay(s.at, l)))
	case "split":
		return append(lines, pvSay(l, "split off %s", pvDay(s.at, l)))
	case "registered":
		return append(lines, pvSay(l, "registered %s", pvDay(s.at, l)))
	}
	return append(lines, s.kind+" "+pvDay(s.at, l))
}

// pvPartyName names a step's party as pedigree.Party.String does.
func pvPartyName(p *pedigree.Party, l *lang) string {
	if p == nil {
		return pvSay(l, "unknown participant")
	}
	return p.String()
}

// pvRole is a party's role's name, for a class; pvSay translates it for people.
func pvRole(p *pedigree.Party) string {
	if p == nil || p.Role == pedigree.RoleNone {
		return "participant"
	}
	return p.Role.String()
}

// pvPartyWords returns a party as the description says it: "Acme Pharma (manufacturer)".
func pvPartyWords(p *pedigree.Party, l *lang) string {
	return pvPartyName(p, l) + " (" + pvWord(l, pvRole(p)) + ")"
}

// pvPackRange writes packs [start, end) as people count them, from 1: "packs 1–50".
func pvPackRange(start, end int, l *lang) string {
	switch {
	case start < 0:
		return pvSay(l, "packs unknown")
	case end-start == 1:
		return pvSay(l, "pack %d", end)
	}
	return pvSay(l, "packs %d–%d", start+1, end)
}

func pvDay(t time.Time, l *lang) string {
	if t.IsZero() {
		return pvSay(l, "(date unknown)")
	}
	return formatTime(t, l.date)
}

// pvSay writes a text of the picture in l's language, as l's printer does; before the
// catalogue is loaded, as fmt.Sprintf does.
func pvSay(l *lang, key string, args ...any) string {
	if l.printer == nil {
		return fmt.Sprintf(key, args...)
	}
	return l.printer.Sprintf(key, args...)
}

// pvWord is a word of the picture (a role, a recall's reason) in l's language.
func pvWord(l *lang, key string) string {
	if l.printer == nil {
		return key
	}
	return l.translate(key)
}

// pvWrap breaks s into lines of at most n runes, between words.
func pvWrap(s string, n int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		if line != "" && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) > n {
			lines, line = append(lines, line), ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return append(lines, line)
}

// pvTruncate shortens s to n runes, the last an ellipsis.
func pvTruncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

// pvEsc escapes s for SVG text and attributes, which html/template does not reach inside a
// template.HTML. Characters XML forbids (most controls) and invalid UTF-8, which a name
// may hold, become U+FFFD: a browser would forgive them, an XML reader of a saved file not.
func pvEsc(s string) string {
	return html.EscapeString(strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return ' '
		case r < 0x20 || r == 0xFFFE || r == 0xFFFF:
			return utf8.RuneError
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD")))
}
