// Package discover turns the command line's paths and patterns into the
// JS/TS files and Go package loads of a run, applying the default excludes,
// .gitignore files and --exclude globs.
package discover

import (
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/disconnectlint/disconnectlint/jsparse"
)

// skipDirs are never walked into: dependencies, VCS data and build output.
var skipDirs = map[string]bool{
	"node_modules": true, ".git": true, "vendor": true, "dist": true, "build": true, "coverage": true,
	".hg": true, ".svn": true,
}

// IsGeneratedName reports whether a file name marks minified or bundled
// output, which is not hand-written server code.
func IsGeneratedName(name string) bool {
	n := strings.ToLower(name)
	for _, suf := range []string{".min.js", ".min.mjs", ".min.cjs", ".bundle.js", ".chunk.js", "-bundle.js", ".bundle.mjs"} {
		if strings.HasSuffix(n, suf) {
			return true
		}
	}
	return false
}

// IsTestDir reports directory names that hold tests. Test servers are
// started and torn down per test case; a leak there never reaches
// production, so they are skipped unless Options.Tests is set.
func IsTestDir(name string) bool {
	switch name {
	case "test", "tests", "__tests__", "__mocks__", "spec", "e2e":
		return true
	}
	return false
}

// IsTestFile reports test file names: x.test.js, x.spec.ts, x_test.js.
func IsTestFile(name string) bool {
	n := strings.ToLower(name)
	base := strings.TrimSuffix(n, filepath.Ext(n))
	return strings.HasSuffix(base, ".test") || strings.HasSuffix(base, ".spec") || strings.HasSuffix(base, "_test") || strings.HasSuffix(base, ".e2e")
}

// GoTarget is one go/packages load: a module root and the patterns to load
// from it.
type GoTarget struct {
	Dir      string
	Patterns []string
}

// Problem is a path that could not be used.
type Problem struct {
	Path    string
	Message string
	Missing bool // the path does not exist
}

// JSFile is a JS/TS file to lint.
type JSFile struct {
	Path     string // as it will be reported: relative to the working directory when possible
	Abs      string
	Explicit bool // named on the command line rather than found by walking
}

// Result is what a run will analyse.
type Result struct {
	JS       []JSFile
	Go       []GoTarget
	Problems []Problem
}

// Options control discovery.
type Options struct {
	Excludes []string // --exclude and config globs, relative to WorkDir
	WorkDir  string   // absolute
	Tests    bool     // also walk test directories and test files
}

// Find resolves targets. Each target is a directory (walked), a file, a Go
// file (its package), or a Go package pattern (./..., example.com/x/...).
func Find(targets []string, opt Options) Result {
	d := &finder{opt: opt, seen: map[string]bool{}, goDirs: map[string]map[string]bool{}}
	for _, t := range targets {
		d.target(t)
	}
	var res Result
	res.JS = d.js
	res.Problems = d.problems
	roots := make([]string, 0, len(d.goDirs))
	for r := range d.goDirs {
		roots = append(roots, r)
	}
	sort.Strings(roots)
	for _, r := range roots {
		var pats []string
		for p := range d.goDirs[r] {
			pats = append(pats, p)
		}
		sort.Strings(pats)
		if containsStr(pats, "./...") {
			// ./... covers every other directory pattern of the module.
			kept := []string{"./..."}
			for _, p := range pats {
				if !strings.HasPrefix(p, "./") {
					kept = append(kept, p)
				}
			}
			pats = kept
		}
		res.Go = append(res.Go, GoTarget{Dir: r, Patterns: pats})
	}
	sort.Slice(res.JS, func(i, j int) bool { return res.JS[i].Path < res.JS[j].Path })
	return res
}

func containsStr(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

type finder struct {
	opt      Options
	js       []JSFile
	seen     map[string]bool
	goDirs   map[string]map[string]bool // module root -> patterns
	problems []Problem
}

func (d *finder) addGo(root, pattern string) {
	if d.goDirs[root] == nil {
		d.goDirs[root] = map[string]bool{}
	}
	d.goDirs[root][pattern] = true
}

func (d *finder) rel(abs string) string {
	if r, err := filepath.Rel(d.opt.WorkDir, abs); err == nil && !strings.HasPrefix(r, "..") {
		return filepath.ToSlash(r)
	}
	return filepath.ToSlash(abs)
}

func (d *finder) excluded(rel string) bool {
	for _, g := range d.opt.Excludes {
		if MatchGlob(g, rel) {
			return true
		}
	}
	return false
}

func isGoPattern(t string) bool {
	return strings.Contains(t, "...") || strings.HasPrefix(t, "file=")
}

func (d *finder) target(t string) {
	if isGoPattern(t) && !exists(t) {
		dir := d.opt.WorkDir
		if root := moduleRoot(dir); root != "" {
			// Patterns are relative to the working directory; load from there.
			_ = root
		}
		d.addGo(dir, t)
		return
	}
	abs := t
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(d.opt.WorkDir, t)
	}
	abs = filepath.Clean(abs)
	st, err := os.Stat(abs)
	if err != nil {
		if os.IsNotExist(err) && looksLikeImportPath(t) {
			d.addGo(d.opt.WorkDir, t)
			return
		}
		d.problems = append(d.problems, Problem{Path: t, Message: errText(err), Missing: os.IsNotExist(err)})
		return
	}
	if !st.IsDir() {
		d.file(abs, true)
		return
	}
	root := moduleRoot(abs)
	d.walk(abs, root, &gitignore{})
}

// looksLikeImportPath accepts example.com/x/y style package paths.
func looksLikeImportPath(t string) bool {
	first := strings.SplitN(t, "/", 2)[0]
	return strings.Contains(first, ".") && !strings.HasPrefix(t, ".") && !strings.ContainsAny(t, `\:`)
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func errText(err error) string {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}

func (d *finder) file(abs string, explicit bool) {
	if d.seen[abs] {
		return
	}
	rel := d.rel(abs)
	if d.excluded(rel) {
		return
	}
	if strings.HasSuffix(abs, ".go") {
		d.seen[abs] = true
		root := moduleRoot(filepath.Dir(abs))
		if root == "" {
			root = filepath.Dir(abs)
		}
		d.addGo(root, "file="+abs)
		return
	}
	if _, ok := jsparse.LangOf(abs); !ok {
		if explicit {
			d.problems = append(d.problems, Problem{Path: rel, Message: "not a JavaScript, TypeScript or Go source file"})
		}
		return
	}
	d.seen[abs] = true
	d.js = append(d.js, JSFile{Path: rel, Abs: abs, Explicit: explicit})
}

// walk visits a directory tree. modRoot is the enclosing Go module's root
// (or "").
func (d *finder) walk(dir, modRoot string, ign *gitignore) {
	relDir := d.rel(dir)
	if relDir == "." {
		relDir = ""
	}
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
		modRoot = dir
		d.addGo(dir, "./...")
	}
	ign = ign.load(dir, relDir)
	ents, err := os.ReadDir(dir)
	if err != nil {
		d.problems = append(d.problems, Problem{Path: d.rel(dir), Message: "cannot read directory: " + errText(err)})
		return
	}
	hasGo := false
	for _, e := range ents {
		name := e.Name()
		abs := filepath.Join(dir, name)
		rel := d.rel(abs)
		if e.Type()&os.ModeSymlink != 0 {
			continue // never follow links: they can loop and leave the tree
		}
		if e.IsDir() {
			if skipDirs[name] || ign.ignored(rel, true) || d.excluded(rel) || (!d.opt.Tests && IsTestDir(name)) {
				continue
			}
			if name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
				// The go command ignores these directories; so do
				// the Go loads, but JS files in them are still linted.
				d.walkJSOnly(abs, ign)
				continue
			}
			d.walk(abs, modRoot, ign)
			continue
		}
		if ign.ignored(rel, false) || IsGeneratedName(name) || (!d.opt.Tests && IsTestFile(name)) {
			continue
		}
		if strings.HasSuffix(name, ".go") {
			hasGo = true
			continue
		}
		d.file(abs, false)
	}
	if hasGo && modRoot == "" {
		// Go files outside any module: the load will say why it fails,
		// rather than the files being skipped in silence.
		d.addGo(dir, ".")
	}
	if hasGo && modRoot != "" && modRoot != dir {
		if d.goDirs[modRoot] == nil || !d.goDirs[modRoot]["./..."] {
			r, _ := filepath.Rel(modRoot, dir)
			d.addGo(modRoot, "./"+filepath.ToSlash(r))
		}
	}
}

func (d *finder) walkJSOnly(dir string, ign *gitignore) {
	relDir := d.rel(dir)
	ign = ign.load(dir, relDir)
	ents, err := os.ReadDir(dir)
	if err != nil {
		d.problems = append(d.problems, Problem{Path: relDir, Message: "cannot read directory: " + errText(err)})
		return
	}
	for _, e := range ents {
		name := e.Name()
		abs := filepath.Join(dir, name)
		rel := d.rel(abs)
		if e.Type()&os.ModeSymlink != 0 {
			continue
		}
		if e.IsDir() {
			if skipDirs[name] || ign.ignored(rel, true) || d.excluded(rel) || (!d.opt.Tests && IsTestDir(name)) {
				continue
			}
			d.walkJSOnly(abs, ign)
			continue
		}
		if ign.ignored(rel, false) || IsGeneratedName(name) || strings.HasSuffix(name, ".go") || (!d.opt.Tests && IsTestFile(name)) {
			continue
		}
		d.file(abs, false)
	}
}

// moduleRoot returns the nearest directory at or above dir holding go.mod.
func moduleRoot(dir string) string {
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			return ""
		}
	}
}
