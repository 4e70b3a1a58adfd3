package sarif_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/disconnectlint/disconnectlint/internal/testroot"
	"github.com/disconnectlint/disconnectlint/report"
	"github.com/disconnectlint/disconnectlint/sarif"
)

// multitool finds the self-contained Sarif.Multitool binary that
// scripts/fetch-sarif-tools.sh installs (npm @microsoft/sarif-multitool@5.7.0
// and its linux package), or $SARIF_MULTITOOL.
func multitool(t *testing.T) string {
	t.Helper()
	candidates := []string{}
	if env := os.Getenv("SARIF_MULTITOOL"); env != "" {
		candidates = append(candidates, env)
	}
	candidates = append(candidates, filepath.Join(repoRoot(t), ".cache/sarif/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"))
	for _, c := range candidates {
		if st, err := os.Stat(c); err == nil && st.Mode().IsRegular() && st.Mode()&0o100 != 0 {
			return c
		}
	}
	t.Skipf("Sarif.Multitool not installed or not executable (looked at %s): run scripts/fetch-sarif-tools.sh", strings.Join(candidates, ", "))
	return ""
}

// TestMultitoolGitHubRules runs Microsoft's SARIF validator with GitHub's
// ingestion rules (GH*) and its SARIF best-practice rules on the sample, a
// capped log and an empty one, and wants no error or warning from it.
func TestMultitoolGitHubRules(t *testing.T) {
	bin := multitool(t)
	root, r := sampleRepo(t)
	logs := map[string][]byte{
		"sample.sarif": write(t, r, sarif.Options{SrcRoot: root, Category: "disconnectlint"}),
		"capped.sarif": write(t, r, sarif.Options{SrcRoot: root, MaxResults: 3}),
		"empty.sarif":  write(t, &report.Report{Tool: report.Tool{Name: "disconnectlint", Version: "v0.1.0"}}, sarif.Options{}),
	}
	dir := t.TempDir()
	for name, out := range logs {
		in := filepath.Join(dir, name)
		if err := os.WriteFile(in, out, 0o644); err != nil {
			t.Fatal(err)
		}
		val := filepath.Join(dir, name+".validation.json")
		cmd := exec.Command(bin, "validate", "--rule-kind", "Gh;Sarif", "-o", val, in)
		cmd.Dir = dir
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%s: %v\n%s", name, err, msg)
		}
		b, err := os.ReadFile(val)
		if err != nil {
			t.Fatal(err)
		}
		var v struct {
			Runs []struct {
				Results []struct {
					RuleID  string `json:"ruleId"`
					Level   string `json:"level"`
					Message struct {
						ID        string   `json:"id"`
						Arguments []string `json:"arguments"`
					} `json:"message"`
				} `json:"results"`
				Invocations []struct {
					ExecutionSuccessful bool `json:"executionSuccessful"`
				} `json:"invocations"`
			} `json:"runs"`
		}
		if err := json.Unmarshal(b, &v); err != nil {
			t.Fatalf("%s: validation log: %v", name, err)
		}
		if len(v.Runs) != 1 || len(v.Runs[0].Invocations) == 0 || !v.Runs[0].Invocations[0].ExecutionSuccessful {
			t.Fatalf("%s: the validator did not run to completion:\n%s", name, b)
		}
		for _, res := range v.Runs[0].Results {
			level := res.Level
			if level == "" {
				level = "warning" // the SARIF default
			}
			if level == "error" || level == "warning" {
				t.Errorf("%s: %s %s %v", name, level, res.RuleID, res.Message.Arguments)
			} else {
				t.Logf("%s: %s %s %v", name, level, res.RuleID, res.Message.Arguments)
			}
		}
	}
}

// TestMultitoolCatchesErrors makes sure the validator's verdict is read: a
// log without rule fullDescriptions breaks GitHub's rule GH2012.
func TestMultitoolCatchesErrors(t *testing.T) {
	bin := multitool(t)
	_, r := sampleRepo(t)
	out := write(t, r, sarif.Options{})
	var m map[string]any
	if err := json.Unmarshal(out, &m); err != nil {
		t.Fatal(err)
	}
	for _, rule := range m["runs"].([]any)[0].(map[string]any)["tool"].(map[string]any)["driver"].(map[string]any)["rules"].([]any) {
		delete(rule.(map[string]any), "fullDescription")
	}
	bad, _ := json.Marshal(m)
	dir := t.TempDir()
	in, val := filepath.Join(dir, "bad.sarif"), filepath.Join(dir, "val.json")
	if err := os.WriteFile(in, bad, 0o644); err != nil {
		t.Fatal(err)
	}
	if msg, err := exec.Command(bin, "validate", "--rule-kind", "Gh;Sarif", "-o", val, in).CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, msg)
	}
	b, err := os.ReadFile(val)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(`"GH2012"`)) {
		t.Fatalf("validator did not flag missing fullDescription (GH2012):\n%.2000s", b)
	}
}

// reviewdog finds reviewdog on PATH or in $(go env GOPATH)/bin.
func reviewdog(t *testing.T) string {
	return testroot.GoBin(t, "reviewdog", "run scripts/fetch-sarif-tools.sh (go install github.com/reviewdog/reviewdog/cmd/reviewdog@v0.20.3)")
}

// TestReviewdogSARIF feeds the SARIF log to reviewdog -f=sarif and wants
// every finding reported at its file and line, with the ruleId as code.
func TestReviewdogSARIF(t *testing.T) {
	bin := reviewdog(t)
	root, r := sampleRepo(t)
	out := write(t, r, sarif.Options{SrcRoot: root})
	cmd := exec.Command(bin, "-f=sarif", "-reporter=rdjsonl", "-filter-mode=nofilter", "-fail-level=none")
	cmd.Dir = root
	cmd.Stdin = bytes.NewReader(out)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	got, err := cmd.Output()
	if err != nil {
		t.Fatalf("reviewdog: %v\n%s", err, stderr.Bytes())
	}
	type diag struct {
		Message  string `json:"message"`
		Severity string `json:"severity"`
		Location struct {
			Path  string `json:"path"`
			Range struct {
				Start struct{ Line, Column int } `json:"start"`
			} `json:"range"`
		} `json:"location"`
		Code struct {
			Value string `json:"value"`
			URL   string `json:"url"`
		} `json:"code"`
		RelatedLocations []struct {
			Message string `json:"message"`
		} `json:"related_locations"`
	}
	var diags []diag
	for _, line := range strings.Split(strings.TrimSpace(string(got)), "\n") {
		if line == "" {
			continue
		}
		var d diag
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("reviewdog output line %q: %v", line, err)
		}
		diags = append(diags, d)
	}
	if len(diags) != len(r.Findings) {
		t.Fatalf("reviewdog reported %d diagnostics for %d findings:\n%s\n%s", len(diags), len(r.Findings), got, stderr.Bytes())
	}
	for _, f := range r.Findings {
		found := false
		for _, d := range diags {
			if d.Location.Path == f.Path && d.Location.Range.Start.Line == f.Line && d.Code.Value == f.Rule {
				found = true
				if d.Severity != strings.ToUpper(f.Severity) {
					t.Errorf("%s:%d: severity %s for %s", f.Path, f.Line, d.Severity, f.Severity)
				}
				if len(d.RelatedLocations) != len(f.Related) {
					t.Errorf("%s:%d: %d related locations, want %d", f.Path, f.Line, len(d.RelatedLocations), len(f.Related))
				}
			}
		}
		if !found {
			t.Errorf("reviewdog did not report %s at %s:%d:\n%s", f.Rule, f.Path, f.Line, got)
		}
	}
	// The local reporter (what a developer runs) prints each of them; for
	// SARIF input its line is the result's original JSON.
	cmd = exec.Command(bin, "-f=sarif", "-reporter=local", "-filter-mode=nofilter", "-fail-level=none")
	cmd.Dir = root
	cmd.Stdin = bytes.NewReader(out)
	local, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("reviewdog -reporter=local: %v\n%s", err, local)
	}
	if n := len(strings.Split(strings.TrimSpace(string(local)), "\n")); n != len(r.Findings) {
		t.Errorf("local reporter printed %d lines for %d findings:\n%s", n, len(r.Findings), local)
	}
	for _, f := range r.Findings {
		if !bytes.Contains(local, []byte(`"ruleId":"`+f.Rule+`"`)) {
			t.Errorf("local reporter output lacks %s:\n%s", f.Rule, local)
		}
	}
}
