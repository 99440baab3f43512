package pedigree

import (
	"encoding/json"
	"fmt"
	"time"
)

// Words is a sentence for people kept as its English format and its arguments, not as a
// finished English sentence, so that what is stored (an alert, an audit entry's actor) is said
// later in its reader's language. An argument is a string, an integer, a Date or Words itself
// (a verdict's finding inside an alert); a Stringer (a role, a state) is kept as its string.
type Words struct {
	Format string
	Args   []any
}

// Wordsf returns the words of format and args, as fmt.Sprintf would format them.
func Wordsf(format string, args ...any) Words { return Words{Format: format, Args: args} }

// String says the words in English.
func (w Words) String() string { return w.Say(nil) }

// Say says the words by say: a translation that formats an English format with its arguments,
// as fmt.Sprintf does. Words among the arguments are said by say first. nil says them in English.
func (w Words) Say(say func(format string, args ...any) string) string {
	if say == nil {
		say = fmt.Sprintf
	}
	args := make([]any, len(w.Args))
	for i, a := range w.Args {
		if inner, ok := a.(Words); ok {
			a = inner.Say(say)
		}
		args[i] = a
	}
	return say(w.Format, args...)
}

// wordsArg is an argument as stored: exactly one field is set.
type wordsArg struct {
	S     *string `json:"s,omitempty"`
	D     *int64  `json:"d,omitempty"`
	Date  *Date   `json:"date,omitempty"`
	Words *Words  `json:"words,omitempty"`
}

type wordsJSON struct {
	Format string     `json:"format"`
	Args   []wordsArg `json:"args,omitempty"`
}

// MarshalJSON writes {"format": "...", "args": [...]}, each argument tagged with its kind:
// {"s": "..."}, {"d": 3}, {"date": "2026-01-02"} or {"words": {...}}.
func (w Words) MarshalJSON() ([]byte, error) {
	out := wordsJSON{Format: w.Format, Args: make([]wordsArg, len(w.Args))}
	for i, a := range w.Args {
		switch a := a.(type) {
		case string:
			out.Args[i].S = &a
		case int:
			n := int64(a)
			out.Args[i].D = &n
		case int64:
			out.Args[i].D = &a
		case uint64:
			n := int64(a)
			out.Args[i].D = &n
		case Date:
			out.Args[i].Date = &a
		case time.Time:
			d := DateOf(a)
			out.Args[i].Date = &d
		case Words:
			out.Args[i].Words = &a
		default:
			s := fmt.Sprint(a)
			out.Args[i].S = &s
		}
	}
	return json.Marshal(out)
}

// UnmarshalJSON reads what MarshalJSON writes.
func (w *Words) UnmarshalJSON(b []byte) error {
	var in wordsJSON
	if err := json.Unmarshal(b, &in); err != nil {
		return err
	}
	w.Format, w.Args = in.Format, make([]any, len(in.Args))
	for i, a := range in.Args {
		switch {
		case a.S != nil:
			w.Args[i] = *a.S
		case a.D != nil:
			w.Args[i] = *a.D
		case a.Date != nil:
			w.Args[i] = *a.Date
		case a.Words != nil:
			w.Args[i] = *a.Words
		default:
			return fmt.Errorf("words %q: argument %d has no value", in.Format, i+1)
		}
	}
	return nil
}

// Words returns the finding's sentence as words: its format and arguments, or its message as
// it is.
func (r Reason) Words() Words {
	if r.format == "" {
		return Wordsf("%s", r.Message)
	}
	return Wordsf(r.format, r.args...)
}
