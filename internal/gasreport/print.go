package gasreport

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
)

// target is one of the gas targets, checked against the figures. Targets are reported,
// not asserted: a missed target is a finding to explain, not a failure of the run.
type target struct {
	op   string // the row it belongs to
	text string // e.g. "<= 150,000"
	met  bool
}

// String formats the target with its verdict, e.g. "<= 60,000: PASS".
func (t target) String() string {
	verdict := "MISS"
	if t.met {
		verdict = "PASS"
	}
	return t.text + ": " + verdict
}

func (b *bench) targets() []target {
	r := b.report
	reg1, reg100, handoff := r[Register1k], r[Register100k], r[Handoff]
	// "The root is all that is stored": registration must not cost more for a bigger batch. The
	// receipts can still differ by the calldata of the quantity (100000 has one more non-zero byte
	// than 1000), so the target compares execution gas and the text shows any calldata difference.
	p1 := b.parts[Register1k][0]
	same := func(op string) target {
		p := b.parts[op][0]
		text := "== register_1k"
		if d := int64(p.calldata) - int64(p1.calldata); d != 0 {
			text = fmt.Sprintf("== register_1k in execution gas (calldata %+d)", d)
		}
		return target{op, text, p.execution == p1.execution && p.floored == 0 && p1.floored == 0}
	}
	return []target{
		// Multiples of the reference are compared in integers: p <= 1.3 r is 10 p <= 13 r.
		{Register1k, fmt.Sprintf("<= 1.3 x reference (%s)", thousands(reg1.Reference*13/10)), reg1.Pedigree*10 <= reg1.Reference*13},
		same(Register100k),
		same(Register10),
		{Register100k, "<= 150,000", reg100.Pedigree <= 150_000},
		{Register1kFirstToken, "<= 150,000", r[Register1kFirstToken].Pedigree <= 150_000},
		{Handoff, fmt.Sprintf("<= 1.8 x reference (%s)", thousands(handoff.Reference*18/10)), handoff.Pedigree*10 <= handoff.Reference*18},
		{Decommission1, "<= 60,000", r[Decommission1].Pedigree <= 60_000},
		{Decommission16PerPack, "<= 20,000", r[Decommission16PerPack].Pedigree <= 20_000},
	}
}

// writeTable writes the figures as an aligned table in the order of Operations: operation,
// pedigree gas, reference gas, their ratio and the targets of the row, one per line.
func (b *bench) writeTable(w io.Writer) error {
	targets := map[string][]target{}
	for _, t := range b.targets() {
		targets[t.op] = append(targets[t.op], t)
	}
	rows := [][]string{{"operation", "pedigree", "reference", "ratio", "target"}}
	for _, op := range b.report.rows() {
		f := b.report[op]
		row := []string{op, thousands(f.Pedigree), orNA(f.Reference), f.ratio(), ""}
		for i, t := range targets[op] {
			if i > 0 {
				rows = append(rows, row)
				row = []string{"", "", "", "", ""}
			}
			row[4] = t.String()
		}
		rows = append(rows, row)
	}
	return writeAligned(w, []bool{false, true, true, true, false}, rows)
}

// writeBreakdown writes, per operation, the base, calldata and execution gas of both contracts.
func (b *bench) writeBreakdown(w io.Writer) error {
	fmt.Fprintln(w, "where the gas goes: base = 21,000 per transaction; calldata = 16 per non-zero byte, 4 per zero byte;")
	fmt.Fprintln(w, "execution = storage, hashing, logs and the rest, net of refunds")
	rows := [][]string{{"operation", "pedigree: base", "calldata", "execution", "reference: base", "calldata", "execution"}}
	floored := false
	for _, op := range b.report.rows() {
		row := []string{op}
		for _, p := range b.parts[op] {
			if p.total == 0 {
				row = append(row, "", "", "")
				continue
			}
			exec := thousands(p.execution)
			if p.floored > 0 {
				exec, floored = "(floor)", true
			}
			row = append(row, thousands(p.base), thousands(p.calldata), exec)
		}
		rows = append(rows, row)
	}
	if err := writeAligned(w, []bool{false, true, true, true, true, true, true}, rows); err != nil {
		return err
	}
	if floored {
		fmt.Fprintln(w, "(floor): the transaction paid EIP-7623's calldata floor, 21,000 + 10 per zero byte + 40 per non-zero")
		fmt.Fprintln(w, "byte, which is more than its calldata at 4/16 plus its execution; the calldata column shows the floor.")
	}
	return nil
}

// writeAligned writes rows, the first a header, through a tabwriter, right-aligning the columns
// marked in right so that the digits of the figures line up, and leaving no trailing blanks.
func writeAligned(w io.Writer, right []bool, rows [][]string) error {
	widths := make([]int, len(right))
	for _, row := range rows {
		for i, c := range row {
			widths[i] = max(widths[i], len(c))
		}
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, row := range rows {
		cells := make([]string, len(row))
		for i, c := range row {
			if right[i] {
				c = fmt.Sprintf("%*s", widths[i], c)
			}
			cells[i] = c
		}
		for len(cells) > 0 && strings.TrimSpace(cells[len(cells)-1]) == "" {
			cells = cells[:len(cells)-1]
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	return tw.Flush()
}

// rows returns the operations of r: those of Operations first, in order, then any others.
func (r Report) rows() []string {
	var rows []string
	known := map[string]bool{}
	for _, op := range Operations {
		known[op] = true
		if _, ok := r[op]; ok {
			rows = append(rows, op)
		}
	}
	var extra []string
	for op := range r {
		if !known[op] {
			extra = append(extra, op)
		}
	}
	slices.Sort(extra)
	return append(rows, extra...)
}

func (f Figures) ratio() string {
	if f.Reference == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.2f", float64(f.Pedigree)/float64(f.Reference))
}

func orNA(n uint64) string {
	if n == 0 {
		return "n/a"
	}
	return thousands(n)
}

// thousands formats n with comma separators: 104,512.
func thousands(n uint64) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// write writes the whole report: header, table, breakdown and the notes that say which state each
// row was measured in.
func (b *bench) write(w io.Writer) error {
	fmt.Fprintln(w, "pedigree gas report: Pedigree.sol against ReferenceBatch.sol (OpenZeppelin ERC721 + MerkleProof + BitMaps)")
	fmt.Fprintln(w, Rules)
	fmt.Fprintf(w, "chain: go-ethereum simulated backend, chain id %s, both contracts on the same chain; gas = receipt.gasUsed\n\n", b.config.ChainID)
	if err := b.writeTable(w); err != nil {
		return err
	}

	fmt.Fprintln(w)
	if err := b.writeBreakdown(w); err != nil {
		return err
	}

	notes := []string{
		"Accounts, lots, serials and the expiry day are fixed, so every run gives the same figures.",
		"assign_prefix: the regulator assigns the manufacturer GS1 company prefix " + prefix + " (7 digits), the " +
			"first assignment under its 6-digit stem (two fresh slots: the assignee, the stem's lengths); move_prefix " +
			"assigns it to a second manufacturer (one slot rewritten); assign_gtin assigns GTIN " +
			fmt.Sprintf("%014d", singleGTIN) + " alone to the second manufacturer (a fresh slot, the stem's lengths " +
			"rewritten). The reference has no GTIN ownership.",
		"register_*, slot by slot: registerBatch writes two fresh slots, as the reference's mint does: the token's " +
			"slot (holder, pack range, the batch's manufacturer number, expiry day and recall reason; the reference's: " +
			"the owner) and the serials root (the parent of the index and sorted roots, so the non-membership " +
			"commitment costs calldata and one hash, no slot; the reference stores a root too). It rewrites the " +
			"manufacturer's participant slot, where its ERC-721 balance sits beside the registration that every call " +
			"reads (the reference reads and rewrites a balance slot). It reads two slots the reference lacks, for GTIN " +
			"ownership: the 6-digit stem and the prefix's assignee. The rest of the difference is rules the reference " +
			"does not check (role, suspension, check digit, lot characters, expiry, a (GTIN, lot) minted once) and the " +
			"BatchRegistered event with GTIN, lot, quantity, both roots and the master-data hash.",
		"register_*: same GTIN (under the manufacturer's prefix), expiry day and master-data hash, 8-character " +
			"lots; the index and sorted roots go in, their parent is stored. register_1k, register_100k and " +
			"register_10 are measured with the manufacturer already holding tokens in both contracts (balance 1 -> 2, " +
			"2 -> 3, 3 -> 4: the same non-zero -> non-zero write); register_1k_first_token is its first token (0 -> 1: a fresh balance slot in the " +
			"reference, while pedigree's balance shares the participant's slot, never zero, so it costs the same). " +
			"Registration reads two slots for the GTIN's owner (the stem, then the prefix's assignee), whatever the " +
			"prefix's length.",
		fmt.Sprintf("split: the manufacturer splits the 100,000-pack batch token at pack %d (a case boundary for "+
			"cases of %d); the reference has no split.", splitAt, caseSize),
		"handoff, slot by slot: ship rewrites the token's slot (the pending receiver's participant number beside " +
			"the holder and the range) after reading the sender's and the receiver's participant slots (role, " +
			"suspension, route); accept rewrites the token's slot again (the new holder, the shipment cleared), the " +
			"sender's participant slot (balance - 1) and the receiver's (balance + 1; read anyway to check the " +
			"receiver). The reference's transferFrom writes the owner and both balances: pedigree writes no fresh " +
			"slot and the same three words, and pays a second transaction's 21,000, two events (ShipmentSent, " +
			"Transfer) and the reads its rules need.",
		"handoff: manufacturer -> distributor, who already holds one token in both contracts (balance non-zero -> " +
			"non-zero); the manufacturer keeps other tokens. handoff_new_receiver: the distributor held none (0 -> 1; " +
			"again a fresh slot in the reference only). " +
			"ship and accept are pedigree's two halves of handoff; handoff_split_token hands off a split token " +
			"(one more slot read per call, for the batch's recall state).",
		fmt.Sprintf("decommission_*: a dispenser holding the 100,000-pack batch token sets packs to Supplied. "+
			"decommission_1_fresh_word is pack %d, in words untouched in both contracts; decommission_1 is pack %d, "+
			"whose word already holds pack %d in both (pedigree: 4 packs a word, the reference: 256). "+
			"Single proofs have %d hashes.", packFresh, packSteady, packFresh, b.packProofHashes),
		fmt.Sprintf("decommission_16: packs %d..%d, one case, in words untouched in both contracts (pedigree: 4 "+
			"words, the reference: 1): pedigree with one multiproof (%d hashes, %d flags), the reference with "+
			"decommissionMany and %d proofs of %d hashes; decommission_16_per_pack is the call divided by %d.",
			caseStart, caseStart+caseSize-1, b.caseProofHashes, b.caseFlags, caseSize, b.packProofHashes, caseSize),
		"decommission_1_split_token: decommission_1 on a split token, pedigree only.",
		"recall: the manufacturer recalls the 100,000-pack batch; the reference has no recall.",
		fmt.Sprintf("verify_serial_100k and verify_absent_100k: the views verifySerial (pack %d's proof, %d hashes) "+
			"and verifyAbsent (a forged serial's two neighbours in the sorted list, %d hashes in all) on the "+
			"100,000-pack batch, sent as transactions to measure them; a client calls them with eth_call, for free. "+
			"As transactions both pay the calldata floor, which hides their execution (hashing one or two paths).",
			packFresh, b.packProofHashes, b.absentProofHashes),
		"n/a: the reference has no such operation (0 in the JSON).",
	}
	notes = append(notes, b.registerDelta())
	fmt.Fprintln(w, "\nnotes:")
	for _, n := range notes {
		fmt.Fprintln(w, wrap("- ", n, 100))
	}
	return nil
}

// registerDelta explains the differences between pedigree's registrations of 10, 1,000 and 100,000 packs.
func (b *bench) registerDelta() string {
	p1, p100, p10 := b.parts[Register1k][0], b.parts[Register100k][0], b.parts[Register10][0]
	return fmt.Sprintf("register_100k - register_1k (pedigree) = %+d gas: calldata %+d, execution %+d; register_10 - "+
		"register_1k = %+d gas: calldata %+d, execution %+d. Only the calldata may differ: the quantity (100000 "+
		"is 0x0186a0, 1000 0x03e8, 10 0x0a) and the two roots have more or fewer zero bytes, at 4 gas instead of 16. "+
		"Nothing the contract stores or computes depends on the batch's size, nor its gas on the roots' values "+
		"(their parent is hashed without a branch).",
		int64(p100.total)-int64(p1.total), int64(p100.calldata)-int64(p1.calldata), int64(p100.execution)-int64(p1.execution),
		int64(p10.total)-int64(p1.total), int64(p10.calldata)-int64(p1.calldata), int64(p10.execution)-int64(p1.execution))
}

// wrap breaks text into lines of at most width characters, the first starting with prefix and the
// others indented as far.
func wrap(prefix, text string, width int) string {
	var b strings.Builder
	line := prefix
	indent := strings.Repeat(" ", len(prefix))
	for _, word := range strings.Fields(text) {
		if len(line) > len(indent) && len(line)+1+len(word) > width {
			b.WriteString(line + "\n")
			line = indent
		}
		if len(line) > len(indent) {
			line += " "
		}
		line += word
	}
	b.WriteString(line)
	return b.String()
}
