// Package godriver runs the Go rule suite over Go packages for the CLI.
//
// It loads only the requested (root) packages from source; their
// dependencies come from export data, which is what keeps it fast and lean
// (no syntax, types or SSA for the standard library or third-party code).
// Cross-package disconnect paths inside the analysed packages still work:
// the root packages import each other from source, and the building-block
// analyzer passes release summaries between them as facts.
package godriver

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/disconnectlint/disconnectlint/analyzers"
	"github.com/disconnectlint/disconnectlint/report"
	"github.com/disconnectlint/disconnectlint/rules"
)

// Options says what to analyse.
type Options struct {
	Dir      string               // directory to load from (a module root)
	Patterns []string             // "./...", "./sub", "example.com/x/...", or "file=path/x.go"
	Enabled  func(id string) bool // nil = catalogue defaults (rules.Rule.Default)
	// Pairs are user-declared acquire/release pairs for
	// resource-not-released (config resources with lang: go). A malformed
	// name makes Run return an error before anything is loaded.
	Pairs []analyzers.Pair
}

// Result is what the run found.
type Result struct {
	Findings []report.Finding // Path absolute; Severity = catalogue default; Fingerprint empty
	Errors   []report.Error   // packages that fail to load or type-check
	Packages int              // root packages analysed
}

// loadMode is LoadSyntax for the roots without NeedDeps: dependencies are
// read from export data.
const loadMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedTypes | packages.NeedTypesSizes |
	packages.NeedSyntax | packages.NeedTypesInfo | packages.NeedModule

// maxErrors is how many of a package's errors an Error entry quotes.
const maxErrors = 3

// Run loads the packages and runs the enabled Go rules. It returns an error
// only when nothing could be loaded at all (go list failed); packages that
// fail to type-check become Result.Errors and the others are analysed.
func Run(ctx context.Context, opts Options) (*Result, error) {
	suite, err := analyzers.NewSuite(analyzers.Config{Enabled: opts.Enabled, Pairs: opts.Pairs})
	if err != nil {
		return nil, err
	}
	res := &Result{}
	patterns := opts.Patterns
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}
	dir := opts.Dir
	if dir == "" {
		dir = "."
	}
	absDir, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	cfg := &packages.Config{Context: ctx, Mode: loadMode, Dir: absDir, Env: os.Environ()}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, fmt.Errorf("loading Go packages in %s: %w", absDir, err)
	}

	var roots []*packages.Package
	for _, p := range pkgs {
		if msg := packageErrors(p, absDir); msg != "" {
			res.Errors = append(res.Errors, report.Error{Path: pkgName(p, absDir), Message: msg})
			continue
		}
		roots = append(roots, p)
	}
	res.Packages = len(roots)
	if len(roots) == 0 || len(suite) == 0 {
		report.SortErrors(res.Errors)
		return res, nil
	}

	// The checker runs fact-producing analyzers on every package in
	// Imports. Keep only the imports that are roots themselves: the
	// others have no syntax, and carry no socket handlers we report on.
	isRoot := map[*packages.Package]bool{}
	for _, p := range roots {
		isRoot[p] = true
	}
	for _, p := range roots {
		kept := map[string]*packages.Package{}
		for path, imp := range p.Imports {
			if isRoot[imp] {
				kept[path] = imp
			}
		}
		p.Imports = kept
	}

	graph, err := checker.Analyze(suite, roots, &checker.Options{})
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	failed := map[string]bool{}
	for _, act := range graph.Roots {
		if act.Err != nil {
			name := pkgName(act.Package, absDir)
			if !failed[name] {
				failed[name] = true
				res.Errors = append(res.Errors, report.Error{Path: name, Message: "analysis failed: " + act.Err.Error()})
			}
			continue
		}
		fset := act.Package.Fset
		for _, d := range act.Diagnostics {
			f := finding(fset, act.Analyzer, d)
			k := fmt.Sprint(f.Rule, "\x00", f.Path, "\x00", f.Line, "\x00", f.Column, "\x00", f.Message)
			if !seen[k] {
				seen[k] = true
				res.Findings = append(res.Findings, f)
			}
		}
	}
	res.Findings = report.Sort(res.Findings)
	report.SortErrors(res.Errors)
	return res, nil
}

func ruleOf(a *analysis.Analyzer) *rules.Rule {
	for _, r := range rules.All() {
		if r.AnalyzerName() == a.Name {
			return r
		}
	}
	return nil
}

func finding(fset tokenFileSet, a *analysis.Analyzer, d analysis.Diagnostic) report.Finding {
	r := ruleOf(a)
	id := d.Category
	sev := ""
	if r != nil {
		id, sev = r.ID, string(r.Severity)
	}
	start := fset.Position(d.Pos)
	f := report.Finding{Rule: id, Severity: sev, Message: d.Message, Path: start.Filename, Line: start.Line, Column: start.Column}
	if d.End.IsValid() {
		end := fset.Position(d.End)
		f.EndLine, f.EndColumn = end.Line, end.Column
	}
	for _, rel := range d.Related {
		p := fset.Position(rel.Pos)
		f.Related = append(f.Related, report.Related{Path: p.Filename, Line: p.Line, Column: p.Column, Message: rel.Message})
	}
	return f
}

// packageErrors summarises why p cannot be analysed, or "". Parse and type
// errors come first; the compiler output that go list -export adds for the
// same mistakes is used only when there is nothing better.
func packageErrors(p *packages.Package, dir string) string {
	var parse, typ, list []string
	for _, e := range p.Errors {
		msg := strings.ReplaceAll(e.Error(), dir+string(filepath.Separator), "")
		switch e.Kind {
		case packages.ParseError:
			parse = append(parse, msg)
		case packages.TypeError:
			typ = append(typ, msg)
		default:
			msg = strings.TrimPrefix(msg, "-: ")
			if i := strings.Index(msg, "\n"); i >= 0 && strings.HasPrefix(msg, "# ") {
				msg = msg[i+1:]
			}
			list = append(list, strings.ReplaceAll(msg, "\n", "; "))
		}
	}
	kind, msgs := "", []string(nil)
	switch {
	case len(parse) > 0:
		kind, msgs = "does not parse", parse
	case len(typ) > 0:
		kind, msgs = "does not type-check", typ
	case len(list) > 0:
		kind, msgs = "cannot be loaded", list
	case p.IllTyped:
		return "go package does not type-check"
	default:
		return ""
	}
	more := ""
	if len(msgs) > maxErrors {
		more = fmt.Sprintf(" (and %d more)", len(msgs)-maxErrors)
		msgs = msgs[:maxErrors]
	}
	return "go package " + kind + ": " + strings.Join(msgs, "; ") + more
}

func pkgName(p *packages.Package, dir string) string {
	if p.PkgPath != "" {
		return p.PkgPath
	}
	if p.ID != "" {
		return p.ID
	}
	return dir
}
