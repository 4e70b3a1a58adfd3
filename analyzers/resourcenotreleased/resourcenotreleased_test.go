package resourcenotreleased_test

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/disconnectlint/disconnectlint/analyzers/internal/testroot"
	"github.com/disconnectlint/disconnectlint/analyzers/resourcenotreleased"
)

func Test(t *testing.T) {
	analysistest.Run(t, testroot.Dir(t), resourcenotreleased.Analyzer,
		"resource-not-released/googollee", "resource-not-released/zishang")
}

// userPairs are the pairs the userpairs fixtures are written for.
var userPairs = []resourcenotreleased.UserPair{
	{Name: "lease", Acquire: "(*example.com/lease.Manager).Acquire",
		Release: []string{"(*example.com/lease.Lease).Release", "example.com/lease.Return"}},
	{Name: "open", Acquire: "example.com/lease.Open", Release: []string{"(*example.com/lease.Lease).Release"}},
	{Name: "pooled", Acquire: "(example.com/lease.Pool).Get", Release: []string{"(*example.com/lease.Lease).Release"}},
	{Name: "session", Acquire: "(*example.com/lease.Session).Start", Release: []string{"(*example.com/lease.Session).Stop"}},
}

func TestUserPairs(t *testing.T) {
	a, err := resourcenotreleased.New(userPairs)
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testroot.Dir(t), a, "resource-not-released/userpairs/...")
}

// TestUserPairsNotInDefault: the default analyzer knows none of the
// declared pairs, so it reports nothing in the userpairs fixtures.
func TestUserPairsNotInDefault(t *testing.T) {
	a, err := resourcenotreleased.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range analysistest.Run(&quiet{T: t}, testroot.Dir(t), a, "resource-not-released/userpairs") {
		if len(r.Diagnostics) > 0 {
			t.Errorf("default pairs reported %d findings in userpairs, want 0: %s", len(r.Diagnostics), r.Diagnostics[0].Message)
		}
	}
}

// quiet swallows analysistest's "expected diagnostic" errors (the fixtures'
// want comments are for the declared pairs) and keeps the others.
type quiet struct {
	*testing.T
}

func (q *quiet) Errorf(format string, args ...any) {
	msg := format
	if len(args) > 0 {
		msg = strings.TrimSpace(fmt.Sprintf(format, args...))
	}
	if strings.Contains(msg, "no diagnostic was reported matching") {
		return
	}
	q.T.Errorf("%s", msg)
}

func TestValidate(t *testing.T) {
	good := []string{
		"(*example.com/lease.Manager).Acquire",
		"(example.com/lease.Pool).Get",
		"example.com/lease.Open",
		"os.Open",
		"gopkg.in/yaml.v3.Marshal",
		"(*gopkg.in/yaml.v3.Decoder).Decode",
		"example.com.Open",
	}
	for _, s := range good {
		if err := resourcenotreleased.ValidName(s); err != nil {
			t.Errorf("ValidName(%q) = %v, want nil", s, err)
		}
	}
	bad := map[string]string{
		"":                                     "the name is empty",
		"Acquire":                              `"Acquire" is not a full Go function or method name`,
		".Open":                                `".Open" is not a full Go function or method name`,
		"lease.Manager.Acquire":                "for a method write the receiver in parentheses",
		"Manager.Acquire":                      "for a method write the receiver in parentheses",
		"example.com/lease.Manager.Acquire()":  "without parentheses or arguments",
		"example.com/lease.(*Manager).Acquire": "receiver goes first, in parentheses",
		"(*example.com/lease.Manager)Acquire":  "is not a full Go function or method name",
		" example.com/lease.Open":              "remove the spaces",
		"example.com/lease/.Open":              "is not a full Go function or method name",
		"(**example.com/lease.Manager).X":      "is not a full Go function or method name",
	}
	for s, want := range bad {
		err := resourcenotreleased.ValidName(s)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ValidName(%q) = %v, want an error containing %q", s, err, want)
		}
	}

	pairErrs := []struct {
		p    resourcenotreleased.UserPair
		want string
	}{
		{resourcenotreleased.UserPair{Name: "x", Release: []string{"a.B"}}, `resource 1: resource "x" has no acquire`},
		{resourcenotreleased.UserPair{Name: "x", Acquire: "example.com/a.Get"}, `resource 1: resource "x" has no release`},
		{resourcenotreleased.UserPair{Name: "x", Acquire: "Get", Release: []string{"a.B"}}, `resource 1: resource "x": acquire "Get" is not a full Go function or method name (want a full Go name such as "(*example.com/lease.Manager).Acquire"`},
		{resourcenotreleased.UserPair{Acquire: "example.com/a.Get", Release: []string{"Close"}}, `resource 1: resource: release "Close" is not`},
	}
	for _, c := range pairErrs {
		_, err := resourcenotreleased.New([]resourcenotreleased.UserPair{c.p})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("New(%+v) = %v, want an error containing %q", c.p, err, c.want)
		}
	}
}
