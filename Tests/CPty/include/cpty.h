/*
 * CPty: pseudo-terminal helpers for end-to-end tests. Swift's Glibc module hides
 * posix_openpt/grantpt/unlockpt/ptsname and POSIX_SPAWN_SETSID, so they are wrapped here.
 * Every function returns -1 with errno set on failure unless stated otherwise.
 */
#ifndef ERQI_CPTY_H
#define ERQI_CPTY_H

#include <stddef.h>
#include <sys/types.h>

/**
 * Opens a pseudo-terminal pair, both ends close-on-exec, the master non-blocking and not
 * becoming anyone's controlling terminal. Writes the slave's path (e.g. /dev/pts/7) into slave_name.
 * The slave is set to rows x cols (0 keeps the kernel default). Returns 0.
 */
int erqi_pty_open(int *master_fd, int *slave_fd, char *slave_name, size_t slave_name_size,
                  unsigned short rows, unsigned short cols);

/**
 * Spawns `path` (not searched in PATH) with posix_spawn in a new session (POSIX_SPAWN_SETSID),
 * opening `slave_name` as fd 0 (so it becomes the controlling terminal and Ctrl-C becomes
 * SIGINT) and duplicating it to fds 1 and 2. The signal mask is emptied and every signal's
 * disposition reset to default. argv and envp are NULL-terminated. Returns 0 and the pid,
 * or an errno value (posix_spawn's convention).
 */
int erqi_pty_spawn(const char *path, char *const argv[], char *const envp[],
                   const char *slave_name, pid_t *pid);

/** 1 when the terminal's ICANON flag is clear (raw or cbreak mode), 0 when set, -1 on error.
 *  On Linux tcgetattr on the master reports the slave's settings. */
int erqi_pty_is_raw(int fd);

/** Sets the window size (TIOCSWINSZ). Returns 0. */
int erqi_pty_set_window_size(int fd, unsigned short rows, unsigned short cols);

/**
 * Waits up to timeout_ms for something to read on fd, then reads at most size bytes.
 * Returns the number of bytes read (> 0), 0 on timeout, -1 on end of file or error
 * (EIO from a master whose slave side is closed everywhere).
 */
ssize_t erqi_pty_read(int fd, void *buffer, size_t size, int timeout_ms);

/** Writes all of buffer (retrying on EINTR and partial writes, waiting up to timeout_ms in
 *  total). Returns 0. */
int erqi_pty_write_all(int fd, const void *buffer, size_t size, int timeout_ms);

/**
 * Reaps pid if it has exited, waiting up to timeout_ms (0: just check). Returns 1 with the
 * raw wait status in *status, 0 if still running at the deadline, -1 on error.
 */
int erqi_pty_wait(pid_t pid, int timeout_ms, int *status);

/** Exit code from a raw wait status: the code for a normal exit, 128 + signal number when
 *  killed by a signal (the shell convention), -1 otherwise. */
int erqi_pty_exit_code(int status);

/** Sends signal to the process group `pgid` (the spawned child leads its own). Returns 0. */
int erqi_pty_kill_group(pid_t pgid, int signal);

#endif /* ERQI_CPTY_H */
