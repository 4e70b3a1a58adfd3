// Command disconnectlint finds Socket.IO handlers that acquire per-connection
// state with no release on the disconnect path, in JavaScript/TypeScript and
// Go servers. See README.md for usage.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/disconnectlint/disconnectlint/docs"
	"github.com/disconnectlint/disconnectlint/report"
	"github.com/disconnectlint/disconnectlint/rules"
	"github.com/disconnectlint/disconnectlint/sarif"
)

// Exit codes of the spec: findings at or above --fail-on give 1, usage and
// configuration errors or nothing analysable give 2.
const (
	exitOK       = 0
	exitFindings = 1
	exitUsage    = 2
)

// version is set by -ldflags at release time; otherwise the module version
// from the build info is used.
var version = ""

func toolVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "v0.1.0-dev"
}

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
}

// usageError is a command-line mistake: reported with the usage hint, exit 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

type options struct {
	format   string
	output   string
	enable   []string
	disable  []string
	failOn   string
	excludes []string
	jobs     int
	tests    bool
	single   bool
	verify   bool
	version  bool
	targets  []string

	config        string
	baseline      string
	writeBaseline string
	reportUnused  bool
}

type listFlag struct{ vals *[]string }

func (l listFlag) String() string { return "" }
func (l listFlag) Set(s string) error {
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*l.vals = append(*l.vals, p)
		}
	}
	return nil
}

func parseFlags(args []string, stderr io.Writer) (*options, error) {
	o := &options{}
	fs := flag.NewFlagSet("disconnectlint", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&o.format, "format", "text", "output format: text, json, sarif, github or checkstyle")
	fs.StringVar(&o.config, "config", "", "use `FILE` instead of the .disconnectlint.yml found upward from each target")
	fs.StringVar(&o.baseline, "baseline", "", "report only findings not recorded in the baseline `FILE`")
	fs.StringVar(&o.writeBaseline, "write-baseline", "", "record the current findings in `FILE` (and exit 0)")
	fs.BoolVar(&o.reportUnused, "report-unused-ignores", false, "report disconnectlint:ignore directives that suppress nothing")
	fs.StringVar(&o.output, "output", "", "write the report to `FILE` instead of stdout")
	fs.Var(listFlag{&o.enable}, "enable", "enable `RULES` (comma-separated; also turns on off-by-default rules)")
	fs.Var(listFlag{&o.disable}, "disable", "disable `RULES` (comma-separated)")
	fs.StringVar(&o.failOn, "fail-on", "error", "exit 1 when a finding is at or above `LEVEL`: error, warning or never")
	fs.Var(listFlag{&o.excludes}, "exclude", "skip paths matching `GLOB` (repeatable)")
	fs.IntVar(&o.jobs, "jobs", runtime.NumCPU(), "files analysed in parallel")
	fs.BoolVar(&o.verify, "verify", false, "replay connect/disconnect scenarios in a sandbox and mark the JS/TS findings it confirms")
	fs.BoolVar(&o.single, "single-file", false, "analyse each JS/TS file on its own: faster, but handler modules, constants and registries in other files are not followed")
	fs.BoolVar(&o.tests, "tests", false, "also analyse test files and directories (test/, __tests__/, *.test.js, *.spec.ts), skipped by default")
	fs.BoolVar(&o.version, "version", false, "print the version and exit")
	fs.Usage = func() {}
	if err := fs.Parse(interleave(args)); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printUsage(stderr, fs)
			return nil, flag.ErrHelp
		}
		return nil, usagef("%v", err)
	}
	o.targets = fs.Args()
	switch o.format {
	case "text", "json", "sarif", "github", "checkstyle":
	default:
		return nil, usagef("unknown --format %q (want text, json, sarif, github or checkstyle)", o.format)
	}
	if o.baseline != "" && o.writeBaseline != "" {
		return nil, usagef("--baseline and --write-baseline cannot be used together")
	}
	switch o.failOn {
	case "error", "warning", "never":
	default:
		return nil, usagef("unknown --fail-on %q (want error, warning or never)", o.failOn)
	}
	for _, id := range append(append([]string{}, o.enable...), o.disable...) {
		if _, ok := rules.Lookup(id); !ok {
			return nil, usagef("unknown rule %q (see 'disconnectlint rules')", id)
		}
	}
	if o.jobs < 1 {
		return nil, usagef("--jobs must be at least 1")
	}
	if len(o.targets) == 0 {
		o.targets = []string{"."}
	}
	return o, nil
}

// interleave lets flags follow paths (disconnectlint src --format json), as
// ESLint and golangci-lint allow, by moving flags in front; "--" ends flags.
func interleave(args []string) []string {
	var flags, rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			rest = append(rest, args[i+1:]...)
			break
		}
		if strings.HasPrefix(a, "-") && a != "-" {
			flags = append(flags, a)
			name := strings.TrimLeft(a, "-")
			if !strings.Contains(name, "=") && takesValue(name) && i+1 < len(args) {
				flags = append(flags, args[i+1])
				i++
			}
			continue
		}
		rest = append(rest, a)
	}
	return append(append(flags, "--"), rest...)
}

func takesValue(name string) bool {
	switch name {
	case "version", "h", "help", "tests", "report-unused-ignores", "single-file", "verify":
		return false
	}
	return true
}

func printUsage(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprintf(w, `usage: disconnectlint [flags] [path | go-pattern ...]   (default: .)
       disconnectlint rules
       disconnectlint explain RULE
       disconnectlint verify [--clients N] [path ...]

flags:
`)
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "rules":
			if len(args) > 1 && args[1] == "--markdown" {
				fmt.Fprint(stdout, markdownRules())
				return exitOK
			}
			printRules(stdout)
			return exitOK
		case "explain":
			return explain(args[1:], stdout, stderr)
		case "verify":
			return runVerify(args[1:], stdout, stderr)
		case "version":
			fmt.Fprintf(stdout, "disconnectlint %s\n", toolVersion())
			return exitOK
		}
	}
	o, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(stderr, "disconnectlint: %v\nRun 'disconnectlint -h' for usage.\n", err)
		return exitUsage
	}
	if o.version {
		fmt.Fprintf(stdout, "disconnectlint %s\n", toolVersion())
		return exitOK
	}
	start := time.Now()
	res, code := analyse(ctx, o, stderr)
	if res == nil {
		return code
	}
	rep := &report.Report{
		Version:  1,
		Tool:     report.Tool{Name: "disconnectlint", Version: toolVersion()},
		Findings: res.findings,
		Errors:   res.errors,
		Stats:    report.Stats{Files: res.files, GoPackages: res.goPackages, DurationMs: time.Since(start).Milliseconds()},
	}
	out := stdout
	var file *os.File
	if o.output != "" {
		file, err = os.Create(o.output)
		if err != nil {
			fmt.Fprintf(stderr, "disconnectlint: %v\n", err)
			return exitUsage
		}
		out = file
	}
	switch o.format {
	case "json":
		err = report.WriteJSON(out, rep)
	case "sarif":
		wd, _ := os.Getwd()
		err = sarif.Write(out, rep, sarif.Options{SrcRoot: wd, ToolVersion: toolVersion()})
	case "github":
		err = report.WriteGitHub(out, rep)
	case "checkstyle":
		err = report.WriteCheckstyle(out, rep)
	default:
		err = report.WriteText(out, rep)
	}
	if file != nil {
		if cerr := file.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "disconnectlint: writing the report: %v\n", err)
		return exitUsage
	}
	if code != exitOK {
		return code
	}
	if o.writeBaseline != "" {
		return exitOK // the findings are recorded, not failures
	}
	return failCode(o.failOn, rep.Findings)
}

func failCode(failOn string, fs []report.Finding) int {
	if failOn == "never" {
		return exitOK
	}
	min := rules.Error
	if failOn == "warning" {
		min = rules.Warning
	}
	for _, f := range fs {
		if rules.Severity(f.Severity).Rank() >= min.Rank() {
			return exitFindings
		}
	}
	return exitOK
}

func printRules(w io.Writer) {
	fmt.Fprintf(w, "%-30s %-7s %-8s %-4s %s\n", "RULE", "LANGS", "DEFAULT", "ON", "STATUS")
	for _, r := range rules.All() {
		langs := make([]string, len(r.Langs))
		for i, l := range r.Langs {
			langs[i] = string(l)
		}
		on := "off"
		if r.Default {
			on = "on"
		}
		status := "implemented"
		var missing []string
		for _, l := range r.Langs {
			if !r.IsImplemented(l) {
				missing = append(missing, string(l))
			}
		}
		switch {
		case len(missing) == len(r.Langs):
			status = "not yet implemented: " + r.NotYet
		case len(missing) > 0:
			status = "implemented for " + strings.Join(implementedLangs(r), ",") + "; not yet for " + strings.Join(missing, ",") + ": " + r.NotYet
		}
		fmt.Fprintf(w, "%-30s %-7s %-8s %-4s %s\n", r.ID, strings.Join(langs, ","), r.Severity, on, status)
		fmt.Fprintf(w, "    %s\n", r.Title)
	}
}

// markdownRules is the README's rules table.
func markdownRules() string {
	var b strings.Builder
	b.WriteString("| rule | languages | default | what it flags | implemented |\n| --- | --- | --- | --- | --- |\n")
	for _, r := range rules.All() {
		var langs, impl []string
		for _, l := range r.Langs {
			name := map[rules.Lang]string{rules.JS: "JS/TS", rules.Go: "Go"}[l]
			langs = append(langs, name)
			if r.IsImplemented(l) {
				impl = append(impl, name)
			}
		}
		def := string(r.Severity)
		if !r.Default {
			def = "off (" + def + ")"
		}
		status := strings.Join(impl, ", ")
		if status == "" {
			status = "not yet"
		}
		title := r.Title
		if r.IsSecurity() {
			title += " (security)"
		}
		fmt.Fprintf(&b, "| [`%s`](%s) | %s | %s | %s | %s |\n", r.ID, r.DocPath(), strings.Join(langs, ", "), def, title, status)
	}
	return b.String()
}

func implementedLangs(r *rules.Rule) []string {
	var out []string
	for _, l := range r.Implemented {
		out = append(out, string(l))
	}
	return out
}

func explain(args []string, stdout, stderr io.Writer) int {
	if len(args) != 1 {
		fmt.Fprintln(stderr, "usage: disconnectlint explain RULE")
		return exitUsage
	}
	if _, ok := rules.Lookup(args[0]); !ok {
		fmt.Fprintf(stderr, "disconnectlint: unknown rule %q (see 'disconnectlint rules')\n", args[0])
		return exitUsage
	}
	page, err := docs.Page(args[0])
	if err != nil {
		fmt.Fprintf(stderr, "disconnectlint: %v\n", err)
		return exitUsage
	}
	stdout.Write(page)
	return exitOK
}
