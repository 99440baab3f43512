// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package chain

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// PedigreeBatch is an auto generated low-level Go binding around an user-defined struct.
type PedigreeBatch struct {
	SerialsRoot  [32]byte
	Manufacturer common.Address
	ExpiryDay    uint16
	RecallReason uint8
}

// PedigreeParticipant is an auto generated low-level Go binding around an user-defined struct.
type PedigreeParticipant struct {
	Role      uint8
	Suspended bool
	Number    *big.Int
	Gln       uint64
}

// PedigreeMetaData contains all meta data concerning the Pedigree contract.
var PedigreeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"regulatorGln\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MerkleProofInvalidMultiproof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PedigreeApprovalsDisabled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"name\":\"PedigreeBatchExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"name\":\"PedigreeBatchExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"name\":\"PedigreeBatchRecalled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"expiryDay\",\"type\":\"uint16\"}],\"name\":\"PedigreeInvalidExpiry\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gln\",\"type\":\"uint64\"}],\"name\":\"PedigreeInvalidGLN\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"}],\"name\":\"PedigreeInvalidGTIN\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"lot\",\"type\":\"string\"}],\"name\":\"PedigreeInvalidLot\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PedigreeInvalidPackList\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumPedigree.PackState\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"PedigreeInvalidPackState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"PedigreeInvalidParticipant\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"name\":\"PedigreeInvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"}],\"name\":\"PedigreeInvalidQuantity\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PedigreeInvalidRecallReason\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"PedigreeInvalidReceiver\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PedigreeInvalidRoot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"enumPedigree.PackState\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"PedigreeIrreversibleState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"PedigreeNoShipment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"PedigreeNotCustodian\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"PedigreeNotDecommissioner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"PedigreeNotParticipant\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"PedigreeNotReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"PedigreeNothingToUndo\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"enumPedigree.PackState\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"PedigreePackNotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"PedigreePackOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"PedigreeParticipantExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"PedigreeParticipantSuspended\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumPedigree.Role\",\"name\":\"from\",\"type\":\"uint8\"},{\"internalType\":\"enumPedigree.Role\",\"name\":\"to\",\"type\":\"uint8\"}],\"name\":\"PedigreeRouteNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"PedigreeShipmentPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"newStart\",\"type\":\"uint256\"}],\"name\":\"PedigreeSplitOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"enumPedigree.Role\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"PedigreeUnauthorizedRole\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"changedDay\",\"type\":\"uint16\"}],\"name\":\"PedigreeUndoWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"name\":\"PedigreeUnknownBatch\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"BatchRecalled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"manufacturer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"lot\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"expiryDay\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint24\",\"name\":\"quantity\",\"type\":\"uint24\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"serialsRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"masterDataHash\",\"type\":\"bytes32\"}],\"name\":\"BatchRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"actor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumPedigree.PackState\",\"name\":\"state\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"indexes\",\"type\":\"uint256[]\"}],\"name\":\"PackStatesChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"actor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"indexes\",\"type\":\"uint256[]\"}],\"name\":\"PackStatesReverted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumPedigree.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"gln\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint24\",\"name\":\"number\",\"type\":\"uint24\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ParticipantRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ParticipantReinstated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ParticipantSuspended\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ShipmentCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"ShipmentSent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"newTokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint24\",\"name\":\"start\",\"type\":\"uint24\"},{\"indexed\":false,\"internalType\":\"uint24\",\"name\":\"end\",\"type\":\"uint24\"}],\"name\":\"TokenSplit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"UNDO_WINDOW_DAYS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"accept\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"name\":\"batch\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"serialsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"manufacturer\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"expiryDay\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"recallReason\",\"type\":\"uint8\"}],\"internalType\":\"structPedigree.Batch\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"lot\",\"type\":\"string\"}],\"name\":\"batchIdOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"cancelShipment\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"packState\",\"outputs\":[{\"internalType\":\"enumPedigree.PackState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"day\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"actor\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"participant\",\"outputs\":[{\"components\":[{\"internalType\":\"enumPedigree.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"suspended\",\"type\":\"bool\"},{\"internalType\":\"uint24\",\"name\":\"number\",\"type\":\"uint24\"},{\"internalType\":\"uint64\",\"name\":\"gln\",\"type\":\"uint64\"}],\"internalType\":\"structPedigree.Participant\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint24\",\"name\":\"number\",\"type\":\"uint24\"}],\"name\":\"participantAccount\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"recall\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"lot\",\"type\":\"string\"},{\"internalType\":\"uint16\",\"name\":\"expiryDay\",\"type\":\"uint16\"},{\"internalType\":\"uint24\",\"name\":\"quantity\",\"type\":\"uint24\"},{\"internalType\":\"bytes32\",\"name\":\"serialsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"masterDataHash\",\"type\":\"bytes32\"}],\"name\":\"registerBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"enumPedigree.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"gln\",\"type\":\"uint64\"}],\"name\":\"registerParticipant\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"reinstateParticipant\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"serialHash\",\"type\":\"bytes32\"},{\"internalType\":\"enumPedigree.PackState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"setPackState\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"indexes\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"serialHashes\",\"type\":\"bytes32[]\"},{\"internalType\":\"enumPedigree.PackState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bool[]\",\"name\":\"proofFlags\",\"type\":\"bool[]\"}],\"name\":\"setPackStates\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"ship\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint24\",\"name\":\"newStart\",\"type\":\"uint24\"}],\"name\":\"split\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"newTokenId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"suspendParticipant\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"token\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"internalType\":\"uint24\",\"name\":\"start\",\"type\":\"uint24\"},{\"internalType\":\"uint24\",\"name\":\"end\",\"type\":\"uint24\"},{\"internalType\":\"address\",\"name\":\"pendingTo\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"indexes\",\"type\":\"uint256[]\"}],\"name\":\"undoPackStates\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"serialHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifySerial\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Pedigree",
	Bin: "0x608060405234801561000f575f5ffd5b506040516151af3803806151af83398101604081905261002e916103cf565b6040518060400160405280600e81526020016d0a0cac8d2cee4caca4084c2e8c6d60931b81525060405180604001604052806008815260200167504544494752454560c01b815250815f9081610084919061049f565b506001610091828261049f565b5050506100a733600483336100ad60201b60201c565b5061067f565b6001600160a01b03841615806100d357505f8360048111156100d1576100d161055d565b145b15610101576040516359f7e30160e11b81526001600160a01b03851660048201526024015b60405180910390fd5b6001600160a01b0384165f9081526006602052604081205460ff16600481111561012d5761012d61055d565b1461015657604051630638f14d60e01b81526001600160a01b03851660048201526024016100f8565b610166826509184e72a00061031c565b61018e57604051631c7f0bb760e31b81526001600160401b03831660048201526024016100f8565b600880545f919082906101a59062ffffff16610585565b91906101000a81548162ffffff021916908362ffffff1602179055905060405180608001604052808560048111156101df576101df61055d565b81525f602080830182905262ffffff85166040808501919091526001600160401b0388166060909401939093526001600160a01b0389168252600690522081518154829060ff1916600183600481111561023b5761023b61055d565b0217905550602082810151825460408086015160609096015164ffffffff00199092166101009315159390930264ffffff00001916929092176201000062ffffff9687160217600160281b600160681b031916650100000000006001600160401b0390921691909102179092559183165f90815260079092529081902080546001600160a01b0319166001600160a01b03888116918217909255915190841691907f826dca01469b02df85d181ae89b1ba101d994f8d9c62e5c97462b2eb16a81c729061030d908890889087906105a7565b60405180910390a35050505050565b5f6001600160401b03831615806103455750816001600160401b0316836001600160401b031610155b1561035157505f6103c9565b5f61035d600a856105fd565b6001600160401b031690505f5b811561038e57600a820660030201600a82049150600a820601600a8204915061036a565b610399600a8661062b565b6001600160401b0316600a6103ae8184610659565b6103b990600a61066c565b6103c39190610659565b14925050505b92915050565b5f602082840312156103df575f5ffd5b81516001600160401b03811681146103f5575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061042457607f821691505b60208210810361044257634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561049a578282111561049a57805f5260205f20601f840160051c602085101561047357505f5b90810190601f840160051c035f5b81811015610496575f83820155600101610481565b5050505b505050565b81516001600160401b038111156104b8576104b86103fc565b6104cc816104c68454610410565b84610448565b6020601f8211600181146104fe575f83156104e75750848201515b5f19600385901b1c1916600184901b178455610556565b5f84815260208120601f198516915b8281101561052d578785015182556020948501946001909201910161050d565b508482101561054a57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b634e487b7160e01b5f52602160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f62ffffff821662ffffff810361059e5761059e610571565b60010192915050565b60608101600585106105c757634e487b7160e01b5f52602160045260245ffd5b9381526001600160401b0392909216602083015262ffffff1660409091015290565b634e487b7160e01b5f52601260045260245ffd5b5f6001600160401b03831680610615576106156105e9565b6001600160401b03929092169190910492915050565b5f6001600160401b03831680610643576106436105e9565b6001600160401b03929092169190910692915050565b5f82610667576106676105e9565b500690565b818103818111156103c9576103c9610571565b614b238061068c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610200575f3560e01c8063463c4331116101235780639f0d6d0f116100b8578063ccfd1b2211610088578063e985e9c51161006e578063e985e9c5146104ff578063ef0be0391461053a578063fe4447d21461054d575f5ffd5b8063ccfd1b22146104d9578063e8a54242146104ec575f5ffd5b80639f0d6d0f1461048d578063a22cb465146104a0578063b88d4fde146104b3578063c87b56dd146104c6575f5ffd5b80637faa7bc7116100f35780637faa7bc71461045757806388b09b411461046a5780638ad2499c1461047257806395d89b4114610485575f5ffd5b8063463c43311461040b5780636352211e1461041e5780636526746c1461043157806370a0823114610444575f5ffd5b80630fd04619116101995780632605b3c7116101695780632605b3c7146103b25780633d240cd9146103d25780633ddab058146103e557806342842e0e146103f8575f5ffd5b80630fd04619146103585780631885ae491461037957806319b05f491461038c57806323b872dd1461039f575f5ffd5b806306fdde03116101d457806306fdde03146102af578063081812fc146102c4578063095ea7b3146102ef5780630eaa75fe14610302575f5ffd5b8062399e031461020457806301ffc9a71461022f578063044215c6146102525780630482e8031461029a575b5f5ffd5b610217610212366004613e1c565b61057a565b60405161022693929190613e7d565b60405180910390f35b61024261023d366004613edc565b61060a565b6040519015158152602001610226565b610265610260366004613ef7565b6106ee565b604051610226949392919093845262ffffff9283166020850152911660408301526001600160a01b0316606082015260800190565b6102ad6102a8366004613f0e565b61073b565b005b6102b76109e5565b6040516102269190613f8d565b6102d76102d2366004613ef7565b610a74565b6040516001600160a01b039091168152602001610226565b6102ad6102fd366004613fb5565b610a9b565b610315610310366004613ef7565b610aaa565b6040516102269190815181526020808301516001600160a01b03169082015260408083015161ffff169082015260609182015160ff169181019190915260800190565b61036b610366366004613fef565b610c2f565b604051908152602001610226565b61036b610387366004614075565b610f18565b6102ad61039a366004613ef7565b610f50565b6102ad6103ad3660046140c4565b610f5b565b6103c56103c03660046140fe565b611016565b6040516102269190614127565b6102ad6103e036600461416e565b6110c6565b6102ad6103f33660046140fe565b6110e9565b6102ad6104063660046140c4565b611226565b6102ad6104193660046141f4565b611240565b6102d761042c366004613ef7565b6115af565b61024261043f36600461422f565b6115b9565b61036b6104523660046140fe565b611602565b6102ad610465366004613ef7565b611660565b61036b600a81565b6102ad610480366004614299565b6117de565b6102b7611926565b6102ad61049b366004614384565b611935565b6102ad6104ae3660046143b4565b611aa0565b6102ad6104c1366004614409565b611aab565b6102b76104d4366004613ef7565b611ac3565b6102ad6104e7366004614523565b611b33565b61036b6104fa36600461458f565b611dd3565b61024261050d36600461461a565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b6102ad6105483660046140fe565b6121e8565b6102d761055b366004614642565b62ffffff165f908152600760205260409020546001600160a01b031690565b5f808080610592600168010000000000000000614688565b6105a060406003881661469b565b5f888152600b6020908152604080832060028b901c8452909152902054901c16905060ff811660088111156105d7576105d7613e3c565b601882901c62ffffff165f90815260076020526040902054909760089290921c96506001600160a01b0316945092505050565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f80ac58cd00000000000000000000000000000000000000000000000000000000148061069c57507fffffffff0000000000000000000000000000000000000000000000000000000082167f5b5e139f00000000000000000000000000000000000000000000000000000000145b806106e857507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f5f5f5f5f5f6106fd876122b4565b506060820151608083015160a09093015162ffffff165f90815260076020526040902054919a9099509197506001600160a01b031695509350505050565b5f610744612538565b5f84815260096020908152604091829020825160c08101845290546001600160a01b03811680835261ffff740100000000000000000000000000000000000000008304169383019390935260ff7601000000000000000000000000000000000000000000008204169382019390935262ffffff770100000000000000000000000000000000000000000000008404811660608301527a0100000000000000000000000000000000000000000000000000008404811660808301527d01000000000000000000000000000000000000000000000000000000000090930490921660a08301529192509061086a576040517fba7467f3000000000000000000000000000000000000000000000000000000008152600481018590526024015b60405180910390fd5b60048251600481111561087f5761087f613e3c565b14158015610897575080516001600160a01b03163314155b156108d25781516040517f22b726300000000000000000000000000000000000000000000000000000000081526108619133916004016146b2565b8260ff165f0361090e576040517f5a873b6a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b604081015160ff1615610950576040517f364563ab00000000000000000000000000000000000000000000000000000000815260048101859052602401610861565b5f8481526009602090815260409182902080547fffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffff1676010000000000000000000000000000000000000000000060ff8816908102919091179091559151918252339186917f7daf39b67dcb66a1dbde107a0c90b9ecef53fabd9f8acd701a2980f02ff26f60910160405180910390a350505050565b60605f80546109f3906146cf565b80601f0160208091040260200160405190810160405280929190818152602001828054610a1f906146cf565b8015610a6a5780601f10610a4157610100808354040283529160200191610a6a565b820191905f5260205f20905b815481529060010190602001808311610a4d57829003601f168201915b5050505050905090565b5f610a7e82612569565b505f828152600460205260409020546001600160a01b03166106e8565b610aa68282336125ba565b5050565b604080516080810182525f8082526020820181905291810182905260608101919091525f82815260096020908152604091829020825160c08101845290546001600160a01b03811680835261ffff740100000000000000000000000000000000000000008304169383019390935260ff7601000000000000000000000000000000000000000000008204169382019390935262ffffff770100000000000000000000000000000000000000000000008404811660608301527a0100000000000000000000000000000000000000000000000000008404811660808301527d01000000000000000000000000000000000000000000000000000000000090930490921660a0830152610bea576040517fba7467f300000000000000000000000000000000000000000000000000000000815260048101849052602401610861565b604080516080810182525f948552600a60209081529482902054815282516001600160a01b0316858201529382015161ffff1684820152015160ff1660608301525090565b5f610c38612538565b505f5f610c44856125c7565b5091509150816060015162ffffff168462ffffff16111580610c745750816080015162ffffff168462ffffff1610155b15610cb9576040517fc29b8ee20000000000000000000000000000000000000000000000000000000081526004810186905262ffffff85166024820152604401610861565b6040805160c0810182525f808252602080830182815283850183815262ffffff8a81166060870181815260808b810151841690890190815260a089018881528b8418808a5260099098528a892099518a54975196519351925191516001600160a01b039091167fffffffffffffffffffff00000000000000000000000000000000000000000000909816979097177401000000000000000000000000000000000000000061ffff90971696909602959095177fffffffffffff00000000ffffffffffffffffffffffffffffffffffffffffffff1676010000000000000000000000000000000000000000000060ff909316929092027fffffffffffff000000ffffffffffffffffffffffffffffffffffffffffffffff169190911777010000000000000000000000000000000000000000000000918416919091021779ffffffffffffffffffffffffffffffffffffffffffffffffffff167a01000000000000000000000000000000000000000000000000000093831684027cffffffffffffffffffffffffffffffffffffffffffffffffffffffffff16177d0100000000000000000000000000000000000000000000000000000000009490921693909302179094558983529390912080547fffffff000000ffffffffffffffffffffffffffffffffffffffffffffffffffff1692909302919091179091559250610ebf338461272d565b8083867ff2a77ed18692b84fac9ae3d03724b31aa42e2536bec021952f597bab78d85541878660800151604051610f0892919062ffffff92831681529116602082015260400190565b60405180910390a4505092915050565b5f838383604051602001610f2e93929190614767565b604051602081830303815290604052805190602001205f1c90505b9392505050565b610aa63382336127c0565b6001600160a01b038216610f9d576040517f64a0ae920000000000000000000000000000000000000000000000000000000081525f6004820152602401610861565b5f610fa98383336127c0565b9050836001600160a01b0316816001600160a01b031614611010576040517f64283d7b0000000000000000000000000000000000000000000000000000000081526001600160a01b0380861660048301526024820184905282166044820152606401610861565b50505050565b604080516080810182525f8082526020820181905291810182905260608101919091526001600160a01b0382165f90815260066020526040908190208151608081019092528054829060ff16600481111561107357611073613e3c565b600481111561108457611084613e3c565b81529054610100810460ff161515602083015262010000810462ffffff16604083015265010000000000900467ffffffffffffffff1660609091015292915050565b6110d86110d1612538565b60046129e0565b6110e483838333612a40565b505050565b6110f46110d1612538565b6001600160a01b0381165f90815260066020526040812090815460ff16600481111561112257611122613e3c565b03611164576040517f8e2ae14b0000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610861565b8054610100900460ff168061118157506001600160a01b03821633145b156111c3576040517fb3efc6020000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610861565b80547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff1661010017815560405133906001600160a01b038416907f1c64ca3c55d257d5d88ad3a92c10b783035ebd2344424167794cb5e4f863f94e905f90a35050565b6110e483838360405180602001604052805f815250611aab565b5f611249612538565b90505f5f5f611257876125c7565b9250925092505f611266612d77565b9050816020015161ffff168111156112ad576040517fe54a780700000000000000000000000000000000000000000000000000000000815260048101849052602401610861565b5f8690036112e7576040517f45ce6bce00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f838152600b60205260408120905b8781101561155f575f8989838181106113115761131161478a565b905060200201359050866060015162ffffff1681108061133a5750866080015162ffffff168110155b1561137b576040517f9159b58c000000000000000000000000000000000000000000000000000000008152600481018c905260248101829052604401610861565b5f61138a60406003841661469b565b600283901c5f908152602086905260408120549192506113b4600168010000000000000000614688565b82841c1690505f60ff821660088111156113d0576113d0613e3c565b9050600882901c5f8260088111156113ea576113ea613e3c565b03611424576040517fd116c74b00000000000000000000000000000000000000000000000000000000815260048101879052602401610861565b600282600881111561143857611438613e3c565b036114735785826040517f929e5ce50000000000000000000000000000000000000000000000000000000081526004016108619291906147b7565b8c6040015162ffffff16601884901c62ffffff16146114c7576040517fc3e52af400000000000000000000000000000000000000000000000000000000815233600482015260248101879052604401610861565b6114d6600a61ffff83166147cb565b89111561151c576040517fc4dcfeb50000000000000000000000000000000000000000000000000000000081526004810187905261ffff82166024820152604401610861565b84611531600168010000000000000000614688565b901b198416885f600289901c81526020019081526020015f20819055505050505050508060010190506112f6565b50336001600160a01b0316847f755b613877095d012f280f8261632f8970f66ba5ce6800f4989ed14ae22b29f78a8a60405161159c929190614827565b60405180910390a3505050505050505050565b5f6106e882612569565b5f858152600a602052604081205480158015906115f557506115f58484836115f08a8a5f9182526020908152604082208252902090565b612d85565b9150505b95945050505050565b5f6001600160a01b038216611645576040517f89c62b640000000000000000000000000000000000000000000000000000000081525f6004820152602401610861565b506001600160a01b03165f9081526003602052604090205490565b5f611669612538565b90505f5f5f611677856122b4565b925092509250806040015160ff165f146116c0576040517f364563ab00000000000000000000000000000000000000000000000000000000815260048101839052602401610861565b8260a0015162ffffff165f03611705576040517f98782c4a00000000000000000000000000000000000000000000000000000000815260048101869052602401610861565b836040015162ffffff168360a0015162ffffff161415801561173d57505f858152600260205260409020546001600160a01b03163314155b1561177d576040517f071cbbae00000000000000000000000000000000000000000000000000000000815233600482015260248101869052604401610861565b5f8581526009602052604080822080547cffffffffffffffffffffffffffffffffffffffffffffffffffffffffff16905551339187917fd8aa95458d124cbb2f87090b45a5c889f149cbf1ad06d0ea5b75ce461b0e4e679190a35050505050565b5f6117f4866117eb612538565b60400151612d9c565b90505f86600881111561180957611809613e3c565b0361184257856040517f0e9b3127000000000000000000000000000000000000000000000000000000008152600401610861919061483a565b5f61184f8c8c8c8b612dd1565b90505f61185e8c8c8c8c612f2d565b905061187f87878787600a5f8881526020019081526020015f205486613075565b6118b8576040517f1841a42300000000000000000000000000000000000000000000000000000000815260048101839052602401610861565b5f828152600b602052604090206118d1908d8d86613090565b336001600160a01b0316827f322751bf5c65278c37592b115e84a9a89380bd8ce21281854f5f23bef91f468f8a8f8f60405161190f93929190614848565b60405180910390a350505050505050505050505050565b6060600180546109f3906146cf565b5f61193e612538565b90505f61194a846125c7565b925050336001600160a01b03851603905061199c576040517f25f31eaa0000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610861565b5f6119a6846131b9565b8351815184519293506119c6926001600160a01b03888116911614613307565b611a0257825181516040517f42c49435000000000000000000000000000000000000000000000000000000008152610861929190600401614868565b6040808201515f8781526009602052828120805462ffffff9093167d010000000000000000000000000000000000000000000000000000000000027cffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9093169290921790915590516001600160a01b03861691339188917ffe7bbec77fa4bfb1991d6f48ea9ffb6874d380000ba7b924d9ffd413fe24e0c591a45050505050565b610aa63383836133dc565b611ab6848484610f5b565b611010338585858561340e565b6060611ace82612569565b505f611ae460408051602081019091525f815290565b90505f815111611b025760405180602001604052805f815250610f49565b80611b0c846135d0565b604051602001611b1d92919061489a565b6040516020818303038152906040529392505050565b5f611b3c612538565b90505f5f611b49896125c7565b5091509150816060015162ffffff16881080611b6e5750816080015162ffffff168810155b15611baf576040517f9159b58c000000000000000000000000000000000000000000000000000000008152600481018a905260248101899052604401610861565b5f818152600a60209081526040808320548b84528a835290832083529120611bdb918791879190612d85565b611c14576040517f1841a42300000000000000000000000000000000000000000000000000000000815260048101829052602401610861565b5f866008811115611c2757611c27613e3c565b03611c6057856040517f0e9b3127000000000000000000000000000000000000000000000000000000008152600401610861919061483a565b5f611c6f604060038b1661469b565b5f838152600b6020908152604080832060028e901c845290915281205491925060ff82841c166008811115611ca657611ca6613e3c565b90505f816008811115611cbb57611cbb613e3c565b14611cf6578a816040517f2889c7fd0000000000000000000000000000000000000000000000000000000081526004016108619291906147b7565b82611d058a8860400151612d9c565b901b8217600b5f8681526020019081526020015f205f60028e901c81526020019081526020015f20819055505f600167ffffffffffffffff811115611d4c57611d4c6143dc565b604051908082528060200260200182016040528015611d75578160200160208202803683370190505b5090508b815f81518110611d8b57611d8b61478a565b602002602001018181525050336001600160a01b0316857f322751bf5c65278c37592b115e84a9a89380bd8ce21281854f5f23bef91f468f8c8460405161190f9291906148ae565b5f611de6611ddf612538565b60016129e0565b611df688655af3107a400061368c565b611e38576040517f89152de900000000000000000000000000000000000000000000000000000000815267ffffffffffffffff89166004820152602401610861565b611e428787613738565b611e7c5786866040517f5b11272a000000000000000000000000000000000000000000000000000000008152600401610861929190614902565b611e84612d77565b8561ffff161015611ec7576040517fd058c76d00000000000000000000000000000000000000000000000000000000815261ffff86166004820152602401610861565b8362ffffff165f03611f0c576040517f91dcad9e00000000000000000000000000000000000000000000000000000000815262ffffff85166004820152602401610861565b82611f43576040517f336715bd00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611f4e888888610f18565b5f818152600960205260409020549091507a010000000000000000000000000000000000000000000000000000900462ffffff1615611fbc576040517fce617c5100000000000000000000000000000000000000000000000000000000815260048101829052602401610861565b6040805160c0810182523380825261ffff80891660208085019182525f8587018181526060870182815262ffffff8d811660808a0190815260a08a018581528c8652600987528b86209a518b549851955194519251915184167d010000000000000000000000000000000000000000000000000000000000027cffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9285167a010000000000000000000000000000000000000000000000000000029290921679ffffffffffffffffffffffffffffffffffffffffffffffffffff9390941677010000000000000000000000000000000000000000000000027fffffffffffff000000ffffffffffffffffffffffffffffffffffffffffffffff60ff9690961676010000000000000000000000000000000000000000000002959095167fffffffffffff00000000ffffffffffffffffffffffffffffffffffffffffffff96909a1674010000000000000000000000000000000000000000027fffffffffffffffffffff000000000000000000000000000000000000000000009099166001600160a01b03919091161797909717939093169690961717169390931791909117909355600a90925291902084905561218f908261272d565b336001600160a01b0316817f771a7a48e7c94975e99159985b50ecd621878f7ad6dc3809c46d50f14bd34b148a8a8a8a8a8a8a6040516121d59796959493929190614915565b60405180910390a3979650505050505050565b6121f36110d1612538565b6001600160a01b0381165f9081526006602052604090208054610100900460ff16612255576040517fb3efc6020000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610861565b80547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff16815560405133906001600160a01b038416907fc034705d6ac5285b0bba58ac4bd276fef187bc8f82fc9a175d397da559daee96905f90a35050565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091526040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a081018290525f848152600960209081526040808320815160c08101835290546001600160a01b038116825261ffff740100000000000000000000000000000000000000008204169382019390935260ff7601000000000000000000000000000000000000000000008404169181019190915262ffffff770100000000000000000000000000000000000000000000008304811660608301527a01000000000000000000000000000000000000000000000000000083048116608083018190527d0100000000000000000000000000000000000000000000000000000000009093041660a082015294509003612434576040517f7e27328900000000000000000000000000000000000000000000000000000000815260048101859052602401610861565b606083015162ffffff1684811892501561252e575f82815260096020908152604091829020825160c08101845290546001600160a01b038116825261ffff740100000000000000000000000000000000000000008204169282019290925260ff7601000000000000000000000000000000000000000000008304169281019290925262ffffff770100000000000000000000000000000000000000000000008204811660608401527a0100000000000000000000000000000000000000000000000000008204811660808401527d0100000000000000000000000000000000000000000000000000000000009091041660a0820152612530565b825b929491935050565b604080516080810182525f808252602082018190529181018290526060810191909152612564336131b9565b905090565b5f818152600260205260408120546001600160a01b0316806106e8576040517f7e27328900000000000000000000000000000000000000000000000000000000815260048101849052602401610861565b6110e483838360016137be565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091526040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101829052612631846122b4565b9194509250905033612657855f908152600260205260409020546001600160a01b031690565b6001600160a01b0316146126a0576040517fe77d1fa200000000000000000000000000000000000000000000000000000000815233600482015260248101859052604401610861565b604081015160ff16156126e2576040517f364563ab00000000000000000000000000000000000000000000000000000000815260048101839052602401610861565b60a083015162ffffff1615612726576040517f85fd2ab200000000000000000000000000000000000000000000000000000000815260048101859052602401610861565b9193909250565b6001600160a01b03821661276f576040517f64a0ae920000000000000000000000000000000000000000000000000000000081525f6004820152602401610861565b5f61277b83835f6127c0565b90506001600160a01b038116156110e4576040517f73c6ac6e0000000000000000000000000000000000000000000000000000000081525f6004820152602401610861565b5f828152600260205260408120546001600160a01b0316612824576001600160a01b0382161561281f576040517f7e27328900000000000000000000000000000000000000000000000000000000815260048101849052602401610861565b6129cd565b6001600160a01b038416158061284c5750836001600160a01b0316826001600160a01b031614155b15612895576040517f071cbbae0000000000000000000000000000000000000000000000000000000081526001600160a01b038316600482015260248101849052604401610861565b5f61289f856131b9565b90505f5f5f6128ad876122b4565b925092509250806040015160ff165f146128f6576040517f364563ab00000000000000000000000000000000000000000000000000000000815260048101839052602401610861565b8260a0015162ffffff165f0361293b576040517f98782c4a00000000000000000000000000000000000000000000000000000000815260048101889052602401610861565b836040015162ffffff168360a0015162ffffff1614612998576040517f071cbbae0000000000000000000000000000000000000000000000000000000081526001600160a01b038716600482015260248101889052604401610861565b5050505f84815260096020526040902080547cffffffffffffffffffffffffffffffffffffffffffffffffffffffffff169055505b6129d884845f613809565b949350505050565b8060048111156129f2576129f2613e3c565b82516004811115612a0557612a05613e3c565b14610aa65781516040517f22b726300000000000000000000000000000000000000000000000000000000081526108619133916004016146b2565b6001600160a01b0384161580612a6657505f836004811115612a6457612a64613e3c565b145b15612aa8576040517fb3efc6020000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610861565b6001600160a01b0384165f9081526006602052604081205460ff166004811115612ad457612ad4613e3c565b14612b16576040517f0638f14d0000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610861565b612b26826509184e72a00061368c565b612b68576040517fe3f85db800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff83166004820152602401610861565b600880545f91908290612b7f9062ffffff16614967565b91906101000a81548162ffffff021916908362ffffff160217905590506040518060800160405280856004811115612bb957612bb9613e3c565b81525f602080830182905262ffffff851660408085019190915267ffffffffffffffff88166060909401939093526001600160a01b038916825260069052208151815482907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001836004811115612c3457612c34613e3c565b021790555060208281015182546040808601516060909601517fffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000ff909216610100931515939093027fffffffffffffffffffffffffffffffffffffffffffffffffffffff000000ffff16929092176201000062ffffff96871602177fffffffffffffffffffffffffffffffffffffff0000000000000000ffffffffff166501000000000067ffffffffffffffff90921691909102179092559183165f90815260079092529081902080547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b03888116918217909255915190841691907f826dca01469b02df85d181ae89b1ba101d994f8d9c62e5c97462b2eb16a81c7290612d6890889088908790614989565b60405180910390a35050505050565b5f61256462015180426149e7565b5f82612d92868685613932565b1495945050505050565b5f60188262ffffff16901b6008612db1612d77565b901b846008811115612dc557612dc5613e3c565b60ff1617179392505050565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101829052612e0a866125c7565b509250905083801580612e1d5750838114155b15612e54576040517f45ce6bce00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b816060015162ffffff1686865f818110612e7057612e7061478a565b905060200201351015612ed4578686865f818110612e9057612e9061478a565b905060200201356040517f9159b58c000000000000000000000000000000000000000000000000000000008152600401610861929190918252602082015260400190565b608082015162ffffff168686612eeb600185614688565b818110612efa57612efa61478a565b9050602002013510612f2357868686612f14600185614688565b818110612e9057612e9061478a565b5050949350505050565b60608367ffffffffffffffff811115612f4857612f486143dc565b604051908082528060200260200182016040528015612f71578160200160208202803683370190505b5090505f5b8481101561306c575f81118015612fc757508585612f95600184614688565b818110612fa457612fa461478a565b90506020020135868683818110612fbd57612fbd61478a565b9050602002013511155b15612ffe576040517f45ce6bce00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6130478686838181106130135761301361478a565b9050602002013585858481811061302c5761302c61478a565b905060200201355f9182526020908152604082208252902090565b8282815181106130595761305961478a565b6020908102919091010152600101612f76565b50949350505050565b5f82613084888888888761396a565b14979650505050505050565b5f600284845f8181106130a5576130a561478a565b6020908102929092013590921c5f81815291889052604082205490935091505b848110156131a1575f8686838181106130e0576130e061478a565b90506020020135905083600282901c14613116575f9384526020889052604080852093909355600281901c808552929093205491925b5f61312560406003841661469b565b90505f60ff85831c16600881111561313f5761313f613e3c565b90505f81600881111561315457613154613e3c565b1461318f5782816040517f2889c7fd0000000000000000000000000000000000000000000000000000000081526004016108619291906147b7565b5085901b9290921791506001016130c5565b505f9182526020959095526040902093909355505050565b604080516080810182525f8082526020820181905291810182905260608101919091526001600160a01b0382165f90815260066020526040908190208151608081019092528054829060ff16600481111561321657613216613e3c565b600481111561322757613227613e3c565b81529054610100810460ff161515602083015262010000810462ffffff16604083015265010000000000900467ffffffffffffffff1660609091015290505f8151600481111561327957613279613e3c565b036132bb576040517f8e2ae14b0000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610861565b806020015115613302576040517ff67ee9540000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610861565b919050565b5f600383600481111561331c5761331c613e3c565b0361335a57600184600481111561333557613335613e3c565b1480613353575060025b84600481111561335157613351613e3c565b145b9050610f49565b600283600481111561336e5761336e613e3c565b0361339057600484600481111561338757613387613e3c565b14159050610f49565b60018360048111156133a4576133a4613e3c565b036133d357818015613353575060028460048111156133c5576133c5613e3c565b14806133535750600361333f565b505f9392505050565b6040517f3fb6543500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0383163b156135c9576040517f150b7a020000000000000000000000000000000000000000000000000000000081526001600160a01b0384169063150b7a02906134699088908890879087906004016149fa565b6020604051808303815f875af19250505080156134c1575060408051601f3d9081017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01682019092526134be91810190614a3a565b60015b613541573d8080156134ee576040519150601f19603f3d011682016040523d82523d5f602084013e6134f3565b606091505b5080515f03613539576040517f64a0ae920000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610861565b805160208201fd5b7fffffffff0000000000000000000000000000000000000000000000000000000081167f150b7a0200000000000000000000000000000000000000000000000000000000146135c7576040517f64a0ae920000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610861565b505b5050505050565b60605f6135dc83613bfc565b60010190505f8167ffffffffffffffff8111156135fb576135fb6143dc565b6040519080825280601f01601f191660200182016040528015613625576020820181803683370190505b5090508181016020015b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff017f3031323334353637383961626364656600000000000000000000000000000000600a86061a8153600a850494508461362f57509392505050565b5f67ffffffffffffffff831615806136b857508167ffffffffffffffff168367ffffffffffffffff1610155b156136c457505f6106e8565b5f6136d0600a85614a55565b67ffffffffffffffff1690505f5b811561370257600a820660030201600a82049150600a820601600a820491506136de565b61370d600a86614a84565b67ffffffffffffffff16600a6137238184614ab3565b61372e90600a614688565b612d929190614ab3565b5f82828015806137485750601481115b15613757575f925050506106e8565b5f5b818110156137b2578282828181106137735761377361478a565b9050013560f81c60f81b60f81c60ff166f07fffffe87fffffeffffffe600000000901c6001165f036137aa575f93505050506106e8565b600101613759565b50600195945050505050565b6001600160a01b0384161515806137d25750805b15611010576040517f3fb6543500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f828152600260205260408120546001600160a01b039081169083161561383557613835818486613cdd565b6001600160a01b0381161561388e576138505f855f5f6137be565b6001600160a01b0381165f90815260036020526040902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0190555b6001600160a01b038516156138bc576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b5f81815b8481101561306c57613960828787848181106139545761395461478a565b90506020020135613d73565b9150600101613936565b80515f908361397a8160016147cb565b61398488846147cb565b146139bb576040517f3514049200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8015613bb1575f8167ffffffffffffffff8111156139db576139db6143dc565b604051908082528060200260200182016040528015613a04578160200160208202803683370190505b5090505f8080805b85811015613b4d575f878510613a46578584613a2781614ac6565b955081518110613a3957613a3961478a565b6020026020010151613a6c565b8985613a5181614ac6565b965081518110613a6357613a6361478a565b60200260200101515b90505f8c8c84818110613a8157613a8161478a565b9050602002016020810190613a969190614afd565b613ac3578e8e85613aa681614ac6565b9650818110613ab757613ab761478a565b90506020020135613b1a565b888610613af4578685613ad581614ac6565b965081518110613ae757613ae761478a565b6020026020010151613b1a565b8a86613aff81614ac6565b975081518110613b1157613b1161478a565b60200260200101515b9050613b268282613d73565b878481518110613b3857613b3861478a565b60209081029190910101525050600101613a0c565b50808b14613b87576040517f3514049200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b836001860381518110613b9c57613b9c61478a565b602002602001015196505050505050506115f9565b8115613bda57835f81518110613bc957613bc961478a565b6020026020010151925050506115f9565b87875f818110613bec57613bec61478a565b90506020020135925050506115f9565b5f807a184f03e93ff9f4daa797ed6e38ed64bf6a1f0100000000000000008310613c44577a184f03e93ff9f4daa797ed6e38ed64bf6a1f010000000000000000830492506040015b6d04ee2d6d415b85acef81000000008310613c70576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc100008310613c8e57662386f26fc10000830492506010015b6305f5e1008310613ca6576305f5e100830492506008015b6127108310613cba57612710830492506004015b60648310613ccc576064830492506002015b600a83106106e85760010192915050565b613ce8838383613d9c565b6110e4576001600160a01b038316613d2f576040517f7e27328900000000000000000000000000000000000000000000000000000000815260048101829052602401610861565b6040517f177e802f0000000000000000000000000000000000000000000000000000000081526001600160a01b038316600482015260248101829052604401610861565b5f818310613d8d575f828152602084905260409020610f49565b505f9182526020526040902090565b5f6001600160a01b038316158015906129d85750826001600160a01b0316846001600160a01b03161480613df457506001600160a01b038085165f9081526005602090815260408083209387168352929052205460ff165b806129d85750505f908152600460205260409020546001600160a01b03908116911614919050565b5f5f60408385031215613e2d575f5ffd5b50508035926020909101359150565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60098110613e7957613e79613e3c565b9052565b60608101613e8b8286613e69565b61ffff841660208301526001600160a01b0383166040830152949350505050565b7fffffffff0000000000000000000000000000000000000000000000000000000081168114613ed9575f5ffd5b50565b5f60208284031215613eec575f5ffd5b8135610f4981613eac565b5f60208284031215613f07575f5ffd5b5035919050565b5f5f60408385031215613f1f575f5ffd5b82359150602083013560ff81168114613f36575f5ffd5b809150509250929050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b602081525f610f496020830184613f41565b80356001600160a01b0381168114613302575f5ffd5b5f5f60408385031215613fc6575f5ffd5b613fcf83613f9f565b946020939093013593505050565b803562ffffff81168114613302575f5ffd5b5f5f60408385031215614000575f5ffd5b8235915061401060208401613fdd565b90509250929050565b803567ffffffffffffffff81168114613302575f5ffd5b5f5f83601f840112614040575f5ffd5b50813567ffffffffffffffff811115614057575f5ffd5b60208301915083602082850101111561406e575f5ffd5b9250929050565b5f5f5f60408486031215614087575f5ffd5b61409084614019565b9250602084013567ffffffffffffffff8111156140ab575f5ffd5b6140b786828701614030565b9497909650939450505050565b5f5f5f606084860312156140d6575f5ffd5b6140df84613f9f565b92506140ed60208501613f9f565b929592945050506040919091013590565b5f6020828403121561410e575f5ffd5b610f4982613f9f565b60058110613e7957613e79613e3c565b5f608082019050614139828451614117565b60208301511515602083015262ffffff604084015116604083015267ffffffffffffffff606084015116606083015292915050565b5f5f5f60608486031215614180575f5ffd5b61418984613f9f565b925060208401356005811061419c575f5ffd5b91506141aa60408501614019565b90509250925092565b5f5f83601f8401126141c3575f5ffd5b50813567ffffffffffffffff8111156141da575f5ffd5b6020830191508360208260051b850101111561406e575f5ffd5b5f5f5f60408486031215614206575f5ffd5b83359250602084013567ffffffffffffffff811115614223575f5ffd5b6140b7868287016141b3565b5f5f5f5f5f60808688031215614243575f5ffd5b853594506020860135935060408601359250606086013567ffffffffffffffff81111561426e575f5ffd5b61427a888289016141b3565b969995985093965092949392505050565b803560098110613302575f5ffd5b5f5f5f5f5f5f5f5f5f5f60c08b8d0312156142b2575f5ffd5b8a35995060208b013567ffffffffffffffff8111156142cf575f5ffd5b6142db8d828e016141b3565b909a5098505060408b013567ffffffffffffffff8111156142fa575f5ffd5b6143068d828e016141b3565b9098509650614319905060608c0161428b565b945060808b013567ffffffffffffffff811115614334575f5ffd5b6143408d828e016141b3565b90955093505060a08b013567ffffffffffffffff81111561435f575f5ffd5b61436b8d828e016141b3565b915080935050809150509295989b9194979a5092959850565b5f5f60408385031215614395575f5ffd5b8235915061401060208401613f9f565b80358015158114613302575f5ffd5b5f5f604083850312156143c5575f5ffd5b6143ce83613f9f565b9150614010602084016143a5565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f5f5f5f6080858703121561441c575f5ffd5b61442585613f9f565b935061443360208601613f9f565b925060408501359150606085013567ffffffffffffffff811115614455575f5ffd5b8501601f81018713614465575f5ffd5b803567ffffffffffffffff81111561447f5761447f6143dc565b6040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0603f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f8501160116810181811067ffffffffffffffff821117156144eb576144eb6143dc565b604052818152828201602001891015614502575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f5f5f5f5f60a08789031215614538575f5ffd5b8635955060208701359450604087013593506145566060880161428b565b9250608087013567ffffffffffffffff811115614571575f5ffd5b61457d89828a016141b3565b979a9699509497509295939492505050565b5f5f5f5f5f5f5f60c0888a0312156145a5575f5ffd5b6145ae88614019565b9650602088013567ffffffffffffffff8111156145c9575f5ffd5b6145d58a828b01614030565b909750955050604088013561ffff811681146145ef575f5ffd5b93506145fd60608901613fdd565b969995985093969295946080840135945060a09093013592915050565b5f5f6040838503121561462b575f5ffd5b61463483613f9f565b915061401060208401613f9f565b5f60208284031215614652575f5ffd5b610f4982613fdd565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b818103818111156106e8576106e861465b565b80820281158282048414176106e8576106e861465b565b6001600160a01b038316815260408101610f496020830184614117565b600181811c908216806146e357607f821691505b60208210810361471a577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b67ffffffffffffffff84168152604060208201525f6115f9604083018486614720565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b82815260408101610f496020830184613e69565b808201808211156106e8576106e861465b565b8183525f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff83111561480e575f5ffd5b8260051b80836020870137939093016020019392505050565b602081525f6129d86020830184866147de565b602081016106e88284613e69565b6148528185613e69565b604060208201525f6115f96040830184866147de565b604081016148768285614117565b610f496020830184614117565b5f81518060208401855e5f93019283525090919050565b5f6129d86148a88386614883565b84614883565b5f604082016148bd8386613e69565b604060208401528084518083526060850191506020860192505f5b818110156148f65783518352602093840193909201916001016148d8565b50909695505050505050565b602081525f6129d8602083018486614720565b67ffffffffffffffff8816815260c060208201525f61493860c08301888a614720565b905061ffff8616604083015262ffffff851660608301528360808301528260a083015298975050505050505050565b5f62ffffff821662ffffff81036149805761498061465b565b60010192915050565b606081016149978286614117565b67ffffffffffffffff8416602083015262ffffff83166040830152949350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f826149f5576149f56149ba565b500490565b6001600160a01b03851681526001600160a01b0384166020820152826040820152608060608201525f614a306080830184613f41565b9695505050505050565b5f60208284031215614a4a575f5ffd5b8151610f4981613eac565b5f67ffffffffffffffff831680614a6e57614a6e6149ba565b8067ffffffffffffffff84160491505092915050565b5f67ffffffffffffffff831680614a9d57614a9d6149ba565b8067ffffffffffffffff84160691505092915050565b5f82614ac157614ac16149ba565b500690565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203614af657614af661465b565b5060010190565b5f60208284031215614b0d575f5ffd5b610f49826143a556fea164736f6c6343000825000a",
}

// Pedigree is an auto generated Go binding around an Ethereum contract.
type Pedigree struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Pedigree) GetABI() abi.ABI {
	return c.abi
}

// NewPedigree creates a new instance of Pedigree.
func NewPedigree() *Pedigree {
	parsed, err := PedigreeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Pedigree{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Pedigree) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint64 regulatorGln) returns()
func (pedigree *Pedigree) PackConstructor(regulatorGln uint64) []byte {
	enc, err := pedigree.abi.Pack("", regulatorGln)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackUNDOWINDOWDAYS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88b09b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function UNDO_WINDOW_DAYS() view returns(uint256)
func (pedigree *Pedigree) PackUNDOWINDOWDAYS() []byte {
	enc, err := pedigree.abi.Pack("UNDO_WINDOW_DAYS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUNDOWINDOWDAYS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88b09b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function UNDO_WINDOW_DAYS() view returns(uint256)
func (pedigree *Pedigree) TryPackUNDOWINDOWDAYS() ([]byte, error) {
	return pedigree.abi.Pack("UNDO_WINDOW_DAYS")
}

// UnpackUNDOWINDOWDAYS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x88b09b41.
//
// Solidity: function UNDO_WINDOW_DAYS() view returns(uint256)
func (pedigree *Pedigree) UnpackUNDOWINDOWDAYS(data []byte) (*big.Int, error) {
	out, err := pedigree.abi.Unpack("UNDO_WINDOW_DAYS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAccept is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19b05f49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accept(uint256 tokenId) returns()
func (pedigree *Pedigree) PackAccept(tokenId *big.Int) []byte {
	enc, err := pedigree.abi.Pack("accept", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccept is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19b05f49.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accept(uint256 tokenId) returns()
func (pedigree *Pedigree) TryPackAccept(tokenId *big.Int) ([]byte, error) {
	return pedigree.abi.Pack("accept", tokenId)
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (pedigree *Pedigree) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := pedigree.abi.Pack("approve", to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (pedigree *Pedigree) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return pedigree.abi.Pack("approve", to, tokenId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (pedigree *Pedigree) PackBalanceOf(owner common.Address) []byte {
	enc, err := pedigree.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (pedigree *Pedigree) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return pedigree.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (pedigree *Pedigree) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := pedigree.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0eaa75fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batch(uint256 batchId) view returns((bytes32,address,uint16,uint8))
func (pedigree *Pedigree) PackBatch(batchId *big.Int) []byte {
	enc, err := pedigree.abi.Pack("batch", batchId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0eaa75fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batch(uint256 batchId) view returns((bytes32,address,uint16,uint8))
func (pedigree *Pedigree) TryPackBatch(batchId *big.Int) ([]byte, error) {
	return pedigree.abi.Pack("batch", batchId)
}

// UnpackBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0eaa75fe.
//
// Solidity: function batch(uint256 batchId) view returns((bytes32,address,uint16,uint8))
func (pedigree *Pedigree) UnpackBatch(data []byte) (PedigreeBatch, error) {
	out, err := pedigree.abi.Unpack("batch", data)
	if err != nil {
		return *new(PedigreeBatch), err
	}
	out0 := *abi.ConvertType(out[0], new(PedigreeBatch)).(*PedigreeBatch)
	return out0, nil
}

// PackBatchIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1885ae49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchIdOf(uint64 gtin, string lot) pure returns(uint256)
func (pedigree *Pedigree) PackBatchIdOf(gtin uint64, lot string) []byte {
	enc, err := pedigree.abi.Pack("batchIdOf", gtin, lot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1885ae49.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchIdOf(uint64 gtin, string lot) pure returns(uint256)
func (pedigree *Pedigree) TryPackBatchIdOf(gtin uint64, lot string) ([]byte, error) {
	return pedigree.abi.Pack("batchIdOf", gtin, lot)
}

// UnpackBatchIdOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1885ae49.
//
// Solidity: function batchIdOf(uint64 gtin, string lot) pure returns(uint256)
func (pedigree *Pedigree) UnpackBatchIdOf(data []byte) (*big.Int, error) {
	out, err := pedigree.abi.Unpack("batchIdOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCancelShipment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7faa7bc7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelShipment(uint256 tokenId) returns()
func (pedigree *Pedigree) PackCancelShipment(tokenId *big.Int) []byte {
	enc, err := pedigree.abi.Pack("cancelShipment", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelShipment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7faa7bc7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelShipment(uint256 tokenId) returns()
func (pedigree *Pedigree) TryPackCancelShipment(tokenId *big.Int) ([]byte, error) {
	return pedigree.abi.Pack("cancelShipment", tokenId)
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (pedigree *Pedigree) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := pedigree.abi.Pack("getApproved", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (pedigree *Pedigree) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return pedigree.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (pedigree *Pedigree) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := pedigree.abi.Unpack("getApproved", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (pedigree *Pedigree) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := pedigree.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (pedigree *Pedigree) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return pedigree.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (pedigree *Pedigree) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := pedigree.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (pedigree *Pedigree) PackName() []byte {
	enc, err := pedigree.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (pedigree *Pedigree) TryPackName() ([]byte, error) {
	return pedigree.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (pedigree *Pedigree) UnpackName(data []byte) (string, error) {
	out, err := pedigree.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (pedigree *Pedigree) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := pedigree.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (pedigree *Pedigree) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return pedigree.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (pedigree *Pedigree) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := pedigree.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00399e03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function packState(uint256 batchId, uint256 index) view returns(uint8 state, uint16 day, address actor)
func (pedigree *Pedigree) PackPackState(batchId *big.Int, index *big.Int) []byte {
	enc, err := pedigree.abi.Pack("packState", batchId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00399e03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function packState(uint256 batchId, uint256 index) view returns(uint8 state, uint16 day, address actor)
func (pedigree *Pedigree) TryPackPackState(batchId *big.Int, index *big.Int) ([]byte, error) {
	return pedigree.abi.Pack("packState", batchId, index)
}

// PackStateOutput serves as a container for the return parameters of contract
// method PackState.
type PackStateOutput struct {
	State uint8
	Day   uint16
	Actor common.Address
}

// UnpackPackState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00399e03.
//
// Solidity: function packState(uint256 batchId, uint256 index) view returns(uint8 state, uint16 day, address actor)
func (pedigree *Pedigree) UnpackPackState(data []byte) (PackStateOutput, error) {
	out, err := pedigree.abi.Unpack("packState", data)
	outstruct := new(PackStateOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.State = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.Day = *abi.ConvertType(out[1], new(uint16)).(*uint16)
	outstruct.Actor = *abi.ConvertType(out[2], new(common.Address)).(*common.Address)
	return *outstruct, nil
}

// PackParticipant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2605b3c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function participant(address account) view returns((uint8,bool,uint24,uint64))
func (pedigree *Pedigree) PackParticipant(account common.Address) []byte {
	enc, err := pedigree.abi.Pack("participant", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParticipant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2605b3c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function participant(address account) view returns((uint8,bool,uint24,uint64))
func (pedigree *Pedigree) TryPackParticipant(account common.Address) ([]byte, error) {
	return pedigree.abi.Pack("participant", account)
}

// UnpackParticipant is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2605b3c7.
//
// Solidity: function participant(address account) view returns((uint8,bool,uint24,uint64))
func (pedigree *Pedigree) UnpackParticipant(data []byte) (PedigreeParticipant, error) {
	out, err := pedigree.abi.Unpack("participant", data)
	if err != nil {
		return *new(PedigreeParticipant), err
	}
	out0 := *abi.ConvertType(out[0], new(PedigreeParticipant)).(*PedigreeParticipant)
	return out0, nil
}

// PackParticipantAccount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe4447d2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function participantAccount(uint24 number) view returns(address)
func (pedigree *Pedigree) PackParticipantAccount(number *big.Int) []byte {
	enc, err := pedigree.abi.Pack("participantAccount", number)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParticipantAccount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe4447d2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function participantAccount(uint24 number) view returns(address)
func (pedigree *Pedigree) TryPackParticipantAccount(number *big.Int) ([]byte, error) {
	return pedigree.abi.Pack("participantAccount", number)
}

// UnpackParticipantAccount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe4447d2.
//
// Solidity: function participantAccount(uint24 number) view returns(address)
func (pedigree *Pedigree) UnpackParticipantAccount(data []byte) (common.Address, error) {
	out, err := pedigree.abi.Unpack("participantAccount", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRecall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0482e803.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recall(uint256 batchId, uint8 reason) returns()
func (pedigree *Pedigree) PackRecall(batchId *big.Int, reason uint8) []byte {
	enc, err := pedigree.abi.Pack("recall", batchId, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0482e803.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recall(uint256 batchId, uint8 reason) returns()
func (pedigree *Pedigree) TryPackRecall(batchId *big.Int, reason uint8) ([]byte, error) {
	return pedigree.abi.Pack("recall", batchId, reason)
}

// PackRegisterBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8a54242.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerBatch(uint64 gtin, string lot, uint16 expiryDay, uint24 quantity, bytes32 serialsRoot, bytes32 masterDataHash) returns(uint256 batchId)
func (pedigree *Pedigree) PackRegisterBatch(gtin uint64, lot string, expiryDay uint16, quantity *big.Int, serialsRoot [32]byte, masterDataHash [32]byte) []byte {
	enc, err := pedigree.abi.Pack("registerBatch", gtin, lot, expiryDay, quantity, serialsRoot, masterDataHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8a54242.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerBatch(uint64 gtin, string lot, uint16 expiryDay, uint24 quantity, bytes32 serialsRoot, bytes32 masterDataHash) returns(uint256 batchId)
func (pedigree *Pedigree) TryPackRegisterBatch(gtin uint64, lot string, expiryDay uint16, quantity *big.Int, serialsRoot [32]byte, masterDataHash [32]byte) ([]byte, error) {
	return pedigree.abi.Pack("registerBatch", gtin, lot, expiryDay, quantity, serialsRoot, masterDataHash)
}

// UnpackRegisterBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe8a54242.
//
// Solidity: function registerBatch(uint64 gtin, string lot, uint16 expiryDay, uint24 quantity, bytes32 serialsRoot, bytes32 masterDataHash) returns(uint256 batchId)
func (pedigree *Pedigree) UnpackRegisterBatch(data []byte) (*big.Int, error) {
	out, err := pedigree.abi.Unpack("registerBatch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRegisterParticipant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d240cd9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerParticipant(address account, uint8 role, uint64 gln) returns()
func (pedigree *Pedigree) PackRegisterParticipant(account common.Address, role uint8, gln uint64) []byte {
	enc, err := pedigree.abi.Pack("registerParticipant", account, role, gln)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterParticipant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d240cd9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerParticipant(address account, uint8 role, uint64 gln) returns()
func (pedigree *Pedigree) TryPackRegisterParticipant(account common.Address, role uint8, gln uint64) ([]byte, error) {
	return pedigree.abi.Pack("registerParticipant", account, role, gln)
}

// PackReinstateParticipant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef0be039.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reinstateParticipant(address account) returns()
func (pedigree *Pedigree) PackReinstateParticipant(account common.Address) []byte {
	enc, err := pedigree.abi.Pack("reinstateParticipant", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReinstateParticipant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef0be039.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reinstateParticipant(address account) returns()
func (pedigree *Pedigree) TryPackReinstateParticipant(account common.Address) ([]byte, error) {
	return pedigree.abi.Pack("reinstateParticipant", account)
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (pedigree *Pedigree) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := pedigree.abi.Pack("safeTransferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (pedigree *Pedigree) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return pedigree.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (pedigree *Pedigree) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := pedigree.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (pedigree *Pedigree) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return pedigree.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (pedigree *Pedigree) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := pedigree.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (pedigree *Pedigree) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return pedigree.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSetPackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xccfd1b22.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPackState(uint256 tokenId, uint256 index, bytes32 serialHash, uint8 state, bytes32[] proof) returns()
func (pedigree *Pedigree) PackSetPackState(tokenId *big.Int, index *big.Int, serialHash [32]byte, state uint8, proof [][32]byte) []byte {
	enc, err := pedigree.abi.Pack("setPackState", tokenId, index, serialHash, state, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xccfd1b22.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPackState(uint256 tokenId, uint256 index, bytes32 serialHash, uint8 state, bytes32[] proof) returns()
func (pedigree *Pedigree) TryPackSetPackState(tokenId *big.Int, index *big.Int, serialHash [32]byte, state uint8, proof [][32]byte) ([]byte, error) {
	return pedigree.abi.Pack("setPackState", tokenId, index, serialHash, state, proof)
}

// PackSetPackStates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ad2499c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPackStates(uint256 tokenId, uint256[] indexes, bytes32[] serialHashes, uint8 state, bytes32[] proof, bool[] proofFlags) returns()
func (pedigree *Pedigree) PackSetPackStates(tokenId *big.Int, indexes []*big.Int, serialHashes [][32]byte, state uint8, proof [][32]byte, proofFlags []bool) []byte {
	enc, err := pedigree.abi.Pack("setPackStates", tokenId, indexes, serialHashes, state, proof, proofFlags)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPackStates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ad2499c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPackStates(uint256 tokenId, uint256[] indexes, bytes32[] serialHashes, uint8 state, bytes32[] proof, bool[] proofFlags) returns()
func (pedigree *Pedigree) TryPackSetPackStates(tokenId *big.Int, indexes []*big.Int, serialHashes [][32]byte, state uint8, proof [][32]byte, proofFlags []bool) ([]byte, error) {
	return pedigree.abi.Pack("setPackStates", tokenId, indexes, serialHashes, state, proof, proofFlags)
}

// PackShip is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f0d6d0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ship(uint256 tokenId, address to) returns()
func (pedigree *Pedigree) PackShip(tokenId *big.Int, to common.Address) []byte {
	enc, err := pedigree.abi.Pack("ship", tokenId, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackShip is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f0d6d0f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ship(uint256 tokenId, address to) returns()
func (pedigree *Pedigree) TryPackShip(tokenId *big.Int, to common.Address) ([]byte, error) {
	return pedigree.abi.Pack("ship", tokenId, to)
}

// PackSplit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0fd04619.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function split(uint256 tokenId, uint24 newStart) returns(uint256 newTokenId)
func (pedigree *Pedigree) PackSplit(tokenId *big.Int, newStart *big.Int) []byte {
	enc, err := pedigree.abi.Pack("split", tokenId, newStart)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSplit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0fd04619.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function split(uint256 tokenId, uint24 newStart) returns(uint256 newTokenId)
func (pedigree *Pedigree) TryPackSplit(tokenId *big.Int, newStart *big.Int) ([]byte, error) {
	return pedigree.abi.Pack("split", tokenId, newStart)
}

// UnpackSplit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0fd04619.
//
// Solidity: function split(uint256 tokenId, uint24 newStart) returns(uint256 newTokenId)
func (pedigree *Pedigree) UnpackSplit(data []byte) (*big.Int, error) {
	out, err := pedigree.abi.Unpack("split", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (pedigree *Pedigree) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := pedigree.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (pedigree *Pedigree) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return pedigree.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (pedigree *Pedigree) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := pedigree.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSuspendParticipant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ddab058.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function suspendParticipant(address account) returns()
func (pedigree *Pedigree) PackSuspendParticipant(account common.Address) []byte {
	enc, err := pedigree.abi.Pack("suspendParticipant", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSuspendParticipant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ddab058.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function suspendParticipant(address account) returns()
func (pedigree *Pedigree) TryPackSuspendParticipant(account common.Address) ([]byte, error) {
	return pedigree.abi.Pack("suspendParticipant", account)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (pedigree *Pedigree) PackSymbol() []byte {
	enc, err := pedigree.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (pedigree *Pedigree) TryPackSymbol() ([]byte, error) {
	return pedigree.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (pedigree *Pedigree) UnpackSymbol(data []byte) (string, error) {
	out, err := pedigree.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x044215c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token(uint256 tokenId) view returns(uint256 batchId, uint24 start, uint24 end, address pendingTo)
func (pedigree *Pedigree) PackToken(tokenId *big.Int) []byte {
	enc, err := pedigree.abi.Pack("token", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x044215c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token(uint256 tokenId) view returns(uint256 batchId, uint24 start, uint24 end, address pendingTo)
func (pedigree *Pedigree) TryPackToken(tokenId *big.Int) ([]byte, error) {
	return pedigree.abi.Pack("token", tokenId)
}

// TokenOutput serves as a container for the return parameters of contract
// method Token.
type TokenOutput struct {
	BatchId   *big.Int
	Start     *big.Int
	End       *big.Int
	PendingTo common.Address
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x044215c6.
//
// Solidity: function token(uint256 tokenId) view returns(uint256 batchId, uint24 start, uint24 end, address pendingTo)
func (pedigree *Pedigree) UnpackToken(data []byte) (TokenOutput, error) {
	out, err := pedigree.abi.Unpack("token", data)
	outstruct := new(TokenOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.BatchId = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Start = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.End = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.PendingTo = *abi.ConvertType(out[3], new(common.Address)).(*common.Address)
	return *outstruct, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (pedigree *Pedigree) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := pedigree.abi.Pack("tokenURI", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (pedigree *Pedigree) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return pedigree.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (pedigree *Pedigree) UnpackTokenURI(data []byte) (string, error) {
	out, err := pedigree.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (pedigree *Pedigree) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := pedigree.abi.Pack("transferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (pedigree *Pedigree) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return pedigree.abi.Pack("transferFrom", from, to, tokenId)
}

// PackUndoPackStates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x463c4331.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function undoPackStates(uint256 tokenId, uint256[] indexes) returns()
func (pedigree *Pedigree) PackUndoPackStates(tokenId *big.Int, indexes []*big.Int) []byte {
	enc, err := pedigree.abi.Pack("undoPackStates", tokenId, indexes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUndoPackStates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x463c4331.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function undoPackStates(uint256 tokenId, uint256[] indexes) returns()
func (pedigree *Pedigree) TryPackUndoPackStates(tokenId *big.Int, indexes []*big.Int) ([]byte, error) {
	return pedigree.abi.Pack("undoPackStates", tokenId, indexes)
}

// PackVerifySerial is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6526746c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifySerial(uint256 batchId, uint256 index, bytes32 serialHash, bytes32[] proof) view returns(bool)
func (pedigree *Pedigree) PackVerifySerial(batchId *big.Int, index *big.Int, serialHash [32]byte, proof [][32]byte) []byte {
	enc, err := pedigree.abi.Pack("verifySerial", batchId, index, serialHash, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifySerial is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6526746c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifySerial(uint256 batchId, uint256 index, bytes32 serialHash, bytes32[] proof) view returns(bool)
func (pedigree *Pedigree) TryPackVerifySerial(batchId *big.Int, index *big.Int, serialHash [32]byte, proof [][32]byte) ([]byte, error) {
	return pedigree.abi.Pack("verifySerial", batchId, index, serialHash, proof)
}

// UnpackVerifySerial is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6526746c.
//
// Solidity: function verifySerial(uint256 batchId, uint256 index, bytes32 serialHash, bytes32[] proof) view returns(bool)
func (pedigree *Pedigree) UnpackVerifySerial(data []byte) (bool, error) {
	out, err := pedigree.abi.Unpack("verifySerial", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PedigreeApproval represents a Approval event raised by the Pedigree contract.
type PedigreeApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const PedigreeApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (PedigreeApproval) ContractEventName() string {
	return PedigreeApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (pedigree *Pedigree) UnpackApprovalEvent(log *types.Log) (*PedigreeApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pedigree.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PedigreeApproval)
	if len(log.Data) > 0 {
		if err := pedigree.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pedigree.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PedigreeApprovalForAll represents a ApprovalForAll event raised by the Pedigree contract.
type PedigreeApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const PedigreeApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (PedigreeApprovalForAll) ContractEventName() string {
	return PedigreeApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (pedigree *Pedigree) UnpackApprovalForAllEvent(log *types.Log) (*PedigreeApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pedigree.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PedigreeApprovalForAll)
	if len(log.Data) > 0 {
		if err := pedigree.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pedigree.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PedigreeBatchRecalled represents a BatchRecalled event raised by the Pedigree contract.
type PedigreeBatchRecalled struct {
	BatchId *big.Int
	By      common.Address
	Reason  uint8
	Raw     *types.Log // Blockchain specific contextual infos
}

const PedigreeBatchRecalledEventName = "BatchRecalled"

// ContractEventName returns the user-defined event name.
func (PedigreeBatchRecalled) ContractEventName() string {
	return PedigreeBatchRecalledEventName
}

// UnpackBatchRecalledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchRecalled(uint256 indexed batchId, address indexed by, uint8 reason)
func (pedigree *Pedigree) UnpackBatchRecalledEvent(log *types.Log) (*PedigreeBatchRecalled, error) {
	event := "BatchRecalled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pedigree.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PedigreeBatchRecalled)
	if len(log.Data) > 0 {
		if err := pedigree.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pedigree.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PedigreeBatchRegistered represents a BatchRegistered event raised by the Pedigree contract.
type PedigreeBatchRegistered struct {
	BatchId        *big.Int
	Manufacturer   common.Address
	Gtin           uint64
	Lot            string
	ExpiryDay      uint16
	Quantity       *big.Int
	SerialsRoot    [32]byte
	MasterDataHash [32]byte
	Raw            *types.Log // Blockchain specific contextual infos
}

const PedigreeBatchRegisteredEventName = "BatchRegistered"

// ContractEventName returns the user-defined event name.
func (PedigreeBatchRegistered) ContractEventName() string {
	return PedigreeBatchRegisteredEventName
}

// UnpackBatchRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchRegistered(uint256 indexed batchId, address indexed manufacturer, uint64 gtin, string lot, uint16 expiryDay, uint24 quantity, bytes32 serialsRoot, bytes32 masterDataHash)
func (pedigree *Pedigree) UnpackBatchRegisteredEvent(log *types.Log) (*PedigreeBatchRegistered, error) {
	event := "BatchRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pedigree.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PedigreeBatchRegistered)
	if len(log.Data) > 0 {
		if err := pedigree.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pedigree.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PedigreePackStatesChanged represents a PackStatesChanged event raised by the Pedigree contract.
type PedigreePackStatesChanged struct {
	BatchId *big.Int
	Actor   common.Address
	State   uint8
	Indexes []*big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const PedigreePackStatesChangedEventName = "PackStatesChanged"

// ContractEventName returns the user-defined event name.
func (PedigreePackStatesChanged) ContractEventName() string {
	return PedigreePackStatesChangedEventName
}

// UnpackPackStatesChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PackStatesChanged(uint256 indexed batchId, address indexed actor, uint8 state, uint256[] indexes)
func (pedigree *Pedigree) UnpackPackStatesChangedEvent(log *types.Log) (*PedigreePackStatesChanged, error) {
	event := "PackStatesChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pedigree.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PedigreePackStatesChanged)
	if len(log.Data) > 0 {
		if err := pedigree.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pedigree.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PedigreePackStatesReverted represents a PackStatesReverted event raised by the Pedigree contract.
type PedigreePackStatesReverted struct {
	BatchId *big.Int
	Actor   common.Address
	Indexes []*big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const PedigreePackStatesRevertedEventName = "PackStatesReverted"

// ContractEventName returns the user-defined event name.
func (PedigreePackStatesReverted) ContractEventName() string {
	return PedigreePackStatesRevertedEventName
}

// UnpackPackStatesRevertedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PackStatesReverted(uint256 indexed batchId, address indexed actor, uint256[] indexes)
func (pedigree *Pedigree) UnpackPackStatesRevertedEvent(log *types.Log) (*PedigreePackStatesReverted, error) {
	event := "PackStatesReverted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pedigree.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PedigreePackStatesReverted)
	if len(log.Data) > 0 {
		if err := pedigree.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pedigree.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PedigreeParticipantRegistered represents a ParticipantRegistered event raised by the Pedigree contract.
type PedigreeParticipantRegistered struct {
	Account common.Address
	Role    uint8
	Gln     uint64
	Number  *big.Int
	By      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const PedigreeParticipantRegisteredEventName = "ParticipantRegistered"

// ContractEventName returns the user-defined event name.
func (PedigreeParticipantRegistered) ContractEventName() string {
	return PedigreeParticipantRegisteredEventName
}

// UnpackParticipantRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ParticipantRegistered(address indexed account, uint8 role, uint64 gln, uint24 number, address indexed by)
func (pedigree *Pedigree) UnpackParticipantRegisteredEvent(log *types.Log) (*PedigreeParticipantRegistered, error) {
	event := "ParticipantRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pedigree.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PedigreeParticipantRegistered)
	if len(log.Data) > 0 {
		if err := pedigree.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pedigree.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PedigreeParticipantReinstated represents a ParticipantReinstated event raised by the Pedigree contract.
type PedigreeParticipantReinstated struct {
	Account common.Address
	By      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const PedigreeParticipantReinstatedEventName = "ParticipantReinstated"

// ContractEventName returns the user-defined event name.
func (PedigreeParticipantReinstated) ContractEventName() string {
	return PedigreeParticipantReinstatedEventName
}

// UnpackParticipantReinstatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ParticipantReinstated(address indexed account, address indexed by)
func (pedigree *Pedigree) UnpackParticipantReinstatedEvent(log *types.Log) (*PedigreeParticipantReinstated, error) {
	event := "ParticipantReinstated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pedigree.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PedigreeParticipantReinstated)
	if len(log.Data) > 0 {
		if err := pedigree.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pedigree.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PedigreeParticipantSuspended represents a ParticipantSuspended event raised by the Pedigree contract.
type PedigreeParticipantSuspended struct {
	Account common.Address
	By      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const PedigreeParticipantSuspendedEventName = "ParticipantSuspended"

// ContractEventName returns the user-defined event name.
func (PedigreeParticipantSuspended) ContractEventName() string {
	return PedigreeParticipantSuspendedEventName
}

// UnpackParticipantSuspendedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ParticipantSuspended(address indexed account, address indexed by)
func (pedigree *Pedigree) UnpackParticipantSuspendedEvent(log *types.Log) (*PedigreeParticipantSuspended, error) {
	event := "ParticipantSuspended"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pedigree.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PedigreeParticipantSuspended)
	if len(log.Data) > 0 {
		if err := pedigree.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pedigree.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PedigreeShipmentCancelled represents a ShipmentCancelled event raised by the Pedigree contract.
type PedigreeShipmentCancelled struct {
	TokenId *big.Int
	By      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const PedigreeShipmentCancelledEventName = "ShipmentCancelled"

// ContractEventName returns the user-defined event name.
func (PedigreeShipmentCancelled) ContractEventName() string {
	return PedigreeShipmentCancelledEventName
}

// UnpackShipmentCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ShipmentCancelled(uint256 indexed tokenId, address indexed by)
func (pedigree *Pedigree) UnpackShipmentCancelledEvent(log *types.Log) (*PedigreeShipmentCancelled, error) {
	event := "ShipmentCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pedigree.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PedigreeShipmentCancelled)
	if len(log.Data) > 0 {
		if err := pedigree.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pedigree.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PedigreeShipmentSent represents a ShipmentSent event raised by the Pedigree contract.
type PedigreeShipmentSent struct {
	TokenId *big.Int
	From    common.Address
	To      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const PedigreeShipmentSentEventName = "ShipmentSent"

// ContractEventName returns the user-defined event name.
func (PedigreeShipmentSent) ContractEventName() string {
	return PedigreeShipmentSentEventName
}

// UnpackShipmentSentEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ShipmentSent(uint256 indexed tokenId, address indexed from, address indexed to)
func (pedigree *Pedigree) UnpackShipmentSentEvent(log *types.Log) (*PedigreeShipmentSent, error) {
	event := "ShipmentSent"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pedigree.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PedigreeShipmentSent)
	if len(log.Data) > 0 {
		if err := pedigree.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pedigree.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PedigreeTokenSplit represents a TokenSplit event raised by the Pedigree contract.
type PedigreeTokenSplit struct {
	TokenId    *big.Int
	NewTokenId *big.Int
	BatchId    *big.Int
	Start      *big.Int
	End        *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const PedigreeTokenSplitEventName = "TokenSplit"

// ContractEventName returns the user-defined event name.
func (PedigreeTokenSplit) ContractEventName() string {
	return PedigreeTokenSplitEventName
}

// UnpackTokenSplitEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenSplit(uint256 indexed tokenId, uint256 indexed newTokenId, uint256 indexed batchId, uint24 start, uint24 end)
func (pedigree *Pedigree) UnpackTokenSplitEvent(log *types.Log) (*PedigreeTokenSplit, error) {
	event := "TokenSplit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pedigree.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PedigreeTokenSplit)
	if len(log.Data) > 0 {
		if err := pedigree.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pedigree.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PedigreeTransfer represents a Transfer event raised by the Pedigree contract.
type PedigreeTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const PedigreeTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (PedigreeTransfer) ContractEventName() string {
	return PedigreeTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (pedigree *Pedigree) UnpackTransferEvent(log *types.Log) (*PedigreeTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pedigree.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PedigreeTransfer)
	if len(log.Data) > 0 {
		if err := pedigree.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pedigree.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (pedigree *Pedigree) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], pedigree.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return pedigree.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return pedigree.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return pedigree.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return pedigree.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return pedigree.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return pedigree.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return pedigree.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return pedigree.UnpackERC721NonexistentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["MerkleProofInvalidMultiproof"].ID.Bytes()[:4]) {
		return pedigree.UnpackMerkleProofInvalidMultiproofError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeApprovalsDisabled"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeApprovalsDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeBatchExists"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeBatchExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeBatchExpired"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeBatchExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeBatchRecalled"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeBatchRecalledError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeInvalidExpiry"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeInvalidExpiryError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeInvalidGLN"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeInvalidGLNError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeInvalidGTIN"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeInvalidGTINError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeInvalidLot"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeInvalidLotError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeInvalidPackList"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeInvalidPackListError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeInvalidPackState"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeInvalidPackStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeInvalidParticipant"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeInvalidParticipantError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeInvalidProof"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeInvalidQuantity"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeInvalidQuantityError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeInvalidRecallReason"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeInvalidRecallReasonError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeInvalidReceiver"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeInvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeInvalidRoot"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeInvalidRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeIrreversibleState"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeIrreversibleStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeNoShipment"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeNoShipmentError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeNotCustodian"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeNotCustodianError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeNotDecommissioner"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeNotDecommissionerError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeNotParticipant"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeNotParticipantError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeNotReceiver"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeNotReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeNothingToUndo"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeNothingToUndoError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreePackNotActive"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreePackNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreePackOutOfRange"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreePackOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeParticipantExists"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeParticipantExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeParticipantSuspended"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeParticipantSuspendedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeRouteNotAllowed"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeRouteNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeShipmentPending"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeShipmentPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeSplitOutOfRange"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeSplitOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeUnauthorizedRole"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeUnauthorizedRoleError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeUndoWindowClosed"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeUndoWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeUnknownBatch"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeUnknownBatchError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PedigreeERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the Pedigree contract.
type PedigreeERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func PedigreeERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (pedigree *Pedigree) UnpackERC721IncorrectOwnerError(raw []byte) (*PedigreeERC721IncorrectOwner, error) {
	out := new(PedigreeERC721IncorrectOwner)
	if err := pedigree.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreeERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the Pedigree contract.
type PedigreeERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func PedigreeERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (pedigree *Pedigree) UnpackERC721InsufficientApprovalError(raw []byte) (*PedigreeERC721InsufficientApproval, error) {
	out := new(PedigreeERC721InsufficientApproval)
	if err := pedigree.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreeERC721InvalidApprover represents a ERC721InvalidApprover error raised by the Pedigree contract.
type PedigreeERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func PedigreeERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (pedigree *Pedigree) UnpackERC721InvalidApproverError(raw []byte) (*PedigreeERC721InvalidApprover, error) {
	out := new(PedigreeERC721InvalidApprover)
	if err := pedigree.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreeERC721InvalidOperator represents a ERC721InvalidOperator error raised by the Pedigree contract.
type PedigreeERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func PedigreeERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (pedigree *Pedigree) UnpackERC721InvalidOperatorError(raw []byte) (*PedigreeERC721InvalidOperator, error) {
	out := new(PedigreeERC721InvalidOperator)
	if err := pedigree.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreeERC721InvalidOwner represents a ERC721InvalidOwner error raised by the Pedigree contract.
type PedigreeERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func PedigreeERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (pedigree *Pedigree) UnpackERC721InvalidOwnerError(raw []byte) (*PedigreeERC721InvalidOwner, error) {
	out := new(PedigreeERC721InvalidOwner)
	if err := pedigree.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreeERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the Pedigree contract.
type PedigreeERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func PedigreeERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (pedigree *Pedigree) UnpackERC721InvalidReceiverError(raw []byte) (*PedigreeERC721InvalidReceiver, error) {
	out := new(PedigreeERC721InvalidReceiver)
	if err := pedigree.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreeERC721InvalidSender represents a ERC721InvalidSender error raised by the Pedigree contract.
type PedigreeERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func PedigreeERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (pedigree *Pedigree) UnpackERC721InvalidSenderError(raw []byte) (*PedigreeERC721InvalidSender, error) {
	out := new(PedigreeERC721InvalidSender)
	if err := pedigree.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreeERC721NonexistentToken represents a ERC721NonexistentToken error raised by the Pedigree contract.
type PedigreeERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func PedigreeERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (pedigree *Pedigree) UnpackERC721NonexistentTokenError(raw []byte) (*PedigreeERC721NonexistentToken, error) {
	out := new(PedigreeERC721NonexistentToken)
	if err := pedigree.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreeMerkleProofInvalidMultiproof represents a MerkleProofInvalidMultiproof error raised by the Pedigree contract.
type PedigreeMerkleProofInvalidMultiproof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MerkleProofInvalidMultiproof()
func PedigreeMerkleProofInvalidMultiproofErrorID() common.Hash {
	return common.HexToHash("0x351404920163d662c9e55a2ededa2a037e643758bbfddef8b612fa4d17ed11ea")
}

// UnpackMerkleProofInvalidMultiproofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MerkleProofInvalidMultiproof()
func (pedigree *Pedigree) UnpackMerkleProofInvalidMultiproofError(raw []byte) (*PedigreeMerkleProofInvalidMultiproof, error) {
	out := new(PedigreeMerkleProofInvalidMultiproof)
	if err := pedigree.abi.UnpackIntoInterface(out, "MerkleProofInvalidMultiproof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeApprovalsDisabled represents a PedigreeApprovalsDisabled error raised by the Pedigree contract.
type PedigreePedigreeApprovalsDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeApprovalsDisabled()
func PedigreePedigreeApprovalsDisabledErrorID() common.Hash {
	return common.HexToHash("0x3fb654359aa1dbd0673fb0e9027ed8aef506136a98bbceb94726c7db49e69783")
}

// UnpackPedigreeApprovalsDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeApprovalsDisabled()
func (pedigree *Pedigree) UnpackPedigreeApprovalsDisabledError(raw []byte) (*PedigreePedigreeApprovalsDisabled, error) {
	out := new(PedigreePedigreeApprovalsDisabled)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeApprovalsDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeBatchExists represents a PedigreeBatchExists error raised by the Pedigree contract.
type PedigreePedigreeBatchExists struct {
	BatchId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeBatchExists(uint256 batchId)
func PedigreePedigreeBatchExistsErrorID() common.Hash {
	return common.HexToHash("0xce617c511dff4e2934e17d2a875e01157a4032ec0f9db19d1aed1682527ea879")
}

// UnpackPedigreeBatchExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeBatchExists(uint256 batchId)
func (pedigree *Pedigree) UnpackPedigreeBatchExistsError(raw []byte) (*PedigreePedigreeBatchExists, error) {
	out := new(PedigreePedigreeBatchExists)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeBatchExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeBatchExpired represents a PedigreeBatchExpired error raised by the Pedigree contract.
type PedigreePedigreeBatchExpired struct {
	BatchId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeBatchExpired(uint256 batchId)
func PedigreePedigreeBatchExpiredErrorID() common.Hash {
	return common.HexToHash("0xe54a780703491bb7b62b2d201edcb248462532a922faa09742a5c6b254a609bb")
}

// UnpackPedigreeBatchExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeBatchExpired(uint256 batchId)
func (pedigree *Pedigree) UnpackPedigreeBatchExpiredError(raw []byte) (*PedigreePedigreeBatchExpired, error) {
	out := new(PedigreePedigreeBatchExpired)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeBatchExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeBatchRecalled represents a PedigreeBatchRecalled error raised by the Pedigree contract.
type PedigreePedigreeBatchRecalled struct {
	BatchId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeBatchRecalled(uint256 batchId)
func PedigreePedigreeBatchRecalledErrorID() common.Hash {
	return common.HexToHash("0x364563abecef162d736e1344b0d0815578e5bb2758f581b9ea64186233110543")
}

// UnpackPedigreeBatchRecalledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeBatchRecalled(uint256 batchId)
func (pedigree *Pedigree) UnpackPedigreeBatchRecalledError(raw []byte) (*PedigreePedigreeBatchRecalled, error) {
	out := new(PedigreePedigreeBatchRecalled)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeBatchRecalled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeInvalidExpiry represents a PedigreeInvalidExpiry error raised by the Pedigree contract.
type PedigreePedigreeInvalidExpiry struct {
	ExpiryDay uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeInvalidExpiry(uint16 expiryDay)
func PedigreePedigreeInvalidExpiryErrorID() common.Hash {
	return common.HexToHash("0xd058c76d495a738bacce8e03af4142e7d9d9eac8cd5b5735fce551620f1f6786")
}

// UnpackPedigreeInvalidExpiryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeInvalidExpiry(uint16 expiryDay)
func (pedigree *Pedigree) UnpackPedigreeInvalidExpiryError(raw []byte) (*PedigreePedigreeInvalidExpiry, error) {
	out := new(PedigreePedigreeInvalidExpiry)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeInvalidExpiry", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeInvalidGLN represents a PedigreeInvalidGLN error raised by the Pedigree contract.
type PedigreePedigreeInvalidGLN struct {
	Gln uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeInvalidGLN(uint64 gln)
func PedigreePedigreeInvalidGLNErrorID() common.Hash {
	return common.HexToHash("0xe3f85db880678509624dfc9655ddaebc41d7176c56f1f080a88f132a61f4b76a")
}

// UnpackPedigreeInvalidGLNError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeInvalidGLN(uint64 gln)
func (pedigree *Pedigree) UnpackPedigreeInvalidGLNError(raw []byte) (*PedigreePedigreeInvalidGLN, error) {
	out := new(PedigreePedigreeInvalidGLN)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeInvalidGLN", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeInvalidGTIN represents a PedigreeInvalidGTIN error raised by the Pedigree contract.
type PedigreePedigreeInvalidGTIN struct {
	Gtin uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeInvalidGTIN(uint64 gtin)
func PedigreePedigreeInvalidGTINErrorID() common.Hash {
	return common.HexToHash("0x89152de9efad7a12152fd3dfcfd68ad85ae9cab47abcff9757cd5bf08463d28a")
}

// UnpackPedigreeInvalidGTINError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeInvalidGTIN(uint64 gtin)
func (pedigree *Pedigree) UnpackPedigreeInvalidGTINError(raw []byte) (*PedigreePedigreeInvalidGTIN, error) {
	out := new(PedigreePedigreeInvalidGTIN)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeInvalidGTIN", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeInvalidLot represents a PedigreeInvalidLot error raised by the Pedigree contract.
type PedigreePedigreeInvalidLot struct {
	Lot string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeInvalidLot(string lot)
func PedigreePedigreeInvalidLotErrorID() common.Hash {
	return common.HexToHash("0x5b11272a698cd376b29a6f095eb30994d644b88e0f49e29cb5fc53285028bb64")
}

// UnpackPedigreeInvalidLotError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeInvalidLot(string lot)
func (pedigree *Pedigree) UnpackPedigreeInvalidLotError(raw []byte) (*PedigreePedigreeInvalidLot, error) {
	out := new(PedigreePedigreeInvalidLot)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeInvalidLot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeInvalidPackList represents a PedigreeInvalidPackList error raised by the Pedigree contract.
type PedigreePedigreeInvalidPackList struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeInvalidPackList()
func PedigreePedigreeInvalidPackListErrorID() common.Hash {
	return common.HexToHash("0x45ce6bce20dcb831afa91ebda5977b49f8922ac5bd85c5836be6b866729611dc")
}

// UnpackPedigreeInvalidPackListError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeInvalidPackList()
func (pedigree *Pedigree) UnpackPedigreeInvalidPackListError(raw []byte) (*PedigreePedigreeInvalidPackList, error) {
	out := new(PedigreePedigreeInvalidPackList)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeInvalidPackList", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeInvalidPackState represents a PedigreeInvalidPackState error raised by the Pedigree contract.
type PedigreePedigreeInvalidPackState struct {
	State uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeInvalidPackState(uint8 state)
func PedigreePedigreeInvalidPackStateErrorID() common.Hash {
	return common.HexToHash("0x0e9b3127e351ebeacbe065e36337c05b7c8606df62be1089bc72f671578b98b2")
}

// UnpackPedigreeInvalidPackStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeInvalidPackState(uint8 state)
func (pedigree *Pedigree) UnpackPedigreeInvalidPackStateError(raw []byte) (*PedigreePedigreeInvalidPackState, error) {
	out := new(PedigreePedigreeInvalidPackState)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeInvalidPackState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeInvalidParticipant represents a PedigreeInvalidParticipant error raised by the Pedigree contract.
type PedigreePedigreeInvalidParticipant struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeInvalidParticipant(address account)
func PedigreePedigreeInvalidParticipantErrorID() common.Hash {
	return common.HexToHash("0xb3efc6020205b137ad46759c5a9f00a5df82d72022ed54d5342ff776802efc5e")
}

// UnpackPedigreeInvalidParticipantError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeInvalidParticipant(address account)
func (pedigree *Pedigree) UnpackPedigreeInvalidParticipantError(raw []byte) (*PedigreePedigreeInvalidParticipant, error) {
	out := new(PedigreePedigreeInvalidParticipant)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeInvalidParticipant", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeInvalidProof represents a PedigreeInvalidProof error raised by the Pedigree contract.
type PedigreePedigreeInvalidProof struct {
	BatchId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeInvalidProof(uint256 batchId)
func PedigreePedigreeInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x1841a423b5bcbcbdf42327f61005749db0d2f4da6954f348e93a233c303634ef")
}

// UnpackPedigreeInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeInvalidProof(uint256 batchId)
func (pedigree *Pedigree) UnpackPedigreeInvalidProofError(raw []byte) (*PedigreePedigreeInvalidProof, error) {
	out := new(PedigreePedigreeInvalidProof)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeInvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeInvalidQuantity represents a PedigreeInvalidQuantity error raised by the Pedigree contract.
type PedigreePedigreeInvalidQuantity struct {
	Quantity *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeInvalidQuantity(uint256 quantity)
func PedigreePedigreeInvalidQuantityErrorID() common.Hash {
	return common.HexToHash("0x91dcad9e35904095997f2b538dc6c212a30c52c032cac0fe4b8801ca49a6c6a7")
}

// UnpackPedigreeInvalidQuantityError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeInvalidQuantity(uint256 quantity)
func (pedigree *Pedigree) UnpackPedigreeInvalidQuantityError(raw []byte) (*PedigreePedigreeInvalidQuantity, error) {
	out := new(PedigreePedigreeInvalidQuantity)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeInvalidQuantity", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeInvalidRecallReason represents a PedigreeInvalidRecallReason error raised by the Pedigree contract.
type PedigreePedigreeInvalidRecallReason struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeInvalidRecallReason()
func PedigreePedigreeInvalidRecallReasonErrorID() common.Hash {
	return common.HexToHash("0x5a873b6ac14e392d5268d01d7b8bee3642be847037b33d9fa3a2835fbb80204d")
}

// UnpackPedigreeInvalidRecallReasonError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeInvalidRecallReason()
func (pedigree *Pedigree) UnpackPedigreeInvalidRecallReasonError(raw []byte) (*PedigreePedigreeInvalidRecallReason, error) {
	out := new(PedigreePedigreeInvalidRecallReason)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeInvalidRecallReason", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeInvalidReceiver represents a PedigreeInvalidReceiver error raised by the Pedigree contract.
type PedigreePedigreeInvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeInvalidReceiver(address receiver)
func PedigreePedigreeInvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x25f31eaab18b083eed80647f181c164d087d163c812c8d816fafd8a069b42db8")
}

// UnpackPedigreeInvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeInvalidReceiver(address receiver)
func (pedigree *Pedigree) UnpackPedigreeInvalidReceiverError(raw []byte) (*PedigreePedigreeInvalidReceiver, error) {
	out := new(PedigreePedigreeInvalidReceiver)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeInvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeInvalidRoot represents a PedigreeInvalidRoot error raised by the Pedigree contract.
type PedigreePedigreeInvalidRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeInvalidRoot()
func PedigreePedigreeInvalidRootErrorID() common.Hash {
	return common.HexToHash("0x336715bdc13035adac2c8c6591f866c57c41e4f4d6fab4baae6e6a5406e4a189")
}

// UnpackPedigreeInvalidRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeInvalidRoot()
func (pedigree *Pedigree) UnpackPedigreeInvalidRootError(raw []byte) (*PedigreePedigreeInvalidRoot, error) {
	out := new(PedigreePedigreeInvalidRoot)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeInvalidRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeIrreversibleState represents a PedigreeIrreversibleState error raised by the Pedigree contract.
type PedigreePedigreeIrreversibleState struct {
	Index *big.Int
	State uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeIrreversibleState(uint256 index, uint8 state)
func PedigreePedigreeIrreversibleStateErrorID() common.Hash {
	return common.HexToHash("0x929e5ce5a2d9d0a88d4020638cce9689aa0db63efc3f01f7157cd37817b4cbee")
}

// UnpackPedigreeIrreversibleStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeIrreversibleState(uint256 index, uint8 state)
func (pedigree *Pedigree) UnpackPedigreeIrreversibleStateError(raw []byte) (*PedigreePedigreeIrreversibleState, error) {
	out := new(PedigreePedigreeIrreversibleState)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeIrreversibleState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeNoShipment represents a PedigreeNoShipment error raised by the Pedigree contract.
type PedigreePedigreeNoShipment struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeNoShipment(uint256 tokenId)
func PedigreePedigreeNoShipmentErrorID() common.Hash {
	return common.HexToHash("0x98782c4a2cf65245cf6a7a6eacc0019d87b9c6df2464116238b98e63d9eb0520")
}

// UnpackPedigreeNoShipmentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeNoShipment(uint256 tokenId)
func (pedigree *Pedigree) UnpackPedigreeNoShipmentError(raw []byte) (*PedigreePedigreeNoShipment, error) {
	out := new(PedigreePedigreeNoShipment)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeNoShipment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeNotCustodian represents a PedigreeNotCustodian error raised by the Pedigree contract.
type PedigreePedigreeNotCustodian struct {
	Account common.Address
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeNotCustodian(address account, uint256 tokenId)
func PedigreePedigreeNotCustodianErrorID() common.Hash {
	return common.HexToHash("0xe77d1fa203e22cf08af597e55563c28f31082f6edffdf5b7972be62123d89364")
}

// UnpackPedigreeNotCustodianError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeNotCustodian(address account, uint256 tokenId)
func (pedigree *Pedigree) UnpackPedigreeNotCustodianError(raw []byte) (*PedigreePedigreeNotCustodian, error) {
	out := new(PedigreePedigreeNotCustodian)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeNotCustodian", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeNotDecommissioner represents a PedigreeNotDecommissioner error raised by the Pedigree contract.
type PedigreePedigreeNotDecommissioner struct {
	Account common.Address
	Index   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeNotDecommissioner(address account, uint256 index)
func PedigreePedigreeNotDecommissionerErrorID() common.Hash {
	return common.HexToHash("0xc3e52af4f1cae4a27ba4ab20b4122a832d4fd943816cff66f59e180bafcac888")
}

// UnpackPedigreeNotDecommissionerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeNotDecommissioner(address account, uint256 index)
func (pedigree *Pedigree) UnpackPedigreeNotDecommissionerError(raw []byte) (*PedigreePedigreeNotDecommissioner, error) {
	out := new(PedigreePedigreeNotDecommissioner)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeNotDecommissioner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeNotParticipant represents a PedigreeNotParticipant error raised by the Pedigree contract.
type PedigreePedigreeNotParticipant struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeNotParticipant(address account)
func PedigreePedigreeNotParticipantErrorID() common.Hash {
	return common.HexToHash("0x8e2ae14b2d6c0f3ee7873152feb5cfc4b9405da1a2034871f24db67b93fca7c4")
}

// UnpackPedigreeNotParticipantError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeNotParticipant(address account)
func (pedigree *Pedigree) UnpackPedigreeNotParticipantError(raw []byte) (*PedigreePedigreeNotParticipant, error) {
	out := new(PedigreePedigreeNotParticipant)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeNotParticipant", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeNotReceiver represents a PedigreeNotReceiver error raised by the Pedigree contract.
type PedigreePedigreeNotReceiver struct {
	Account common.Address
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeNotReceiver(address account, uint256 tokenId)
func PedigreePedigreeNotReceiverErrorID() common.Hash {
	return common.HexToHash("0x071cbbaeb7ee68b5d9297ea403e4e982522c89c61db9b74da208fe11394921f2")
}

// UnpackPedigreeNotReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeNotReceiver(address account, uint256 tokenId)
func (pedigree *Pedigree) UnpackPedigreeNotReceiverError(raw []byte) (*PedigreePedigreeNotReceiver, error) {
	out := new(PedigreePedigreeNotReceiver)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeNotReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeNothingToUndo represents a PedigreeNothingToUndo error raised by the Pedigree contract.
type PedigreePedigreeNothingToUndo struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeNothingToUndo(uint256 index)
func PedigreePedigreeNothingToUndoErrorID() common.Hash {
	return common.HexToHash("0xd116c74b1483e72d3a4a915a304d6734643be38da76ba944f51f550681661342")
}

// UnpackPedigreeNothingToUndoError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeNothingToUndo(uint256 index)
func (pedigree *Pedigree) UnpackPedigreeNothingToUndoError(raw []byte) (*PedigreePedigreeNothingToUndo, error) {
	out := new(PedigreePedigreeNothingToUndo)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeNothingToUndo", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreePackNotActive represents a PedigreePackNotActive error raised by the Pedigree contract.
type PedigreePedigreePackNotActive struct {
	Index *big.Int
	State uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreePackNotActive(uint256 index, uint8 state)
func PedigreePedigreePackNotActiveErrorID() common.Hash {
	return common.HexToHash("0x2889c7fd76716fd8547aa9181fcc742e18c7baee3cfd550409d07b391405aa8f")
}

// UnpackPedigreePackNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreePackNotActive(uint256 index, uint8 state)
func (pedigree *Pedigree) UnpackPedigreePackNotActiveError(raw []byte) (*PedigreePedigreePackNotActive, error) {
	out := new(PedigreePedigreePackNotActive)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreePackNotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreePackOutOfRange represents a PedigreePackOutOfRange error raised by the Pedigree contract.
type PedigreePedigreePackOutOfRange struct {
	TokenId *big.Int
	Index   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreePackOutOfRange(uint256 tokenId, uint256 index)
func PedigreePedigreePackOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x9159b58c459ab57c5b977e2f94586c7788a77c604ff27e327e8e90d9d679de17")
}

// UnpackPedigreePackOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreePackOutOfRange(uint256 tokenId, uint256 index)
func (pedigree *Pedigree) UnpackPedigreePackOutOfRangeError(raw []byte) (*PedigreePedigreePackOutOfRange, error) {
	out := new(PedigreePedigreePackOutOfRange)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreePackOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeParticipantExists represents a PedigreeParticipantExists error raised by the Pedigree contract.
type PedigreePedigreeParticipantExists struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeParticipantExists(address account)
func PedigreePedigreeParticipantExistsErrorID() common.Hash {
	return common.HexToHash("0x0638f14d79854268514b991895969b7fb9f35c8f52b3a6316d863f097e363ec1")
}

// UnpackPedigreeParticipantExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeParticipantExists(address account)
func (pedigree *Pedigree) UnpackPedigreeParticipantExistsError(raw []byte) (*PedigreePedigreeParticipantExists, error) {
	out := new(PedigreePedigreeParticipantExists)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeParticipantExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeParticipantSuspended represents a PedigreeParticipantSuspended error raised by the Pedigree contract.
type PedigreePedigreeParticipantSuspended struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeParticipantSuspended(address account)
func PedigreePedigreeParticipantSuspendedErrorID() common.Hash {
	return common.HexToHash("0xf67ee95491090236c147c601a4e8668576b4eb0da0dffaa5cb40ae69f6b66513")
}

// UnpackPedigreeParticipantSuspendedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeParticipantSuspended(address account)
func (pedigree *Pedigree) UnpackPedigreeParticipantSuspendedError(raw []byte) (*PedigreePedigreeParticipantSuspended, error) {
	out := new(PedigreePedigreeParticipantSuspended)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeParticipantSuspended", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeRouteNotAllowed represents a PedigreeRouteNotAllowed error raised by the Pedigree contract.
type PedigreePedigreeRouteNotAllowed struct {
	From uint8
	To   uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeRouteNotAllowed(uint8 from, uint8 to)
func PedigreePedigreeRouteNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x42c494354d1e02366b3b7a9671582a302736dbdab5fa507228454e6d1df696d4")
}

// UnpackPedigreeRouteNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeRouteNotAllowed(uint8 from, uint8 to)
func (pedigree *Pedigree) UnpackPedigreeRouteNotAllowedError(raw []byte) (*PedigreePedigreeRouteNotAllowed, error) {
	out := new(PedigreePedigreeRouteNotAllowed)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeRouteNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeShipmentPending represents a PedigreeShipmentPending error raised by the Pedigree contract.
type PedigreePedigreeShipmentPending struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeShipmentPending(uint256 tokenId)
func PedigreePedigreeShipmentPendingErrorID() common.Hash {
	return common.HexToHash("0x85fd2ab218daeba87fc63e2a77be4a038e858e54ac4d6f6cf31fdc5e67a2fb75")
}

// UnpackPedigreeShipmentPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeShipmentPending(uint256 tokenId)
func (pedigree *Pedigree) UnpackPedigreeShipmentPendingError(raw []byte) (*PedigreePedigreeShipmentPending, error) {
	out := new(PedigreePedigreeShipmentPending)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeShipmentPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeSplitOutOfRange represents a PedigreeSplitOutOfRange error raised by the Pedigree contract.
type PedigreePedigreeSplitOutOfRange struct {
	TokenId  *big.Int
	NewStart *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeSplitOutOfRange(uint256 tokenId, uint256 newStart)
func PedigreePedigreeSplitOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xc29b8ee2823eaafdf57fc8b15a5d04570593fac3b825adb3a2295443cc98080c")
}

// UnpackPedigreeSplitOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeSplitOutOfRange(uint256 tokenId, uint256 newStart)
func (pedigree *Pedigree) UnpackPedigreeSplitOutOfRangeError(raw []byte) (*PedigreePedigreeSplitOutOfRange, error) {
	out := new(PedigreePedigreeSplitOutOfRange)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeSplitOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeUnauthorizedRole represents a PedigreeUnauthorizedRole error raised by the Pedigree contract.
type PedigreePedigreeUnauthorizedRole struct {
	Account common.Address
	Role    uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeUnauthorizedRole(address account, uint8 role)
func PedigreePedigreeUnauthorizedRoleErrorID() common.Hash {
	return common.HexToHash("0x22b72630de3773d05cf31816476f2061fcb50999efce4174bcbc302158b3cfc5")
}

// UnpackPedigreeUnauthorizedRoleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeUnauthorizedRole(address account, uint8 role)
func (pedigree *Pedigree) UnpackPedigreeUnauthorizedRoleError(raw []byte) (*PedigreePedigreeUnauthorizedRole, error) {
	out := new(PedigreePedigreeUnauthorizedRole)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeUnauthorizedRole", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeUndoWindowClosed represents a PedigreeUndoWindowClosed error raised by the Pedigree contract.
type PedigreePedigreeUndoWindowClosed struct {
	Index      *big.Int
	ChangedDay uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeUndoWindowClosed(uint256 index, uint16 changedDay)
func PedigreePedigreeUndoWindowClosedErrorID() common.Hash {
	return common.HexToHash("0xc4dcfeb50466c852f819bfc988d94f334f9235a7bb275e77f5bce497e6559fe1")
}

// UnpackPedigreeUndoWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeUndoWindowClosed(uint256 index, uint16 changedDay)
func (pedigree *Pedigree) UnpackPedigreeUndoWindowClosedError(raw []byte) (*PedigreePedigreeUndoWindowClosed, error) {
	out := new(PedigreePedigreeUndoWindowClosed)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeUndoWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeUnknownBatch represents a PedigreeUnknownBatch error raised by the Pedigree contract.
type PedigreePedigreeUnknownBatch struct {
	BatchId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeUnknownBatch(uint256 batchId)
func PedigreePedigreeUnknownBatchErrorID() common.Hash {
	return common.HexToHash("0xba7467f33851735423c37e0f6678bd296d8b1f84540b21222b7afdb1e6cdee08")
}

// UnpackPedigreeUnknownBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeUnknownBatch(uint256 batchId)
func (pedigree *Pedigree) UnpackPedigreeUnknownBatchError(raw []byte) (*PedigreePedigreeUnknownBatch, error) {
	out := new(PedigreePedigreeUnknownBatch)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeUnknownBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}
