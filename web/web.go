// Package web holds the HTML templates and static files pedigree serves, embedded in the
// binary. Templates are parsed when the server starts, so a broken one fails the start, not a
// request.
package web

import "embed"

// FS holds templates/*.html, static/* and the message catalogue, messages/<language>.json.
//
//go:embed templates static messages
var FS embed.FS
