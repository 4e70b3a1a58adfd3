// Package jstest is the golden harness for the JS/TS rules. It reads
// expectations the way analysistest does for Go: a comment
//
//	// want "regexp" "regexp"...
//
// (or {/* want "regexp" */} inside JSX) on the line where a finding's
// primary location starts. A finding with no matching expectation is
// Noisy, an expectation with no finding is Missing.
package jstest

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/disconnectlint/disconnectlint/jsparse"
	"github.com/disconnectlint/disconnectlint/report"
)

// Check is what the harness runs on one file.
type Check func(path string, src []byte) []report.Finding

type want struct {
	line int
	re   *regexp.Regexp
	raw  string
	used bool
}

// Line is the 1-based line the expectation is on.
func (w *want) Line() int { return w.line }

// Raw is the expectation's regexp as written.
func (w *want) Raw() string { return w.raw }

// Match reports whether a finding message satisfies the expectation.
func (w *want) Match(msg string) bool { return w.re.MatchString(msg) }

var wantRE = regexp.MustCompile(`(?://|/\*)\s*want\s+(.*?)\s*(?:\*/.*)?$`)

// Expectations parses the want comments of src.
func Expectations(src []byte) ([]*want, error) {
	var out []*want
	for i, line := range strings.Split(string(src), "\n") {
		idx := strings.Index(line, "want ")
		if idx < 0 {
			continue
		}
		m := wantRE.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		rest := strings.TrimSpace(m[1])
		for rest != "" {
			q, err := strconv.QuotedPrefix(rest)
			if err != nil {
				return nil, fmt.Errorf("line %d: bad want %q: %v", i+1, rest, err)
			}
			s, _ := strconv.Unquote(q)
			re, err := regexp.Compile(s)
			if err != nil {
				return nil, fmt.Errorf("line %d: bad regexp %q: %v", i+1, s, err)
			}
			out = append(out, &want{line: i + 1, re: re, raw: s})
			rest = strings.TrimSpace(rest[len(q):])
		}
	}
	return out, nil
}

// Run runs check on every JS/TS file under dir and compares findings with
// the files' expectations. It returns the number of files and findings.
func Run(t *testing.T, dir string, check Check) (files, findings int) {
	t.Helper()
	var paths []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if _, ok := jsparse.LangOf(p); ok && !d.IsDir() {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(paths)
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		wants, err := Expectations(src)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		rel, _ := filepath.Rel(dir, p)
		got := check(rel, src)
		files++
		findings += len(got)
		for _, f := range got {
			matched := false
			for _, w := range wants {
				if !w.used && w.line == f.Line && w.re.MatchString(f.Message) {
					w.used, matched = true, true
					break
				}
			}
			if !matched {
				t.Errorf("%s:%d:%d: Noisy: unexpected finding: %s (%s)", rel, f.Line, f.Column, f.Message, f.Rule)
			}
		}
		for _, w := range wants {
			if !w.used {
				t.Errorf("%s:%d: Missing: no finding matching %q", rel, w.line, w.raw)
			}
		}
	}
	return files, findings
}
