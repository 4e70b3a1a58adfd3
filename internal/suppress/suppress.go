// Package suppress reads disconnectlint:ignore comments and applies them to
// findings of both engines.
//
// The directive is
//
//	// disconnectlint:ignore <rule-id>[,<rule-id>...] -- <reason>
//
// written as a line comment (with or without a space after //, as Go
// directives are), as a one-line block comment (/* ... */), or in JSX as
// {/* ... */}. It suppresses findings of the named rules whose primary
// location is on the directive's line or on the line directly below it.
//
// The scanner is language-agnostic and works line by line: it needs no parse
// tree, so it works the same for JavaScript, TypeScript, JSX and Go, and for
// files that do not parse. A directive is recognised only as the first word
// of a comment, and not where the comment opener is inside a string literal
// that closes later on the same line. A multi-line string or template literal
// whose text looks like a directive comment is taken for one; that is the
// price of not parsing.
package suppress

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"github.com/disconnectlint/disconnectlint/internal/suggest"
	"github.com/disconnectlint/disconnectlint/report"
	"github.com/disconnectlint/disconnectlint/rules"
)

// Keyword is the directive word that follows the comment opener.
const Keyword = "disconnectlint:ignore"

// Kind classifies a Problem.
type Kind string

const (
	// Malformed: a disconnectlint: directive that cannot be read (no rule
	// ids, an unknown verb such as disconnectlint:ingore).
	Malformed Kind = "malformed"
	// UnknownRule: a rule id that is not in the catalogue. The directive
	// still applies to the known ids it names.
	UnknownRule Kind = "unknown-rule"
	// MissingReason: no "-- <reason>". The directive suppresses nothing
	// until it has one, as with staticcheck's //lint:ignore.
	MissingReason Kind = "missing-reason"
	// Unused: a rule of a valid directive that suppressed no finding;
	// reported only with Set.ReportUnused.
	Unused Kind = "unused"
)

// Problem is something wrong with a directive. It is not a report.Finding
// because the catalogue has no rule id for it yet; see Finding.
type Problem struct {
	Path    string
	Line    int // 1-based
	Col     int // 1-based byte column of the comment opener
	Kind    Kind
	Message string
}

func (p Problem) String() string {
	return fmt.Sprintf("%s:%d:%d: %s", p.Path, p.Line, p.Col, p.Message)
}

// Finding turns the problem into a finding reported under rule at severity,
// for when the catalogue has an entry for directive problems.
func (p Problem) Finding(rule string, severity rules.Severity) report.Finding {
	return report.Finding{
		Rule:     rule,
		Severity: string(severity),
		Message:  p.Message,
		Path:     p.Path,
		Line:     p.Line,
		Column:   p.Col,
		Related:  []report.Related{},
	}
}

// Directive is one disconnectlint: comment in a file.
type Directive struct {
	Line   int      // 1-based line of the comment
	Col    int      // 1-based byte column of the comment opener (// or /*)
	Rules  []string // catalogue rule ids named, in order, without duplicates
	Reason string   // text after "--", trimmed; "" when missing
	// Problems found in the directive itself, with Path empty; the Set
	// fills in the path.
	Problems []Problem
}

// Valid reports whether the directive suppresses anything: it names at
// least one known rule and gives a reason.
func (d *Directive) Valid() bool { return len(d.Rules) > 0 && d.Reason != "" }

// Parse returns the directives in src, in source order.
func Parse(src []byte) []Directive {
	var out []Directive
	for i, text := range bytes.Split(src, []byte("\n")) {
		if bytes.Contains(text, []byte("disconnectlint:")) {
			out = append(out, scanLine(text, i+1)...)
		}
	}
	return out
}

// scanLine finds the directives on one line. It tracks string literals and
// comments from the start of the line: a directive must open a comment (//
// or /*) that is not inside a string or another comment.
func scanLine(text []byte, line int) []Directive {
	text = bytes.TrimSuffix(text, []byte("\r"))
	var out []Directive
	var quote byte // open string quote, or 0
	inLine := false
	inBlock := false
	for i := 0; i < len(text); i++ {
		c := text[i]
		next := byte(0)
		if i+1 < len(text) {
			next = text[i+1]
		}
		switch {
		case quote != 0:
			if c == '\\' {
				i++
			} else if c == quote {
				quote = 0
			}
		case inBlock:
			if c == '*' && next == '/' {
				inBlock = false
				i++
			}
		case inLine:
			// The rest of the line is comment text: a commented-out
			// directive ("// // disconnectlint:ignore ...") stays inert.
			return out
		case c == '/' && next == '/':
			if d, ok := directive(text[i+2:], false, line, i+1); ok {
				out = append(out, d)
			}
			inLine = true
			i++
		case c == '/' && next == '*':
			if d, ok := directive(text[i+2:], true, line, i+1); ok {
				out = append(out, d)
			}
			inBlock = true
			i++
		case c == '"' || c == '\'' || c == '`':
			// A quote opens a string only if it closes on this line;
			// otherwise it is an apostrophe in JSX text or part of a
			// multi-line template, which a line scanner cannot judge.
			if bytes.IndexByte(text[i+1:], c) >= 0 {
				quote = c
			}
		}
	}
	return out
}

// directive reads a directive from the text after a comment opener.
func directive(body []byte, block bool, line, col int) (Directive, bool) {
	s := string(body)
	if block {
		if j := strings.Index(s, "*/"); j >= 0 {
			s = s[:j]
		}
	}
	s = strings.TrimLeft(s, " \t")
	rest, ok := strings.CutPrefix(s, "disconnectlint:")
	if !ok {
		return Directive{}, false
	}
	d := Directive{Line: line, Col: col}
	verb := rest
	if j := strings.IndexAny(rest, " \t"); j >= 0 {
		verb = rest[:j]
	}
	if verb != "ignore" {
		if verb == "" {
			// "disconnectlint: some prose" is not a directive.
			return Directive{}, false
		}
		d.Problems = append(d.Problems, Problem{Line: line, Col: col, Kind: Malformed,
			Message: fmt.Sprintf("unknown directive disconnectlint:%s (want disconnectlint:ignore <rule-id> -- <reason>)", verb)})
		return d, true
	}
	rest = rest[len(verb):]
	ids, reason, hasSep := strings.Cut(rest, "--")
	d.Reason = strings.TrimSpace(reason)
	seen := map[string]bool{}
	words := strings.FieldsFunc(ids, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' })
	if !hasSep && len(words) > 1 {
		// "ignore timer-not-cleared because ...": the ids are the first
		// comma-joined word, the rest is a reason without "--".
		first := strings.Fields(ids)[0]
		words = strings.FieldsFunc(first, func(r rune) bool { return r == ',' })
	}
	if len(words) == 0 {
		d.Problems = append(d.Problems, Problem{Line: line, Col: col, Kind: Malformed,
			Message: "disconnectlint:ignore names no rule (want disconnectlint:ignore <rule-id>[,<rule-id>] -- <reason>)"})
		return d, true
	}
	for _, id := range words {
		if _, ok := rules.Lookup(id); !ok {
			d.Problems = append(d.Problems, Problem{Line: line, Col: col, Kind: UnknownRule,
				Message: fmt.Sprintf("unknown rule %q in disconnectlint:ignore%s", id, didYouMean(id))})
			continue
		}
		if !seen[id] {
			seen[id] = true
			d.Rules = append(d.Rules, id)
		}
	}
	if d.Reason == "" {
		what := strings.Join(words, ",")
		d.Problems = append(d.Problems, Problem{Line: line, Col: col, Kind: MissingReason,
			Message: fmt.Sprintf("disconnectlint:ignore %s has no reason, so it suppresses nothing: add \" -- <why this is fine>\"", what)})
	}
	return d, true
}

// Set holds the directives of the files of a run.
type Set struct {
	// ReportUnused makes Apply report, for each valid directive, every rule
	// it names that suppressed no finding (--report-unused-ignores).
	ReportUnused bool
	// Enabled, when set, limits unused reporting to rules that ran: a
	// directive for a rule that is off cannot have suppressed anything.
	Enabled func(rule string) bool

	files map[string][]Directive
	order []string
	want  map[string]bool // paths to scan through sources in Apply
}

// NewSet returns an empty set.
func NewSet(reportUnused bool) *Set {
	return &Set{ReportUnused: reportUnused, files: map[string][]Directive{}, want: map[string]bool{}}
}

// Add scans src as the file path. Files with no finding must be added (or
// included) for their directive problems and unused directives to be
// reported.
func (s *Set) Add(path string, src []byte) {
	s.init()
	if _, ok := s.files[path]; !ok {
		s.order = append(s.order, path)
	}
	s.files[path] = Parse(src)
	delete(s.want, path)
}

// Include marks paths to be read through the sources function in Apply.
func (s *Set) Include(paths ...string) {
	s.init()
	for _, p := range paths {
		if _, ok := s.files[p]; !ok {
			s.want[p] = true
		}
	}
}

func (s *Set) init() {
	if s.files == nil {
		s.files = map[string][]Directive{}
		s.want = map[string]bool{}
	}
}

// Directives returns the directives of an added file.
func (s *Set) Directives(path string) []Directive { return s.files[path] }

// Apply removes the findings that a valid directive suppresses and returns
// the rest, in their order, with the problems of every file in the set: the
// files added or included, and the files of the findings, which sources
// reads (it may return nil for a file it cannot read). Problems are sorted
// by path, line, column and message.
func (s *Set) Apply(findings []report.Finding, sources func(path string) []byte) (kept []report.Finding, problems []Problem) {
	s.init()
	load := func(path string) {
		if _, ok := s.files[path]; ok {
			return
		}
		var src []byte
		if sources != nil {
			src = sources(path)
		}
		s.Add(path, src)
	}
	want := make([]string, 0, len(s.want))
	for p := range s.want {
		want = append(want, p)
	}
	sort.Strings(want)
	for _, p := range want {
		load(p)
	}
	for _, f := range findings {
		load(f.Path)
	}

	// used[path][directive index][rule]
	used := map[string]map[int]map[string]bool{}
	index := map[string]map[int][]int{} // path -> line -> directive indexes
	for path, ds := range s.files {
		m := map[int][]int{}
		for i, d := range ds {
			if d.Valid() {
				m[d.Line] = append(m[d.Line], i)
			}
		}
		index[path] = m
		used[path] = map[int]map[string]bool{}
	}

	kept = findings[:0:0]
	for _, f := range findings {
		suppressed := false
		ds := s.files[f.Path]
		for _, line := range []int{f.Line, f.Line - 1} {
			for _, i := range index[f.Path][line] {
				if contains(ds[i].Rules, f.Rule) {
					suppressed = true
					if used[f.Path][i] == nil {
						used[f.Path][i] = map[string]bool{}
					}
					used[f.Path][i][f.Rule] = true
				}
			}
		}
		if !suppressed {
			kept = append(kept, f)
		}
	}

	for path, ds := range s.files {
		for i, d := range ds {
			for _, p := range d.Problems {
				p.Path = path
				problems = append(problems, p)
			}
			if !s.ReportUnused || !d.Valid() {
				continue
			}
			for _, r := range d.Rules {
				if used[path][i][r] || (s.Enabled != nil && !s.Enabled(r)) {
					continue
				}
				problems = append(problems, Problem{Path: path, Line: d.Line, Col: d.Col, Kind: Unused,
					Message: fmt.Sprintf("unused disconnectlint:ignore for %s: no %s finding on this line or the next", r, r)})
			}
		}
	}
	sort.SliceStable(problems, func(i, j int) bool {
		a, b := problems[i], problems[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		return a.Message < b.Message
	})
	return kept, problems
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// didYouMean suggests the closest catalogue id, or "".
func didYouMean(id string) string {
	if c := suggest.Closest(id, rules.IDs()); c != "" {
		return fmt.Sprintf(" (did you mean %q?)", c)
	}
	return ""
}
