package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/pedigree-rx/pedigree/internal/app"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// listFlag is a flag given any number of times.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

// runOrg runs `pedigree org add`: onboarding from the command line, for a first deployment.
func runOrg(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "add" {
		return usageError{"pedigree org: give a subcommand: add"}
	}
	var s serveSettings
	var name, role, gln, admin, account, as string
	var prefixes listFlag
	fs := newFlags("org add", `Onboards an organisation as the web pages and POST /api/v1/organisations do: makes its
signing key in the keystore (or takes -account, a key it keeps), registers it on chain as the
regulator -as, assigns its prefixes, stores it and prints its first administrator's one-time
invitation link (72 hours). Run it again with the same flags to resume after a failure; the
steps done are not done again. For a first deployment, onboard the deployer itself first:
-role regulator -account <the deployer's account> -as <the same>.`, stderr)
	s.register(fs, getenv)
	fs.StringVar(&name, "name", "", "the organisation's name (required)")
	fs.StringVar(&role, "role", "", "manufacturer, distributor, dispenser or regulator (required)")
	fs.StringVar(&gln, "gln", "", "the organisation's GLN: 13 digits with a valid check digit (required)")
	fs.StringVar(&admin, "admin", "", "the first administrator's email (required)")
	fs.Var(&prefixes, "prefix", "a GS1 company prefix of a manufacturer; give it once per prefix")
	fs.StringVar(&account, "account", "", "the account whose key the organisation keeps; empty: make a key in the keystore")
	fs.StringVar(&as, "as", "", "the regulator's account in the keystore, which signs the registration (required)")
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	bad := func(setting, format string, args ...any) error {
		return exitError{code: 2, msg: setting + ": " + fmt.Sprintf(format, args...)}
	}
	r, err := pedigree.ParseRole(role)
	if err != nil {
		return bad("-role", "%s", pedigree.ErrorMessage(err))
	}
	regulator, err := pedigree.ParseAddress(as)
	if err != nil {
		return bad("-as", "%s", pedigree.ErrorMessage(err))
	}
	req := pedigree.OnboardRequest{Name: name, Role: r, GLN: gln, AdminEmail: admin, Prefixes: prefixes}
	if account != "" {
		a, err := pedigree.ParseAddress(account)
		if err != nil {
			return bad("-account", "%s", pedigree.ErrorMessage(err))
		}
		req.Account = &a
	}
	log, err := s.logger(stderr)
	if err != nil {
		return configExit(err)
	}
	cfg, err := s.config()
	if err != nil {
		return configExit(err)
	}
	cfg.Logger = log
	svc, err := app.New(ctx, cfg)
	if err != nil {
		return configExit(err)
	}
	defer svc.Close()
	ob, link, err := svc.Onboard(ctx, regulator, req)
	if err != nil {
		if ob.ID != 0 {
			fmt.Fprintf(stderr, "stopped after step %q: run the same command again to resume\n", ob.Step)
		}
		if code := pedigree.ErrorCode(err); code == pedigree.EINVALID {
			return exitError{code: 2, msg: pedigree.ErrorMessage(err)}
		}
		return configExit(err)
	}
	fmt.Fprintf(stdout, "onboarded %s: organisation %d, account %s\n", req.Name, ob.OrganisationID, ob.Account)
	if ob.Funding != "" {
		fmt.Fprintln(stdout, ob.Funding)
	}
	if link != "" {
		base := strings.TrimSuffix(cfg.BaseURL, "/")
		if base == "" {
			base = "<pedigree's public URL>"
		}
		fmt.Fprintf(stdout, "invitation for %s (one-time, 72 hours): %s%s\n", req.AdminEmail, base, link)
		if cfg.BaseURL != "" { // a mailed link must be whole
			switch sent, err := svc.MailInvitation(ctx, ob, base+link); {
			case err != nil:
				fmt.Fprintf(stderr, "the invitation was not mailed (%s): pass the link on\n", pedigree.ErrorMessage(err))
			case sent:
				fmt.Fprintf(stdout, "invitation sent to %s\n", req.AdminEmail)
			}
		}
	} else {
		fmt.Fprintf(stdout, "%s has set a password already: no invitation\n", req.AdminEmail)
	}
	return nil
}
