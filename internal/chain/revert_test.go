package chain

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// rpcError is how a node reports a revert: a message and the revert data as hex.
type rpcError struct{ data any }

func (e rpcError) Error() string  { return "execution reverted" }
func (e rpcError) ErrorData() any { return e.data }

func TestRevertDecoding(t *testing.T) {
	a := PedigreeABI()
	notCustodian := append(selector("PedigreeNotCustodian"), mustPack(t, "PedigreeNotCustodian", common.HexToAddress("0x01"), big.NewInt(42))...)
	for _, tc := range []struct {
		name string
		err  error
		want string
	}{
		{"CustomError", rpcError{hexutil.Encode(notCustodian)}, "PedigreeNotCustodian(account: 0x0000000000000000000000000000000000000001, tokenId: 42)"},
		{"ErrorString", rpcError{"0x08c379a0" + strings.Repeat("0", 62) + "20" + strings.Repeat("0", 62) + "02" + "6869" + strings.Repeat("0", 60)}, `Error(hi)`},
		{"NoData", rpcError{"0x"}, "RevertWithoutReason()"},
		{"UnknownSelector", rpcError{"0xdeadbeef"}, "UnknownError0xdeadbeef()"},
		{"MessageOnly", errors.New("execution reverted"), "RevertWithoutReason()"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := asRevert(tc.err, []*abi.ABI{a})
			if got := err.Error(); !strings.HasSuffix(got, tc.want) {
				t.Fatalf("got %q, want suffix %q", got, tc.want)
			}
		})
	}
	t.Run("NetworkErrorStaysIntact", func(t *testing.T) {
		in := fmt.Errorf("dial tcp: connection refused")
		if got := asRevert(in, []*abi.ABI{a}); got != in {
			t.Fatalf("got %v", got)
		}
	})
}

func selector(name string) []byte {
	id := PedigreeABI().Errors[name].ID
	return append([]byte(nil), id[:4]...)
}

func mustPack(t *testing.T, name string, args ...any) []byte {
	t.Helper()
	b, err := PedigreeABI().Errors[name].Inputs.Pack(args...)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// FuzzDecodeRevert feeds arbitrary revert data, as a node could send, to the decoder: it never
// panics and always names something.
func FuzzDecodeRevert(f *testing.F) {
	a := PedigreeABI()
	f.Add([]byte{})
	f.Add(selector("PedigreeNotCustodian"))
	f.Add(append(selector("PedigreeInvalidLot"), make([]byte, 96)...))
	f.Add([]byte{0x08, 0xc3, 0x79, 0xa0, 0xff})
	f.Fuzz(func(t *testing.T, data []byte) {
		r := decodeRevert(data, []*abi.ABI{a})
		if r.Name == "" {
			t.Fatal("no name")
		}
		_ = r.Error()
	})
}

func TestDomainError(t *testing.T) {
	for _, tc := range []struct {
		revert *RevertError
		code   string
		text   string
	}{
		{&RevertError{Name: "PedigreeBatchExists", Args: []any{big.NewInt(7)}}, pedigree.ECONFLICT, "this GTIN and lot are already registered"},
		{&RevertError{Name: "PedigreePackOutOfRange", Args: []any{big.NewInt(7), big.NewInt(3)}, Inputs: PedigreeABI().Errors["PedigreePackOutOfRange"].Inputs},
			pedigree.EINVALID, "pack 4 is not among these packs"}, // index 3: people count from 1
		{&RevertError{Name: "PedigreeNotCustodian", Args: []any{common.HexToAddress("0x01"), big.NewInt(9)}}, pedigree.EFORBIDDEN, "0x0000000000000000000000000000000000000001 does not hold these packs"},
		{&RevertError{Name: "SomethingNew"}, pedigree.ECONFLICT, "the contract refused the transaction"},
	} {
		err := DomainError(fmt.Errorf("ship: %w", tc.revert))
		if pedigree.ErrorCode(err) != tc.code || pedigree.ErrorMessage(err) != tc.text {
			t.Errorf("%s: got %s %q, want %s %q", tc.revert.Name, pedigree.ErrorCode(err), pedigree.ErrorMessage(err), tc.code, tc.text)
		}
		// The contract's name for the error is for programs, never in the sentence.
		var e *pedigree.Error
		if !errors.As(err, &e) || e.Reason != tc.revert.Name || strings.Contains(e.Message, tc.revert.Name) {
			t.Errorf("%s: reason %q in %+v", tc.revert.Name, e.Reason, e)
		}
	}
	// No sentence names a contract's error or a Go type.
	for name, m := range revertMeanings {
		if strings.Contains(m.message, "Pedigree") || strings.Contains(m.message, "ERC721") || strings.Contains(m.message, "token %") {
			t.Errorf("%s: the sentence %q names an internal thing", name, m.message)
		}
	}
	// Every custom error of the contract has a sentence.
	for name := range PedigreeABI().Errors {
		if _, ok := revertMeanings[name]; !ok && strings.HasPrefix(name, "Pedigree") {
			t.Errorf("no sentence for %s", name)
		}
	}
	if err := errors.New("dial tcp: refused"); DomainError(err) != err {
		t.Error("a network error was turned into a domain error")
	}
}
