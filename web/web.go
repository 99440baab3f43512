// Package web holds the HTML templates and static files pedigree serves, embedded in the
// binary. Templates are parsed when the server starts, so a broken one fails the start, not a
// request.
package web

import "embed"

// FS holds templates/*.html and static/*.
//
//go:embed templates static
var FS embed.FS
