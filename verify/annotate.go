package verify

import (
	"fmt"

	"github.com/disconnectlint/disconnectlint/report"
)

// Verified is the sandbox's verdict on one static finding.
type Verified struct {
	Index     int    // into the findings passed to Annotate
	Scenario  string // the first scenario in which the finding's line was live
	Live      int    // how many things created at that line were live then
	Confirmed bool
	Note      string // why it is not confirmed, when it is not
}

// kindsFor maps a rule to the kinds of live things that confirm it.
var kindsFor = map[string][]string{
	"timer-not-cleared":       {"timer"},
	"listener-not-removed":    {"listener"},
	"client-not-untracked":    {"entry"},
	"sensitive-data-retained": {"entry"},
	"resource-not-released":   {"resource"},
}

// Annotate matches static findings of one file with a FileResult: a finding
// whose primary line created something still live is confirmed. Every
// finding gets a Verified, in order; one the sandbox could not confirm says
// why, and is never dropped.
func Annotate(fs []report.Finding, r FileResult) []Verified {
	out := make([]Verified, 0, len(fs))
	for i, f := range fs {
		v := Verified{Index: i}
		kinds, checked := kindsFor[f.Rule]
		scope := scopeOf(r, f.Line)
		switch {
		case !checked:
			v.Note = "verify does not check " + f.Rule
		case r.Note != "" && len(r.Scopes) == 0:
			v.Note = r.Note
		default:
			v.Scenario, v.Live = liveAt(r, f.Line, kinds)
			v.Confirmed = v.Live > 0
			if !v.Confirmed {
				v.Note = unconfirmed(r, scope, f.Line)
			}
		}
		out = append(out, v)
	}
	return out
}

func liveAt(r FileResult, line int, kinds []string) (string, int) {
	for _, name := range Scenarios() {
		n := 0
		for _, s := range r.Scopes {
			for _, sc := range s.Scenarios {
				if sc.Scenario != name {
					continue
				}
				for _, l := range sc.Live {
					if l.Line == line && contains(kinds, l.Kind) {
						n += l.Count
					}
				}
			}
		}
		if n > 0 {
			return name, n
		}
	}
	return "", 0
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}

// scopeOf returns the scope whose connection handler spans line, or nil.
func scopeOf(r FileResult, line int) *ScopeResult {
	for i := range r.Scopes {
		s := &r.Scopes[i]
		if s.Line <= line && line <= s.EndLine {
			return s
		}
	}
	return nil
}

func unconfirmed(r FileResult, scope *ScopeResult, line int) string {
	if scope != nil && scope.Note != "" && len(scope.Scenarios) == 0 {
		return scope.Note
	}
	if scope == nil {
		// a helper outside the handler: any scope's note explains it
		for _, s := range r.Scopes {
			if s.Note != "" && len(s.Scenarios) == 0 {
				return s.Note
			}
		}
	}
	for _, s := range r.Scopes {
		for _, l := range s.Reached {
			if l == line {
				return "not confirmed: the sandbox ran this line, and what it created was released or gone once the clients left"
			}
		}
	}
	ran := 0
	for _, s := range r.Scopes {
		ran += len(s.Scenarios)
	}
	if ran == 0 {
		if r.Note != "" {
			return r.Note
		}
		return "not reached: no scenario could run"
	}
	return fmt.Sprintf("not reached: %d scenarios ran but none executed this line (a handler argument or branch the simulated clients did not produce)", ran)
}
