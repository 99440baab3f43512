package gs1_test

import (
	"testing"
)

func BenchmarkParse(b *testing.B) {
	for _, bc := range []struct{ name, in string }{
		{"DigitalLink", "https://id.gs1.org/01/09506000134352/10/ABC123/21/12345?17=270630"},
		{"DigitalLinkGTIN13Encoded", "https://verify.example/p/01/9506000134352/10/ABC%2F123/21/12345?17=270630&714=142199&linkType=gs1:pip"},
		{"ElementString", "]d2010950600013435217270630" + "10ABC123" + gsep + "2112345"},
		{"Bracketed", "(01)09506000134352(17)270630(10)ABC123(21)12345"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := parser.Parse(bc.in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("ErrCheckDigit", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := parser.Parse("https://id.gs1.org/01/09506000134353/10/ABC123"); err == nil {
				b.Fatal("no error")
			}
		}
	})
}

func BenchmarkBuild(b *testing.B) {
	b.Run("DigitalLink", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = example.DigitalLink("https://verify.example")
		}
	})
	b.Run("ElementString", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = example.ElementString()
		}
	})
	b.Run("Bracketed", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = example.Bracketed()
		}
	})
}
