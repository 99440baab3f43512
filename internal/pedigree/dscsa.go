package pedigree

import "time"

// Transaction data: what the US Drug Supply Chain Security Act (FD&C Act section 581) asks a
// seller to pass with each shipment — the transaction information, the transaction history and
// the transaction statement — built from the chain's custody events alone, so it needs no
// record of its own that could disagree with them.

// TransactionData is a shipment's transaction information, history and statement.
type TransactionData struct {
	Information TransactionInformation   `json:"transaction_information"`
	History     []TransactionInformation `json:"transaction_history"` // every transaction of these packs, the manufacturer's first, this one last
	Statement   TransactionStatement     `json:"transaction_statement"`
}

// TransactionInformation is one change of ownership of the shipment's packs (section
// 581(26)): the product, its lot and expiry, how many packs, when, and who sold and bought.
type TransactionInformation struct {
	Product    string    `json:"product"`
	Strength   string    `json:"strength,omitempty"`
	DosageForm string    `json:"dosage_form,omitempty"`
	GTIN       string    `json:"gtin"`
	Lot        string    `json:"lot"`
	Expiry     Date      `json:"expiry"`
	Packs      int       `json:"packs"`            // the packs of this shipment
	FirstPack  int       `json:"first_pack"`       // their indexes in the batch: [FirstPack, EndPack)
	EndPack    int       `json:"end_pack"`         //
	SSCC       string    `json:"sscc,omitempty"`   // the case or pallet they travel in, when they are one
	Shipped    time.Time `json:"shipment_date"`    // when the seller shipped
	Received   time.Time `json:"transaction_date"` // when the buyer accepted: ownership passed; zero while in transit
	Seller     Party     `json:"seller"`
	Buyer      Party     `json:"buyer"`
	Token      TokenID   `json:"token_id"`
	ShipTx     Hash      `json:"ship_tx"`
	AcceptTx   Hash      `json:"accept_tx,omitzero"`
}

// InTransit reports whether the buyer has yet to accept.
func (t TransactionInformation) InTransit() bool { return t.Received.IsZero() }

// TransactionStatement is the seller's statement (section 581(27)), and the chain facts it
// rests on.
type TransactionStatement struct {
	Seller Party    `json:"seller"`
	Text   []string `json:"text"`
	Basis  []string `json:"basis"`
}

// dscsaStatement is the statement section 581(27)(A) to (G) asks the seller to make.
var dscsaStatement = []string{
	"The seller is authorized as required under the Drug Supply Chain Security Act.",
	"The seller received the product from a person that is authorized as required under the Drug Supply Chain Security Act.",
	"The seller received transaction information and a transaction statement from the prior owner of the product, as required under section 582.",
	"The seller did not knowingly ship a suspect or illegitimate product.",
	"The seller had systems and processes in place to comply with verification requirements under section 582.",
	"The seller did not knowingly provide false transaction information.",
	"The seller did not knowingly alter the transaction history.",
}

// Transactions returns the transaction data of the last shipment of token tp (its custody
// events in chain order, as ProvenanceService.Token gives them); sscc names the case or pallet
// that is exactly its packs, "" when none is. A shipment is a "shipped" event and the next "accepted" of its token; a
// cancelled one is none. ENOTFOUND when the token has never been shipped.
func Transactions(tp TokenProvenance, sscc string) (TransactionData, error) {
	var d TransactionData
	b := tp.Batch
	open := map[TokenID]int{} // a shipped event's place in d.History, until it is accepted or cancelled
	last := -1
	for _, e := range tp.Custody {
		switch e.Kind {
		case "shipped":
			t := TransactionInformation{Product: b.Product.Name, Strength: b.Product.Strength, DosageForm: b.Product.Form,
				GTIN: b.GTIN, Lot: b.Lot, Expiry: b.Expiry, Packs: tp.Token.End - tp.Token.Start, FirstPack: tp.Token.Start, EndPack: tp.Token.End,
				Shipped: e.Time, Token: e.Token, ShipTx: e.TxHash}
			if e.From != nil {
				t.Seller = *e.From
			}
			if e.To != nil {
				t.Buyer = *e.To
			}
			open[e.Token] = len(d.History)
			d.History = append(d.History, t)
		case "accepted", "cancelled":
			i, ok := open[e.Token]
			if !ok {
				continue
			}
			delete(open, e.Token)
			if e.Kind == "cancelled" {
				d.History[i].Token = TokenID{} // dropped below
				continue
			}
			d.History[i].Received, d.History[i].AcceptTx = e.Time, e.TxHash
		}
	}
	kept := d.History[:0]
	for _, t := range d.History {
		if t.Token != (TokenID{}) {
			kept = append(kept, t)
			if t.Token == tp.Token.ID {
				last = len(kept) - 1
			}
		}
	}
	if last < 0 {
		return d, Errorf(ENOTFOUND, "token %s has not been shipped: it has no transaction data", tp.Token.ID)
	}
	d.History = kept[:last+1]
	d.History[last].SSCC = sscc
	d.Information = d.History[last]
	seller := d.Information.Seller
	d.Statement = TransactionStatement{Seller: seller, Text: dscsaStatement, Basis: []string{
		"Only participants a regulator registered on the chain, and not suspended, can ship or accept a token: the contract refuses anyone else.",
		"Each transaction of the history is a shipment and its acceptance on the chain, named by their transaction hashes.",
		"The packs' serials are committed on the chain by the manufacturer (a Merkle root); each pack verifies against it.",
	}}
	return d, nil
}
