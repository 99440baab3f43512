package chain

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// RevertError is a contract call or transaction that reverted, decoded: the custom error's name
// and its arguments (or "Error" with the reason string, or "Panic" with the panic code).
type RevertError struct {
	Name   string        // e.g. "PedigreeNotCustodian"
	Args   []any         // decoded arguments, in order
	Inputs abi.Arguments // their names and types
	Data   []byte        // the raw revert data
	TxHash common.Hash   // set when a mined transaction reverted
}

// Error formats the revert like Solidity source: PedigreeNotCustodian(account: 0x…, tokenId: 42).
func (e *RevertError) Error() string {
	var b strings.Builder
	b.WriteString("contract reverted: ")
	b.WriteString(e.Name)
	b.WriteByte('(')
	for i, arg := range e.Args {
		if i > 0 {
			b.WriteString(", ")
		}
		if i < len(e.Inputs) && e.Inputs[i].Name != "" {
			b.WriteString(e.Inputs[i].Name)
			b.WriteString(": ")
		}
		switch v := arg.(type) {
		case []byte:
			b.WriteString(hexutil.Encode(v))
		case [32]byte:
			b.WriteString(hexutil.Encode(v[:]))
		default:
			fmt.Fprint(&b, v)
		}
	}
	b.WriteByte(')')
	return b.String()
}

// IsRevert reports whether err is, or wraps, a revert with the custom error called name.
func IsRevert(err error, name string) bool {
	var r *RevertError
	return errors.As(err, &r) && r.Name == name
}

var (
	errorSelector = []byte{0x08, 0xc3, 0x79, 0xa0} // Error(string)
	panicSelector = []byte{0x4e, 0x48, 0x7b, 0x71} // Panic(uint256)
)

// decodeRevert turns revert data into a *RevertError using the errors of abis. Unknown selectors
// are kept as "unknown error 0x…" so nothing is lost.
func decodeRevert(data []byte, abis []*abi.ABI) *RevertError {
	r := &RevertError{Data: data}
	if len(data) < 4 {
		r.Name = "RevertWithoutReason"
		return r
	}
	switch {
	case bytes.Equal(data[:4], errorSelector), bytes.Equal(data[:4], panicSelector):
		reason, err := abi.UnpackRevert(data)
		if err == nil {
			r.Name, r.Args = "Error", []any{reason}
			if bytes.Equal(data[:4], panicSelector) {
				r.Name = "Panic"
			}
			return r
		}
	default:
		var id [4]byte
		copy(id[:], data[:4])
		for _, a := range abis {
			e, err := a.ErrorByID(id)
			if err != nil {
				continue
			}
			args, err := e.Inputs.Unpack(data[4:])
			if err != nil {
				continue
			}
			r.Name, r.Args, r.Inputs = e.Name, args, e.Inputs
			return r
		}
	}
	r.Name = "UnknownError" + hexutil.Encode(data[:4])
	return r
}

// revertData extracts the revert data a node attached to an RPC error, if any.
func revertData(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil, false
	}
	data, decodeErr := hexutil.Decode(s)
	if decodeErr != nil {
		return nil, false
	}
	return data, true
}

// asRevert returns err as a decoded *RevertError when the node says execution reverted, and err
// unchanged otherwise (a network error stays a network error).
func asRevert(err error, abis []*abi.ABI) error {
	if err == nil {
		return nil
	}
	if data, ok := revertData(err); ok {
		return decodeRevert(data, abis)
	}
	if strings.Contains(err.Error(), "execution reverted") {
		return decodeRevert(nil, abis)
	}
	return err
}
