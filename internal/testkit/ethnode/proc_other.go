//go:build unix && !linux

package ethnode

import "syscall"

// sysProcAttr puts the node in its own process group, so stopping it reaches any child it has.
// Only Linux can also kill it when the test binary dies without running its cleanups.
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true}
}
