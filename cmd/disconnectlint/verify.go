package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/disconnectlint/disconnectlint/internal/discover"
	"github.com/disconnectlint/disconnectlint/jsparse"
	"github.com/disconnectlint/disconnectlint/jsrules"
	"github.com/disconnectlint/disconnectlint/report"
	"github.com/disconnectlint/disconnectlint/verify"
)

// verifyFindings replays each JS/TS file that has findings in the sandbox
// and records the verdict on every finding of it. Files run one after
// another: the sandbox's heap cap watches the whole process.
func verifyFindings(fs []report.Finding, wd string, pairs []jsrules.Pair) {
	byPath := map[string][]int{}
	for i, f := range fs {
		if _, ok := jsparse.LangOf(f.Path); ok {
			byPath[f.Path] = append(byPath[f.Path], i)
		}
	}
	paths := make([]string, 0, len(byPath))
	for p := range byPath {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		idx := byPath[p]
		abs := p
		if !strings.HasPrefix(abs, "/") {
			abs = wd + "/" + p
		}
		src, err := readRegular(abs)
		if err != nil {
			continue
		}
		r := verify.File(p, src, verify.Options{Pairs: pairs})
		sub := make([]report.Finding, len(idx))
		for k, i := range idx {
			sub[k] = fs[i]
		}
		for _, v := range verify.Annotate(sub, r) {
			fs[idx[v.Index]].Verified = &report.Verification{Confirmed: v.Confirmed, Scenario: v.Scenario, Live: v.Live, Note: v.Note}
		}
	}
}

// runVerify is `disconnectlint verify [paths]`: every JS/TS file holding a
// connection scope is replayed in the sandbox, and what is still live after
// all simulated clients have gone is printed. Exit 1 when something is.
func runVerify(args []string, stdout, stderr io.Writer) int {
	clients := 20
	var targets []string
	for i := 0; i < len(args); i++ {
		switch a := args[i]; {
		case a == "--clients" && i+1 < len(args):
			fmt.Sscan(args[i+1], &clients)
			i++
		case strings.HasPrefix(a, "--clients="):
			fmt.Sscan(strings.TrimPrefix(a, "--clients="), &clients)
		case strings.HasPrefix(a, "-"):
			fmt.Fprintf(stderr, "disconnectlint verify: unknown flag %s\nusage: disconnectlint verify [--clients N] [paths...]\n", a)
			return exitUsage
		default:
			targets = append(targets, a)
		}
	}
	if clients < 1 {
		fmt.Fprintln(stderr, "disconnectlint verify: --clients must be at least 1")
		return exitUsage
	}
	if len(targets) == 0 {
		targets = []string{"."}
	}
	wd, err := os.Getwd()
	if err != nil {
		fmt.Fprintln(stderr, "disconnectlint verify:", err)
		return exitUsage
	}
	found := discover.Find(targets, discover.Options{WorkDir: wd})
	code := exitOK
	for _, p := range found.Problems {
		fmt.Fprintf(stderr, "%s: %s\n", p.Path, p.Message)
		if p.Missing {
			code = exitUsage
		}
	}
	if len(found.JS) == 0 {
		fmt.Fprintln(stderr, "disconnectlint verify: no JavaScript or TypeScript files to verify")
		return exitUsage
	}
	live := false
	start := time.Now()
	for _, f := range found.JS {
		src, err := readRegular(f.Abs)
		if err != nil {
			fmt.Fprintf(stdout, "%s: cannot be read: %s\n", f.Path, errText(err))
			continue
		}
		r := verify.File(f.Path, src, verify.Options{Clients: clients})
		if len(r.Scopes) == 0 && r.Note != "" && strings.Contains(r.Note, "no connection scope") {
			continue // nothing to replay in this file
		}
		fmt.Fprintf(stdout, "%s: %d connection scope(s), %v\n", f.Path, len(r.Scopes), r.Duration.Round(time.Millisecond))
		if r.Note != "" {
			fmt.Fprintf(stdout, "  note: %s\n", r.Note)
		}
		for _, s := range r.Scopes {
			fmt.Fprintf(stdout, "  scope at line %d:\n", s.Line)
			if s.Note != "" {
				fmt.Fprintf(stdout, "    not verified: %s\n", s.Note)
				continue
			}
			for _, sc := range s.Scenarios {
				if len(sc.Live) == 0 {
					fmt.Fprintf(stdout, "    %s: nothing live\n", sc.Scenario)
					continue
				}
				live = true
				fmt.Fprintf(stdout, "    %s: still live after every client left:\n", sc.Scenario)
				for _, l := range sc.Live {
					fmt.Fprintf(stdout, "      %s:%d:%d: %s %s (x%d)\n", f.Path, l.Line, l.Col, l.Kind, l.What, l.Count)
				}
			}
			for _, e := range s.Errors {
				fmt.Fprintf(stdout, "    handler error: %s\n", e)
			}
		}
		for _, sb := range r.Sandboxed {
			fmt.Fprintf(stdout, "  sandboxed: %s\n", sb)
		}
	}
	fmt.Fprintf(stderr, "disconnectlint verify: %d file(s) in %v\n", len(found.JS), time.Since(start).Round(time.Millisecond))
	if code != exitOK {
		return code
	}
	if live {
		return exitFindings
	}
	return exitOK
}
