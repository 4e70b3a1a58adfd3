// Package report holds the findings both engines produce and writes them in
// the formats of the spec: text and JSON (SARIF and the review formats build on
// the same types). It owns ordering and fingerprints, so every format and the
// baseline agree on what a finding is.
package report

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"
)

// Related is a secondary location of a finding, such as the disconnect handler.
type Related struct {
	Path    string `json:"path"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Message string `json:"message"`
}

// Finding is one reported problem. Lines and columns are 1-based; columns
// count bytes, as go/token does. Path is relative to the working directory
// with '/' separators once the CLI has normalised it.
type Finding struct {
	Rule        string    `json:"rule"`
	Severity    string    `json:"severity"`
	Message     string    `json:"message"`
	Path        string    `json:"path"`
	Line        int       `json:"line"`
	Column      int       `json:"column"`
	EndLine     int       `json:"endLine,omitempty"`
	EndColumn   int       `json:"endColumn,omitempty"`
	Related     []Related `json:"related"`
	Fingerprint string    `json:"fingerprint"`
	// Verified is set by --verify: whether replaying connect/disconnect
	// scenarios in the sandbox confirmed the finding.
	Verified *Verification `json:"verified,omitempty"`
}

// Verification is the sandbox's verdict on a static finding. A confirmed
// finding names the scenario after which N instances were still live; one
// the sandbox could not reach or does not check says why in Note.
type Verification struct {
	Confirmed bool   `json:"confirmed"`
	Scenario  string `json:"scenario,omitempty"`
	Live      int    `json:"live,omitempty"`
	Note      string `json:"note,omitempty"`
}

// Error is something that could not be analysed: a Go package that does not
// load or type-check, a path that does not exist. It is reported, never
// swallowed, so a partial report never looks complete.
type Error struct {
	Path    string `json:"path"`
	Message string `json:"message"`
}

// Stats summarises the run.
type Stats struct {
	Files      int   `json:"files"`
	GoPackages int   `json:"goPackages"`
	DurationMs int64 `json:"durationMs"`
}

// Tool identifies the producer.
type Tool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// Report is the whole result of a run, in the JSON shape of spec section 3.
type Report struct {
	Version  int       `json:"version"`
	Tool     Tool      `json:"tool"`
	Findings []Finding `json:"findings"`
	Errors   []Error   `json:"errors"`
	Stats    Stats     `json:"stats"`
}

// Sort orders findings by path, line, column, rule (then message, so that the
// order is total) and errors by path, and drops exact duplicates.
func Sort(fs []Finding) []Finding {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := &fs[i], &fs[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Column != b.Column {
			return a.Column < b.Column
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.Message < b.Message
	})
	out := fs[:0]
	for i, f := range fs {
		if i > 0 {
			p := fs[i-1]
			if p.Path == f.Path && p.Line == f.Line && p.Column == f.Column && p.Rule == f.Rule && p.Message == f.Message {
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

// SortErrors orders errors by path then message.
func SortErrors(es []Error) {
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].Path != es[j].Path {
			return es[i].Path < es[j].Path
		}
		return es[i].Message < es[j].Message
	})
}

// Fingerprint is the stable identity of a finding for baselines and SARIF:
// a hash of the rule, the path and the primary line's source with its white
// space folded, so moving code up or down does not change it while a new leak
// on another line does get a new one. n distinguishes the n-th (0-based)
// finding of the same rule on identical lines of one file.
func Fingerprint(rule, path, lineText string, n int) string {
	h := sha256.New()
	h.Write([]byte(rule))
	h.Write([]byte{0})
	h.Write([]byte(path))
	h.Write([]byte{0})
	h.Write([]byte(strings.Join(strings.Fields(lineText), " ")))
	if n > 0 {
		h.Write([]byte{0, byte(n), byte(n >> 8)})
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// LineSource returns the text of a 1-based line of a file, or "" when unknown.
type LineSource func(path string, line int) string

// AddFingerprints fills Fingerprint for every finding, in sorted order so the
// occurrence counter is deterministic.
func AddFingerprints(fs []Finding, src LineSource) {
	seen := map[string]int{}
	for i := range fs {
		f := &fs[i]
		text := ""
		if src != nil {
			text = src(f.Path, f.Line)
		}
		key := f.Rule + "\x00" + f.Path + "\x00" + strings.Join(strings.Fields(text), " ")
		n := seen[key]
		seen[key] = n + 1
		f.Fingerprint = Fingerprint(f.Rule, f.Path, text, n)
	}
}
