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

// IPedigreeBatch is an auto generated low-level Go binding around an user-defined struct.
type IPedigreeBatch struct {
	SerialsRoot  [32]byte
	Manufacturer common.Address
	ExpiryDay    uint16
	RecallReason uint8
}

// IPedigreeNeighbour is an auto generated low-level Go binding around an user-defined struct.
type IPedigreeNeighbour struct {
	Position   *big.Int
	SerialHash [32]byte
	Proof      [][32]byte
}

// IPedigreeParticipant is an auto generated low-level Go binding around an user-defined struct.
type IPedigreeParticipant struct {
	Role      uint8
	Suspended bool
	Number    *big.Int
	Gln       uint64
}

// PedigreeMetaData contains all meta data concerning the Pedigree contract.
var PedigreeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"regulatorGln\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MerkleProofInvalidMultiproof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"manufacturer\",\"type\":\"address\"}],\"name\":\"PedigreeAlreadyAssigned\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PedigreeApprovalsDisabled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"name\":\"PedigreeBatchExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"name\":\"PedigreeBatchExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"name\":\"PedigreeBatchRecalled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"PedigreeGTINNotOwned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"expiryDay\",\"type\":\"uint16\"}],\"name\":\"PedigreeInvalidExpiry\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gln\",\"type\":\"uint64\"}],\"name\":\"PedigreeInvalidGLN\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"}],\"name\":\"PedigreeInvalidGTIN\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"lot\",\"type\":\"string\"}],\"name\":\"PedigreeInvalidLot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"serialHash\",\"type\":\"bytes32\"}],\"name\":\"PedigreeInvalidNonMembership\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PedigreeInvalidPackList\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumIPedigree.PackState\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"PedigreeInvalidPackState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"PedigreeInvalidParticipant\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"prefix\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"length\",\"type\":\"uint8\"}],\"name\":\"PedigreeInvalidPrefix\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"name\":\"PedigreeInvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"}],\"name\":\"PedigreeInvalidQuantity\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PedigreeInvalidRecallReason\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"PedigreeInvalidReceiver\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PedigreeInvalidRoot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"enumIPedigree.PackState\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"PedigreeIrreversibleState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"PedigreeNoShipment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"PedigreeNotCustodian\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"PedigreeNotDecommissioner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"PedigreeNotManufacturer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"PedigreeNotParticipant\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"PedigreeNotReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"PedigreeNothingToUndo\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"enumIPedigree.PackState\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"PedigreePackNotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"PedigreePackOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"PedigreeParticipantExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"PedigreeParticipantSuspended\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumIPedigree.Role\",\"name\":\"from\",\"type\":\"uint8\"},{\"internalType\":\"enumIPedigree.Role\",\"name\":\"to\",\"type\":\"uint8\"}],\"name\":\"PedigreeRouteNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"PedigreeShipmentPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"newStart\",\"type\":\"uint256\"}],\"name\":\"PedigreeSplitOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"enumIPedigree.Role\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"PedigreeUnauthorizedRole\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"changedDay\",\"type\":\"uint16\"}],\"name\":\"PedigreeUndoWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"name\":\"PedigreeUnknownBatch\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"BatchRecalled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"manufacturer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"lot\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"expiryDay\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint24\",\"name\":\"quantity\",\"type\":\"uint24\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"indexRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"sortedRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"masterDataHash\",\"type\":\"bytes32\"}],\"name\":\"BatchRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"manufacturer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previous\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"GTINAssigned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"actor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumIPedigree.PackState\",\"name\":\"state\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"indexes\",\"type\":\"uint256[]\"}],\"name\":\"PackStatesChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"actor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"indexes\",\"type\":\"uint256[]\"}],\"name\":\"PackStatesReverted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumIPedigree.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"gln\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint24\",\"name\":\"number\",\"type\":\"uint24\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ParticipantRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ParticipantReinstated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ParticipantSuspended\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"prefix\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"length\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"manufacturer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previous\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"PrefixAssigned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ShipmentCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"ShipmentSent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"newTokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint24\",\"name\":\"start\",\"type\":\"uint24\"},{\"indexed\":false,\"internalType\":\"uint24\",\"name\":\"end\",\"type\":\"uint24\"}],\"name\":\"TokenSplit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"SORTED_LEAF_TAG\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UNDO_WINDOW_DAYS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"accept\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"manufacturer\",\"type\":\"address\"}],\"name\":\"assignGTIN\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"prefix\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"length\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"manufacturer\",\"type\":\"address\"}],\"name\":\"assignPrefix\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"name\":\"batch\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"serialsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"manufacturer\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"expiryDay\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"recallReason\",\"type\":\"uint8\"}],\"internalType\":\"structIPedigree.Batch\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"lot\",\"type\":\"string\"}],\"name\":\"batchIdOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"cancelShipment\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"}],\"name\":\"gtinOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"packState\",\"outputs\":[{\"internalType\":\"enumIPedigree.PackState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"day\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"actor\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"participant\",\"outputs\":[{\"components\":[{\"internalType\":\"enumIPedigree.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"suspended\",\"type\":\"bool\"},{\"internalType\":\"uint24\",\"name\":\"number\",\"type\":\"uint24\"},{\"internalType\":\"uint64\",\"name\":\"gln\",\"type\":\"uint64\"}],\"internalType\":\"structIPedigree.Participant\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint24\",\"name\":\"number\",\"type\":\"uint24\"}],\"name\":\"participantAccount\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"prefix\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"length\",\"type\":\"uint8\"}],\"name\":\"prefixOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"recall\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"lot\",\"type\":\"string\"},{\"internalType\":\"uint16\",\"name\":\"expiryDay\",\"type\":\"uint16\"},{\"internalType\":\"uint24\",\"name\":\"quantity\",\"type\":\"uint24\"},{\"internalType\":\"bytes32\",\"name\":\"indexRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"sortedRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"masterDataHash\",\"type\":\"bytes32\"}],\"name\":\"registerBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"enumIPedigree.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"gln\",\"type\":\"uint64\"}],\"name\":\"registerParticipant\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"reinstateParticipant\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"serialHash\",\"type\":\"bytes32\"},{\"internalType\":\"enumIPedigree.PackState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"setPackState\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"indexes\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"serialHashes\",\"type\":\"bytes32[]\"},{\"internalType\":\"enumIPedigree.PackState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bool[]\",\"name\":\"proofFlags\",\"type\":\"bool[]\"}],\"name\":\"setPackStates\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"ship\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint24\",\"name\":\"newStart\",\"type\":\"uint24\"}],\"name\":\"split\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"newTokenId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"suspendParticipant\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"token\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"internalType\":\"uint24\",\"name\":\"start\",\"type\":\"uint24\"},{\"internalType\":\"uint24\",\"name\":\"end\",\"type\":\"uint24\"},{\"internalType\":\"address\",\"name\":\"pendingTo\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"indexes\",\"type\":\"uint256[]\"}],\"name\":\"undoPackStates\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"serialHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"serialHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIPedigree.Neighbour\",\"name\":\"low\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"serialHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIPedigree.Neighbour\",\"name\":\"high\",\"type\":\"tuple\"}],\"name\":\"verifyAbsent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"serialHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifySerial\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Pedigree",
	Bin: "0x608060405234801561000f575f5ffd5b50604051615dfb380380615dfb83398101604081905261002e916103cf565b6040518060400160405280600e81526020016d0a0cac8d2cee4caca4084c2e8c6d60931b81525060405180604001604052806008815260200167504544494752454560c01b815250815f9081610084919061049f565b506001610091828261049f565b5050506100a733600483336100ad60201b60201c565b5061067f565b6001600160a01b03841615806100d357505f8360048111156100d1576100d161055d565b145b15610101576040516359f7e30160e11b81526001600160a01b03851660048201526024015b60405180910390fd5b6001600160a01b0384165f9081526006602052604081205460ff16600481111561012d5761012d61055d565b1461015657604051630638f14d60e01b81526001600160a01b03851660048201526024016100f8565b610166826509184e72a00061031c565b61018e57604051631c7f0bb760e31b81526001600160401b03831660048201526024016100f8565b600880545f919082906101a59062ffffff16610585565b91906101000a81548162ffffff021916908362ffffff1602179055905060405180608001604052808560048111156101df576101df61055d565b81525f602080830182905262ffffff85166040808501919091526001600160401b0388166060909401939093526001600160a01b0389168252600690522081518154829060ff1916600183600481111561023b5761023b61055d565b0217905550602082810151825460408086015160609096015164ffffffff00199092166101009315159390930264ffffff00001916929092176201000062ffffff9687160217600160281b600160681b031916650100000000006001600160401b0390921691909102179092559183165f90815260079092529081902080546001600160a01b0319166001600160a01b03888116918217909255915190841691907f826dca01469b02df85d181ae89b1ba101d994f8d9c62e5c97462b2eb16a81c729061030d908890889087906105a7565b60405180910390a35050505050565b5f6001600160401b03831615806103455750816001600160401b0316836001600160401b031610155b1561035157505f6103c9565b5f61035d600a856105fd565b6001600160401b031690505f5b811561038e57600a820660030201600a82049150600a820601600a8204915061036a565b610399600a8661062b565b6001600160401b0316600a6103ae8184610659565b6103b990600a61066c565b6103c39190610659565b14925050505b92915050565b5f602082840312156103df575f5ffd5b81516001600160401b03811681146103f5575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061042457607f821691505b60208210810361044257634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561049a578282111561049a57805f5260205f20601f840160051c602085101561047357505f5b90810190601f840160051c035f5b81811015610496575f83820155600101610481565b5050505b505050565b81516001600160401b038111156104b8576104b86103fc565b6104cc816104c68454610410565b84610448565b6020601f8211600181146104fe575f83156104e75750848201515b5f19600385901b1c1916600184901b178455610556565b5f84815260208120601f198516915b8281101561052d578785015182556020948501946001909201910161050d565b508482101561054a57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b634e487b7160e01b5f52602160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f62ffffff821662ffffff810361059e5761059e610571565b60010192915050565b60608101600585106105c757634e487b7160e01b5f52602160045260245ffd5b9381526001600160401b0392909216602083015262ffffff1660409091015290565b634e487b7160e01b5f52601260045260245ffd5b5f6001600160401b03831680610615576106156105e9565b6001600160401b03929092169190910492915050565b5f6001600160401b03831680610643576106436105e9565b6001600160401b03929092169190910692915050565b5f82610667576106676105e9565b500690565b818103818111156103c9576103c9610571565b61576f8061068c5f395ff3fe608060405234801561000f575f5ffd5b506004361061029c575f3560e01c80636526746c11610171578063b88d4fde116100d2578063d5eeb4f111610088578063ef0be0391161006e578063ef0be03914610635578063f4288daa14610648578063fe4447d21461066e575f5ffd5b8063d5eeb4f1146105e7578063e985e9c5146105fa575f5ffd5b8063c87b56dd116100b8578063c87b56dd146105ae578063cbf024c7146105c1578063ccfd1b22146105d4575f5ffd5b8063b88d4fde14610588578063bddc4a001461059b575f5ffd5b806388b09b411161012757806395d89b411161010d57806395d89b411461055a5780639f0d6d0f14610562578063a22cb46514610575575f5ffd5b806388b09b411461053f5780638ad2499c14610547575f5ffd5b806370a082311161015757806370a08231146105065780637192aced146105195780637faa7bc71461052c575f5ffd5b80636526746c146104e057806370587895146104f3575f5ffd5b80630fd046191161021b5780633d240cd9116101d157806342842e0e116101b757806342842e0e146104a7578063463c4331146104ba5780636352211e146104cd575f5ffd5b80633d240cd9146104815780633ddab05814610494575f5ffd5b806319b05f491161020157806319b05f491461043b57806323b872dd1461044e5780632605b3c714610461575f5ffd5b80630fd04619146104075780631885ae4914610428575f5ffd5b806305d4717111610270578063081812fc11610256578063081812fc14610373578063095ea7b31461039e5780630eaa75fe146103b1575f5ffd5b806305d471711461034b57806306fdde031461035e575f5ffd5b8062399e03146102a057806301ffc9a7146102cb578063044215c6146102ee5780630482e80314610336575b5f5ffd5b6102b36102ae36600461487d565b61069b565b6040516102c2939291906148de565b60405180910390f35b6102de6102d936600461493d565b61072b565b60405190151581526020016102c2565b6103016102fc366004614958565b61080f565b6040516102c2949392919093845262ffffff9283166020850152911660408301526001600160a01b0316606082015260800190565b61034961034436600461497f565b61085c565b005b6103496103593660046149d6565b610b06565b610366610cf5565b6040516102c29190614a44565b610386610381366004614958565b610d84565b6040516001600160a01b0390911681526020016102c2565b6103496103ac366004614a56565b610dab565b6103c46103bf366004614958565b610dba565b6040516102c29190815181526020808301516001600160a01b03169082015260408083015161ffff169082015260609182015160ff169181019190915260800190565b61041a610415366004614a90565b610f3f565b6040519081526020016102c2565b61041a610436366004614af6565b611228565b610349610449366004614958565b611260565b61034961045c366004614b45565b61126b565b61047461046f366004614b7f565b611326565b6040516102c29190614ba8565b61034961048f366004614bef565b6113d6565b6103496104a2366004614b7f565b6113f2565b6103496104b5366004614b45565b61152f565b6103496104c8366004614c6c565b611549565b6103866104db366004614958565b6118b8565b6102de6104ee366004614ca7565b6118c2565b610386610501366004614d03565b61190b565b61041a610514366004614b7f565b611975565b610386610527366004614d2b565b6119d3565b61034961053a366004614958565b611b09565b61041a600a81565b610349610555366004614d52565b611c87565b610366611dcf565b610349610570366004614e3d565b611dde565b610349610583366004614e6d565b611f49565b610349610596366004614ec2565b611f54565b6102de6105a9366004614fb6565b611f6c565b6103666105bc366004614958565b61219e565b61041a6105cf36600461502d565b61220e565b6103496105e23660046150be565b6126af565b6103496105f536600461512a565b61294f565b6102de610608366004615152565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b610349610643366004614b7f565b612a2c565b61041a7e71ef376c33264fc54057ce144da184f79d37cb5b9f0c0756909b102365538d81565b61038661067c36600461516c565b62ffffff165f908152600760205260409020546001600160a01b031690565b5f8080806106b36001680100000000000000006151b2565b6106c16040600388166151c5565b5f888152600d6020908152604080832060028b901c8452909152902054901c16905060ff811660088111156106f8576106f861489d565b601882901c62ffffff165f90815260076020526040902054909760089290921c96506001600160a01b0316945092505050565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f80ac58cd0000000000000000000000000000000000000000000000000000000014806107bd57507fffffffff0000000000000000000000000000000000000000000000000000000082167f5b5e139f00000000000000000000000000000000000000000000000000000000145b8061080957507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f5f5f5f5f5f61081e87612af8565b506060820151608083015160a09093015162ffffff165f90815260076020526040902054919a9099509197506001600160a01b031695509350505050565b5f610865612d7c565b5f848152600b6020908152604091829020825160c08101845290546001600160a01b03811680835261ffff740100000000000000000000000000000000000000008304169383019390935260ff7601000000000000000000000000000000000000000000008204169382019390935262ffffff770100000000000000000000000000000000000000000000008404811660608301527a0100000000000000000000000000000000000000000000000000008404811660808301527d01000000000000000000000000000000000000000000000000000000000090930490921660a08301529192509061098b576040517fba7467f3000000000000000000000000000000000000000000000000000000008152600481018590526024015b60405180910390fd5b6004825160048111156109a0576109a061489d565b141580156109b8575080516001600160a01b03163314155b156109f35781516040517f22b726300000000000000000000000000000000000000000000000000000000081526109829133916004016151dc565b8260ff165f03610a2f576040517f5a873b6a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b604081015160ff1615610a71576040517f364563ab00000000000000000000000000000000000000000000000000000000815260048101859052602401610982565b5f848152600b602090815260409182902080547fffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffff1676010000000000000000000000000000000000000000000060ff8816908102919091179091559151918252339186917f7daf39b67dcb66a1dbde107a0c90b9ecef53fabd9f8acd701a2980f02ff26f60910160405180910390a350505050565b610b18610b11612d7c565b6004612dad565b60068260ff161080610b2d5750600c8260ff16115b80610b4c5750610b3e82600a6152dc565b8367ffffffffffffffff1610155b15610b98576040517fc3c0bb9f00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8416600482015260ff83166024820152604401610982565b610ba181612e0d565b5f60068360ff1603610c50575067ffffffffffffffff83165f90815260096020526040902080546001600160a01b03908116919083168203610c1a576040517fab204e7e0000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610982565b80547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b038416179055610c98565b610c95610c61600660ff86166151b2565b610c6c90600a6152ea565b610c809067ffffffffffffffff8716615322565b8460ff168667ffffffffffffffff1685612f33565b90505b6040805167ffffffffffffffff8616815260ff8516602082015233916001600160a01b0384811692908616917fcc202d04835bca0d5d0a5c02db80b1931a74bc48050d508a1605dd494a0c05ab910160405180910390a450505050565b60605f8054610d0390615335565b80601f0160208091040260200160405190810160405280929190818152602001828054610d2f90615335565b8015610d7a5780601f10610d5157610100808354040283529160200191610d7a565b820191905f5260205f20905b815481529060010190602001808311610d5d57829003601f168201915b5050505050905090565b5f610d8e82613066565b505f828152600460205260409020546001600160a01b0316610809565b610db68282336130b7565b5050565b604080516080810182525f8082526020820181905291810182905260608101919091525f828152600b6020908152604091829020825160c08101845290546001600160a01b03811680835261ffff740100000000000000000000000000000000000000008304169383019390935260ff7601000000000000000000000000000000000000000000008204169382019390935262ffffff770100000000000000000000000000000000000000000000008404811660608301527a0100000000000000000000000000000000000000000000000000008404811660808301527d01000000000000000000000000000000000000000000000000000000000090930490921660a0830152610efa576040517fba7467f300000000000000000000000000000000000000000000000000000000815260048101849052602401610982565b604080516080810182525f948552600c60209081529482902054815282516001600160a01b0316858201529382015161ffff1684820152015160ff1660608301525090565b5f610f48612d7c565b505f5f610f54856130c4565b5091509150816060015162ffffff168462ffffff16111580610f845750816080015162ffffff168462ffffff1610155b15610fc9576040517fc29b8ee20000000000000000000000000000000000000000000000000000000081526004810186905262ffffff85166024820152604401610982565b6040805160c0810182525f808252602080830182815283850183815262ffffff8a81166060870181815260808b810151841690890190815260a089018881528b8418808a52600b9098528a892099518a54975196519351925191516001600160a01b039091167fffffffffffffffffffff00000000000000000000000000000000000000000000909816979097177401000000000000000000000000000000000000000061ffff90971696909602959095177fffffffffffff00000000ffffffffffffffffffffffffffffffffffffffffffff1676010000000000000000000000000000000000000000000060ff909316929092027fffffffffffff000000ffffffffffffffffffffffffffffffffffffffffffffff169190911777010000000000000000000000000000000000000000000000918416919091021779ffffffffffffffffffffffffffffffffffffffffffffffffffff167a01000000000000000000000000000000000000000000000000000093831684027cffffffffffffffffffffffffffffffffffffffffffffffffffffffffff16177d0100000000000000000000000000000000000000000000000000000000009490921693909302179094558983529390912080547fffffff000000ffffffffffffffffffffffffffffffffffffffffffffffffffff16929093029190911790915592506111cf338461322a565b8083867ff2a77ed18692b84fac9ae3d03724b31aa42e2536bec021952f597bab78d8554187866080015160405161121892919062ffffff92831681529116602082015260400190565b60405180910390a4505092915050565b5f83838360405160200161123e939291906153a9565b604051602081830303815290604052805190602001205f1c90505b9392505050565b610db63382336132bd565b6001600160a01b0382166112ad576040517f64a0ae920000000000000000000000000000000000000000000000000000000081525f6004820152602401610982565b5f6112b98383336132bd565b9050836001600160a01b0316816001600160a01b031614611320576040517f64283d7b0000000000000000000000000000000000000000000000000000000081526001600160a01b0380861660048301526024820184905282166044820152606401610982565b50505050565b604080516080810182525f8082526020820181905291810182905260608101919091526001600160a01b0382165f90815260066020526040908190208151608081019092528054829060ff1660048111156113835761138361489d565b60048111156113945761139461489d565b81529054610100810460ff161515602083015262010000810462ffffff16604083015265010000000000900467ffffffffffffffff1660609091015292915050565b6113e1610b11612d7c565b6113ed838383336134dd565b505050565b6113fd610b11612d7c565b6001600160a01b0381165f90815260066020526040812090815460ff16600481111561142b5761142b61489d565b0361146d576040517f8e2ae14b0000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610982565b8054610100900460ff168061148a57506001600160a01b03821633145b156114cc576040517fb3efc6020000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610982565b80547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff1661010017815560405133906001600160a01b038416907f1c64ca3c55d257d5d88ad3a92c10b783035ebd2344424167794cb5e4f863f94e905f90a35050565b6113ed83838360405180602001604052805f815250611f54565b5f611552612d7c565b90505f5f5f611560876130c4565b9250925092505f61156f613814565b9050816020015161ffff168111156115b6576040517fe54a780700000000000000000000000000000000000000000000000000000000815260048101849052602401610982565b5f8690036115f0576040517f45ce6bce00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f838152600d60205260408120905b87811015611868575f89898381811061161a5761161a6153cc565b905060200201359050866060015162ffffff168110806116435750866080015162ffffff168110155b15611684576040517f9159b58c000000000000000000000000000000000000000000000000000000008152600481018c905260248101829052604401610982565b5f6116936040600384166151c5565b600283901c5f908152602086905260408120549192506116bd6001680100000000000000006151b2565b82841c1690505f60ff821660088111156116d9576116d961489d565b9050600882901c5f8260088111156116f3576116f361489d565b0361172d576040517fd116c74b00000000000000000000000000000000000000000000000000000000815260048101879052602401610982565b60028260088111156117415761174161489d565b0361177c5785826040517f929e5ce50000000000000000000000000000000000000000000000000000000081526004016109829291906153f9565b8c6040015162ffffff16601884901c62ffffff16146117d0576040517fc3e52af400000000000000000000000000000000000000000000000000000000815233600482015260248101879052604401610982565b6117df600a61ffff831661540d565b891115611825576040517fc4dcfeb50000000000000000000000000000000000000000000000000000000081526004810187905261ffff82166024820152604401610982565b8461183a6001680100000000000000006151b2565b901b198416885f600289901c81526020019081526020015f20819055505050505050508060010190506115ff565b50336001600160a01b0316847f755b613877095d012f280f8261632f8970f66ba5ce6800f4989ed14ae22b29f78a8a6040516118a5929190615469565b60405180910390a3505050505050505050565b5f61080982613066565b5f858152600c602052604081205480158015906118fe57506118fe8484836118f98a8a5f9182526020908152604082208252902090565b613822565b9150505b95945050505050565b5f60068260ff160361193f575067ffffffffffffffff82165f908152600960205260409020546001600160a01b0316610809565b5067ffffffffffffffff91909116604091821b68ff000000000000000016175f908152600a60205220546001600160a01b031690565b5f6001600160a01b0382166119b8576040517f89c62b640000000000000000000000000000000000000000000000000000000081525f6004820152602401610982565b506001600160a01b03165f9081526003602052604090205490565b5f5f60095f6119e185613839565b815260208082019290925260409081015f208151808301909252546001600160a01b038116825274010000000000000000000000000000000000000000900461ffff1691810182905291508015611b01576001600e82901c1615611a7c5767ffffffffffffffff8416680e0000000000000000175f908152600a60205260409020546001600160a01b03168015611a7a57949350505050565b505b600c5b6006811115611aff57600182821c1615611af7575f81600a0a82600d03600a0a8767ffffffffffffffff1681611ab757611ab76152f5565b0481611ac557611ac56152f5565b06604083811b82175f908152600a60205220549091506001600160a01b03168015611af4579695505050505050565b50505b5f1901611a7f565b505b505192915050565b5f611b12612d7c565b90505f5f5f611b2085612af8565b925092509250806040015160ff165f14611b69576040517f364563ab00000000000000000000000000000000000000000000000000000000815260048101839052602401610982565b8260a0015162ffffff165f03611bae576040517f98782c4a00000000000000000000000000000000000000000000000000000000815260048101869052602401610982565b836040015162ffffff168360a0015162ffffff1614158015611be657505f858152600260205260409020546001600160a01b03163314155b15611c26576040517f071cbbae00000000000000000000000000000000000000000000000000000000815233600482015260248101869052604401610982565b5f858152600b602052604080822080547cffffffffffffffffffffffffffffffffffffffffffffffffffffffffff16905551339187917fd8aa95458d124cbb2f87090b45a5c889f149cbf1ad06d0ea5b75ce461b0e4e679190a35050505050565b5f611c9d86611c94612d7c565b60400151613865565b90505f866008811115611cb257611cb261489d565b03611ceb57856040517f0e9b3127000000000000000000000000000000000000000000000000000000008152600401610982919061547c565b5f611cf88c8c8c8b61389a565b90505f611d078c8c8c8c6139f6565b9050611d2887878787600c5f8881526020019081526020015f205486613b3e565b611d61576040517f1841a42300000000000000000000000000000000000000000000000000000000815260048101839052602401610982565b5f828152600d60205260409020611d7a908d8d86613b59565b336001600160a01b0316827f322751bf5c65278c37592b115e84a9a89380bd8ce21281854f5f23bef91f468f8a8f8f604051611db89392919061548a565b60405180910390a350505050505050505050505050565b606060018054610d0390615335565b5f611de7612d7c565b90505f611df3846130c4565b925050336001600160a01b038516039050611e45576040517f25f31eaa0000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610982565b5f611e4f84613c82565b835181518451929350611e6f926001600160a01b03888116911614613dd0565b611eab57825181516040517f42c494350000000000000000000000000000000000000000000000000000000081526109829291906004016154aa565b6040808201515f878152600b602052828120805462ffffff9093167d010000000000000000000000000000000000000000000000000000000000027cffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9093169290921790915590516001600160a01b03861691339188917ffe7bbec77fa4bfb1991d6f48ea9ffb6874d380000ba7b924d9ffd413fe24e0c591a45050505050565b610db6338383613ea5565b611f5f84848461126b565b6113203385858585613ed7565b5f848152600c602052604081205480611fb4576040517fba7467f300000000000000000000000000000000000000000000000000000000815260048101879052602401610982565b82351580611fce57508335611fcb600185356151b2565b14155b80611fec5750848460200135108015611fea5750826020013585105b155b1561202d576040517f88a99f700000000000000000000000000000000000000000000000000000000081526004810187905260248101869052604401610982565b6120be61203d60408601866154c5565b836118f9883560208a0135604080517e71ef376c33264fc54057ce144da184f79d37cb5b9f0c0756909b102365538d6020820152908101839052606081018290525f9060800160408051601f198184030181528282528051602091820120908301520160405160208183030381529060405280519060200120905092915050565b158061215857506121566120d560408501856154c5565b836118f987356020890135604080517e71ef376c33264fc54057ce144da184f79d37cb5b9f0c0756909b102365538d6020820152908101839052606081018290525f9060800160408051601f198184030181528282528051602091820120908301520160405160208183030381529060405280519060200120905092915050565b155b15612192576040517f1841a42300000000000000000000000000000000000000000000000000000000815260048101879052602401610982565b50600195945050505050565b60606121a982613066565b505f6121bf60408051602081019091525f815290565b90505f8151116121dd5760405180602001604052805f815250611259565b806121e78461407b565b6040516020016121f8929190615540565b6040516020818303038152906040529392505050565b5f61222161221a612d7c565b6001612dad565b61223189655af3107a4000614118565b612273576040517f89152de900000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8a166004820152602401610982565b3361227d8a6119d3565b6001600160a01b0316146122cf576040517feb58c4a100000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8a166004820152336024820152604401610982565b6122d988886141c4565b6123135787876040517f5b11272a000000000000000000000000000000000000000000000000000000008152600401610982929190615554565b61231b613814565b8661ffff16101561235e576040517fd058c76d00000000000000000000000000000000000000000000000000000000815261ffff87166004820152602401610982565b8462ffffff165f036123a3576040517f91dcad9e00000000000000000000000000000000000000000000000000000000815262ffffff86166004820152602401610982565b8315806123ae575082155b156123e5576040517f336715bd00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6123f0898989611228565b5f818152600b60205260409020549091507a010000000000000000000000000000000000000000000000000000900462ffffff161561245e576040517fce617c5100000000000000000000000000000000000000000000000000000000815260048101829052602401610982565b6040805160c08101825233815261ffff80891660208084019182525f8486018181526060860182815262ffffff8d81166080890190815260a089018581528b8652600b90965298909320965187549551925191519851945184167d010000000000000000000000000000000000000000000000000000000000027cffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9585167a010000000000000000000000000000000000000000000000000000029590951679ffffffffffffffffffffffffffffffffffffffffffffffffffff9990941677010000000000000000000000000000000000000000000000027fffffffffffff000000ffffffffffffffffffffffffffffffffffffffffffffff60ff9390931676010000000000000000000000000000000000000000000002929092167fffffffffffff00000000ffffffffffffffffffffffffffffffffffffffffffff9390971674010000000000000000000000000000000000000000027fffffffffffffffffffff000000000000000000000000000000000000000000009096166001600160a01b03919091161794909417169390931791909117939093161791909117905561263b8484808210918118918202185f81815291186020526040902090565b5f828152600c6020526040902055612653338261322a565b336001600160a01b0316817f5ea49d899ffa383e6fc8ca7d72144f0b9f21b8907835bf30d81c67040118b5a78b8b8b8b8b8b8b8b60405161269b989796959493929190615567565b60405180910390a398975050505050505050565b5f6126b8612d7c565b90505f5f6126c5896130c4565b5091509150816060015162ffffff168810806126ea5750816080015162ffffff168810155b1561272b576040517f9159b58c000000000000000000000000000000000000000000000000000000008152600481018a905260248101899052604401610982565b5f818152600c60209081526040808320548b84528a835290832083529120612757918791879190613822565b612790576040517f1841a42300000000000000000000000000000000000000000000000000000000815260048101829052602401610982565b5f8660088111156127a3576127a361489d565b036127dc57856040517f0e9b3127000000000000000000000000000000000000000000000000000000008152600401610982919061547c565b5f6127eb604060038b166151c5565b5f838152600d6020908152604080832060028e901c845290915281205491925060ff82841c1660088111156128225761282261489d565b90505f8160088111156128375761283761489d565b14612872578a816040517f2889c7fd0000000000000000000000000000000000000000000000000000000081526004016109829291906153f9565b826128818a8860400151613865565b901b8217600d5f8681526020019081526020015f205f60028e901c81526020019081526020015f20819055505f600167ffffffffffffffff8111156128c8576128c8614e95565b6040519080825280602002602001820160405280156128f1578160200160208202803683370190505b5090508b815f81518110612907576129076153cc565b602002602001018181525050336001600160a01b0316857f322751bf5c65278c37592b115e84a9a89380bd8ce21281854f5f23bef91f468f8c84604051611db89291906155be565b61295a610b11612d7c565b61296a82655af3107a4000614118565b6129ac576040517f89152de900000000000000000000000000000000000000000000000000000000815267ffffffffffffffff83166004820152602401610982565b6129b581612e0d565b5f6129d56129c284613839565b600e8567ffffffffffffffff1685612f33565b60405167ffffffffffffffff8516815290915033906001600160a01b0380841691908516907f2586eeab42ca79ecaebce59872052fa7a93a145ed84ff7f5077c64da9f911bdd9060200160405180910390a4505050565b612a37610b11612d7c565b6001600160a01b0381165f9081526006602052604090208054610100900460ff16612a99576040517fb3efc6020000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610982565b80547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff16815560405133906001600160a01b038416907fc034705d6ac5285b0bba58ac4bd276fef187bc8f82fc9a175d397da559daee96905f90a35050565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091526040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a081018290525f848152600b60209081526040808320815160c08101835290546001600160a01b038116825261ffff740100000000000000000000000000000000000000008204169382019390935260ff7601000000000000000000000000000000000000000000008404169181019190915262ffffff770100000000000000000000000000000000000000000000008304811660608301527a01000000000000000000000000000000000000000000000000000083048116608083018190527d0100000000000000000000000000000000000000000000000000000000009093041660a082015294509003612c78576040517f7e27328900000000000000000000000000000000000000000000000000000000815260048101859052602401610982565b606083015162ffffff16848118925015612d72575f828152600b6020908152604091829020825160c08101845290546001600160a01b038116825261ffff740100000000000000000000000000000000000000008204169282019290925260ff7601000000000000000000000000000000000000000000008304169281019290925262ffffff770100000000000000000000000000000000000000000000008204811660608401527a0100000000000000000000000000000000000000000000000000008204811660808401527d0100000000000000000000000000000000000000000000000000000000009091041660a0820152612d74565b825b929491935050565b604080516080810182525f808252602082018190529181018290526060810191909152612da833613c82565b905090565b806004811115612dbf57612dbf61489d565b82516004811115612dd257612dd261489d565b14610db65781516040517f22b726300000000000000000000000000000000000000000000000000000000081526109829133916004016151dc565b6001600160a01b0381165f908152600660205260408082208151608081019092528054829060ff166004811115612e4657612e4661489d565b6004811115612e5757612e5761489d565b81529054610100810460ff161515602083015262010000810462ffffff16604083015265010000000000900467ffffffffffffffff166060909101529050600181516004811115612eaa57612eaa61489d565b14612eec576040517fff2d8de60000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610982565b806020015115610db6576040517ff67ee9540000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610982565b604083811b83175f818152600a60205291909120546001600160a01b03908116919083168203612f9a576040517fab204e7e0000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610982565b5f818152600a6020908152604080832080546001600160a01b0388167fffffffffffffffffffffffff000000000000000000000000000000000000000090911617905588835260099091529020805461ffff7401000000000000000000000000000000000000000090910481166001881b818117921681171461305b5781547fffffffffffffffffffff0000ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000061ffff8316021782555b505050949350505050565b5f818152600260205260408120546001600160a01b031680610809576040517f7e27328900000000000000000000000000000000000000000000000000000000815260048101849052602401610982565b6113ed838383600161423e565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091526040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905261312e84612af8565b9194509250905033613154855f908152600260205260409020546001600160a01b031690565b6001600160a01b03161461319d576040517fe77d1fa200000000000000000000000000000000000000000000000000000000815233600482015260248101859052604401610982565b604081015160ff16156131df576040517f364563ab00000000000000000000000000000000000000000000000000000000815260048101839052602401610982565b60a083015162ffffff1615613223576040517f85fd2ab200000000000000000000000000000000000000000000000000000000815260048101859052602401610982565b9193909250565b6001600160a01b03821661326c576040517f64a0ae920000000000000000000000000000000000000000000000000000000081525f6004820152602401610982565b5f61327883835f6132bd565b90506001600160a01b038116156113ed576040517f73c6ac6e0000000000000000000000000000000000000000000000000000000081525f6004820152602401610982565b5f828152600260205260408120546001600160a01b0316613321576001600160a01b0382161561331c576040517f7e27328900000000000000000000000000000000000000000000000000000000815260048101849052602401610982565b6134ca565b6001600160a01b03841615806133495750836001600160a01b0316826001600160a01b031614155b15613392576040517f071cbbae0000000000000000000000000000000000000000000000000000000081526001600160a01b038316600482015260248101849052604401610982565b5f61339c85613c82565b90505f5f5f6133aa87612af8565b925092509250806040015160ff165f146133f3576040517f364563ab00000000000000000000000000000000000000000000000000000000815260048101839052602401610982565b8260a0015162ffffff165f03613438576040517f98782c4a00000000000000000000000000000000000000000000000000000000815260048101889052602401610982565b836040015162ffffff168360a0015162ffffff1614613495576040517f071cbbae0000000000000000000000000000000000000000000000000000000081526001600160a01b038716600482015260248101889052604401610982565b5050505f848152600b6020526040902080547cffffffffffffffffffffffffffffffffffffffffffffffffffffffffff169055505b6134d584845f614289565b949350505050565b6001600160a01b038416158061350357505f8360048111156135015761350161489d565b145b15613545576040517fb3efc6020000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610982565b6001600160a01b0384165f9081526006602052604081205460ff1660048111156135715761357161489d565b146135b3576040517f0638f14d0000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610982565b6135c3826509184e72a000614118565b613605576040517fe3f85db800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff83166004820152602401610982565b600880545f9190829061361c9062ffffff16615612565b91906101000a81548162ffffff021916908362ffffff1602179055905060405180608001604052808560048111156136565761365661489d565b81525f602080830182905262ffffff851660408085019190915267ffffffffffffffff88166060909401939093526001600160a01b038916825260069052208151815482907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660018360048111156136d1576136d161489d565b021790555060208281015182546040808601516060909601517fffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000ff909216610100931515939093027fffffffffffffffffffffffffffffffffffffffffffffffffffffff000000ffff16929092176201000062ffffff96871602177fffffffffffffffffffffffffffffffffffffff0000000000000000ffffffffff166501000000000067ffffffffffffffff90921691909102179092559183165f90815260079092529081902080547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b03888116918217909255915190841691907f826dca01469b02df85d181ae89b1ba101d994f8d9c62e5c97462b2eb16a81c729061380590889088908790615634565b60405180910390a35050505050565b5f612da86201518042615322565b5f8261382f868685614393565b1495945050505050565b5f620f424061384b6298968084615665565b6138559190615694565b67ffffffffffffffff1692915050565b5f60188262ffffff16901b600861387a613814565b901b84600881111561388e5761388e61489d565b60ff1617179392505050565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a081018290526138d3866130c4565b5092509050838015806138e65750838114155b1561391d576040517f45ce6bce00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b816060015162ffffff1686865f818110613939576139396153cc565b90506020020135101561399d578686865f818110613959576139596153cc565b905060200201356040517f9159b58c000000000000000000000000000000000000000000000000000000008152600401610982929190918252602082015260400190565b608082015162ffffff1686866139b46001856151b2565b8181106139c3576139c36153cc565b90506020020135106139ec578686866139dd6001856151b2565b818110613959576139596153cc565b5050949350505050565b60608367ffffffffffffffff811115613a1157613a11614e95565b604051908082528060200260200182016040528015613a3a578160200160208202803683370190505b5090505f5b84811015613b35575f81118015613a9057508585613a5e6001846151b2565b818110613a6d57613a6d6153cc565b90506020020135868683818110613a8657613a866153cc565b9050602002013511155b15613ac7576040517f45ce6bce00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b613b10868683818110613adc57613adc6153cc565b90506020020135858584818110613af557613af56153cc565b905060200201355f9182526020908152604082208252902090565b828281518110613b2257613b226153cc565b6020908102919091010152600101613a3f565b50949350505050565b5f82613b4d88888888876143cb565b14979650505050505050565b5f600284845f818110613b6e57613b6e6153cc565b6020908102929092013590921c5f81815291889052604082205490935091505b84811015613c6a575f868683818110613ba957613ba96153cc565b90506020020135905083600282901c14613bdf575f9384526020889052604080852093909355600281901c808552929093205491925b5f613bee6040600384166151c5565b90505f60ff85831c166008811115613c0857613c0861489d565b90505f816008811115613c1d57613c1d61489d565b14613c585782816040517f2889c7fd0000000000000000000000000000000000000000000000000000000081526004016109829291906153f9565b5085901b929092179150600101613b8e565b505f9182526020959095526040902093909355505050565b604080516080810182525f8082526020820181905291810182905260608101919091526001600160a01b0382165f90815260066020526040908190208151608081019092528054829060ff166004811115613cdf57613cdf61489d565b6004811115613cf057613cf061489d565b81529054610100810460ff161515602083015262010000810462ffffff16604083015265010000000000900467ffffffffffffffff1660609091015290505f81516004811115613d4257613d4261489d565b03613d84576040517f8e2ae14b0000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610982565b806020015115613dcb576040517ff67ee9540000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610982565b919050565b5f6003836004811115613de557613de561489d565b03613e23576001846004811115613dfe57613dfe61489d565b1480613e1c575060025b846004811115613e1a57613e1a61489d565b145b9050611259565b6002836004811115613e3757613e3761489d565b03613e59576004846004811115613e5057613e5061489d565b14159050611259565b6001836004811115613e6d57613e6d61489d565b03613e9c57818015613e1c57506002846004811115613e8e57613e8e61489d565b1480613e1c57506003613e08565b505f9392505050565b6040517f3fb6543500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0383163b15614074576040517f150b7a020000000000000000000000000000000000000000000000000000000081526001600160a01b0384169063150b7a0290613f329088908890879087906004016156c3565b6020604051808303815f875af1925050508015613f6c575060408051601f3d908101601f19168201909252613f6991810190615703565b60015b613fec573d808015613f99576040519150601f19603f3d011682016040523d82523d5f602084013e613f9e565b606091505b5080515f03613fe4576040517f64a0ae920000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610982565b805160208201fd5b7fffffffff0000000000000000000000000000000000000000000000000000000081167f150b7a020000000000000000000000000000000000000000000000000000000014614072576040517f64a0ae920000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610982565b505b5050505050565b60605f6140878361465d565b60010190505f8167ffffffffffffffff8111156140a6576140a6614e95565b6040519080825280601f01601f1916602001820160405280156140d0576020820181803683370190505b5090508181016020015b5f19017f3031323334353637383961626364656600000000000000000000000000000000600a86061a8153600a85049450846140da57509392505050565b5f67ffffffffffffffff8316158061414457508167ffffffffffffffff168367ffffffffffffffff1610155b1561415057505f610809565b5f61415c600a85615665565b67ffffffffffffffff1690505f5b811561418e57600a820660030201600a82049150600a820601600a8204915061416a565b614199600a86615694565b67ffffffffffffffff16600a6141af818461571e565b6141ba90600a6151b2565b61382f919061571e565b5f82828015806141d45750601481115b156141e3575f92505050610809565b5f5b81811015612192578282828181106141ff576141ff6153cc565b9050013560f81c60f81b60f81c60ff166f07fffffe87fffffeffffffe600000000901c6001165f03614236575f9350505050610809565b6001016141e5565b6001600160a01b0384161515806142525750805b15611320576040517f3fb6543500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f828152600260205260408120546001600160a01b03908116908316156142b5576142b581848661473e565b6001600160a01b038116156142ef576142d05f855f5f61423e565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b0385161561431d576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b5f81815b84811015613b35576143c1828787848181106143b5576143b56153cc565b905060200201356147d4565b9150600101614397565b80515f90836143db81600161540d565b6143e5888461540d565b1461441c576040517f3514049200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8015614612575f8167ffffffffffffffff81111561443c5761443c614e95565b604051908082528060200260200182016040528015614465578160200160208202803683370190505b5090505f8080805b858110156145ae575f8785106144a757858461448881615731565b95508151811061449a5761449a6153cc565b60200260200101516144cd565b89856144b281615731565b9650815181106144c4576144c46153cc565b60200260200101515b90505f8c8c848181106144e2576144e26153cc565b90506020020160208101906144f79190615749565b614524578e8e8561450781615731565b9650818110614518576145186153cc565b9050602002013561457b565b88861061455557868561453681615731565b965081518110614548576145486153cc565b602002602001015161457b565b8a8661456081615731565b975081518110614572576145726153cc565b60200260200101515b905061458782826147d4565b878481518110614599576145996153cc565b6020908102919091010152505060010161446d565b50808b146145e8576040517f3514049200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8360018603815181106145fd576145fd6153cc565b60200260200101519650505050505050611902565b811561463b57835f8151811061462a5761462a6153cc565b602002602001015192505050611902565b87875f81811061464d5761464d6153cc565b9050602002013592505050611902565b5f807a184f03e93ff9f4daa797ed6e38ed64bf6a1f01000000000000000083106146a5577a184f03e93ff9f4daa797ed6e38ed64bf6a1f010000000000000000830492506040015b6d04ee2d6d415b85acef810000000083106146d1576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc1000083106146ef57662386f26fc10000830492506010015b6305f5e1008310614707576305f5e100830492506008015b612710831061471b57612710830492506004015b6064831061472d576064830492506002015b600a83106108095760010192915050565b6147498383836147fd565b6113ed576001600160a01b038316614790576040517f7e27328900000000000000000000000000000000000000000000000000000000815260048101829052602401610982565b6040517f177e802f0000000000000000000000000000000000000000000000000000000081526001600160a01b038316600482015260248101829052604401610982565b5f8183106147ee575f828152602084905260409020611259565b505f9182526020526040902090565b5f6001600160a01b038316158015906134d55750826001600160a01b0316846001600160a01b0316148061485557506001600160a01b038085165f9081526005602090815260408083209387168352929052205460ff165b806134d55750505f908152600460205260409020546001600160a01b03908116911614919050565b5f5f6040838503121561488e575f5ffd5b50508035926020909101359150565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b600981106148da576148da61489d565b9052565b606081016148ec82866148ca565b61ffff841660208301526001600160a01b0383166040830152949350505050565b7fffffffff000000000000000000000000000000000000000000000000000000008116811461493a575f5ffd5b50565b5f6020828403121561494d575f5ffd5b81356112598161490d565b5f60208284031215614968575f5ffd5b5035919050565b803560ff81168114613dcb575f5ffd5b5f5f60408385031215614990575f5ffd5b823591506149a06020840161496f565b90509250929050565b803567ffffffffffffffff81168114613dcb575f5ffd5b80356001600160a01b0381168114613dcb575f5ffd5b5f5f5f606084860312156149e8575f5ffd5b6149f1846149a9565b92506149ff6020850161496f565b9150614a0d604085016149c0565b90509250925092565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6112596020830184614a16565b5f5f60408385031215614a67575f5ffd5b614a70836149c0565b946020939093013593505050565b803562ffffff81168114613dcb575f5ffd5b5f5f60408385031215614aa1575f5ffd5b823591506149a060208401614a7e565b5f5f83601f840112614ac1575f5ffd5b50813567ffffffffffffffff811115614ad8575f5ffd5b602083019150836020828501011115614aef575f5ffd5b9250929050565b5f5f5f60408486031215614b08575f5ffd5b614b11846149a9565b9250602084013567ffffffffffffffff811115614b2c575f5ffd5b614b3886828701614ab1565b9497909650939450505050565b5f5f5f60608486031215614b57575f5ffd5b614b60846149c0565b9250614b6e602085016149c0565b929592945050506040919091013590565b5f60208284031215614b8f575f5ffd5b611259826149c0565b600581106148da576148da61489d565b5f608082019050614bba828451614b98565b60208301511515602083015262ffffff604084015116604083015267ffffffffffffffff606084015116606083015292915050565b5f5f5f60608486031215614c01575f5ffd5b614c0a846149c0565b9250602084013560058110614c1d575f5ffd5b9150614a0d604085016149a9565b5f5f83601f840112614c3b575f5ffd5b50813567ffffffffffffffff811115614c52575f5ffd5b6020830191508360208260051b8501011115614aef575f5ffd5b5f5f5f60408486031215614c7e575f5ffd5b83359250602084013567ffffffffffffffff811115614c9b575f5ffd5b614b3886828701614c2b565b5f5f5f5f5f60808688031215614cbb575f5ffd5b853594506020860135935060408601359250606086013567ffffffffffffffff811115614ce6575f5ffd5b614cf288828901614c2b565b969995985093965092949392505050565b5f5f60408385031215614d14575f5ffd5b614d1d836149a9565b91506149a06020840161496f565b5f60208284031215614d3b575f5ffd5b611259826149a9565b803560098110613dcb575f5ffd5b5f5f5f5f5f5f5f5f5f5f60c08b8d031215614d6b575f5ffd5b8a35995060208b013567ffffffffffffffff811115614d88575f5ffd5b614d948d828e01614c2b565b909a5098505060408b013567ffffffffffffffff811115614db3575f5ffd5b614dbf8d828e01614c2b565b9098509650614dd2905060608c01614d44565b945060808b013567ffffffffffffffff811115614ded575f5ffd5b614df98d828e01614c2b565b90955093505060a08b013567ffffffffffffffff811115614e18575f5ffd5b614e248d828e01614c2b565b915080935050809150509295989b9194979a5092959850565b5f5f60408385031215614e4e575f5ffd5b823591506149a0602084016149c0565b80358015158114613dcb575f5ffd5b5f5f60408385031215614e7e575f5ffd5b614e87836149c0565b91506149a060208401614e5e565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f5f5f5f60808587031215614ed5575f5ffd5b614ede856149c0565b9350614eec602086016149c0565b925060408501359150606085013567ffffffffffffffff811115614f0e575f5ffd5b8501601f81018713614f1e575f5ffd5b803567ffffffffffffffff811115614f3857614f38614e95565b604051601f19603f601f19601f8501160116810181811067ffffffffffffffff82111715614f6857614f68614e95565b604052818152828201602001891015614f7f575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f60608284031215614fb0575f5ffd5b50919050565b5f5f5f5f60808587031215614fc9575f5ffd5b8435935060208501359250604085013567ffffffffffffffff811115614fed575f5ffd5b614ff987828801614fa0565b925050606085013567ffffffffffffffff811115615015575f5ffd5b61502187828801614fa0565b91505092959194509250565b5f5f5f5f5f5f5f5f60e0898b031215615044575f5ffd5b61504d896149a9565b9750602089013567ffffffffffffffff811115615068575f5ffd5b6150748b828c01614ab1565b909850965050604089013561ffff8116811461508e575f5ffd5b945061509c60608a01614a7e565b979a96995094979396956080850135955060a08501359460c001359350915050565b5f5f5f5f5f5f60a087890312156150d3575f5ffd5b8635955060208701359450604087013593506150f160608801614d44565b9250608087013567ffffffffffffffff81111561510c575f5ffd5b61511889828a01614c2b565b979a9699509497509295939492505050565b5f5f6040838503121561513b575f5ffd5b615144836149a9565b91506149a0602084016149c0565b5f5f60408385031215615163575f5ffd5b615144836149c0565b5f6020828403121561517c575f5ffd5b61125982614a7e565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8181038181111561080957610809615185565b808202811582820484141761080957610809615185565b6001600160a01b0383168152604081016112596020830184614b98565b6001815b60018411156152345780850481111561521857615218615185565b600184161561522657908102905b60019390931c9280026151fd565b935093915050565b5f8261524a57506001610809565b8161525657505f610809565b816001811461526c576002811461527657615292565b6001915050610809565b60ff84111561528757615287615185565b50506001821b610809565b5060208310610133831016604e8410600b84101617156152b5575081810a610809565b6152c15f1984846151f9565b805f19048211156152d4576152d4615185565b029392505050565b5f61125960ff84168361523c565b5f611259838361523c565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f82615330576153306152f5565b500490565b600181811c9082168061534957607f821691505b602082108103614fb0577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b81835281816020850137505f602082840101525f6020601f19601f840116840101905092915050565b67ffffffffffffffff84168152604060208201525f611902604083018486615380565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b8281526040810161125960208301846148ca565b8082018082111561080957610809615185565b8183525f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff831115615450575f5ffd5b8260051b80836020870137939093016020019392505050565b602081525f6134d5602083018486615420565b6020810161080982846148ca565b61549481856148ca565b604060208201525f611902604083018486615420565b604081016154b88285614b98565b6112596020830184614b98565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18436030181126154f8575f5ffd5b83018035915067ffffffffffffffff821115615512575f5ffd5b6020019150600581901b3603821315614aef575f5ffd5b5f81518060208401855e5f93019283525090919050565b5f6134d561554e8386615529565b84615529565b602081525f6134d5602083018486615380565b67ffffffffffffffff8916815260e060208201525f61558a60e08301898b615380565b61ffff9790971660408301525062ffffff949094166060850152608084019290925260a083015260c0909101529392505050565b5f604082016155cd83866148ca565b604060208401528084518083526060850191506020860192505f5b818110156156065783518352602093840193909201916001016155e8565b50909695505050505050565b5f62ffffff821662ffffff810361562b5761562b615185565b60010192915050565b606081016156428286614b98565b67ffffffffffffffff8416602083015262ffffff83166040830152949350505050565b5f67ffffffffffffffff83168061567e5761567e6152f5565b8067ffffffffffffffff84160491505092915050565b5f67ffffffffffffffff8316806156ad576156ad6152f5565b8067ffffffffffffffff84160691505092915050565b6001600160a01b03851681526001600160a01b0384166020820152826040820152608060608201525f6156f96080830184614a16565b9695505050505050565b5f60208284031215615713575f5ffd5b81516112598161490d565b5f8261572c5761572c6152f5565b500690565b5f5f19820361574257615742615185565b5060010190565b5f60208284031215615759575f5ffd5b61125982614e5e56fea164736f6c6343000825000a",
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

// PackSORTEDLEAFTAG is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf4288daa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SORTED_LEAF_TAG() view returns(bytes32)
func (pedigree *Pedigree) PackSORTEDLEAFTAG() []byte {
	enc, err := pedigree.abi.Pack("SORTED_LEAF_TAG")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSORTEDLEAFTAG is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf4288daa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SORTED_LEAF_TAG() view returns(bytes32)
func (pedigree *Pedigree) TryPackSORTEDLEAFTAG() ([]byte, error) {
	return pedigree.abi.Pack("SORTED_LEAF_TAG")
}

// UnpackSORTEDLEAFTAG is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf4288daa.
//
// Solidity: function SORTED_LEAF_TAG() view returns(bytes32)
func (pedigree *Pedigree) UnpackSORTEDLEAFTAG(data []byte) ([32]byte, error) {
	out, err := pedigree.abi.Unpack("SORTED_LEAF_TAG", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
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

// PackAssignGTIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5eeb4f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function assignGTIN(uint64 gtin, address manufacturer) returns()
func (pedigree *Pedigree) PackAssignGTIN(gtin uint64, manufacturer common.Address) []byte {
	enc, err := pedigree.abi.Pack("assignGTIN", gtin, manufacturer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAssignGTIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5eeb4f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function assignGTIN(uint64 gtin, address manufacturer) returns()
func (pedigree *Pedigree) TryPackAssignGTIN(gtin uint64, manufacturer common.Address) ([]byte, error) {
	return pedigree.abi.Pack("assignGTIN", gtin, manufacturer)
}

// PackAssignPrefix is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05d47171.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function assignPrefix(uint64 prefix, uint8 length, address manufacturer) returns()
func (pedigree *Pedigree) PackAssignPrefix(prefix uint64, length uint8, manufacturer common.Address) []byte {
	enc, err := pedigree.abi.Pack("assignPrefix", prefix, length, manufacturer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAssignPrefix is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05d47171.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function assignPrefix(uint64 prefix, uint8 length, address manufacturer) returns()
func (pedigree *Pedigree) TryPackAssignPrefix(prefix uint64, length uint8, manufacturer common.Address) ([]byte, error) {
	return pedigree.abi.Pack("assignPrefix", prefix, length, manufacturer)
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
func (pedigree *Pedigree) UnpackBatch(data []byte) (IPedigreeBatch, error) {
	out, err := pedigree.abi.Unpack("batch", data)
	if err != nil {
		return *new(IPedigreeBatch), err
	}
	out0 := *abi.ConvertType(out[0], new(IPedigreeBatch)).(*IPedigreeBatch)
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

// PackGtinOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7192aced.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gtinOwner(uint64 gtin) view returns(address)
func (pedigree *Pedigree) PackGtinOwner(gtin uint64) []byte {
	enc, err := pedigree.abi.Pack("gtinOwner", gtin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGtinOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7192aced.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gtinOwner(uint64 gtin) view returns(address)
func (pedigree *Pedigree) TryPackGtinOwner(gtin uint64) ([]byte, error) {
	return pedigree.abi.Pack("gtinOwner", gtin)
}

// UnpackGtinOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7192aced.
//
// Solidity: function gtinOwner(uint64 gtin) view returns(address)
func (pedigree *Pedigree) UnpackGtinOwner(data []byte) (common.Address, error) {
	out, err := pedigree.abi.Unpack("gtinOwner", data)
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
func (pedigree *Pedigree) UnpackParticipant(data []byte) (IPedigreeParticipant, error) {
	out, err := pedigree.abi.Unpack("participant", data)
	if err != nil {
		return *new(IPedigreeParticipant), err
	}
	out0 := *abi.ConvertType(out[0], new(IPedigreeParticipant)).(*IPedigreeParticipant)
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

// PackPrefixOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70587895.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function prefixOwner(uint64 prefix, uint8 length) view returns(address)
func (pedigree *Pedigree) PackPrefixOwner(prefix uint64, length uint8) []byte {
	enc, err := pedigree.abi.Pack("prefixOwner", prefix, length)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPrefixOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70587895.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function prefixOwner(uint64 prefix, uint8 length) view returns(address)
func (pedigree *Pedigree) TryPackPrefixOwner(prefix uint64, length uint8) ([]byte, error) {
	return pedigree.abi.Pack("prefixOwner", prefix, length)
}

// UnpackPrefixOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70587895.
//
// Solidity: function prefixOwner(uint64 prefix, uint8 length) view returns(address)
func (pedigree *Pedigree) UnpackPrefixOwner(data []byte) (common.Address, error) {
	out, err := pedigree.abi.Unpack("prefixOwner", data)
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
// the contract method with ID 0xcbf024c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerBatch(uint64 gtin, string lot, uint16 expiryDay, uint24 quantity, bytes32 indexRoot, bytes32 sortedRoot, bytes32 masterDataHash) returns(uint256 batchId)
func (pedigree *Pedigree) PackRegisterBatch(gtin uint64, lot string, expiryDay uint16, quantity *big.Int, indexRoot [32]byte, sortedRoot [32]byte, masterDataHash [32]byte) []byte {
	enc, err := pedigree.abi.Pack("registerBatch", gtin, lot, expiryDay, quantity, indexRoot, sortedRoot, masterDataHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbf024c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerBatch(uint64 gtin, string lot, uint16 expiryDay, uint24 quantity, bytes32 indexRoot, bytes32 sortedRoot, bytes32 masterDataHash) returns(uint256 batchId)
func (pedigree *Pedigree) TryPackRegisterBatch(gtin uint64, lot string, expiryDay uint16, quantity *big.Int, indexRoot [32]byte, sortedRoot [32]byte, masterDataHash [32]byte) ([]byte, error) {
	return pedigree.abi.Pack("registerBatch", gtin, lot, expiryDay, quantity, indexRoot, sortedRoot, masterDataHash)
}

// UnpackRegisterBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcbf024c7.
//
// Solidity: function registerBatch(uint64 gtin, string lot, uint16 expiryDay, uint24 quantity, bytes32 indexRoot, bytes32 sortedRoot, bytes32 masterDataHash) returns(uint256 batchId)
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

// PackVerifyAbsent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbddc4a00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyAbsent(uint256 batchId, bytes32 serialHash, (uint256,bytes32,bytes32[]) low, (uint256,bytes32,bytes32[]) high) view returns(bool)
func (pedigree *Pedigree) PackVerifyAbsent(batchId *big.Int, serialHash [32]byte, low IPedigreeNeighbour, high IPedigreeNeighbour) []byte {
	enc, err := pedigree.abi.Pack("verifyAbsent", batchId, serialHash, low, high)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyAbsent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbddc4a00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyAbsent(uint256 batchId, bytes32 serialHash, (uint256,bytes32,bytes32[]) low, (uint256,bytes32,bytes32[]) high) view returns(bool)
func (pedigree *Pedigree) TryPackVerifyAbsent(batchId *big.Int, serialHash [32]byte, low IPedigreeNeighbour, high IPedigreeNeighbour) ([]byte, error) {
	return pedigree.abi.Pack("verifyAbsent", batchId, serialHash, low, high)
}

// UnpackVerifyAbsent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbddc4a00.
//
// Solidity: function verifyAbsent(uint256 batchId, bytes32 serialHash, (uint256,bytes32,bytes32[]) low, (uint256,bytes32,bytes32[]) high) view returns(bool)
func (pedigree *Pedigree) UnpackVerifyAbsent(data []byte) (bool, error) {
	out, err := pedigree.abi.Unpack("verifyAbsent", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
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
	IndexRoot      [32]byte
	SortedRoot     [32]byte
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
// Solidity: event BatchRegistered(uint256 indexed batchId, address indexed manufacturer, uint64 gtin, string lot, uint16 expiryDay, uint24 quantity, bytes32 indexRoot, bytes32 sortedRoot, bytes32 masterDataHash)
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

// PedigreeGTINAssigned represents a GTINAssigned event raised by the Pedigree contract.
type PedigreeGTINAssigned struct {
	Gtin         uint64
	Manufacturer common.Address
	Previous     common.Address
	By           common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const PedigreeGTINAssignedEventName = "GTINAssigned"

// ContractEventName returns the user-defined event name.
func (PedigreeGTINAssigned) ContractEventName() string {
	return PedigreeGTINAssignedEventName
}

// UnpackGTINAssignedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GTINAssigned(uint64 gtin, address indexed manufacturer, address indexed previous, address indexed by)
func (pedigree *Pedigree) UnpackGTINAssignedEvent(log *types.Log) (*PedigreeGTINAssigned, error) {
	event := "GTINAssigned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pedigree.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PedigreeGTINAssigned)
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

// PedigreePrefixAssigned represents a PrefixAssigned event raised by the Pedigree contract.
type PedigreePrefixAssigned struct {
	Prefix       uint64
	Length       uint8
	Manufacturer common.Address
	Previous     common.Address
	By           common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const PedigreePrefixAssignedEventName = "PrefixAssigned"

// ContractEventName returns the user-defined event name.
func (PedigreePrefixAssigned) ContractEventName() string {
	return PedigreePrefixAssignedEventName
}

// UnpackPrefixAssignedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PrefixAssigned(uint64 prefix, uint8 length, address indexed manufacturer, address indexed previous, address indexed by)
func (pedigree *Pedigree) UnpackPrefixAssignedEvent(log *types.Log) (*PedigreePrefixAssigned, error) {
	event := "PrefixAssigned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pedigree.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PedigreePrefixAssigned)
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
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeAlreadyAssigned"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeAlreadyAssignedError(raw[4:])
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
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeGTINNotOwned"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeGTINNotOwnedError(raw[4:])
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
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeInvalidNonMembership"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeInvalidNonMembershipError(raw[4:])
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
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeInvalidPrefix"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeInvalidPrefixError(raw[4:])
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
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeNotManufacturer"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeNotManufacturerError(raw[4:])
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

// PedigreePedigreeAlreadyAssigned represents a PedigreeAlreadyAssigned error raised by the Pedigree contract.
type PedigreePedigreeAlreadyAssigned struct {
	Manufacturer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeAlreadyAssigned(address manufacturer)
func PedigreePedigreeAlreadyAssignedErrorID() common.Hash {
	return common.HexToHash("0xab204e7ef45bdb87f156872225c624dd85bcf1cfe63b5d746bffbbeaa8c7adc4")
}

// UnpackPedigreeAlreadyAssignedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeAlreadyAssigned(address manufacturer)
func (pedigree *Pedigree) UnpackPedigreeAlreadyAssignedError(raw []byte) (*PedigreePedigreeAlreadyAssigned, error) {
	out := new(PedigreePedigreeAlreadyAssigned)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeAlreadyAssigned", raw); err != nil {
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

// PedigreePedigreeGTINNotOwned represents a PedigreeGTINNotOwned error raised by the Pedigree contract.
type PedigreePedigreeGTINNotOwned struct {
	Gtin    uint64
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeGTINNotOwned(uint64 gtin, address account)
func PedigreePedigreeGTINNotOwnedErrorID() common.Hash {
	return common.HexToHash("0xeb58c4a1b2cf0e2b0bc6576153ca6e064c9744a38b7207d9468960ab441803c0")
}

// UnpackPedigreeGTINNotOwnedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeGTINNotOwned(uint64 gtin, address account)
func (pedigree *Pedigree) UnpackPedigreeGTINNotOwnedError(raw []byte) (*PedigreePedigreeGTINNotOwned, error) {
	out := new(PedigreePedigreeGTINNotOwned)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeGTINNotOwned", raw); err != nil {
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

// PedigreePedigreeInvalidNonMembership represents a PedigreeInvalidNonMembership error raised by the Pedigree contract.
type PedigreePedigreeInvalidNonMembership struct {
	BatchId    *big.Int
	SerialHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeInvalidNonMembership(uint256 batchId, bytes32 serialHash)
func PedigreePedigreeInvalidNonMembershipErrorID() common.Hash {
	return common.HexToHash("0x88a99f70d45f76bf694443d9cf74916b552bf849f1412d5093b16993251fd8c8")
}

// UnpackPedigreeInvalidNonMembershipError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeInvalidNonMembership(uint256 batchId, bytes32 serialHash)
func (pedigree *Pedigree) UnpackPedigreeInvalidNonMembershipError(raw []byte) (*PedigreePedigreeInvalidNonMembership, error) {
	out := new(PedigreePedigreeInvalidNonMembership)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeInvalidNonMembership", raw); err != nil {
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

// PedigreePedigreeInvalidPrefix represents a PedigreeInvalidPrefix error raised by the Pedigree contract.
type PedigreePedigreeInvalidPrefix struct {
	Prefix uint64
	Length uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeInvalidPrefix(uint64 prefix, uint8 length)
func PedigreePedigreeInvalidPrefixErrorID() common.Hash {
	return common.HexToHash("0xc3c0bb9fd92f18c003d6d99ec4cd7424e7fb512fe5b82c916bbd0c6a71d3ae4e")
}

// UnpackPedigreeInvalidPrefixError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeInvalidPrefix(uint64 prefix, uint8 length)
func (pedigree *Pedigree) UnpackPedigreeInvalidPrefixError(raw []byte) (*PedigreePedigreeInvalidPrefix, error) {
	out := new(PedigreePedigreeInvalidPrefix)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeInvalidPrefix", raw); err != nil {
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

// PedigreePedigreeNotManufacturer represents a PedigreeNotManufacturer error raised by the Pedigree contract.
type PedigreePedigreeNotManufacturer struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeNotManufacturer(address account)
func PedigreePedigreeNotManufacturerErrorID() common.Hash {
	return common.HexToHash("0xff2d8de6708d8d38a34ae92fa4bac8fb693a4396845b78c11905b9c001099871")
}

// UnpackPedigreeNotManufacturerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeNotManufacturer(address account)
func (pedigree *Pedigree) UnpackPedigreeNotManufacturerError(raw []byte) (*PedigreePedigreeNotManufacturer, error) {
	out := new(PedigreePedigreeNotManufacturer)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeNotManufacturer", raw); err != nil {
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
