// A minimal Ethereum ABI for "check it yourself" (check.js): calldata for the contract calls
// it makes (uint, address, bytes32, string, bytes32[] and tuples of them), and the static words
// of their results. Numbers are BigInts, bytes are "0x…" hex strings.
import { keccak256 } from "./keccak.js";

export function bytesToHex(bytes) {
  return "0x" + Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export function hexToBytes(hex) {
  const h = String(hex).replace(/^0x/i, "");
  if (h.length % 2 || /[^0-9a-f]/i.test(h)) { throw new Error(`${hex} is not hex`); }
  const out = new Uint8Array(h.length / 2);
  for (let i = 0; i < out.length; i++) { out[i] = parseInt(h.slice(2 * i, 2 * i + 2), 16); }
  return out;
}

export function utf8(s) { return new TextEncoder().encode(s); }

// keccak returns the hash of bytes (a Uint8Array or "0x…" hex) as hex.
export function keccak(bytes) {
  return bytesToHex(keccak256(typeof bytes === "string" ? hexToBytes(bytes) : bytes));
}

// selector returns the 4-byte id of a function, error or event signature; topic its 32-byte id.
export function selector(signature) { return keccak(utf8(signature)).slice(0, 10); }
export function topic(signature) { return keccak(utf8(signature)); }

// word writes n (a BigInt or number) as one 32-byte word of hex, without 0x.
export function word(n) {
  const v = BigInt(n);
  if (v < 0n || v >= 1n << 256n) { throw new Error(`${n} does not fit a uint256`); }
  return v.toString(16).padStart(64, "0");
}

// parseTypes reads the parameter list of a signature: "f(uint256,(bytes32,bytes32[]))" gives
// ["uint256", ["bytes32", "bytes32[]"]].
function parseTypes(list) {
  const out = [];
  let depth = 0, start = 0;
  for (let i = 0; i <= list.length; i++) {
    const ch = list[i];
    if (ch === "(") { depth++; }
    if (ch === ")") { depth--; }
    if ((ch === "," && depth === 0) || i === list.length) {
      const t = list.slice(start, i);
      if (t) { out.push(t.startsWith("(") ? parseTypes(t.slice(1, -1)) : t); }
      start = i + 1;
    }
  }
  return out;
}

function dynamic(t) {
  return Array.isArray(t) ? t.some(dynamic) : t === "string" || t === "bytes" || t.endsWith("[]");
}

function encodeValue(t, v) {
  if (Array.isArray(t)) { return encodeTuple(t, v); }
  if (t === "string") {
    const b = utf8(v);
    const hex = bytesToHex(b).slice(2);
    return word(b.length) + hex.padEnd(Math.ceil(hex.length / 64) * 64, "0");
  }
  if (t.endsWith("[]")) {
    const inner = t.slice(0, -2);
    return word(v.length) + encodeTuple(v.map(() => inner), v);
  }
  if (t === "address" || t === "bytes32") {
    const hex = String(v).replace(/^0x/i, "").toLowerCase();
    if (hex.length !== (t === "address" ? 40 : 64) || /[^0-9a-f]/.test(hex)) { throw new Error(`${v} is not a ${t}`); }
    return t === "address" ? hex.padStart(64, "0") : hex;
  }
  if (/^uint\d*$/.test(t)) { return word(v); }
  throw new Error(`abi.js cannot encode ${t}`);
}

function encodeTuple(types, values) {
  if (types.some((t) => Array.isArray(t) && !dynamic(t))) { throw new Error("abi.js does not encode static tuples"); }
  const heads = [], tails = [];
  let offset = 32 * types.length;
  types.forEach((t, i) => {
    if (dynamic(t)) {
      const enc = encodeValue(t, values[i]);
      heads.push(word(offset));
      tails.push(enc);
      offset += enc.length / 2;
    } else {
      heads.push(encodeValue(t, values[i]));
    }
  });
  return heads.join("") + tails.join("");
}

// calldata returns the call of signature with args (in its order; a tuple as an array).
export function calldata(signature, args) {
  const open = signature.indexOf("(");
  return selector(signature) + encodeTuple(parseTypes(signature.slice(open + 1, -1)), args);
}

// encode returns abi.encode(values) of types, as hex with 0x.
export function encode(types, values) { return "0x" + encodeTuple(types, values); }

// words splits a call's result (or an event's data) into BigInt words.
export function words(hex) {
  const h = String(hex).replace(/^0x/i, "");
  const out = [];
  for (let i = 0; i + 64 <= h.length; i += 64) { out.push(BigInt("0x" + h.slice(i, i + 64))); }
  return out;
}

export function asAddress(w) { return "0x" + w.toString(16).padStart(64, "0").slice(24); }
export function asBytes32(w) { return "0x" + w.toString(16).padStart(64, "0"); }
