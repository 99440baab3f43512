package gs1_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/pedigree-rx/pedigree/internal/gs1"
)

func ExampleParser_Parse() {
	p := gs1.Parser{Now: func() time.Time { return time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC) }}
	for _, in := range []string{
		"https://id.gs1.org/01/09506000134352/10/ABC123/21/12345?17=270630",
		"]d2010950600013435217270630" + "10ABC123\x1d" + "2112345",
		"(01)09506000134352(17)270630(10)ABC123(21)12345",
	} {
		c, err := p.Parse(in)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(c.GTIN, c.Lot, c.Serial, c.Expiry, c.Expiry.LastDay().Format(time.DateOnly))
	}
	// Output:
	// 09506000134352 ABC123 12345 2027-06-30 2027-06-30
	// 09506000134352 ABC123 12345 2027-06-30 2027-06-30
	// 09506000134352 ABC123 12345 2027-06-30 2027-06-30
}

func ExampleError() {
	_, err := gs1.Parse("https://id.gs1.org/01/09506000134353/10/ABC123")
	var e *gs1.Error
	if errors.As(err, &e) {
		fmt.Printf("AI %s: %s\n", e.AI, e.Message)
	}
	fmt.Println(err)
	// Output:
	// AI 01: check digit should be 2, not 3
	// AI 01 (GTIN): check digit should be 2, not 3
}

func ExampleCode_DigitalLink() {
	c := gs1.Code{GTIN: "09506000134352", Lot: "ABC/123", Serial: "12345", Expiry: gs1.Date{Year: 2027, Month: 6}}
	fmt.Println(c.DigitalLink("https://verify.example"))
	fmt.Printf("%q\n", c.ElementString())
	fmt.Println(c.Bracketed())
	// Output:
	// https://verify.example/01/09506000134352/10/ABC%2F123/21/12345?17=270600
	// "01095060001343521727060010ABC/123\x1d2112345"
	// (01)09506000134352(17)270600(10)ABC/123(21)12345
}
