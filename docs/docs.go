// Package docs holds the user-facing documentation of every disconnectlint
// rule, one Markdown page per rule ID, embedded so that the CLI can print a
// page (`disconnectlint explain <id>`) without the repository on disk.
//
// The package imports nothing of the project: it is a leaf that the CLI, the
// SARIF writer and the tests can all depend on.
package docs

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"
)

// FS holds rules/<id>.md for every rule of the catalogue.
//
//go:embed rules/*.md
var FS embed.FS

// Page returns the Markdown page of the rule with the given ID. An unknown ID,
// or one that is not a plain kebab-case name, yields an error that wraps
// fs.ErrNotExist.
func Page(id string) ([]byte, error) {
	if !validID(id) {
		return nil, fmt.Errorf("no documentation for rule %q: %w", id, fs.ErrNotExist)
	}
	b, err := FS.ReadFile("rules/" + id + ".md")
	if err != nil {
		return nil, fmt.Errorf("no documentation for rule %q: %w", id, fs.ErrNotExist)
	}
	return b, nil
}

// IDs returns the rule IDs that have a page, sorted.
func IDs() []string {
	entries, err := fs.ReadDir(FS, "rules")
	if err != nil {
		// The directory is embedded at build time; it cannot be missing.
		panic(err)
	}
	ids := make([]string, 0, len(entries))
	for _, e := range entries {
		if id, ok := strings.CutSuffix(e.Name(), ".md"); ok {
			ids = append(ids, id)
		}
	}
	return ids
}

// validID accepts kebab-case IDs only, so that a user-supplied name such as
// "../x" or "a/b" can never reach outside rules/.
func validID(id string) bool {
	if id == "" || id[0] == '-' || id[len(id)-1] == '-' {
		return false
	}
	for _, c := range id {
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-' {
			return false
		}
	}
	return true
}
