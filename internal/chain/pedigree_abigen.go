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
	Role           uint8
	Suspended      bool
	Number         *big.Int
	Gln            uint64
	Keys           uint16
	AccountRetired bool
}

// PedigreeMetaData contains all meta data concerning the Pedigree contract.
var PedigreeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"regulatorGln\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MerkleProofInvalidMultiproof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"manufacturer\",\"type\":\"address\"}],\"name\":\"PedigreeAlreadyAssigned\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PedigreeApprovalsDisabled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"name\":\"PedigreeBatchExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"name\":\"PedigreeBatchExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"name\":\"PedigreeBatchRecalled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"PedigreeGTINNotOwned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"expiryDay\",\"type\":\"uint16\"}],\"name\":\"PedigreeInvalidExpiry\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gln\",\"type\":\"uint64\"}],\"name\":\"PedigreeInvalidGLN\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"}],\"name\":\"PedigreeInvalidGTIN\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"lot\",\"type\":\"string\"}],\"name\":\"PedigreeInvalidLot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"serialHash\",\"type\":\"bytes32\"}],\"name\":\"PedigreeInvalidNonMembership\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PedigreeInvalidPackList\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumIPedigree.PackState\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"PedigreeInvalidPackState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"PedigreeInvalidParticipant\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"prefix\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"length\",\"type\":\"uint8\"}],\"name\":\"PedigreeInvalidPrefix\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"name\":\"PedigreeInvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"}],\"name\":\"PedigreeInvalidQuantity\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PedigreeInvalidRecallReason\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"PedigreeInvalidReceiver\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PedigreeInvalidRoot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"enumIPedigree.PackState\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"PedigreeIrreversibleState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"PedigreeKeyRetired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"PedigreeKeyTaken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"PedigreeLastKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"PedigreeNoShipment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"PedigreeNotCustodian\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"PedigreeNotDecommissioner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"PedigreeNotKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"PedigreeNotManufacturer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"PedigreeNotParticipant\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"PedigreeNotReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"PedigreeNothingToUndo\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"enumIPedigree.PackState\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"PedigreePackNotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"PedigreePackOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"PedigreeParticipantExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"PedigreeParticipantSuspended\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumIPedigree.Role\",\"name\":\"from\",\"type\":\"uint8\"},{\"internalType\":\"enumIPedigree.Role\",\"name\":\"to\",\"type\":\"uint8\"}],\"name\":\"PedigreeRouteNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"PedigreeShipmentPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"newStart\",\"type\":\"uint256\"}],\"name\":\"PedigreeSplitOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"enumIPedigree.Role\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"PedigreeUnauthorizedRole\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"changedDay\",\"type\":\"uint16\"}],\"name\":\"PedigreeUndoWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"name\":\"PedigreeUnknownBatch\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"BatchRecalled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"manufacturer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"lot\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"expiryDay\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint24\",\"name\":\"quantity\",\"type\":\"uint24\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"indexRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"sortedRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"masterDataHash\",\"type\":\"bytes32\"}],\"name\":\"BatchRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"manufacturer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previous\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"GTINAssigned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"KeyAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"KeyRetired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"actor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumIPedigree.PackState\",\"name\":\"state\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"indexes\",\"type\":\"uint256[]\"}],\"name\":\"PackStatesChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"actor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"indexes\",\"type\":\"uint256[]\"}],\"name\":\"PackStatesReverted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumIPedigree.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"gln\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint24\",\"name\":\"number\",\"type\":\"uint24\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ParticipantRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ParticipantReinstated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ParticipantSuspended\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"prefix\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"length\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"manufacturer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previous\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"PrefixAssigned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ShipmentCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"ShipmentSent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"newTokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint24\",\"name\":\"start\",\"type\":\"uint24\"},{\"indexed\":false,\"internalType\":\"uint24\",\"name\":\"end\",\"type\":\"uint24\"}],\"name\":\"TokenSplit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"SORTED_LEAF_TAG\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UNDO_WINDOW_DAYS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"accept\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"addKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"manufacturer\",\"type\":\"address\"}],\"name\":\"assignGTIN\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"prefix\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"length\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"manufacturer\",\"type\":\"address\"}],\"name\":\"assignPrefix\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"name\":\"batch\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"serialsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"manufacturer\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"expiryDay\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"recallReason\",\"type\":\"uint8\"}],\"internalType\":\"structIPedigree.Batch\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"lot\",\"type\":\"string\"}],\"name\":\"batchIdOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"cancelShipment\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"}],\"name\":\"gtinOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"keyAccount\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"packState\",\"outputs\":[{\"internalType\":\"enumIPedigree.PackState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"day\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"actor\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"participant\",\"outputs\":[{\"components\":[{\"internalType\":\"enumIPedigree.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"suspended\",\"type\":\"bool\"},{\"internalType\":\"uint24\",\"name\":\"number\",\"type\":\"uint24\"},{\"internalType\":\"uint64\",\"name\":\"gln\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"keys\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"accountRetired\",\"type\":\"bool\"}],\"internalType\":\"structIPedigree.Participant\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint24\",\"name\":\"number\",\"type\":\"uint24\"}],\"name\":\"participantAccount\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"prefix\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"length\",\"type\":\"uint8\"}],\"name\":\"prefixOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"recall\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"lot\",\"type\":\"string\"},{\"internalType\":\"uint16\",\"name\":\"expiryDay\",\"type\":\"uint16\"},{\"internalType\":\"uint24\",\"name\":\"quantity\",\"type\":\"uint24\"},{\"internalType\":\"bytes32\",\"name\":\"indexRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"sortedRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"masterDataHash\",\"type\":\"bytes32\"}],\"name\":\"registerBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"enumIPedigree.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"gln\",\"type\":\"uint64\"}],\"name\":\"registerParticipant\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"reinstateParticipant\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"retireKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"serialHash\",\"type\":\"bytes32\"},{\"internalType\":\"enumIPedigree.PackState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"setPackState\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"indexes\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"serialHashes\",\"type\":\"bytes32[]\"},{\"internalType\":\"enumIPedigree.PackState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bool[]\",\"name\":\"proofFlags\",\"type\":\"bool[]\"}],\"name\":\"setPackStates\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"ship\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint24\",\"name\":\"newStart\",\"type\":\"uint24\"}],\"name\":\"split\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"newTokenId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"suspendParticipant\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"token\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"internalType\":\"uint24\",\"name\":\"start\",\"type\":\"uint24\"},{\"internalType\":\"uint24\",\"name\":\"end\",\"type\":\"uint24\"},{\"internalType\":\"address\",\"name\":\"pendingTo\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"indexes\",\"type\":\"uint256[]\"}],\"name\":\"undoPackStates\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"serialHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"serialHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIPedigree.Neighbour\",\"name\":\"low\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"serialHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIPedigree.Neighbour\",\"name\":\"high\",\"type\":\"tuple\"}],\"name\":\"verifyAbsent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"serialHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifySerial\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Pedigree",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161652f38038061652f83398101604081905261002e91610450565b6040518060400160405280600e81526020016d0a0cac8d2cee4caca4084c2e8c6d60931b81525060405180604001604052806008815260200167504544494752454560c01b815250815f90816100849190610520565b5060016100918282610520565b5050506100a733600483336100ad60201b60201c565b50610700565b6001600160a01b03841615806100d357505f8360048111156100d1576100d16105de565b145b15610101576040516359f7e30160e11b81526001600160a01b03851660048201526024015b60405180910390fd5b6001600160a01b0384165f9081526006602052604081205460ff16600481111561012d5761012d6105de565b14158061015557506001600160a01b0384165f9081526008602052604090205462ffffff1615155b1561017e57604051630638f14d60e01b81526001600160a01b03851660048201526024016100f8565b61018e826509184e72a00061039d565b6101b657604051631c7f0bb760e31b81526001600160401b03831660048201526024016100f8565b600980545f919082906101cd9062ffffff16610606565b91906101000a81548162ffffff021916908362ffffff160217905590506040518060c00160405280856004811115610207576102076105de565b81525f602080830182905262ffffff85166040808501919091526001600160401b038816606085015260016080850181905260a09094018390526001600160a01b038a168352600690915290208251815491929091839160ff1990911690836004811115610277576102776105de565b021790555060208281015182546040808601516060870151608088015160a09098015164ffffffff00199094166101009515159590950264ffffff00001916949094176201000062ffffff9283160217600160281b600160781b031916650100000000006001600160401b039095169490940261ffff60681b1916939093176d010000000000000000000000000061ffff909716969096029590951760ff60781b1916600160781b91151591909102179092559083165f908152600790915281902080546001600160a01b0319166001600160a01b03888116918217909255915190841691907f826dca01469b02df85d181ae89b1ba101d994f8d9c62e5c97462b2eb16a81c729061038e90889088908790610628565b60405180910390a35050505050565b5f6001600160401b03831615806103c65750816001600160401b0316836001600160401b031610155b156103d257505f61044a565b5f6103de600a8561067e565b6001600160401b031690505f5b811561040f57600a820660030201600a82049150600a820601600a820491506103eb565b61041a600a866106ac565b6001600160401b0316600a61042f81846106da565b61043a90600a6106ed565b61044491906106da565b14925050505b92915050565b5f60208284031215610460575f5ffd5b81516001600160401b0381168114610476575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806104a557607f821691505b6020821081036104c357634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561051b578282111561051b57805f5260205f20601f840160051c60208510156104f457505f5b90810190601f840160051c035f5b81811015610517575f83820155600101610502565b5050505b505050565b81516001600160401b038111156105395761053961047d565b61054d816105478454610491565b846104c9565b6020601f82116001811461057f575f83156105685750848201515b5f19600385901b1c1916600184901b1784556105d7565b5f84815260208120601f198516915b828110156105ae578785015182556020948501946001909201910161058e565b50848210156105cb57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b634e487b7160e01b5f52602160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f62ffffff821662ffffff810361061f5761061f6105f2565b60010192915050565b606081016005851061064857634e487b7160e01b5f52602160045260245ffd5b9381526001600160401b0392909216602083015262ffffff1660409091015290565b634e487b7160e01b5f52601260045260245ffd5b5f6001600160401b038316806106965761069661066a565b6001600160401b03929092169190910492915050565b5f6001600160401b038316806106c4576106c461066a565b6001600160401b03929092169190910692915050565b5f826106e8576106e861066a565b500690565b8181038181111561044a5761044a6105f2565b615e228061070d5f395ff3fe608060405234801561000f575f5ffd5b50600436106102cc575f3560e01c806370a082311161017c578063bddc4a00116100dd578063e0a5c1ff11610093578063ef0be0391161006e578063ef0be0391461069e578063f4288daa146106b1578063fe4447d2146106d7575f5ffd5b8063e0a5c1ff1461063d578063e985e9c514610650578063ea6dee801461068b575f5ffd5b8063cbf024c7116100c3578063cbf024c714610604578063ccfd1b2214610617578063d5eeb4f11461062a575f5ffd5b8063bddc4a00146105de578063c87b56dd146105f1575f5ffd5b806390cd6524116101325780639f0d6d0f116101185780639f0d6d0f146105a5578063a22cb465146105b8578063b88d4fde146105cb575f5ffd5b806390cd65241461058a57806395d89b411461059d575f5ffd5b80637faa7bc7116101625780637faa7bc71461055c57806388b09b411461056f5780638ad2499c14610577575f5ffd5b806370a08231146105365780637192aced14610549575f5ffd5b80631885ae49116102315780633ddab058116101e75780636352211e116101c25780636352211e146104fd5780636526746c146105105780637058789514610523575f5ffd5b80633ddab058146104c457806342842e0e146104d7578063463c4331146104ea575f5ffd5b806323b872dd1161021757806323b872dd1461047e5780632605b3c7146104915780633d240cd9146104b1575f5ffd5b80631885ae491461045857806319b05f491461046b575f5ffd5b806306fdde0311610286578063095ea7b31161026c578063095ea7b3146103ce5780630eaa75fe146103e15780630fd0461914610437575f5ffd5b806306fdde031461038e578063081812fc146103a3575f5ffd5b8063044215c6116102b6578063044215c61461031e5780630482e8031461036657806305d471711461037b575f5ffd5b8062399e03146102d057806301ffc9a7146102fb575b5f5ffd5b6102e36102de366004614f9d565b610704565b6040516102f293929190614fe5565b60405180910390f35b61030e610309366004615044565b610797565b60405190151581526020016102f2565b61033161032c36600461505f565b61087b565b6040516102f2949392919093845262ffffff9283166020850152911660408301526001600160a01b0316606082015260800190565b610379610374366004615086565b6108c8565b005b6103796103893660046150dd565b610aef565b610396610ce9565b6040516102f2919061514b565b6103b66103b136600461505f565b610d78565b6040516001600160a01b0390911681526020016102f2565b6103796103dc36600461515d565b610d9f565b6103f46103ef36600461505f565b610dae565b6040516102f29190815181526020808301516001600160a01b03169082015260408083015161ffff169082015260609182015160ff169181019190915260800190565b61044a610445366004615197565b610eca565b6040519081526020016102f2565b61044a6104663660046151fd565b61114f565b61037961047936600461505f565b611187565b61037961048c36600461524c565b6111bc565b6104a461049f366004615286565b61125e565b6040516102f291906152af565b6103796104bf366004615310565b611347565b6103796104d2366004615286565b611373565b6103796104e536600461524c565b611496565b6103796104f836600461538d565b6114b0565b6103b661050b36600461505f565b61184e565b61030e61051e3660046153c8565b611858565b6103b6610531366004615424565b6118a1565b61044a610544366004615286565b61190b565b6103b661055736600461544c565b611969565b61037961056a36600461505f565b611a8e565b61044a600a81565b610379610585366004615473565b611bc3565b6103b6610598366004615286565b611cc9565b610396611cd3565b6103796105b336600461555e565b611ce2565b6103796105c636600461558e565b611e8a565b6103796105d93660046155ca565b611e95565b61030e6105ec3660046156be565b611ead565b6103966105ff36600461505f565b6120df565b61044a610612366004615735565b61214f565b6103796106253660046157c6565b61256e565b610379610638366004615832565b6127de565b61037961064b36600461585a565b6128cc565b61030e61065e36600461585a565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b61037961069936600461585a565b612b15565b6103796106ac366004615286565b612ccf565b61044a7e71ef376c33264fc54057ce144da184f79d37cb5b9f0c0756909b102365538d81565b6103b66106e5366004615874565b62ffffff165f908152600760205260409020546001600160a01b031690565b5f80808061071c6001680100000000000000006158a1565b61072a6040600388166158b4565b5f888152600e6020908152604080832060028b901c8452909152902054901c16905060ff8116600881111561076157610761614fbd565b62ffffff601883901c165f9081526007602052604090205490945060089190911c92506001600160a01b031690505b9250925092565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f80ac58cd00000000000000000000000000000000000000000000000000000000148061082957507fffffffff0000000000000000000000000000000000000000000000000000000082167f5b5e139f00000000000000000000000000000000000000000000000000000000145b8061087557507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f5f5f5f5f5f61088a87612d91565b506060820151608083015160a09093015162ffffff165f90815260076020526040902054919a9099509197506001600160a01b031695509350505050565b5f5f6108d2612f2a565b5f868152600c6020908152604091829020825160c08101845290546001600160a01b03811680835261ffff600160a01b8304169383019390935260ff600160b01b8204169382019390935262ffffff600160b81b840481166060830152600160d01b840481166080830152600160e81b90930490921660a083015292945090925090610992576040517fba7467f3000000000000000000000000000000000000000000000000000000008152600481018690526024015b60405180910390fd5b6004835160048111156109a7576109a7614fbd565b141580156109c2575080516001600160a01b03838116911614155b156109fd5782516040517f22b726300000000000000000000000000000000000000000000000000000000081526109899133916004016158cb565b8360ff165f03610a39576040517f5a873b6a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b604081015160ff1615610a625760405163364563ab60e01b815260048101869052602401610989565b5f858152600c602090815260409182902080547fffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffff16600160b01b60ff89169081029190911790915591519182526001600160a01b0384169187917f7daf39b67dcb66a1dbde107a0c90b9ecef53fabd9f8acd701a2980f02ff26f6091015b60405180910390a35050505050565b5f5f610af9612f2a565b91509150610b08826004613235565b60068460ff161080610b1d5750600c8460ff16115b80610b3c5750610b2e84600a6159c3565b8567ffffffffffffffff1610155b15610b88576040517fc3c0bb9f00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8616600482015260ff85166024820152604401610989565b610b9183613295565b5f60068560ff1603610c40575067ffffffffffffffff85165f908152600a6020526040902080546001600160a01b03908116919085168203610c0a576040517fab204e7e0000000000000000000000000000000000000000000000000000000081526001600160a01b0386166004820152602401610989565b80547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b038616179055610c88565b610c85610c51600660ff88166158a1565b610c5c90600a6159d1565b610c709067ffffffffffffffff89166159f0565b8660ff168867ffffffffffffffff1687613352565b90505b6040805167ffffffffffffffff8816815260ff871660208201526001600160a01b038085169284821692918816917fcc202d04835bca0d5d0a5c02db80b1931a74bc48050d508a1605dd494a0c05ab910160405180910390a4505050505050565b60605f8054610cf790615a03565b80601f0160208091040260200160405190810160405280929190818152602001828054610d2390615a03565b8015610d6e5780601f10610d4557610100808354040283529160200191610d6e565b820191905f5260205f20905b815481529060010190602001808311610d5157829003601f168201915b5050505050905090565b5f610d8282613463565b505f828152600460205260409020546001600160a01b0316610875565b610daa82823361349b565b5050565b604080516080810182525f8082526020820181905291810182905260608101919091525f828152600c6020908152604091829020825160c08101845290546001600160a01b03811680835261ffff600160a01b8304169383019390935260ff600160b01b8204169382019390935262ffffff600160b81b840481166060830152600160d01b840481166080830152600160e81b90930490921660a0830152610e85576040517fba7467f300000000000000000000000000000000000000000000000000000000815260048101849052602401610989565b604080516080810182525f948552600d60209081529482902054815282516001600160a01b0316858201529382015161ffff1684820152015160ff1660608301525090565b5f5f610ed4612f2a565b9150505f5f610ee386846134a8565b5091509150816060015162ffffff168562ffffff16111580610f135750816080015162ffffff168562ffffff1610155b15610f58576040517fc29b8ee20000000000000000000000000000000000000000000000000000000081526004810187905262ffffff86166024820152604401610989565b6040805160c0810182525f808252602080830182815283850183815262ffffff8b81166060870181815260808b810151841690890190815260a089018881528b8418808a52600c9098528a892099518a54975196519351925191516001600160a01b039091167fffffffffffffffffffff0000000000000000000000000000000000000000000090981697909717600160a01b61ffff90971696909602959095177fffffffffffff00000000ffffffffffffffffffffffffffffffffffffffffffff16600160b01b60ff909316929092027fffffffffffff000000ffffffffffffffffffffffffffffffffffffffffffffff1691909117600160b81b918416919091021779ffffffffffffffffffffffffffffffffffffffffffffffffffff16600160d01b93831684027cffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1617600160e81b9490921693909302179094558a83529390912080547fffffff000000ffffffffffffffffffffffffffffffffffffffffffffffffffff16929093029190911790915593506110f583856135d7565b8084877ff2a77ed18692b84fac9ae3d03724b31aa42e2536bec021952f597bab78d8554188866080015160405161113e92919062ffffff92831681529116602082015260400190565b60405180910390a450505092915050565b5f83838360405160200161116593929190615a5e565b604051602081830303815290604052805190602001205f1c90505b9392505050565b5f61119133613651565b90506001600160a01b0381166111ac576111a9612f2a565b50505b6111b7818333613711565b505050565b6001600160a01b0382166111e557604051633250574960e11b81525f6004820152602401610989565b5f6111f1838333613711565b9050836001600160a01b0316816001600160a01b031614611258576040517f64283d7b0000000000000000000000000000000000000000000000000000000081526001600160a01b0380861660048301526024820184905282166044820152606401610989565b50505050565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091526001600160a01b0382165f9081526006602052604090819020815160c081019092528054829060ff1660048111156112c9576112c9614fbd565b60048111156112da576112da614fbd565b8152905460ff610100820481161515602084015262ffffff62010000830416604084015267ffffffffffffffff65010000000000830416606084015261ffff6d01000000000000000000000000008304166080840152600160781b90910416151560a09091015292915050565b5f5f611351612f2a565b91509150611360826004613235565b61136c8585858461398b565b5050505050565b5f5f61137d612f2a565b9150915061138c826004613235565b6001600160a01b0383165f90815260066020526040812090815460ff1660048111156113ba576113ba614fbd565b036113e357604051638e2ae14b60e01b81526001600160a01b0385166004820152602401610989565b8054610100900460ff16806114095750816001600160a01b0316846001600160a01b0316145b1561144b576040517fb3efc6020000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610989565b805461ff0019166101001781556040516001600160a01b0380841691908616907f1c64ca3c55d257d5d88ad3a92c10b783035ebd2344424167794cb5e4f863f94e905f90a350505050565b6111b783838360405180602001604052805f815250611e95565b5f5f6114ba612f2a565b915091505f5f5f6114cb88856134a8565b925092509250806040015160ff165f146114fb5760405163364563ab60e01b815260048101839052602401610989565b5f611504613d69565b9050816020015161ffff1681111561154b576040517fe54a780700000000000000000000000000000000000000000000000000000000815260048101849052602401610989565b5f879003611585576040517f45ce6bce00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f838152600e60205260408120905b888110156117fd575f8a8a838181106115af576115af615a81565b905060200201359050866060015162ffffff168110806115d85750866080015162ffffff168110155b15611619576040517f9159b58c000000000000000000000000000000000000000000000000000000008152600481018d905260248101829052604401610989565b5f6116286040600384166158b4565b600283901c5f908152602086905260408120549192506116526001680100000000000000006158a1565b82841c1690505f60ff8216600881111561166e5761166e614fbd565b9050600882901c5f82600881111561168857611688614fbd565b036116c2576040517fd116c74b00000000000000000000000000000000000000000000000000000000815260048101879052602401610989565b60028260088111156116d6576116d6614fbd565b036117115785826040517f929e5ce5000000000000000000000000000000000000000000000000000000008152600401610989929190615a95565b8d6040015162ffffff16601884901c62ffffff1614611765576040517fc3e52af400000000000000000000000000000000000000000000000000000000815233600482015260248101879052604401610989565b611774600a61ffff8316615aa9565b8911156117ba576040517fc4dcfeb50000000000000000000000000000000000000000000000000000000081526004810187905261ffff82166024820152604401610989565b846117cf6001680100000000000000006158a1565b901b198416885f600289901c81526020019081526020015f2081905550505050505050806001019050611594565b50856001600160a01b0316847f755b613877095d012f280f8261632f8970f66ba5ce6800f4989ed14ae22b29f78b8b60405161183a929190615b05565b60405180910390a350505050505050505050565b5f61087582613463565b5f858152600d60205260408120548015801590611894575061189484848361188f8a8a5f9182526020908152604082208252902090565b613d7c565b9150505b95945050505050565b5f60068260ff16036118d5575067ffffffffffffffff82165f908152600a60205260409020546001600160a01b0316610875565b5067ffffffffffffffff91909116604091821b68ff000000000000000016175f908152600b60205220546001600160a01b031690565b5f6001600160a01b03821661194e576040517f89c62b640000000000000000000000000000000000000000000000000000000081525f6004820152602401610989565b506001600160a01b03165f9081526003602052604090205490565b5f5f600a5f61197785613d93565b815260208082019290925260409081015f208151808301909252546001600160a01b0381168252600160a01b900461ffff1691810182905291508015611a86576001600e82901c1615611a015767ffffffffffffffff8416680e0000000000000000175f908152600b60205260409020546001600160a01b031680156119ff57949350505050565b505b600c5b6006811115611a8457600182821c1615611a7c575f81600a0a82600d03600a0a8767ffffffffffffffff1681611a3c57611a3c6159dc565b0481611a4a57611a4a6159dc565b06604083811b82175f908152600b60205220549091506001600160a01b03168015611a79579695505050505050565b50505b5f1901611a04565b505b505192915050565b5f5f611a98612f2a565b915091505f611aa684612d91565b505090508060a0015162ffffff165f03611aef576040517f98782c4a00000000000000000000000000000000000000000000000000000000815260048101859052602401610989565b826040015162ffffff168160a0015162ffffff1614158015611b2a57505f848152600260205260409020546001600160a01b03838116911614155b15611b5a5760405163038e5dd760e11b81526001600160a01b038316600482015260248101859052604401610989565b5f848152600c602052604080822080547cffffffffffffffffffffffffffffffffffffffffffffffffffffffffff169055516001600160a01b0384169186917fd8aa95458d124cbb2f87090b45a5c889f149cbf1ad06d0ea5b75ce461b0e4e679190a350505050565b5f5f611bcd612f2a565b90925090505f611be18d8d8d8c868d613dbf565b90505f611bf08d8d8d8d613f1e565b9050611c1188888888600d5f8881526020019081526020015f205486614066565b611c4a576040517f1841a42300000000000000000000000000000000000000000000000000000000815260048101839052602401610989565b50611c74600e5f8381526020019081526020015f208d8d611c6f8c8860400151614081565b6140b6565b816001600160a01b0316817f322751bf5c65278c37592b115e84a9a89380bd8ce21281854f5f23bef91f468f8a8f8f604051611cb293929190615b18565b60405180910390a350505050505050505050505050565b5f61087582613651565b606060018054610cf790615a03565b5f5f611cec612f2a565b915091505f5f611cfc86846134a8565b9250925050826001600160a01b0316856001600160a01b031603611d57576040517f25f31eaa0000000000000000000000000000000000000000000000000000000081526001600160a01b0386166004820152602401610989565b5f611d61866141df565b9050816040015160ff165f14611da65781516001600160a01b03878116911614611da15760405163364563ab60e01b815260048101849052602401610989565b611e01565b845181518351611dc59291906001600160a01b038a811691161461434d565b611e0157845181516040517f42c49435000000000000000000000000000000000000000000000000000000008152610989929190600401615b38565b6040808201515f898152600c602052828120805462ffffff909316600160e81b027cffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9093169290921790915590516001600160a01b0380891692908716918a917ffe7bbec77fa4bfb1991d6f48ea9ffb6874d380000ba7b924d9ffd413fe24e0c591a450505050505050565b610daa338383614422565b611ea08484846111bc565b6112583385858585614454565b5f848152600d602052604081205480611ef5576040517fba7467f300000000000000000000000000000000000000000000000000000000815260048101879052602401610989565b82351580611f0f57508335611f0c600185356158a1565b14155b80611f2d5750848460200135108015611f2b5750826020013585105b155b15611f6e576040517f88a99f700000000000000000000000000000000000000000000000000000000081526004810187905260248101869052604401610989565b611fff611f7e6040860186615b53565b8361188f883560208a0135604080517e71ef376c33264fc54057ce144da184f79d37cb5b9f0c0756909b102365538d6020820152908101839052606081018290525f9060800160408051601f198184030181528282528051602091820120908301520160405160208183030381529060405280519060200120905092915050565b158061209957506120976120166040850185615b53565b8361188f87356020890135604080517e71ef376c33264fc54057ce144da184f79d37cb5b9f0c0756909b102365538d6020820152908101839052606081018290525f9060800160408051601f198184030181528282528051602091820120908301520160405160208183030381529060405280519060200120905092915050565b155b156120d3576040517f1841a42300000000000000000000000000000000000000000000000000000000815260048101879052602401610989565b50600195945050505050565b60606120ea82613463565b505f61210060408051602081019091525f815290565b90505f81511161211e5760405180602001604052805f815250611180565b80612128846145c5565b604051602001612139929190615bce565b6040516020818303038152906040529392505050565b5f5f5f61215a612f2a565b91509150612169826001613235565b6121798b655af3107a4000614662565b6121bb576040517f89152de900000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8c166004820152602401610989565b806001600160a01b03166121ce8c611969565b6001600160a01b031614612229576040517feb58c4a100000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8c1660048201526001600160a01b0382166024820152604401610989565b6122338a8a61470e565b61226d5789896040517f5b11272a000000000000000000000000000000000000000000000000000000008152600401610989929190615be2565b612275613d69565b8861ffff1610156122b8576040517fd058c76d00000000000000000000000000000000000000000000000000000000815261ffff89166004820152602401610989565b8662ffffff165f036122fd576040517f91dcad9e00000000000000000000000000000000000000000000000000000000815262ffffff88166004820152602401610989565b851580612308575084155b1561233f576040517f336715bd00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61234a8b8b8b61114f565b5f818152600c6020526040902054909350600160d01b900462ffffff16156123a1576040517fce617c5100000000000000000000000000000000000000000000000000000000815260048101849052602401610989565b6040518060c00160405280826001600160a01b031681526020018961ffff1681526020015f60ff1681526020015f62ffffff1681526020018862ffffff1681526020015f62ffffff16815250600c5f8581526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a81548161ffff021916908361ffff1602179055506040820151815f0160166101000a81548160ff021916908360ff1602179055506060820151815f0160176101000a81548162ffffff021916908362ffffff1602179055506080820151815f01601a6101000a81548162ffffff021916908362ffffff16021790555060a0820151815f01601d6101000a81548162ffffff021916908362ffffff1602179055509050506124f88686808210918118918202185f81815291186020526040902090565b5f848152600d602052604090205561251081846135d7565b806001600160a01b0316837f5ea49d899ffa383e6fc8ca7d72144f0b9f21b8907835bf30d81c67040118b5a78d8d8d8d8d8d8d8d604051612558989796959493929190615bf5565b60405180910390a3505098975050505050505050565b5f5f612578612f2a565b915091505f5f6125898a8489614788565b91509150816060015162ffffff168910806125ad5750816080015162ffffff168910155b156125ee576040517f9159b58c000000000000000000000000000000000000000000000000000000008152600481018b9052602481018a9052604401610989565b5f818152600d60209081526040808320548c84528b83529083208352912061261a918891889190613d7c565b612653576040517f1841a42300000000000000000000000000000000000000000000000000000000815260048101829052602401610989565b5f612662604060038c166158b4565b5f838152600e6020908152604080832060028f901c845290915281205491925060ff82841c16600881111561269957612699614fbd565b90505f8160088111156126ae576126ae614fbd565b146126e9578b816040517f2889c7fd000000000000000000000000000000000000000000000000000000008152600401610989929190615a95565b826126f88b8960400151614081565b901b8217600e5f8681526020019081526020015f205f60028f901c81526020019081526020015f20819055505f600167ffffffffffffffff81111561273f5761273f6155b6565b604051908082528060200260200182016040528015612768578160200160208202803683370190505b5090508c815f8151811061277e5761277e615a81565b602002602001018181525050866001600160a01b0316857f322751bf5c65278c37592b115e84a9a89380bd8ce21281854f5f23bef91f468f8d846040516127c6929190615c4c565b60405180910390a35050505050505050505050505050565b5f5f6127e8612f2a565b915091506127f7826004613235565b61280784655af3107a4000614662565b612849576040517f89152de900000000000000000000000000000000000000000000000000000000815267ffffffffffffffff85166004820152602401610989565b61285283613295565b5f61287261285f86613d93565b600e8767ffffffffffffffff1687613352565b60405167ffffffffffffffff871681529091506001600160a01b0380841691818416918716907f2586eeab42ca79ecaebce59872052fa7a93a145ed84ff7f5077c64da9f911bdd9060200160405180910390a45050505050565b5f5f6128d784614871565b91509150836001600160a01b0316836001600160a01b03160361297b578154600160781b900460ff161561294a576040517f7706f3b20000000000000000000000000000000000000000000000000000000081526001600160a01b03808616600483015284166024820152604401610989565b81547fffffffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffff16600160781b178255612a31565b6001600160a01b0383165f9081526008602052604090208254815462ffffff90811662010000909204161415806129ba575080546301000000900460ff165b15612a04576040517f7706f3b20000000000000000000000000000000000000000000000000000000081526001600160a01b03808716600483015285166024820152604401610989565b80547fffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffffff1663010000001790555b81546d0100000000000000000000000000900461ffff16600103612a8c576040517f4129f20f0000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610989565b81545f1961ffff6d010000000000000000000000000080840482169290920116027fffffffffffffffffffffffffffffffffff0000ffffffffffffffffffffffffff9091161782556040516001600160a01b0380831691858216918716907f8b9776619231f4db57cd3376b5b470ecc95163d6c30b6a4ddbaf26eedb9ac3b0905f90a450505050565b5f5f612b2084614871565b90925090506001600160a01b0383161580612b6557506001600160a01b0383165f9081526006602052604081205460ff166004811115612b6257612b62614fbd565b14155b80612b8b57506001600160a01b0383165f9081526008602052604090205462ffffff1615155b15612bcd576040517f52292c470000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610989565b604080518082018252835462ffffff62010000909104811682525f60208084018281526001600160a01b0389168352600890915293902091518254935115156301000000027fffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000000090941691161791909117905581548290600d90612c659061ffff6d010000000000000000000000000090910416615ca0565b91906101000a81548161ffff021916908361ffff160217905550806001600160a01b0316836001600160a01b0316856001600160a01b03167f9e24cca25be5650c21add79e6413b87f66ac2cf7f0c738ce77301e3abb9a6a6c60405160405180910390a450505050565b5f5f612cd9612f2a565b91509150612ce8826004613235565b6001600160a01b0383165f9081526006602052604090208054610100900460ff16612d4a576040517fb3efc6020000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610989565b805461ff00191681556040516001600160a01b0380841691908616907fc034705d6ac5285b0bba58ac4bd276fef187bc8f82fc9a175d397da559daee96905f90a350505050565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091526040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a081018290525f848152600c60209081526040808320815160c08101835290546001600160a01b038116825261ffff600160a01b8204169382019390935260ff600160b01b8404169181019190915262ffffff600160b81b830481166060830152600160d01b8304811660808301819052600160e81b9093041660a082015294509003612e8f57604051637e27328960e01b815260048101859052602401610989565b606083015162ffffff16848118925015612f20575f828152600c6020908152604091829020825160c08101845290546001600160a01b038116825261ffff600160a01b8204169282019290925260ff600160b01b8304169281019290925262ffffff600160b81b820481166060840152600160d01b820481166080840152600160e81b9091041660a0820152612f22565b825b929491935050565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152335f8181526006602052604090819020815160c081019092528054829060ff166004811115612f8c57612f8c614fbd565b6004811115612f9d57612f9d614fbd565b8152905460ff610100820481161515602084015262ffffff62010000830416604084015267ffffffffffffffff65010000000000830416606084015261ffff6d01000000000000000000000000008304166080840152600160781b90910416151560a09091015291505f8251600481111561301a5761301a614fbd565b036131a3576001600160a01b0381165f90815260086020908152604080832081518083019092525462ffffff8116808352630100000090910460ff16151592820192909252910361308957604051638e2ae14b60e01b81526001600160a01b0383166004820152602401610989565b8060200151156130d0576040517f48195e3f0000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610989565b805162ffffff165f908152600760209081526040808320546001600160a01b0316808452600690925291829020825160c08101909352805491945090829060ff16600481111561312257613122614fbd565b600481111561313357613133614fbd565b8152905460ff610100820481161515602084015262ffffff62010000830416604084015267ffffffffffffffff65010000000000830416606084015261ffff6d01000000000000000000000000008304166080840152600160781b90910416151560a09091015292506131ea9050565b8160a00151156131ea576040517f48195e3f0000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610989565b816020015115613231576040517ff67ee9540000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610989565b9091565b80600481111561324757613247614fbd565b8251600481111561325a5761325a614fbd565b14610daa5781516040517f22b726300000000000000000000000000000000000000000000000000000000081526109899133916004016158cb565b6001600160a01b0381165f9081526006602052604090206001815460ff1660048111156132c4576132c4614fbd565b14613306576040517fff2d8de60000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610989565b8054610100900460ff1615610daa576040517ff67ee9540000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610989565b604083811b83175f818152600b60205291909120546001600160a01b039081169190831682036133b9576040517fab204e7e0000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610989565b5f818152600b6020908152604080832080546001600160a01b0388167fffffffffffffffffffffffff0000000000000000000000000000000000000000909116179055888352600a9091529020805461ffff600160a01b90910481166001881b81811792168117146134585781547fffffffffffffffffffff0000ffffffffffffffffffffffffffffffffffffffff16600160a01b61ffff8316021782555b505050949350505050565b5f818152600260205260408120546001600160a01b03168061087557604051637e27328960e01b815260048101849052602401610989565b6111b78383836001614977565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091526040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905261351285612d91565b919450925090506001600160a01b038416613541865f908152600260205260409020546001600160a01b031690565b6001600160a01b031614613593576040517fe77d1fa20000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015260248101869052604401610989565b60a083015162ffffff1615610790576040517f85fd2ab200000000000000000000000000000000000000000000000000000000815260048101869052602401610989565b6001600160a01b03821661360057604051633250574960e11b81525f6004820152602401610989565b5f61360c83835f613711565b90506001600160a01b038116156111b7576040517f73c6ac6e0000000000000000000000000000000000000000000000000000000081525f6004820152602401610989565b6001600160a01b0381165f90815260066020526040812081815460ff16600481111561367f5761367f614fbd565b146136a2578054600160781b900460ff1661369a5782611180565b5f9392505050565b6001600160a01b0383165f9081526008602090815260409182902082518084019093525462ffffff811683526301000000900460ff16151590820181905261370757805162ffffff165f908152600760205260409020546001600160a01b0316613709565b5f5b949350505050565b5f828152600260205260408120546001600160a01b031661375c576001600160a01b0382161561375757604051637e27328960e01b815260048101849052602401610989565b613980565b6001600160a01b0384166137955760405163038e5dd760e11b81526001600160a01b038316600482015260248101849052604401610989565b5f61379f856141df565b9050846001600160a01b0316836001600160a01b031603613806578060a0015115613801576040517f48195e3f0000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610989565b613852565b846001600160a01b031661381984613651565b6001600160a01b0316146138525760405163038e5dd760e11b81526001600160a01b038416600482015260248101859052604401610989565b5f848152600c60209081526040808320815160c08101835290546001600160a01b038116825261ffff600160a01b8204169382019390935260ff600160b01b8404169181019190915262ffffff600160b81b830481166060830152600160d01b830481166080830152600160e81b90920490911660a08201819052909103613909576040517f98782c4a00000000000000000000000000000000000000000000000000000000815260048101869052602401610989565b816040015162ffffff168160a0015162ffffff161461394d5760405163038e5dd760e11b81526001600160a01b038516600482015260248101869052604401610989565b50505f838152600c6020526040902080547cffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1690555b61370984845f6149c2565b6001600160a01b03841615806139b157505f8360048111156139af576139af614fbd565b145b156139f3576040517fb3efc6020000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610989565b6001600160a01b0384165f9081526006602052604081205460ff166004811115613a1f57613a1f614fbd565b141580613a4757506001600160a01b0384165f9081526008602052604090205462ffffff1615155b15613a89576040517f0638f14d0000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610989565b613a99826509184e72a000614662565b613adb576040517fe3f85db800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff83166004820152602401610989565b600980545f91908290613af29062ffffff16615cc0565b91906101000a81548162ffffff021916908362ffffff160217905590506040518060c00160405280856004811115613b2c57613b2c614fbd565b81525f602080830182905262ffffff851660408085019190915267ffffffffffffffff8816606085015260016080850181905260a09094018390526001600160a01b038a16835260069091529020825181549192909183917fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0090911690836004811115613bbb57613bbb614fbd565b021790555060208281015182546040808601516060870151608088015160a0909801517fffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000ff909416610100951515959095027fffffffffffffffffffffffffffffffffffffffffffffffffffffff000000ffff16949094176201000062ffffff92831602177fffffffffffffffffffffffffffffffffff00000000000000000000ffffffffff166501000000000067ffffffffffffffff909516949094027fffffffffffffffffffffffffffffffffff0000ffffffffffffffffffffffffff16939093176d010000000000000000000000000061ffff90971696909602959095177fffffffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffff16600160781b91151591909102179092559083165f908152600790915281902080547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b03888116918217909255915190841691907f826dca01469b02df85d181ae89b1ba101d994f8d9c62e5c97462b2eb16a81c7290610ae090889088908790615cd9565b5f613d7762015180426159f0565b905090565b5f82613d89868685614acc565b1495945050505050565b5f620f4240613da56298968084615d0a565b613daf9190615d39565b67ffffffffffffffff1692915050565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101829052613dfa888585614788565b9250905085801580613e0c5750858114155b15613e43576040517f45ce6bce00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b816060015162ffffff1688885f818110613e5f57613e5f615a81565b905060200201351015613ec3578888885f818110613e7f57613e7f615a81565b905060200201356040517f9159b58c000000000000000000000000000000000000000000000000000000008152600401610989929190918252602082015260400190565b608082015162ffffff168888613eda6001856158a1565b818110613ee957613ee9615a81565b9050602002013510613f1257888888613f036001856158a1565b818110613e7f57613e7f615a81565b50509695505050505050565b60608367ffffffffffffffff811115613f3957613f396155b6565b604051908082528060200260200182016040528015613f62578160200160208202803683370190505b5090505f5b8481101561405d575f81118015613fb857508585613f866001846158a1565b818110613f9557613f95615a81565b90506020020135868683818110613fae57613fae615a81565b9050602002013511155b15613fef576040517f45ce6bce00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61403886868381811061400457614004615a81565b9050602002013585858481811061401d5761401d615a81565b905060200201355f9182526020908152604082208252902090565b82828151811061404a5761404a615a81565b6020908102919091010152600101613f67565b50949350505050565b5f826140758888888887614b04565b14979650505050505050565b5f60188262ffffff16901b6008614096613d69565b901b8460088111156140aa576140aa614fbd565b60ff1617179392505050565b5f600284845f8181106140cb576140cb615a81565b6020908102929092013590921c5f81815291889052604082205490935091505b848110156141c7575f86868381811061410657614106615a81565b90506020020135905083600282901c1461413c575f9384526020889052604080852093909355600281901c808552929093205491925b5f61414b6040600384166158b4565b90505f60ff85831c16600881111561416557614165614fbd565b90505f81600881111561417a5761417a614fbd565b146141b55782816040517f2889c7fd000000000000000000000000000000000000000000000000000000008152600401610989929190615a95565b5085901b9290921791506001016140eb565b505f9182526020959095526040902093909355505050565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091526001600160a01b0382165f9081526006602052604090819020815160c081019092528054829060ff16600481111561424a5761424a614fbd565b600481111561425b5761425b614fbd565b8152905460ff610100820481161515602084015262ffffff62010000830416604084015267ffffffffffffffff65010000000000830416606084015261ffff6d01000000000000000000000000008304166080840152600160781b90910416151560a09091015290505f815160048111156142d8576142d8614fbd565b0361430157604051638e2ae14b60e01b81526001600160a01b0383166004820152602401610989565b806020015115614348576040517ff67ee9540000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610989565b919050565b5f600383600481111561436257614362614fbd565b036143a057600184600481111561437b5761437b614fbd565b1480614399575060025b84600481111561439757614397614fbd565b145b9050611180565b60028360048111156143b4576143b4614fbd565b036143d65760048460048111156143cd576143cd614fbd565b14159050611180565b60018360048111156143ea576143ea614fbd565b03614419578180156143995750600284600481111561440b5761440b614fbd565b148061439957506003614385565b505f9392505050565b6040517f3fb6543500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0383163b1561136c576040517f150b7a020000000000000000000000000000000000000000000000000000000081526001600160a01b0384169063150b7a02906144af908890889087908790600401615d68565b6020604051808303815f875af19250505080156144e9575060408051601f3d908101601f191682019092526144e691810190615da8565b60015b614550573d808015614516576040519150601f19603f3d011682016040523d82523d5f602084013e61451b565b606091505b5080515f0361454857604051633250574960e11b81526001600160a01b0385166004820152602401610989565b805160208201fd5b7fffffffff0000000000000000000000000000000000000000000000000000000081167f150b7a0200000000000000000000000000000000000000000000000000000000146145bd57604051633250574960e11b81526001600160a01b0385166004820152602401610989565b505050505050565b60605f6145d183614d96565b60010190505f8167ffffffffffffffff8111156145f0576145f06155b6565b6040519080825280601f01601f19166020018201604052801561461a576020820181803683370190505b5090508181016020015b5f19017f3031323334353637383961626364656600000000000000000000000000000000600a86061a8153600a850494508461462457509392505050565b5f67ffffffffffffffff8316158061468e57508167ffffffffffffffff168367ffffffffffffffff1610155b1561469a57505f610875565b5f6146a6600a85615d0a565b67ffffffffffffffff1690505f5b81156146d857600a820660030201600a82049150600a820601600a820491506146b4565b6146e3600a86615d39565b67ffffffffffffffff16600a6146f98184615dc3565b61470490600a6158a1565b613d899190615dc3565b5f828280158061471e5750601481115b1561472d575f92505050610875565b5f5b818110156120d35782828281811061474957614749615a81565b9050013560f81c60f81b60f81c60ff166f07fffffe87fffffeffffffe600000000901c6001165f03614780575f9350505050610875565b60010161472f565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905290808360088111156147cc576147cc614fbd565b0361480557826040517f0e9b31270000000000000000000000000000000000000000000000000000000081526004016109899190615dd6565b5f5f5f61481288886134a8565b925092509250806040015160ff165f141580156148415750600286600881111561483e5761483e614fbd565b14155b156148625760405163364563ab60e01b815260048101839052602401610989565b5090925090505b935093915050565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905281906148ab612f2a565b925090506001600160a01b03808316908516148015906148de57506004815160048111156148db576148db614fbd565b14155b156149195780516040517f22b726300000000000000000000000000000000000000000000000000000000081526109899133916004016158cb565b6001600160a01b0384165f9081526006602052604081209350835460ff16600481111561494857614948614fbd565b0361497157604051638e2ae14b60e01b81526001600160a01b0385166004820152602401610989565b50915091565b6001600160a01b03841615158061498b5750805b15611258576040517f3fb6543500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f828152600260205260408120546001600160a01b03908116908316156149ee576149ee818486614e77565b6001600160a01b03811615614a2857614a095f855f5f614977565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b03851615614a56576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b5f81815b8481101561405d57614afa82878784818110614aee57614aee615a81565b90506020020135614ef4565b9150600101614ad0565b80515f9083614b14816001615aa9565b614b1e8884615aa9565b14614b55576040517f3514049200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8015614d4b575f8167ffffffffffffffff811115614b7557614b756155b6565b604051908082528060200260200182016040528015614b9e578160200160208202803683370190505b5090505f8080805b85811015614ce7575f878510614be0578584614bc181615de4565b955081518110614bd357614bd3615a81565b6020026020010151614c06565b8985614beb81615de4565b965081518110614bfd57614bfd615a81565b60200260200101515b90505f8c8c84818110614c1b57614c1b615a81565b9050602002016020810190614c309190615dfc565b614c5d578e8e85614c4081615de4565b9650818110614c5157614c51615a81565b90506020020135614cb4565b888610614c8e578685614c6f81615de4565b965081518110614c8157614c81615a81565b6020026020010151614cb4565b8a86614c9981615de4565b975081518110614cab57614cab615a81565b60200260200101515b9050614cc08282614ef4565b878481518110614cd257614cd2615a81565b60209081029190910101525050600101614ba6565b50808b14614d21576040517f3514049200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b836001860381518110614d3657614d36615a81565b60200260200101519650505050505050611898565b8115614d7457835f81518110614d6357614d63615a81565b602002602001015192505050611898565b87875f818110614d8657614d86615a81565b9050602002013592505050611898565b5f807a184f03e93ff9f4daa797ed6e38ed64bf6a1f0100000000000000008310614dde577a184f03e93ff9f4daa797ed6e38ed64bf6a1f010000000000000000830492506040015b6d04ee2d6d415b85acef81000000008310614e0a576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc100008310614e2857662386f26fc10000830492506010015b6305f5e1008310614e40576305f5e100830492506008015b6127108310614e5457612710830492506004015b60648310614e66576064830492506002015b600a83106108755760010192915050565b614e82838383614f1d565b6111b7576001600160a01b038316614eb057604051637e27328960e01b815260048101829052602401610989565b6040517f177e802f0000000000000000000000000000000000000000000000000000000081526001600160a01b038316600482015260248101829052604401610989565b5f818310614f0e575f828152602084905260409020611180565b505f9182526020526040902090565b5f6001600160a01b038316158015906137095750826001600160a01b0316846001600160a01b03161480614f7557506001600160a01b038085165f9081526005602090815260408083209387168352929052205460ff165b806137095750505f908152600460205260409020546001600160a01b03908116911614919050565b5f5f60408385031215614fae575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52602160045260245ffd5b60098110614fe157614fe1614fbd565b9052565b60608101614ff38286614fd1565b61ffff841660208301526001600160a01b0383166040830152949350505050565b7fffffffff0000000000000000000000000000000000000000000000000000000081168114615041575f5ffd5b50565b5f60208284031215615054575f5ffd5b813561118081615014565b5f6020828403121561506f575f5ffd5b5035919050565b803560ff81168114614348575f5ffd5b5f5f60408385031215615097575f5ffd5b823591506150a760208401615076565b90509250929050565b803567ffffffffffffffff81168114614348575f5ffd5b80356001600160a01b0381168114614348575f5ffd5b5f5f5f606084860312156150ef575f5ffd5b6150f8846150b0565b925061510660208501615076565b9150615114604085016150c7565b90509250925092565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f611180602083018461511d565b5f5f6040838503121561516e575f5ffd5b615177836150c7565b946020939093013593505050565b803562ffffff81168114614348575f5ffd5b5f5f604083850312156151a8575f5ffd5b823591506150a760208401615185565b5f5f83601f8401126151c8575f5ffd5b50813567ffffffffffffffff8111156151df575f5ffd5b6020830191508360208285010111156151f6575f5ffd5b9250929050565b5f5f5f6040848603121561520f575f5ffd5b615218846150b0565b9250602084013567ffffffffffffffff811115615233575f5ffd5b61523f868287016151b8565b9497909650939450505050565b5f5f5f6060848603121561525e575f5ffd5b615267846150c7565b9250615275602085016150c7565b929592945050506040919091013590565b5f60208284031215615296575f5ffd5b611180826150c7565b60058110614fe157614fe1614fbd565b5f60c0820190506152c182845161529f565b60208301511515602083015262ffffff604084015116604083015267ffffffffffffffff606084015116606083015261ffff608084015116608083015260a0830151151560a083015292915050565b5f5f5f60608486031215615322575f5ffd5b61532b846150c7565b925060208401356005811061533e575f5ffd5b9150615114604085016150b0565b5f5f83601f84011261535c575f5ffd5b50813567ffffffffffffffff811115615373575f5ffd5b6020830191508360208260051b85010111156151f6575f5ffd5b5f5f5f6040848603121561539f575f5ffd5b83359250602084013567ffffffffffffffff8111156153bc575f5ffd5b61523f8682870161534c565b5f5f5f5f5f608086880312156153dc575f5ffd5b853594506020860135935060408601359250606086013567ffffffffffffffff811115615407575f5ffd5b6154138882890161534c565b969995985093965092949392505050565b5f5f60408385031215615435575f5ffd5b61543e836150b0565b91506150a760208401615076565b5f6020828403121561545c575f5ffd5b611180826150b0565b803560098110614348575f5ffd5b5f5f5f5f5f5f5f5f5f5f60c08b8d03121561548c575f5ffd5b8a35995060208b013567ffffffffffffffff8111156154a9575f5ffd5b6154b58d828e0161534c565b909a5098505060408b013567ffffffffffffffff8111156154d4575f5ffd5b6154e08d828e0161534c565b90985096506154f3905060608c01615465565b945060808b013567ffffffffffffffff81111561550e575f5ffd5b61551a8d828e0161534c565b90955093505060a08b013567ffffffffffffffff811115615539575f5ffd5b6155458d828e0161534c565b915080935050809150509295989b9194979a5092959850565b5f5f6040838503121561556f575f5ffd5b823591506150a7602084016150c7565b80358015158114614348575f5ffd5b5f5f6040838503121561559f575f5ffd5b6155a8836150c7565b91506150a76020840161557f565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f608085870312156155dd575f5ffd5b6155e6856150c7565b93506155f4602086016150c7565b925060408501359150606085013567ffffffffffffffff811115615616575f5ffd5b8501601f81018713615626575f5ffd5b803567ffffffffffffffff811115615640576156406155b6565b604051601f19603f601f19601f8501160116810181811067ffffffffffffffff82111715615670576156706155b6565b604052818152828201602001891015615687575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f606082840312156156b8575f5ffd5b50919050565b5f5f5f5f608085870312156156d1575f5ffd5b8435935060208501359250604085013567ffffffffffffffff8111156156f5575f5ffd5b615701878288016156a8565b925050606085013567ffffffffffffffff81111561571d575f5ffd5b615729878288016156a8565b91505092959194509250565b5f5f5f5f5f5f5f5f60e0898b03121561574c575f5ffd5b615755896150b0565b9750602089013567ffffffffffffffff811115615770575f5ffd5b61577c8b828c016151b8565b909850965050604089013561ffff81168114615796575f5ffd5b94506157a460608a01615185565b979a96995094979396956080850135955060a08501359460c001359350915050565b5f5f5f5f5f5f60a087890312156157db575f5ffd5b8635955060208701359450604087013593506157f960608801615465565b9250608087013567ffffffffffffffff811115615814575f5ffd5b61582089828a0161534c565b979a9699509497509295939492505050565b5f5f60408385031215615843575f5ffd5b61584c836150b0565b91506150a7602084016150c7565b5f5f6040838503121561586b575f5ffd5b61584c836150c7565b5f60208284031215615884575f5ffd5b61118082615185565b634e487b7160e01b5f52601160045260245ffd5b818103818111156108755761087561588d565b80820281158282048414176108755761087561588d565b6001600160a01b038316815260408101611180602083018461529f565b6001815b6001841115614869578085048111156159075761590761588d565b600184161561591557908102905b60019390931c9280026158ec565b5f8261593157506001610875565b8161593d57505f610875565b8160018114615953576002811461595d57615979565b6001915050610875565b60ff84111561596e5761596e61588d565b50506001821b610875565b5060208310610133831016604e8410600b841016171561599c575081810a610875565b6159a85f1984846158e8565b805f19048211156159bb576159bb61588d565b029392505050565b5f61118060ff841683615923565b5f6111808383615923565b634e487b7160e01b5f52601260045260245ffd5b5f826159fe576159fe6159dc565b500490565b600181811c90821680615a1757607f821691505b6020821081036156b857634e487b7160e01b5f52602260045260245ffd5b81835281816020850137505f602082840101525f6020601f19601f840116840101905092915050565b67ffffffffffffffff84168152604060208201525f611898604083018486615a35565b634e487b7160e01b5f52603260045260245ffd5b828152604081016111806020830184614fd1565b808201808211156108755761087561588d565b8183525f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff831115615aec575f5ffd5b8260051b80836020870137939093016020019392505050565b602081525f613709602083018486615abc565b615b228185614fd1565b604060208201525f611898604083018486615abc565b60408101615b46828561529f565b611180602083018461529f565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112615b86575f5ffd5b83018035915067ffffffffffffffff821115615ba0575f5ffd5b6020019150600581901b36038213156151f6575f5ffd5b5f81518060208401855e5f93019283525090919050565b5f613709615bdc8386615bb7565b84615bb7565b602081525f613709602083018486615a35565b67ffffffffffffffff8916815260e060208201525f615c1860e08301898b615a35565b61ffff9790971660408301525062ffffff949094166060850152608084019290925260a083015260c0909101529392505050565b5f60408201615c5b8386614fd1565b604060208401528084518083526060850191506020860192505f5b81811015615c94578351835260209384019390920191600101615c76565b50909695505050505050565b5f61ffff821661ffff8103615cb757615cb761588d565b60010192915050565b5f62ffffff821662ffffff8103615cb757615cb761588d565b60608101615ce7828661529f565b67ffffffffffffffff8416602083015262ffffff83166040830152949350505050565b5f67ffffffffffffffff831680615d2357615d236159dc565b8067ffffffffffffffff84160491505092915050565b5f67ffffffffffffffff831680615d5257615d526159dc565b8067ffffffffffffffff84160691505092915050565b6001600160a01b03851681526001600160a01b0384166020820152826040820152608060608201525f615d9e608083018461511d565b9695505050505050565b5f60208284031215615db8575f5ffd5b815161118081615014565b5f82615dd157615dd16159dc565b500690565b602081016108758284614fd1565b5f60018201615df557615df561588d565b5060010190565b5f60208284031215615e0c575f5ffd5b6111808261557f56fea164736f6c6343000825000a",
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

// PackAddKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea6dee80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addKey(address account, address key) returns()
func (pedigree *Pedigree) PackAddKey(account common.Address, key common.Address) []byte {
	enc, err := pedigree.abi.Pack("addKey", account, key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea6dee80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addKey(address account, address key) returns()
func (pedigree *Pedigree) TryPackAddKey(account common.Address, key common.Address) ([]byte, error) {
	return pedigree.abi.Pack("addKey", account, key)
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

// PackKeyAccount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90cd6524.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function keyAccount(address key) view returns(address)
func (pedigree *Pedigree) PackKeyAccount(key common.Address) []byte {
	enc, err := pedigree.abi.Pack("keyAccount", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKeyAccount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90cd6524.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function keyAccount(address key) view returns(address)
func (pedigree *Pedigree) TryPackKeyAccount(key common.Address) ([]byte, error) {
	return pedigree.abi.Pack("keyAccount", key)
}

// UnpackKeyAccount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x90cd6524.
//
// Solidity: function keyAccount(address key) view returns(address)
func (pedigree *Pedigree) UnpackKeyAccount(data []byte) (common.Address, error) {
	out, err := pedigree.abi.Unpack("keyAccount", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
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
// Solidity: function participant(address account) view returns((uint8,bool,uint24,uint64,uint16,bool))
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
// Solidity: function participant(address account) view returns((uint8,bool,uint24,uint64,uint16,bool))
func (pedigree *Pedigree) TryPackParticipant(account common.Address) ([]byte, error) {
	return pedigree.abi.Pack("participant", account)
}

// UnpackParticipant is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2605b3c7.
//
// Solidity: function participant(address account) view returns((uint8,bool,uint24,uint64,uint16,bool))
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

// PackRetireKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0a5c1ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function retireKey(address account, address key) returns()
func (pedigree *Pedigree) PackRetireKey(account common.Address, key common.Address) []byte {
	enc, err := pedigree.abi.Pack("retireKey", account, key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRetireKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0a5c1ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function retireKey(address account, address key) returns()
func (pedigree *Pedigree) TryPackRetireKey(account common.Address, key common.Address) ([]byte, error) {
	return pedigree.abi.Pack("retireKey", account, key)
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

// PedigreeKeyAdded represents a KeyAdded event raised by the Pedigree contract.
type PedigreeKeyAdded struct {
	Account common.Address
	Key     common.Address
	By      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const PedigreeKeyAddedEventName = "KeyAdded"

// ContractEventName returns the user-defined event name.
func (PedigreeKeyAdded) ContractEventName() string {
	return PedigreeKeyAddedEventName
}

// UnpackKeyAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event KeyAdded(address indexed account, address indexed key, address indexed by)
func (pedigree *Pedigree) UnpackKeyAddedEvent(log *types.Log) (*PedigreeKeyAdded, error) {
	event := "KeyAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pedigree.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PedigreeKeyAdded)
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

// PedigreeKeyRetired represents a KeyRetired event raised by the Pedigree contract.
type PedigreeKeyRetired struct {
	Account common.Address
	Key     common.Address
	By      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const PedigreeKeyRetiredEventName = "KeyRetired"

// ContractEventName returns the user-defined event name.
func (PedigreeKeyRetired) ContractEventName() string {
	return PedigreeKeyRetiredEventName
}

// UnpackKeyRetiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event KeyRetired(address indexed account, address indexed key, address indexed by)
func (pedigree *Pedigree) UnpackKeyRetiredEvent(log *types.Log) (*PedigreeKeyRetired, error) {
	event := "KeyRetired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pedigree.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PedigreeKeyRetired)
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
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeKeyRetired"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeKeyRetiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeKeyTaken"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeKeyTakenError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeLastKey"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeLastKeyError(raw[4:])
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
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeNotKey"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeNotKeyError(raw[4:])
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

// PedigreePedigreeKeyRetired represents a PedigreeKeyRetired error raised by the Pedigree contract.
type PedigreePedigreeKeyRetired struct {
	Key common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeKeyRetired(address key)
func PedigreePedigreeKeyRetiredErrorID() common.Hash {
	return common.HexToHash("0x48195e3f7c20f9100794e1cf471c8ac53e0c618b521c6378d37dd9e6052bf16c")
}

// UnpackPedigreeKeyRetiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeKeyRetired(address key)
func (pedigree *Pedigree) UnpackPedigreeKeyRetiredError(raw []byte) (*PedigreePedigreeKeyRetired, error) {
	out := new(PedigreePedigreeKeyRetired)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeKeyRetired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeKeyTaken represents a PedigreeKeyTaken error raised by the Pedigree contract.
type PedigreePedigreeKeyTaken struct {
	Key common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeKeyTaken(address key)
func PedigreePedigreeKeyTakenErrorID() common.Hash {
	return common.HexToHash("0x52292c47d13b140244e611b6eebce12aa9b7ab09b493c29ba0303122b2ebbbc7")
}

// UnpackPedigreeKeyTakenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeKeyTaken(address key)
func (pedigree *Pedigree) UnpackPedigreeKeyTakenError(raw []byte) (*PedigreePedigreeKeyTaken, error) {
	out := new(PedigreePedigreeKeyTaken)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeKeyTaken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeLastKey represents a PedigreeLastKey error raised by the Pedigree contract.
type PedigreePedigreeLastKey struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeLastKey(address account)
func PedigreePedigreeLastKeyErrorID() common.Hash {
	return common.HexToHash("0x4129f20ff2ecc35e4f13c368065c1df849299dea791cdbec25d0554bff59af12")
}

// UnpackPedigreeLastKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeLastKey(address account)
func (pedigree *Pedigree) UnpackPedigreeLastKeyError(raw []byte) (*PedigreePedigreeLastKey, error) {
	out := new(PedigreePedigreeLastKey)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeLastKey", raw); err != nil {
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

// PedigreePedigreeNotKey represents a PedigreeNotKey error raised by the Pedigree contract.
type PedigreePedigreeNotKey struct {
	Account common.Address
	Key     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeNotKey(address account, address key)
func PedigreePedigreeNotKeyErrorID() common.Hash {
	return common.HexToHash("0x7706f3b265d162230fcf83309ba98e098686added0c9ff54df01af33333e0510")
}

// UnpackPedigreeNotKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeNotKey(address account, address key)
func (pedigree *Pedigree) UnpackPedigreeNotKeyError(raw []byte) (*PedigreePedigreeNotKey, error) {
	out := new(PedigreePedigreeNotKey)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeNotKey", raw); err != nil {
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
