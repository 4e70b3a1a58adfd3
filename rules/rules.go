// Package rules is the disconnectlint rule catalogue: the one source of rule
// identity, severity, defaults, summaries and message templates that the CLI,
// the JS/TS engine, the Go analyzers, the docs and every output format read.
//
// It imports only the standard library so that every other package, the
// cgo-free golangci-lint plugin included, can depend on it.
package rules

import (
	"fmt"
	"sort"
	"strings"
)

// Lang is a source language family the linter reads.
type Lang string

const (
	JS Lang = "js" // JavaScript and TypeScript, through tree-sitter
	Go Lang = "go" // Go, through go/ssa
)

// Severity is the level a finding is reported at.
type Severity string

const (
	Error   Severity = "error"
	Warning Severity = "warning"
	Off     Severity = "off"
)

// ParseSeverity accepts the spellings a config file or flag may use.
func ParseSeverity(s string) (Severity, error) {
	switch Severity(strings.ToLower(strings.TrimSpace(s))) {
	case Error:
		return Error, nil
	case Warning:
		return Warning, nil
	case Off:
		return Off, nil
	}
	return "", fmt.Errorf("unknown severity %q (want error, warning or off)", s)
}

// Rank orders severities so that --fail-on can compare them.
func (s Severity) Rank() int {
	switch s {
	case Error:
		return 2
	case Warning:
		return 1
	}
	return 0
}

// Rule is one catalogue entry.
type Rule struct {
	ID       string   // kebab-case, stable forever
	Title    string   // one line, lowercase, no final period, at most 60 characters
	Langs    []Lang   // languages the rule is defined for
	Severity Severity // default severity when the rule is on
	Default  bool     // on by default
	Summary  string   // what the rule flags, one paragraph
	Primary  string   // where the primary location of a finding is
	Tags     []string // "security" marks security rules
	// Precision is the SARIF precision hint: very-high, high, medium, low.
	Precision string
	// SecuritySeverity is the SARIF security-severity score for security rules.
	SecuritySeverity string
	// Messages maps a message id to its fmt template. Engines format through
	// Message so that the docs can list every message a rule can produce.
	Messages map[string]string
	// Implemented lists the languages whose engine has this rule today.
	Implemented []Lang
	// NotYet says, for a language in Langs but not in Implemented, why not.
	NotYet string
}

// AnalyzerName is the Go identifier form of the ID, used as analysis.Analyzer.Name.
func (r *Rule) AnalyzerName() string { return AnalyzerName(r.ID) }

// AnalyzerName turns a rule ID into a Go identifier by replacing '-' with '_'.
func AnalyzerName(id string) string { return strings.ReplaceAll(id, "-", "_") }

// DocPath is the rule's documentation page, relative to the repository root.
func (r *Rule) DocPath() string { return "docs/rules/" + r.ID + ".md" }

// DocURL is where users read the rule's page.
func (r *Rule) DocURL() string { return RepoURL + "/blob/main/" + r.DocPath() }

// Has reports whether the rule is defined for lang.
func (r *Rule) Has(lang Lang) bool { return containsLang(r.Langs, lang) }

// IsImplemented reports whether lang's engine implements the rule.
func (r *Rule) IsImplemented(lang Lang) bool { return containsLang(r.Implemented, lang) }

// IsSecurity reports whether the rule is tagged as a security rule.
func (r *Rule) IsSecurity() bool {
	for _, t := range r.Tags {
		if t == "security" {
			return true
		}
	}
	return false
}

// Message formats the template msgID with args. An unknown msgID is a
// programming error; it still yields a readable message rather than a panic.
func (r *Rule) Message(msgID string, args ...any) string {
	tmpl, ok := r.Messages[msgID]
	if !ok {
		return fmt.Sprintf("%s: %s %v", r.ID, msgID, args)
	}
	return fmt.Sprintf(tmpl, args...)
}

func containsLang(ls []Lang, l Lang) bool {
	for _, x := range ls {
		if x == l {
			return true
		}
	}
	return false
}

// RepoURL is the project's home, used for documentation links.
const RepoURL = "https://github.com/disconnectlint/disconnectlint"

// All returns the catalogue in catalogue order. The slice is shared; callers
// must not modify it.
func All() []*Rule { return catalogue }

// Lookup returns the rule with the given ID.
func Lookup(id string) (*Rule, bool) {
	r, ok := byID[id]
	return r, ok
}

// IDs returns every rule ID, sorted.
func IDs() []string {
	ids := make([]string, 0, len(catalogue))
	for _, r := range catalogue {
		ids = append(ids, r.ID)
	}
	sort.Strings(ids)
	return ids
}

var byID = func() map[string]*Rule {
	m := make(map[string]*Rule, len(catalogue))
	for _, r := range catalogue {
		m[r.ID] = r
	}
	return m
}()
