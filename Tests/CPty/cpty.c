#define _GNU_SOURCE
#include "cpty.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

static long long erqi_now_ms(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long long)now.tv_sec * 1000 + now.tv_nsec / 1000000;
}

int erqi_pty_open(int *master_fd, int *slave_fd, char *slave_name, size_t slave_name_size,
                  unsigned short rows, unsigned short cols) {
    int master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (master < 0) return -1;
    if (grantpt(master) != 0 || unlockpt(master) != 0) goto fail;
    if (ptsname_r(master, slave_name, slave_name_size) != 0) goto fail;
    /* Non-blocking: reads and writes go through poll with a deadline. */
    int flags = fcntl(master, F_GETFL);
    if (flags < 0 || fcntl(master, F_SETFL, flags | O_NONBLOCK) != 0) goto fail;
    int slave = open(slave_name, O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (slave < 0) goto fail;
    if (rows != 0 && cols != 0 && erqi_pty_set_window_size(master, rows, cols) != 0) {
        int saved = errno;
        close(slave);
        errno = saved;
        goto fail;
    }
    *master_fd = master;
    *slave_fd = slave;
    return 0;
fail: {
        int saved = errno;
        close(master);
        errno = saved;
        return -1;
    }
}

int erqi_pty_spawn(const char *path, char *const argv[], char *const envp[],
                   const char *slave_name, pid_t *pid) {
    posix_spawnattr_t attributes;
    posix_spawn_file_actions_t actions;
    sigset_t empty, all;
    int status = posix_spawnattr_init(&attributes);
    if (status != 0) return status;
    status = posix_spawn_file_actions_init(&actions);
    if (status != 0) {
        posix_spawnattr_destroy(&attributes);
        return status;
    }
    sigemptyset(&empty);
    sigfillset(&all);
    if ((status = posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSID
                                           | POSIX_SPAWN_SETSIGMASK
                                           | POSIX_SPAWN_SETSIGDEF)) == 0
        && (status = posix_spawnattr_setsigmask(&attributes, &empty)) == 0
        && (status = posix_spawnattr_setsigdefault(&attributes, &all)) == 0
        /* Opened after setsid by a session leader without O_NOCTTY: the controlling tty. */
        && (status = posix_spawn_file_actions_addopen(&actions, 0, slave_name, O_RDWR, 0)) == 0
        && (status = posix_spawn_file_actions_adddup2(&actions, 0, 1)) == 0
        && (status = posix_spawn_file_actions_adddup2(&actions, 0, 2)) == 0) {
        status = posix_spawn(pid, path, &actions, &attributes, argv, envp);
    }
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    return status;
}

int erqi_pty_is_raw(int fd) {
    struct termios settings;
    if (tcgetattr(fd, &settings) != 0) return -1;
    return (settings.c_lflag & ICANON) == 0 ? 1 : 0;
}

int erqi_pty_set_window_size(int fd, unsigned short rows, unsigned short cols) {
    struct winsize size;
    memset(&size, 0, sizeof size);
    size.ws_row = rows;
    size.ws_col = cols;
    return ioctl(fd, TIOCSWINSZ, &size);
}

ssize_t erqi_pty_read(int fd, void *buffer, size_t size, int timeout_ms) {
    long long deadline = erqi_now_ms() + (timeout_ms > 0 ? timeout_ms : 0);
    for (;;) {
        long long remaining = deadline - erqi_now_ms();
        struct pollfd entry = { .fd = fd, .events = POLLIN, .revents = 0 };
        int ready = poll(&entry, 1, remaining > 0 ? (int)remaining : 0);
        if (ready < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        if (ready == 0) return 0;
        ssize_t count = read(fd, buffer, size);
        if (count > 0) return count;
        if (count == 0) {
            errno = EIO;
            return -1;
        }
        if (errno == EINTR || errno == EAGAIN) continue;
        return -1;
    }
}

int erqi_pty_write_all(int fd, const void *buffer, size_t size, int timeout_ms) {
    const char *bytes = buffer;
    long long deadline = erqi_now_ms() + (timeout_ms > 0 ? timeout_ms : 0);
    while (size > 0) {
        long long remaining = deadline - erqi_now_ms();
        if (remaining <= 0) {
            errno = ETIMEDOUT;
            return -1;
        }
        struct pollfd entry = { .fd = fd, .events = POLLOUT, .revents = 0 };
        int ready = poll(&entry, 1, (int)remaining);
        if (ready < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        if (ready == 0) continue;
        ssize_t count = write(fd, bytes, size);
        if (count < 0) {
            if (errno == EINTR || errno == EAGAIN) continue;
            return -1;
        }
        bytes += count;
        size -= (size_t)count;
    }
    return 0;
}

int erqi_pty_wait(pid_t pid, int timeout_ms, int *status) {
    long long deadline = erqi_now_ms() + (timeout_ms > 0 ? timeout_ms : 0);
    for (;;) {
        pid_t result = waitpid(pid, status, WNOHANG);
        if (result == pid) return 1;
        if (result < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        if (erqi_now_ms() >= deadline) return 0;
        struct timespec pause = { .tv_sec = 0, .tv_nsec = 2 * 1000 * 1000 };
        nanosleep(&pause, NULL);
    }
}

int erqi_pty_exit_code(int status) {
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return -1;
}

int erqi_pty_kill_group(pid_t pgid, int signal) {
    return kill(-pgid, signal);
}
