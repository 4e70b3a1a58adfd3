package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/disconnectlint/disconnectlint/internal/baseline"
	"github.com/disconnectlint/disconnectlint/internal/config"
	"github.com/disconnectlint/disconnectlint/internal/discover"
	"github.com/disconnectlint/disconnectlint/internal/suppress"
	"github.com/disconnectlint/disconnectlint/jsmodel"
	"github.com/disconnectlint/disconnectlint/jsrules"
	"github.com/disconnectlint/disconnectlint/report"
	"github.com/disconnectlint/disconnectlint/rules"
)

type result struct {
	findings   []report.Finding
	errors     []report.Error
	files      int
	goPackages int
}

// goResult is what the Go engine returns for one load.
type goResult struct {
	Findings []report.Finding // absolute paths
	Errors   []report.Error
	Packages int
}

// runGo runs the Go suite on one module; it is nil in builds without the Go
// engine, and then Go targets become errors instead of silent skips.
var runGo func(ctx context.Context, dir string, patterns []string, enabled func(string) bool, pairs []config.Resource) (*goResult, error)

// enabledFunc combines catalogue defaults, the configuration's rules and
// then --enable and --disable, so flags win over files.
func enabledFunc(o *options, cfg map[string]rules.Severity) func(string) bool {
	on := map[string]bool{}
	for _, r := range rules.All() {
		on[r.ID] = r.Default
	}
	for id, sev := range cfg {
		on[id] = sev != rules.Off
	}
	if o.reportUnused {
		on["unused-ignore"] = true
	}
	for _, id := range o.enable {
		on[id] = true
	}
	for _, id := range o.disable {
		on[id] = false
	}
	return func(id string) bool { return on[id] }
}

// analyse runs discovery and both engines. It returns a nil result only when
// the run could not start (then code says why).
func analyse(ctx context.Context, o *options, stderr io.Writer) (*result, int) {
	wd, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(stderr, "disconnectlint: %v\n", err)
		return nil, exitUsage
	}
	for _, g := range o.excludes {
		if err := discover.ValidGlob(g); err != nil {
			fmt.Fprintf(stderr, "disconnectlint: bad --exclude %q: %v\n", g, err)
			return nil, exitUsage
		}
	}
	merged, err := loadConfig(o, wd)
	if err != nil {
		fmt.Fprintf(stderr, "disconnectlint: %v\n", err)
		return nil, exitUsage
	}
	var base *baseline.Baseline
	if o.baseline != "" {
		if base, err = baseline.Load(o.baseline); err != nil {
			fmt.Fprintf(stderr, "disconnectlint: %v\n", err)
			return nil, exitUsage
		}
	}
	enabled := enabledFunc(o, merged.Rules)
	jsCfg := jsrules.Config{Enabled: enabled}
	var goPairs []config.Resource
	for _, r := range merged.Resources {
		switch r.Lang {
		case "js":
			jsCfg.Pairs = append(jsCfg.Pairs, jsrules.Pair{Name: r.Name, Acquire: r.Acquire, Release: r.Release})
		case "go":
			goPairs = append(goPairs, r)
		}
	}
	found := discover.Find(o.targets, discover.Options{Excludes: append(append([]string{}, o.excludes...), merged.Excludes...), WorkDir: wd, Tests: o.tests})
	res := &result{}
	code := exitOK
	for _, p := range found.Problems {
		res.errors = append(res.errors, report.Error{Path: p.Path, Message: p.Message})
		if p.Missing {
			code = exitUsage // a path that does not exist is a usage error
		}
	}

	progress := newProgress(stderr, len(found.JS))
	jsFindings := lintJS(found.JS, jsCfg, o.jobs, progress, !o.single)
	progress.done()
	res.findings = append(res.findings, jsFindings...)
	res.files = len(found.JS)

	analysed := len(found.JS)
	for _, t := range found.Go {
		if runGo == nil {
			res.errors = append(res.errors, report.Error{Path: relPath(wd, t.Dir), Message: "this build has no Go engine; Go packages were not analysed"})
			continue
		}
		gr, err := runGo(ctx, t.Dir, t.Patterns, enabled, goPairs)
		if err != nil {
			res.errors = append(res.errors, report.Error{Path: relPath(wd, t.Dir), Message: err.Error()})
			continue
		}
		if gr.Packages == 0 && len(gr.Errors) == 0 {
			msg := "no Go packages matched " + strings.Join(t.Patterns, " ")
			if _, err := os.Stat(filepath.Join(t.Dir, "go.mod")); err != nil {
				msg += ": there is no go.mod here or above, and GOPATH mode is not supported"
			}
			gr.Errors = append(gr.Errors, report.Error{Path: t.Dir, Message: msg})
		}
		res.goPackages += gr.Packages
		analysed += gr.Packages
		for _, f := range gr.Findings {
			f.Path = relPath(wd, f.Path)
			for i := range f.Related {
				f.Related[i].Path = relPath(wd, f.Related[i].Path)
			}
			res.findings = append(res.findings, f)
		}
		for _, e := range gr.Errors {
			if filepath.IsAbs(e.Path) {
				e.Path = relPath(wd, e.Path)
			}
			res.errors = append(res.errors, e)
		}
	}
	applySeverities(res.findings, merged.Rules)
	lines := newLineCache(wd)
	res.findings = report.Sort(res.findings)
	res.findings = suppressFindings(res.findings, found.JS, enabled, o.reportUnused, lines)
	res.findings = report.Sort(res.findings)
	report.AddFingerprints(res.findings, lines.line)
	report.SortErrors(res.errors)
	if o.writeBaseline != "" {
		if err := writeBaseline(o.writeBaseline, res.findings); err != nil {
			fmt.Fprintf(stderr, "disconnectlint: %v\n", err)
			return nil, exitUsage
		}
	}
	if base != nil {
		res.findings, _ = base.Filter(res.findings)
	}
	if o.verify {
		verifyFindings(res.findings, wd, jsCfg.Pairs)
	}
	if analysed == 0 {
		code = exitUsage
		if len(res.errors) == 0 {
			res.errors = append(res.errors, report.Error{Path: strings.Join(o.targets, " "), Message: "nothing to analyse: no JavaScript, TypeScript or Go sources found"})
		}
	}
	return res, code
}

func relPath(wd, p string) string {
	if !filepath.IsAbs(p) {
		return filepath.ToSlash(p)
	}
	if r, err := filepath.Rel(wd, p); err == nil && !strings.HasPrefix(r, "..") {
		return filepath.ToSlash(r)
	}
	return filepath.ToSlash(p)
}

// lintJS lints files on jobs workers. Every file is read, parsed once and
// analysed on its own. With project analysis, a textual scan of import
// specifiers first finds the files a project run needs (those that may
// register a connection handler and import project modules, and what they
// reach); their models are kept, linked together and checked again as one
// project, and their findings come from that run. No other tree is kept,
// so memory stays flat on large trees.
func lintJS(files []discover.JSFile, cfg jsrules.Config, jobs int, prog *progress, project bool) []report.Finding {
	if len(files) == 0 {
		return nil
	}
	if jobs > len(files) {
		jobs = len(files)
	}
	proj := jsmodel.NewProject()
	index := make(map[string]int, len(files))
	paths := make([]string, len(files))
	for i, f := range files {
		paths[i] = filepath.Clean(f.Abs)
		index[paths[i]] = i
	}
	proj.Known(paths)
	var inProject map[int]bool
	if project {
		inProject = importClosure(files, index, proj, jobs)
	}

	results := make([]fileResult, len(files))
	eachParallel(len(files), jobs, func(i int) {
		results[i] = lintFile(files[i], cfg, inProject[i])
		prog.step()
	})
	if len(inProject) > 0 {
		linkAndCheck(files, results, inProject, proj, cfg)
	}
	var all []report.Finding
	for _, r := range results {
		all = append(all, r.findings...)
	}
	return all
}

// fileResult is phase one's result for a file.
type fileResult struct {
	findings []report.Finding
	file     *jsmodel.File // kept for the project run, else nil
}

// importSpecs finds module specifiers in source text: the quoted string
// after require(, from, import or import(. Packages among them simply do
// not resolve to a project file. It is a byte scan rather than a regexp:
// it runs over every file of the run.
func importSpecs(src []byte) []string {
	var out []string
	for _, kw := range [][]byte{[]byte("require"), []byte("from"), []byte("import")} {
		for i := 0; ; {
			j := bytes.Index(src[i:], kw)
			if j < 0 {
				break
			}
			k := i + j + len(kw)
			i = k
			for k < len(src) && (src[k] == ' ' || src[k] == '\t' || src[k] == '(') {
				k++
			}
			if k >= len(src) || (src[k] != '\'' && src[k] != '"') {
				continue
			}
			q := src[k]
			end := bytes.IndexByte(src[k+1:], q)
			if end < 0 || end > 512 {
				continue
			}
			spec := src[k+1 : k+1+end]
			if len(spec) > 0 && !bytes.HasPrefix(spec, []byte("node:")) && bytes.IndexByte(spec, '\n') < 0 {
				out = append(out, string(spec))
			}
		}
	}
	return out
}

// listedDirs finds the folders a file that lists directories may load
// handler modules from (readdirSync(join(__dirname, 'events')) and the
// like): every short path-like string literal that names a folder of the
// run, from the file's folder or one above it. A folder wrongly taken in
// costs only time: its files join the project run.
func listedDirs(src []byte, abs string, proj *jsmodel.Project) []string {
	var out []string
	if listsOwnFolder(src) {
		out = append(out, filepath.Dir(abs)) // the file's siblings
	}
	seen := map[string]bool{}
	for i := 0; i < len(src); i++ {
		lit, next, ok := nextLiteral(src, i)
		if !ok {
			break
		}
		i = next
		if len(lit) > 200 {
			continue
		}
		// `${__dirname}/events/${file}`: the fixed parts are the folder.
		for _, part := range templateParts(lit) {
			if len(part) == 0 || !pathLike(part) || seen[string(part)] {
				continue
			}
			seen[string(part)] = true
			// __dirname + '/events' gives '/events': try it below the file too.
			for _, rel := range []string{string(part), strings.Trim(string(part), "/")} {
				for _, d := range jsmodel.DirCandidates(abs, rel, false) {
					if proj.HasDir(d) {
						if !seen[d] {
							seen[d] = true
							out = append(out, d)
						}
						break
					}
				}
			}
		}
	}
	return out
}

// nextLiteral finds the next string or template literal at or after i,
// skipping comments and regular expression literals, and returns its body
// and the index of its closing quote. Quotes inside comments ("don't"),
// escaped quotes, and a /* or // inside a regex (p.replace(/\/*$/, ""))
// do not count.
func nextLiteral(src []byte, i int) (lit []byte, end int, ok bool) {
	var prev byte // the last significant byte before i: decides / as regex or division
	if i > 0 {
		prev = src[i-1]
	}
	for ; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			j := bytes.IndexByte(src[i:], '\n')
			if j < 0 {
				return nil, 0, false
			}
			i += j
			continue
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			j := bytes.Index(src[i+2:], []byte("*/"))
			if j < 0 {
				return nil, 0, false
			}
			i += j + 3
			continue
		case c == '/' && regexContext(prev):
			if j := regexEnd(src, i); j > i {
				i, prev = j, 'x' // a regex is a value
				continue
			}
		case c == '\'' || c == '"' || c == '`':
			j, closed := stringEnd(src, i)
			if closed {
				return src[i+1 : j], j, true
			}
			if j >= len(src) {
				return nil, 0, false
			}
			i = j // an unterminated string ends at its line
		}
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			prev = c
		}
	}
	return nil, 0, false
}

// regexContext reports whether a / after byte prev starts a regex literal
// rather than a division: after an operator or an opening bracket, or at
// the start of the source.
func regexContext(prev byte) bool {
	return prev == 0 || bytes.IndexByte([]byte("(,=:[!&|?{};+-*%<>~^"), prev) >= 0
}

// regexEnd returns the index of the / that closes the regex literal opened
// at i, or -1 when none closes it on its line.
func regexEnd(src []byte, i int) int {
	class := false
	for j := i + 1; j < len(src); j++ {
		switch src[j] {
		case '\\':
			j++
		case '\n':
			return -1
		case '[':
			class = true
		case ']':
			class = false
		case '/':
			if !class {
				return j
			}
		}
	}
	return -1
}

// stringEnd scans the literal opened at i: the index of its closing quote,
// or of the newline that ends an unterminated '...' or "..." string.
func stringEnd(src []byte, i int) (int, bool) {
	q := src[i]
	for j := i + 1; j < len(src); j++ {
		switch src[j] {
		case '\\':
			j++
		case '\n':
			if q != '`' {
				return j, false
			}
		case q:
			return j, true
		}
	}
	return len(src), false
}

// listsOwnFolder reports readdirSync(__dirname), readdir(path.join(__dirname))
// and the like: a listing whose argument names __dirname and no string, or
// a file that lists folders and computes its own (path.resolve(__dirname)).
func listsOwnFolder(src []byte) bool {
	if bytes.Contains(src, []byte("(__dirname)")) {
		return true
	}
	for i := 0; ; {
		j := bytes.Index(src[i:], []byte("readdir"))
		if j < 0 {
			return false
		}
		i += j + len("readdir")
		arg := src[i:min(len(src), i+80)]
		if k := bytes.IndexByte(arg, ')'); k >= 0 {
			arg = arg[:k]
		}
		if bytes.Contains(arg, []byte("__dirname")) && bytes.IndexAny(arg, "'\"`") < 0 {
			return true
		}
	}
}

// templateParts splits a template literal's text around its ${...}
// substitutions; other literals are one part.
func templateParts(lit []byte) [][]byte {
	var out [][]byte
	for {
		j := bytes.Index(lit, []byte("${"))
		if j < 0 {
			return append(out, lit)
		}
		out = append(out, lit[:j])
		k := bytes.IndexByte(lit[j:], '}')
		if k < 0 {
			return out
		}
		lit = lit[j+k+1:]
	}
}

// pathLike reports bytes that can be a relative folder path.
func pathLike(b []byte) bool {
	if bytes.IndexFunc(b, func(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }) < 0 {
		return false // ".", "..", "/": no folder name
	}
	for _, c := range b {
		if !(c == '.' || c == '/' || c == '_' || c == '-' || c == '@' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// eachParallel calls fn(i) for every i below n on jobs goroutines, each
// taking the next index as it finishes one, and returns when all are done.
func eachParallel(n, jobs int, fn func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				fn(i)
			}
		}()
	}
	wg.Wait()
}

// importClosure is the set of files a project run needs: every file that
// may register a connection handler and imports a project module, the
// files that import one of those, and all the project files these reach,
// transitively.
func importClosure(files []discover.JSFile, index map[string]int, proj *jsmodel.Project, jobs int) map[int]bool {
	deps := make([][]int, len(files))
	root := make([]bool, len(files))
	eachParallel(len(files), jobs, func(i int) {
		src, err := readRegular(files[i].Abs)
		if err != nil {
			return
		}
		abs := filepath.Clean(files[i].Abs)
		for _, spec := range importSpecs(src) {
			if p, ok := proj.ResolvePath(abs, spec); ok && p != abs {
				if j, ok := index[p]; ok {
					deps[i] = append(deps[i], j)
				}
			}
		}
		if bytes.Contains(src, []byte("readdir")) {
			for _, d := range listedDirs(src, abs, proj) {
				for _, p := range proj.DirFiles(d) {
					if j, ok := index[p]; ok && p != abs {
						deps[i] = append(deps[i], j)
					}
				}
			}
		}
		root[i] = len(deps[i]) > 0 && mayRegister(src)
	})
	in := map[int]bool{}
	var work []int
	for i, r := range root {
		if r {
			in[i] = true
			work = append(work, i)
		}
	}
	// The importers of a registering file too: module.exports = (io) =>
	// io.on('connection', ...) learns that io is a Socket.IO server from
	// its caller, require('./socket')(io).
	for i, ds := range deps {
		if in[i] {
			continue
		}
		for _, j := range ds {
			if root[j] {
				in[i] = true
				work = append(work, i)
				break
			}
		}
	}
	for len(work) > 0 {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		for _, j := range deps[i] {
			if !in[j] {
				in[j] = true
				work = append(work, j)
			}
		}
	}
	return in
}

// linkAndCheck is phase two: the files of the project run, linked and
// checked together.
func linkAndCheck(files []discover.JSFile, results []fileResult, in map[int]bool, proj *jsmodel.Project, cfg jsrules.Config) {
	var idx []int
	for i := range in {
		if results[i].file != nil {
			idx = append(idx, i)
		}
	}
	sort.Ints(idx)
	for _, i := range idx {
		proj.Add(results[i].file, files[i].Abs)
	}
	proj.Link()
	found := jsrules.CheckProject(proj, cfg)
	byPath := map[string][]report.Finding{}
	for _, f := range found {
		byPath[f.Path] = append(byPath[f.Path], f)
	}
	for _, i := range idx {
		var kept []report.Finding
		for _, f := range results[i].findings {
			if f.Rule == "parse-error" {
				kept = append(kept, f)
			}
		}
		results[i].findings = append(kept, byPath[files[i].Path]...)
		results[i].file = nil
	}
}

// mayRegister reports source that may register a connection handler.
func mayRegister(src []byte) bool {
	return bytes.Contains(src, []byte("WebSocketGateway")) ||
		(bytes.Contains(src, []byte(".on(")) && (bytes.Contains(src, []byte("io")) || bytes.Contains(src, []byte("socket")) || bytes.Contains(src, []byte("Server"))))
}

// generatedMarkers in the first bytes of a walked file mark generated code,
// which is skipped like a *.min.js file.
var generatedMarkers = [][]byte{[]byte("@generated"), []byte("webpackBootstrap"), []byte("DO NOT EDIT")}

// lintFile is phase one for a file. With keep, the file is part of a
// project run and its model is kept for it.
func lintFile(f discover.JSFile, cfg jsrules.Config, keep bool) (res fileResult) {
	enabled := cfg.Enabled
	defer func() {
		// A bug in a rule must cost one file, not the run.
		if r := recover(); r != nil {
			res = fileResult{findings: []report.Finding{{Rule: "parse-error", Severity: "error", Path: f.Path, Line: 1, Column: 1,
				Message: fmt.Sprintf("internal error while analysing this file (%v); please report it", r)}}}
		}
	}()
	src, err := readRegular(f.Abs)
	if err != nil {
		if !enabled("parse-error") {
			return res
		}
		r, _ := rules.Lookup("parse-error")
		res.findings = []report.Finding{{Rule: r.ID, Severity: string(r.Severity), Path: f.Path, Line: 1, Column: 1,
			Message: r.Message("read", errText(err))}}
		return res
	}
	if !f.Explicit {
		head := src
		if len(head) > 512 {
			head = head[:512]
		}
		for _, m := range generatedMarkers {
			if bytes.Contains(head, m) {
				return res
			}
		}
	}
	if !keep {
		res.findings = jsrules.CheckSourceConfig(f.Path, src, cfg)
		return res
	}
	fa := jsrules.AnalyzeFile(f.Path, src, cfg)
	res.findings, res.file = fa.Findings, fa.File
	return res
}

// readRegular reads a regular file; anything else (a FIFO, a device) would
// block or never end, so it is an error instead.
func readRegular(path string) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("not a regular file")
	}
	return os.ReadFile(path)
}

func errText(err error) string {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}

// lineCache serves the sources of reported files for suppression
// directives and fingerprints, reading each file once.
type lineCache struct {
	wd    string
	src   map[string][]byte
	files map[string][]string
}

func newLineCache(wd string) *lineCache {
	return &lineCache{wd: wd, src: map[string][]byte{}, files: map[string][]string{}}
}

func (c *lineCache) source(path string) []byte {
	if src, ok := c.src[path]; ok {
		return src
	}
	p := path
	if !filepath.IsAbs(p) {
		p = filepath.Join(c.wd, p)
	}
	src, err := readRegular(p)
	if err != nil {
		src = nil
	}
	c.src[path] = src
	return src
}

func (c *lineCache) line(path string, n int) string {
	lines, ok := c.files[path]
	if !ok {
		if src := c.source(path); src != nil {
			lines = strings.Split(string(src), "\n")
		}
		c.files[path] = lines
	}
	if n < 1 || n > len(lines) {
		return ""
	}
	return lines[n-1]
}

// progress reports files done on stderr, only when stderr is a terminal,
// so that logs and pipes carry nothing but the report.
type progress struct {
	w     io.Writer
	total int
	n     atomic.Int64
	on    bool
	mu    sync.Mutex
}

func newProgress(w io.Writer, total int) *progress {
	p := &progress{w: w, total: total}
	if f, ok := w.(*os.File); ok && total > 0 {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			p.on = true
		}
	}
	return p
}

func (p *progress) step() {
	n := p.n.Add(1)
	if !p.on || (n%50 != 0 && int(n) != p.total) {
		return
	}
	p.mu.Lock()
	fmt.Fprintf(p.w, "\rdisconnectlint: %d/%d files", n, p.total)
	p.mu.Unlock()
}

func (p *progress) done() {
	if p.on {
		fmt.Fprintf(p.w, "\r\033[K")
	}
}

// loadConfig reads --config, or else the .disconnectlint.yml found upward
// from each target, and merges them.
func loadConfig(o *options, wd string) (*config.Merged, error) {
	var cfgs []*config.Config
	seen := map[string]bool{}
	load := func(p string) error {
		if seen[p] {
			return nil
		}
		seen[p] = true
		c, err := config.Load(relPath(wd, p))
		if err != nil {
			return err
		}
		cfgs = append(cfgs, c)
		return nil
	}
	if o.config != "" {
		if err := load(o.config); err != nil {
			return nil, err
		}
		return config.Merge(wd, cfgs...)
	}
	for _, t := range o.targets {
		dir := t
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(wd, t)
		}
		if _, err := os.Stat(dir); err != nil {
			dir = wd // a Go pattern, or a missing path reported later
		}
		if p, ok := config.Find(dir); ok {
			if err := load(p); err != nil {
				return nil, err
			}
		}
	}
	return config.Merge(wd, cfgs...)
}

// applySeverities applies the configuration's severities to the findings.
func applySeverities(fs []report.Finding, cfg map[string]rules.Severity) {
	for i := range fs {
		if sev, ok := cfg[fs[i].Rule]; ok && sev != rules.Off {
			fs[i].Severity = string(sev)
		}
	}
}

// suppressFindings applies disconnectlint:ignore directives. Directives that
// cannot apply become invalid-ignore findings and, when asked for, those
// that suppress nothing become unused-ignore findings.
func suppressFindings(fs []report.Finding, js []discover.JSFile, enabled func(string) bool, reportUnused bool, lines *lineCache) []report.Finding {
	set := suppress.NewSet(reportUnused && enabled("unused-ignore"))
	set.Enabled = enabled
	for _, f := range js {
		set.Include(f.Path)
	}
	kept, problems := set.Apply(fs, lines.source)
	for _, p := range problems {
		id := "invalid-ignore"
		if p.Kind == suppress.Unused {
			id = "unused-ignore"
		}
		if !enabled(id) {
			continue
		}
		r, _ := rules.Lookup(id)
		kept = append(kept, p.Finding(id, r.Severity))
	}
	return kept
}

func writeBaseline(path string, fs []report.Finding) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := baseline.WriteTool(f, report.Tool{Name: "disconnectlint", Version: toolVersion()}, fs); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
