// Package baseline records the findings of a run (--write-baseline) and
// filters them out of later runs (--baseline), so that a codebase with
// existing findings can adopt the linter and still see every new one.
//
// Entries are keyed on report.Fingerprint: a hash of the rule, the path and
// the primary line's source with white space folded, plus an occurrence
// counter among identical lines of the file. Moving code up or down keeps
// the key, so old findings stay hidden; a new leak on another line, or one
// more copy of an identical line, gets a key the baseline does not hold and
// is reported. Lines and messages are written for people reading the file
// and are never compared.
package baseline

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strings"

	"github.com/disconnectlint/disconnectlint/report"
)

// Version is the file format version this package writes and reads.
const Version = 1

// ToolName is the producer named in every baseline file.
const ToolName = "disconnectlint"

// Entry is one recorded finding.
type Entry struct {
	Rule        string `json:"rule"`
	Path        string `json:"path"`
	Fingerprint string `json:"fingerprint"`
	Message     string `json:"message"`
	Line        int    `json:"line"` // informational only
}

// File is the JSON shape of a baseline file.
type File struct {
	Version int         `json:"version"`
	Tool    report.Tool `json:"tool"`
	Entries []Entry     `json:"entries"`
}

// Baseline is a loaded baseline.
type Baseline struct {
	Path    string
	Tool    report.Tool
	Entries []Entry
	counts  map[string]int // fingerprint -> number of entries
}

// Write writes findings as a baseline with the tool named but no version.
func Write(w io.Writer, findings []report.Finding) error {
	return WriteTool(w, report.Tool{Name: ToolName}, findings)
}

// WriteTool writes findings as a baseline naming tool. Every finding must
// have a fingerprint (report.AddFingerprints). Entries are sorted by path,
// line, rule and fingerprint, so that the file diffs well.
func WriteTool(w io.Writer, tool report.Tool, findings []report.Finding) error {
	if tool.Name == "" {
		tool.Name = ToolName
	}
	f := File{Version: Version, Tool: tool, Entries: make([]Entry, 0, len(findings))}
	for _, x := range findings {
		if x.Fingerprint == "" {
			return fmt.Errorf("baseline: finding %s:%d (%s) has no fingerprint; call report.AddFingerprints first", x.Path, x.Line, x.Rule)
		}
		f.Entries = append(f.Entries, Entry{Rule: x.Rule, Path: x.Path, Fingerprint: x.Fingerprint, Message: x.Message, Line: x.Line})
	}
	sort.SliceStable(f.Entries, func(i, j int) bool {
		a, b := f.Entries[i], f.Entries[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		if a.Fingerprint != b.Fingerprint {
			return a.Fingerprint < b.Fingerprint
		}
		return a.Message < b.Message
	})
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(f)
}

// Load reads a baseline file. Its errors name the file and say what is
// wrong: unreadable, not JSON (with line and column), not a baseline (a
// JSON report is recognised and named), an unsupported version, or an entry
// without a fingerprint.
func Load(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("%s: cannot read baseline: %v", path, err)
	}
	return Parse(path, data)
}

// Parse reads data as the baseline file path.
func Parse(path string, data []byte) (*Baseline, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fmt.Errorf("%s: baseline file is empty; write one with --write-baseline", path)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("%s: baseline is not valid JSON: %s", path, jsonError(data, err))
	}
	if _, ok := raw["entries"]; !ok {
		if _, isReport := raw["findings"]; isReport {
			return nil, fmt.Errorf("%s: this is a disconnectlint report, not a baseline; write a baseline with --write-baseline", path)
		}
		return nil, fmt.Errorf("%s: not a disconnectlint baseline: no \"entries\"", path)
	}
	var f File
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%s: not a disconnectlint baseline: %s", path, jsonError(data, err))
	}
	if f.Version != Version {
		if f.Version == 0 {
			return nil, fmt.Errorf("%s: not a disconnectlint baseline: no \"version\"", path)
		}
		return nil, fmt.Errorf("%s: baseline version %d is not supported (this disconnectlint reads version %d); rewrite it with --write-baseline", path, f.Version, Version)
	}
	if f.Tool.Name != "" && f.Tool.Name != ToolName {
		return nil, fmt.Errorf("%s: baseline was written by %q, not %s", path, f.Tool.Name, ToolName)
	}
	b := &Baseline{Path: path, Tool: f.Tool, Entries: f.Entries, counts: map[string]int{}}
	for i, e := range f.Entries {
		if e.Fingerprint == "" {
			return nil, fmt.Errorf("%s: baseline entry %d (%s:%d %s) has no fingerprint", path, i+1, e.Path, e.Line, e.Rule)
		}
		b.counts[e.Fingerprint]++
	}
	return b, nil
}

// jsonError describes a decoding error with the line and column it is at.
func jsonError(data []byte, err error) string {
	var off int64 = -1
	msg := err.Error()
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		off = se.Offset
		msg = strings.TrimPrefix(msg, "json: ")
	case errors.As(err, &te):
		off = te.Offset
		if te.Field == "" {
			msg = fmt.Sprintf("the file is a JSON %s, not an object", te.Value)
		} else {
			msg = fmt.Sprintf("%q is a JSON %s, which is the wrong type", te.Field, te.Value)
		}
	}
	if off < 1 {
		return msg
	}
	// Offset counts the bytes read, the offending one included.
	off--
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	col := int(off) - bytes.LastIndexByte(data[:off], '\n')
	return fmt.Sprintf("line %d, column %d: %s", line, col, msg)
}

// Len returns the number of entries.
func (b *Baseline) Len() int { return len(b.Entries) }

// Filter returns the findings the baseline does not hold, in their order,
// and how many it matched. Fingerprints count as a multiset: an entry
// absorbs one finding, so two identical entries absorb two findings with
// that fingerprint and a third is new. Len() - matched entries are stale
// (fixed since the baseline was written). Filter does not change b.
func (b *Baseline) Filter(findings []report.Finding) (fresh []report.Finding, matched int) {
	left := make(map[string]int, len(b.counts))
	for k, v := range b.counts {
		left[k] = v
	}
	fresh = findings[:0:0]
	for _, f := range findings {
		if f.Fingerprint != "" && left[f.Fingerprint] > 0 {
			left[f.Fingerprint]--
			matched++
			continue
		}
		fresh = append(fresh, f)
	}
	return fresh, matched
}
