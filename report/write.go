package report

import (
	"encoding/json"
	"fmt"
	"io"
)

// WriteText writes one finding a line, `path:line:col: severity: message
// (rule)`, each followed by its related locations indented, then the errors.
func WriteText(w io.Writer, r *Report) error {
	for _, f := range r.Findings {
		mark := ""
		if v := f.Verified; v != nil {
			if v.Confirmed {
				mark = fmt.Sprintf(" [confirmed: %d live after %s]", v.Live, v.Scenario)
			} else if v.Note != "" {
				mark = " [not verified: " + v.Note + "]"
			}
		}
		if _, err := fmt.Fprintf(w, "%s:%d:%d: %s: %s (%s)%s\n", f.Path, f.Line, f.Column, f.Severity, f.Message, f.Rule, mark); err != nil {
			return err
		}
		for _, rel := range f.Related {
			if _, err := fmt.Fprintf(w, "    %s:%d:%d: %s\n", rel.Path, rel.Line, rel.Column, rel.Message); err != nil {
				return err
			}
		}
	}
	for _, e := range r.Errors {
		if _, err := fmt.Fprintf(w, "%s: error: %s\n", e.Path, e.Message); err != nil {
			return err
		}
	}
	return nil
}

// WriteJSON writes the report in the JSON shape of the spec. Empty lists are
// written as [] rather than null so consumers need no special case.
func WriteJSON(w io.Writer, r *Report) error {
	if r.Findings == nil {
		r.Findings = []Finding{}
	}
	if r.Errors == nil {
		r.Errors = []Error{}
	}
	for i := range r.Findings {
		if r.Findings[i].Related == nil {
			r.Findings[i].Related = []Related{}
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}
