// Package gs1 reads and writes what is printed on a drug pack: GS1 Digital Link URIs and GS1
// element strings, with their GTIN, lot, serial, expiry and other Application Identifiers
// (AIs).
//
// # What is read
//
// Parse accepts every form a scanner, a phone camera or a person hands over, and returns a
// Code:
//
//   - a GS1 Digital Link URI on any host, under any path prefix:
//     https://id.gs1.org/01/09506000134352/10/ABC123/21/12345?17=270630. The primary key is
//     AI 01 with the key qualifiers 22, 10 and 21 in that order (any may be left out), or 235
//     alone; data attributes are query parameters with numeric names. Values are
//     percent-decoded, a GTIN-8/12/13 is padded to 14 digits, other query parameters
//     (linkType, utm_*) and the fragment are ignored.
//   - an element string with FNC1 sent as GS (0x1D), as scanners report a GS1 DataMatrix, QR
//     Code, GS1-128, DataBar or DotCode, with or without its symbology identifier (]d2, ]Q3,
//     ]C1, ]e0, ]J1) and with or without a leading GS standing for FNC1 in first position.
//     Predefined-length AIs (those whose first two digits are 00-04, 11-20, 31-36 or 41, per
//     the GS1 General Specifications) need no GS after them; a GS there is tolerated.
//   - the bracketed human-readable form (01)09506000134352(17)270630(10)ABC123(21)12345, with
//     "\(" for a "(" inside a value and spaces around values ignored.
//   - a plain GTIN-8/12/13/14, alone or as an EAN/UPC scan (]E0, ]E4).
//
// Every value is checked against the AI table (GS1 General Specifications section 3, as
// machine-read in GS1's Barcode Syntax Dictionary): its length, its character set (digits, or
// GS1's 82 characters A-Z a-z 0-9 !"%&'()*+,-./:;<=>?_), its check digit (GTIN, GLN, SSCC
// and the other keys) and its dates (YYMMDD, where AIs 11 to 17 allow day 00 for "the last
// day of that month"). Two-digit years follow the GS1 century rule, relative to the Parser's
// clock.
//
// # What is refused
//
// Each refusal is an *Error naming the AI concerned and what is wrong with it in plain
// words, e.g. "AI 01 (GTIN): check digit should be 2, not 3": a bad check digit; a character
// outside the AI's character set (a space, "#", an accented letter in a lot or serial);
// a value too long or too short (a lot or serial longer than 20 characters); a date that does
// not exist (30 February, month 13, 29 February outside leap years); an AI not in the table;
// an AI given twice, anywhere; a code without a GTIN, or keyed by something else (an SSCC
// or GLN Digital Link); AIs GS1 forbids with a GTIN (02, 37, 255, 8006, 8026) and a serial
// with AI 235; in a Digital Link, qualifiers out of order, qualifiers in the query string,
// attributes in the path, numeric query parameters that are not AIs, malformed
// percent-encoding, and the short names (/gtin/, /lot/, /ser/, ?exp=) that GS1 Digital Link
// URI Syntax 1.2 deprecated in 2021.
//
// Content rules beyond format, check digits and dates (ISO country and currency codes, the
// alphanumeric check characters of AI 8013, coupon layouts) are not checked, nor are the
// pairs of AIs GS1 requires together (such as 250 with 21).
//
// # What is written
//
// Code.DigitalLink, Code.ElementString and Code.Bracketed write a Code back; parsing what
// they write gives the same Code.
package gs1
