// Package plugin is the golangci-lint v2 module plugin of disconnectlint:
// the Go rules, registered under the name "disconnectlint".
//
// Build a golangci-lint that links it with `golangci-lint custom` and a
// .custom-gcl.yml (see .custom-gcl.example.yml), or with the wrapper module
// in tools/golangci-custom; enable it in .golangci.yml under
// linters.settings.custom.disconnectlint with `type: module` (see
// .golangci.example.yml and docs/integrations.md).
//
// Settings (all optional):
//
//	enable:    [rule-id, ...]   # turn on Go rules that are off by default
//	disable:   [rule-id, ...]   # turn off Go rules
//	resources:                  # extra acquire/release pairs for resource-not-released
//	  - name: lease
//	    acquire: "(*example.com/lease.Manager).Acquire"
//	    release: ["(*example.com/lease.Lease).Release"]
//
// Findings are reported under the linter name disconnectlint, so
// `//nolint:disconnectlint` suppresses them; golangci-lint prefixes each
// message with the rule's analyzer name (resource_not_released: ...), which
// linters.exclusions.rules can match to silence one rule. Severities are not
// a golangci-lint concept and the JS/TS rules need the disconnectlint CLI.
//
// The package imports no tree-sitter: golangci-lint builds stay cgo-free.
package plugin

import (
	"fmt"
	"sort"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/disconnectlint/disconnectlint/analyzers"
	"github.com/disconnectlint/disconnectlint/rules"
)

// Name is the plugin's name: the key under linters.settings.custom, the
// linter name in golangci-lint's output and in //nolint directives.
const Name = "disconnectlint"

func init() { register.Plugin(Name, New) }

// Settings are the plugin's settings (linters.settings.custom.disconnectlint.settings).
type Settings struct {
	Enable    []string   `json:"enable"`    // rule ids to turn on in addition to the defaults
	Disable   []string   `json:"disable"`   // rule ids to turn off
	Resources []Resource `json:"resources"` // user-declared Go acquire/release pairs
}

// Resource is a user-declared acquire/release pair, as in the resources: list
// of .disconnectlint.yml; names are full Go names (see analyzers.Pair).
type Resource struct {
	Name    string   `json:"name"`
	Lang    string   `json:"lang"` // optional; must be "go" when given
	Acquire string   `json:"acquire"`
	Release []string `json:"release"`
}

// Plugin is the configured plugin.
type Plugin struct {
	enabled map[string]bool
	pairs   []analyzers.Pair
}

var _ register.LinterPlugin = (*Plugin)(nil)

// New decodes and validates the settings golangci-lint passes (nil when the
// config has no settings: block).
func New(conf any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](conf)
	if err != nil {
		return nil, fmt.Errorf("%s settings: %w", Name, err)
	}
	return newPlugin(s)
}

func newPlugin(s Settings) (*Plugin, error) {
	p := &Plugin{enabled: map[string]bool{}}
	for _, r := range rules.All() {
		if r.IsImplemented(rules.Go) && r.Default {
			p.enabled[r.ID] = true
		}
	}
	enable := map[string]bool{}
	for _, id := range s.Enable {
		if err := checkRule("enable", id); err != nil {
			return nil, err
		}
		enable[id] = true
		p.enabled[id] = true
	}
	for _, id := range s.Disable {
		if err := checkRule("disable", id); err != nil {
			return nil, err
		}
		if enable[id] {
			return nil, fmt.Errorf("%s settings: rule %q is in both enable and disable", Name, id)
		}
		p.enabled[id] = false
	}
	names := map[string]bool{}
	for i, r := range s.Resources {
		what := fmt.Sprintf("resources[%d]", i)
		if r.Name != "" {
			what += fmt.Sprintf(" (%q)", r.Name)
			if names[r.Name] {
				return nil, fmt.Errorf("%s settings: %s: duplicate resource name %q", Name, what, r.Name)
			}
			names[r.Name] = true
		}
		if r.Lang != "" && r.Lang != string(rules.Go) {
			return nil, fmt.Errorf("%s settings: %s: lang %q: golangci-lint runs only the Go rules; declare JS/TS resources in .disconnectlint.yml for the disconnectlint CLI", Name, what, r.Lang)
		}
		pair := analyzers.Pair{Name: r.Name, Acquire: r.Acquire, Release: r.Release}
		if err := pair.Validate(); err != nil {
			return nil, fmt.Errorf("%s settings: %s: %w", Name, what, err)
		}
		p.pairs = append(p.pairs, pair)
	}
	return p, nil
}

// checkRule reports an id that is not a Go rule of the catalogue.
func checkRule(key, id string) error {
	r, ok := rules.Lookup(id)
	if !ok {
		hint := ""
		if alt := strings.ReplaceAll(id, "_", "-"); alt != id {
			if _, ok := rules.Lookup(alt); ok {
				hint = fmt.Sprintf(" (rule ids are kebab-case: %q)", alt)
			}
		}
		if hint == "" {
			hint = " (Go rules: " + strings.Join(goRules(), ", ") + ")"
		}
		return fmt.Errorf("%s settings: %s: unknown rule %q%s", Name, key, id, hint)
	}
	if !r.Has(rules.Go) {
		return fmt.Errorf("%s settings: %s: rule %q is a JS/TS rule; golangci-lint runs only the Go rules (use the disconnectlint CLI)", Name, key, id)
	}
	if !r.IsImplemented(rules.Go) {
		return fmt.Errorf("%s settings: %s: rule %q is not implemented for Go yet", Name, key, id)
	}
	return nil
}

func goRules() []string {
	var ids []string
	for _, r := range rules.All() {
		if r.IsImplemented(rules.Go) {
			ids = append(ids, r.ID)
		}
	}
	sort.Strings(ids)
	return ids
}

// BuildAnalyzers returns the enabled Go rules, resource-not-released built
// with the declared resources. Related locations are dropped: golangci-lint
// would turn each into an extra issue; the messages name the disconnect
// handler already.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	suite, err := analyzers.NewSuite(analyzers.Config{
		Enabled: func(id string) bool { return p.enabled[id] },
		Pairs:   p.pairs,
	})
	if err != nil {
		return nil, err
	}
	out := make([]*analysis.Analyzer, len(suite))
	for i, a := range suite {
		out[i] = withoutRelated(a)
	}
	return out, nil
}

// GetLoadMode asks for type information: the rules run on go/ssa.
func (p *Plugin) GetLoadMode() string { return register.LoadModeTypesInfo }

// withoutRelated returns a copy of a whose diagnostics have no Related.
func withoutRelated(a *analysis.Analyzer) *analysis.Analyzer {
	cp := *a
	run := a.Run
	cp.Run = func(pass *analysis.Pass) (any, error) {
		report := pass.Report
		pass.Report = func(d analysis.Diagnostic) {
			d.Related = nil
			report(d)
		}
		return run(pass)
	}
	return &cp
}
