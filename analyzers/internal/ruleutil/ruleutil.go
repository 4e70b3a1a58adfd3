// Package ruleutil builds the disconnectlint Go analyzers from the catalogue
// so that names, docs, URLs, categories and messages all come from one place.
package ruleutil

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/printer"
	"go/token"
	"go/version"

	"golang.org/x/tools/go/analysis"

	"github.com/disconnectlint/disconnectlint/analyzers/sockscope"
	"github.com/disconnectlint/disconnectlint/rules"
)

// New returns the analyzer of catalogue rule id. run is called only for
// packages that have at least one socket scope.
func New(id string, run func(r *Reporter, m *sockscope.Model)) *analysis.Analyzer {
	rule, ok := rules.Lookup(id)
	if !ok {
		panic(fmt.Sprintf("ruleutil: rule %q is not in the catalogue", id))
	}
	return &analysis.Analyzer{
		Name:     rules.AnalyzerName(id),
		Doc:      rule.Title + "\n\n" + rule.Summary,
		URL:      rule.DocURL(),
		Requires: []*analysis.Analyzer{sockscope.Analyzer},
		Run: func(pass *analysis.Pass) (res any, err error) {
			defer func() {
				if p := recover(); p != nil {
					res, err = nil, fmt.Errorf("internal error in %s: %v", id, p)
				}
			}()
			m := pass.ResultOf[sockscope.Analyzer].(*sockscope.Model)
			if len(m.Scopes) == 0 {
				return nil, nil // fast path: no socket scope in this package
			}
			run(&Reporter{Pass: pass, Rule: rule, seen: map[token.Pos]bool{}}, m)
			return nil, nil
		},
	}
}

// Reporter reports a rule's diagnostics, once per position.
type Reporter struct {
	Pass *analysis.Pass
	Rule *rules.Rule
	seen map[token.Pos]bool
}

// Report reports at [pos, end) with the catalogue message msgID.
func (r *Reporter) Report(pos, end token.Pos, related []analysis.RelatedInformation, msgID string, args ...any) {
	if r.seen[pos] {
		return
	}
	r.seen[pos] = true
	r.Pass.Report(analysis.Diagnostic{
		Pos:      pos,
		End:      end,
		Category: r.Rule.ID,
		Message:  r.Rule.Message(msgID, args...),
		Related:  related,
	})
}

// Seen reports whether a diagnostic was already reported at pos.
func (r *Reporter) Seen(pos token.Pos) bool { return r.seen[pos] }

// GoAtLeast reports whether the file holding pos is compiled with Go
// language version v or later. An unknown version counts as the newest.
func GoAtLeast(pass *analysis.Pass, pos token.Pos, v string) bool {
	for _, f := range pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			fv := pass.TypesInfo.FileVersions[f]
			if fv == "" {
				fv = pass.Pkg.GoVersion()
			}
			if fv == "" {
				return true
			}
			return version.Compare(fv, v) >= 0
		}
	}
	return true
}

// Source renders an AST node as Go source, for messages.
func Source(fset *token.FileSet, n ast.Node) string {
	var buf bytes.Buffer
	if err := printer.Fprint(&buf, fset, n); err != nil {
		return "?"
	}
	return buf.String()
}
