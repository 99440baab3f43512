package app

import (
	"context"
	"fmt"
	"net/mail"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/keystore"

	"github.com/pedigree-rx/pedigree/internal/gs1"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
)

// onboarder onboards organisations step by step (pedigree.OnboardingSteps), recording each step
// in the onboardings table so that the same request again resumes where one stopped and
// doubles nothing: the key is made once, the participant registered once (an "already
// registered" answer counts as done), the organisation stored once, one invitation live.
// Onboardings of this instance take turns (mu); instances sharing a database rely on the chain
// and the unique GLN and account to refuse a double.
type onboarder struct {
	mu      sync.Mutex
	orgs    *postgres.Organisations
	people  pedigree.People
	custody pedigree.CustodyService
	// keystore and passphrase make new keys; "" keystore: none can be made.
	keystore, passphrase string
	// signFor, when set, makes a new key sign in the running service at once.
	signFor func(ctx context.Context, ks *keystore.KeyStore, acc accounts.Account) error
	funding string // what a new account needs, said in the answer
}

var _ pedigree.Onboarder = (*onboarder)(nil)

// validate checks req, naming the first wrong field, and returns it normalised.
func validateOnboarding(req pedigree.OnboardRequest) (pedigree.OnboardRequest, error) {
	req.Name = strings.TrimSpace(req.Name)
	req.GLN = strings.TrimSpace(req.GLN)
	req.AdminEmail = strings.ToLower(strings.TrimSpace(req.AdminEmail))
	if req.Name == "" {
		return req, pedigree.Errorf(pedigree.EINVALID, "name: give the organisation's name")
	}
	if err := pedigree.CheckText("name", req.Name, 200); err != nil {
		return req, err
	}
	if req.Role == pedigree.RoleNone {
		return req, pedigree.Errorf(pedigree.EINVALID, "role: give manufacturer, distributor, dispenser or regulator")
	}
	if !gs1.ValidGLN(req.GLN) {
		return req, pedigree.Errorf(pedigree.EINVALID, "gln: %q is not a GLN (13 digits with a valid check digit)", req.GLN)
	}
	if a, err := mail.ParseAddress(req.AdminEmail); err != nil || a.Address != req.AdminEmail {
		return req, pedigree.Errorf(pedigree.EINVALID, "admin_email: %q is not an email address", req.AdminEmail)
	}
	if len(req.Prefixes) > 0 && req.Role != pedigree.RoleManufacturer {
		return req, pedigree.Errorf(pedigree.EINVALID, "prefixes: only manufacturers are assigned GS1 company prefixes")
	}
	for i, p := range req.Prefixes {
		req.Prefixes[i] = strings.TrimSpace(p)
		if err := pedigree.ValidPrefix(req.Prefixes[i]); err != nil {
			return req, pedigree.Errorf(pedigree.EINVALID, "prefixes: %s", pedigree.ErrorMessage(err))
		}
	}
	return req, nil
}

// Onboard implements pedigree.Onboarder.
func (o *onboarder) Onboard(ctx context.Context, regulator pedigree.Organisation, req pedigree.OnboardRequest) (pedigree.Onboarding, error) {
	if regulator.Role != pedigree.RoleRegulator {
		return pedigree.Onboarding{}, pedigree.Errorf(pedigree.EFORBIDDEN, "only a regulator onboards organisations")
	}
	req, err := validateOnboarding(req)
	if err != nil {
		return pedigree.Onboarding{}, err
	}
	if req.Account == nil && o.keystore == "" {
		return pedigree.Onboarding{}, pedigree.Errorf(pedigree.EUNAVAILABLE,
			"this service has no keystore to make the organisation's key in (set %s and %s), or give the account whose key the organisation keeps", EnvKeystore, EnvPassphraseFile)
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	ob, err := o.orgs.BeginOnboarding(ctx, req)
	if err != nil {
		return ob, err
	}
	if err := o.run(ctx, regulator, &ob, req.Progress); err != nil {
		if rerr := o.orgs.OnboardingFailed(ctx, ob.ID, pedigree.ErrorMessage(err)); rerr != nil {
			return ob, rerr
		}
		ob.Error = pedigree.ErrorMessage(err)
		return ob, fmt.Errorf("onboard %s (step after %s): %w", req.GLN, ob.Step, err)
	}
	return ob, nil
}

// run does ob's steps from the one after ob.Step to the end, recording each, and tells
// progress (which may be nil) each stage.
func (o *onboarder) run(ctx context.Context, regulator pedigree.Organisation, ob *pedigree.Onboarding, progress pedigree.OnboardingProgress) error {
	req := ob.Request
	tell := func(stage pedigree.OnboardingStage, state pedigree.StageState) {
		if progress != nil {
			progress(stage, state)
		}
	}
	// earlier tells the stages a step recorded before this try did.
	earlier := func(done bool, stages ...pedigree.OnboardingStage) {
		for _, st := range stages {
			switch {
			case !done:
			case st == pedigree.StageKey && req.Account != nil, st == pedigree.StagePrefixes && len(req.Prefixes) == 0:
				tell(st, pedigree.StageSkipped)
			default:
				tell(st, pedigree.StageEarlier)
			}
		}
	}
	earlier(ob.Step != pedigree.StepCreated, pedigree.StageKey)
	if ob.Step == pedigree.StepCreated {
		tell(pedigree.StageKey, pedigree.StageStarted)
		if o.keystore == "" {
			return pedigree.Errorf(pedigree.EUNAVAILABLE, "this service has no keystore to make the organisation's key in: set %s", EnvKeystore)
		}
		ks := keystore.NewKeyStore(o.keystore, keystore.StandardScryptN, keystore.StandardScryptP)
		acc, err := ks.NewAccount(o.passphrase)
		if err != nil {
			return fmt.Errorf("make a key in %s: %w", o.keystore, err)
		}
		if o.signFor != nil {
			if err := o.signFor(ctx, ks, acc); err != nil {
				return fmt.Errorf("sign with the new key of %s: %w", acc.Address, err)
			}
		}
		a := pedigree.Address(acc.Address)
		if err := o.step(ctx, ob, pedigree.StepKey, &a, 0); err != nil {
			return err
		}
		ob.Funding = o.funding
		tell(pedigree.StageKey, pedigree.StageDone)
	}
	earlier(ob.Step != pedigree.StepKey, pedigree.StageRegister, pedigree.StagePrefixes)
	if ob.Step == pedigree.StepKey {
		tell(pedigree.StageRegister, pedigree.StageStarted)
		_, err := o.custody.RegisterParticipant(ctx, regulator, *ob.Account, req.Role, req.GLN)
		if err != nil && pedigree.ErrorCode(err) != pedigree.ECONFLICT { // ECONFLICT: registered by an earlier try
			return err
		}
		tell(pedigree.StageRegister, pedigree.StageDone)
		if len(req.Prefixes) == 0 {
			tell(pedigree.StagePrefixes, pedigree.StageSkipped)
		} else {
			tell(pedigree.StagePrefixes, pedigree.StageStarted)
		}
		for _, p := range req.Prefixes {
			_, err := o.custody.AssignPrefix(ctx, regulator, p, *ob.Account)
			if err != nil && pedigree.ErrorCode(err) != pedigree.ECONFLICT {
				return err
			}
		}
		if err := o.step(ctx, ob, pedigree.StepOnChain, nil, 0); err != nil {
			return err
		}
		if len(req.Prefixes) > 0 {
			tell(pedigree.StagePrefixes, pedigree.StageDone)
		}
	}
	earlier(ob.Step != pedigree.StepOnChain, pedigree.StageStore)
	if ob.Step == pedigree.StepOnChain {
		tell(pedigree.StageStore, pedigree.StageStarted)
		org, err := o.orgs.Create(ctx, pedigree.Organisation{Name: req.Name, GLN: req.GLN, Role: req.Role, Account: *ob.Account})
		if pedigree.ErrorCode(err) == pedigree.ECONFLICT { // stored by an earlier try
			org, err = o.orgs.ByAccount(ctx, *ob.Account)
		}
		if err != nil {
			return err
		}
		if err := o.step(ctx, ob, pedigree.StepStored, nil, org.ID); err != nil {
			return err
		}
		tell(pedigree.StageStore, pedigree.StageDone)
	}
	tell(pedigree.StageInvite, pedigree.StageStarted)
	// Invited or not, the administrator who has not set a password yet gets a fresh link (the
	// earlier ones end): a lost link is resent by onboarding again.
	id, invited, err := o.orgs.UserByEmail(ctx, ob.OrganisationID, req.AdminEmail)
	switch pedigree.ErrorCode(err) {
	case pedigree.ENOTFOUND:
		_, ob.InvitationToken, err = o.people.Invite(ctx, ob.OrganisationID, req.AdminEmail, "", pedigree.UserAdministrator)
	case "":
		if invited {
			ob.InvitationToken, err = o.people.Reinvite(ctx, ob.OrganisationID, id)
		}
	}
	if err != nil {
		return err
	}
	if ob.Step != pedigree.StepInvited {
		if err := o.step(ctx, ob, pedigree.StepInvited, nil, 0); err != nil {
			return err
		}
	}
	tell(pedigree.StageInvite, pedigree.StageDone)
	return nil
}

func (o *onboarder) step(ctx context.Context, ob *pedigree.Onboarding, step pedigree.OnboardingStep, account *pedigree.Address, orgID int64) error {
	if err := o.orgs.OnboardingStep(ctx, ob.ID, step, account, orgID); err != nil {
		return err
	}
	ob.Step, ob.Error = step, ""
	if account != nil {
		ob.Account = account
	}
	if orgID != 0 {
		ob.OrganisationID = orgID
	}
	return nil
}

// Onboardings implements pedigree.Onboarder.
func (o *onboarder) Onboardings(ctx context.Context) ([]pedigree.Onboarding, error) {
	return o.orgs.Onboardings(ctx)
}

// Onboard onboards an organisation as regulator, the regulator's key in this service's
// keystore: what `pedigree org add` calls, without serving. It signs and waits for receipts,
// not for the projection (no indexer runs); the link is its invitation path ("" when the
// administrator has a password already), to put after the service's public URL.
func (s *Service) Onboard(ctx context.Context, regulator pedigree.Address, req pedigree.OnboardRequest) (pedigree.Onboarding, string, error) {
	if _, ok := s.senders.Get(regulator); !ok {
		return pedigree.Onboarding{}, "", configErrorf(EnvKeystore, "holds no key of the regulator %s", regulator)
	}
	reg, err := s.Organisations.ByAccount(ctx, regulator)
	if pedigree.ErrorCode(err) == pedigree.ENOTFOUND {
		// The deployer before it is stored: it onboards itself first (-role regulator).
		reg, err = pedigree.Organisation{Name: "the regulator", Role: pedigree.RoleRegulator, Account: regulator}, nil
	}
	if err != nil {
		return pedigree.Onboarding{}, "", err
	}
	o := &onboarder{orgs: s.Organisations, people: s.Users, custody: s.Actions, keystore: s.cfg.Keystore, passphrase: s.cfg.Passphrase,
		funding: "the new account needs ether for gas before it can act; running services sign for it from their next start"}
	ob, err := o.Onboard(ctx, reg, req)
	link := ""
	if ob.InvitationToken != "" {
		link = "/invitations/" + ob.InvitationToken
	}
	return ob, link, err
}
