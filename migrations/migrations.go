// Package migrations holds pedigree's database schema: numbered .sql files applied in order
// by postgres.Migrate (tern: 001_name.sql, 002_name.sql, ..., each run in a transaction and
// recorded in public.schema_version). A file is a Go text/template, so "{{" starts an action;
// an optional "---- create above / drop below ----" line separates a down migration.
// Released files are never edited: a change is a new file.
package migrations

import "embed"

// FS holds the migrations, embedded in the binary.
//
//go:embed *.sql
var FS embed.FS
