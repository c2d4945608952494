/*
 * CLibedit: the system library libedit (BSD editline), readline-compatible API.
 *
 * Include <editline/readline.h>, never <readline/readline.h> (on Linux that is GNU readline).
 *
 * Swift 6 strict concurrency rejects reading or assigning C global variables (shared mutable
 * state), so every global the adapter touches goes through a `static inline` accessor below.
 * The readline API is a process-wide singleton: call all of this from one thread.
 */
#ifndef ERQI_CLIBEDIT_SHIM_H
#define ERQI_CLIBEDIT_SHIM_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <signal.h>
#include <locale.h>
#include <langinfo.h>
#include <unistd.h>
#include <errno.h>
#include <sys/select.h>
#include <sys/ioctl.h>
#include <editline/readline.h>

/* ---- readline globals: setters ---- */

/** Set to 1 inside the completion callback, every time (libedit resets it after each completion),
 *  or an empty result falls back to file-name completion. */
static inline void erqi_rl_set_attempted_completion_over(int value) {
    rl_attempted_completion_over = value;
}

/** Installs (or, with NULL, removes) the attempted-completion callback. */
static inline void erqi_rl_set_attempted_completion_function(rl_completion_func_t *function) {
    rl_attempted_completion_function = function;
}

/** `name` must be malloc'ed (strdup) and stay alive: libedit keeps the pointer. */
static inline void erqi_rl_set_readline_name(const char *name) {
    rl_readline_name = name;
}

/** The character appended after a single completion (default ' '). */
static inline void erqi_rl_set_completion_append_character(int character) {
    rl_completion_append_character = character;
}

/** Above this many candidates libedit asks "Display all N possibilities? (y or n)". */
static inline void erqi_rl_set_completion_query_items(int count) {
    rl_completion_query_items = count;
}

/** Makes libedit read keys through `function` (must be set before rl_initialize, which the
 *  first readline/using_history call runs). libedit stores its int result as one wide
 *  character, so the function returns whole Unicode scalars (it decodes UTF-8 itself), or -1
 *  for end of input (readline() then returns NULL). */
static inline void erqi_rl_set_getc_function(int (*function)(FILE *)) {
    rl_getc_function = function;
}

/** Words for completion are separated by blanks only (libedit's default also breaks at
 *  quotes, '=', '(', '$', '@', '<', '>', ';', '|', '&', '{' and '`'). */
static inline void erqi_rl_use_blank_word_breaks(void) {
    rl_basic_word_break_characters = " \t\n";
}

/* ---- readline globals: getters ---- */

/** The current line (UTF-8, as libedit encodes it); valid inside the completion callback. */
static inline const char *erqi_rl_line_buffer(void) {
    return rl_line_buffer;
}

/** The cursor position in bytes of erqi_rl_line_buffer(); valid inside the completion callback. */
static inline int erqi_rl_point(void) {
    return rl_point;
}

/** Number of entries currently in the in-memory history. */
static inline int erqi_history_length(void) {
    return history_length;
}

/** The text of the newest history entry, or NULL when the history is empty. */
static inline const char *erqi_history_newest_line(void) {
    if (history_length <= 0) return NULL;
    HIST_ENTRY *entry = history_get(history_base + history_length - 1);
    return entry != NULL ? entry->line : NULL;
}

/* ---- atomic flag (for the SIGINT handler) ---- */

static inline void erqi_flag_store(int *flag, int value) {
    __atomic_store_n(flag, value, __ATOMIC_SEQ_CST);
}

static inline int erqi_flag_load(int *flag) {
    return __atomic_load_n(flag, __ATOMIC_SEQ_CST);
}

static inline int erqi_flag_exchange(int *flag, int value) {
    return __atomic_exchange_n(flag, value, __ATOMIC_SEQ_CST);
}

/* ---- signals ---- */

/** Installs `handler` for SIGINT with sigaction, WITHOUT SA_RESTART, so that a blocked read()
 *  (readline's) fails with EINTR and readline() returns NULL. Returns 0 or -1 (errno). */
static inline int erqi_install_sigint_handler(void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(SIGINT, &action, NULL);
}

/**
 * Waits until `fd` is readable, unless `*flag` is set. SIGINT is blocked while the flag is
 * checked and unblocked atomically for the wait (pselect), so a Ctrl-C arriving between the
 * check and the wait is not missed. Returns 1 when readable, 0 when the flag is set, 2 when
 * another signal interrupted the wait (check again), -1 on error (errno).
 */
static inline int erqi_wait_readable_unless_flag(int fd, int *flag) {
    sigset_t block, saved, during;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    if (pthread_sigmask(SIG_BLOCK, &block, &saved) != 0) return -1;
    int result;
    if (__atomic_load_n(flag, __ATOMIC_SEQ_CST) != 0) {
        result = 0;
    } else {
        fd_set readable;
        FD_ZERO(&readable);
        FD_SET(fd, &readable);
        during = saved;
        sigdelset(&during, SIGINT);
        int count = pselect(fd + 1, &readable, NULL, NULL, NULL, &during);
        if (count > 0) result = 1;
        else if (count < 0 && errno == EINTR) result = 2;
        else result = -1;
    }
    int saved_errno = errno;
    pthread_sigmask(SIG_SETMASK, &saved, NULL);
    errno = saved_errno;
    return result;
}

/* ---- locale ---- */

/** 1 when the LC_CTYPE codeset is UTF-8. */
static inline int erqi_ctype_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    if (codeset == NULL) return 0;
    return strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "utf8") == 0;
}

/** setlocale(LC_CTYPE, "") from the environment; when the result is not UTF-8 (LANG unset),
 *  falls back to the first available of C.UTF-8, C.utf8, en_US.UTF-8, UTF-8.
 *  Only LC_CTYPE changes. Returns 1 when LC_CTYPE ends up UTF-8. */
static inline int erqi_configure_utf8_ctype(void) {
    static const char *const fallbacks[] = { "C.UTF-8", "C.utf8", "en_US.UTF-8", "UTF-8" };
    (void)setlocale(LC_CTYPE, "");
    if (erqi_ctype_is_utf8()) return 1;
    for (size_t i = 0; i < sizeof fallbacks / sizeof fallbacks[0]; i++) {
        if (setlocale(LC_CTYPE, fallbacks[i]) != NULL && erqi_ctype_is_utf8()) return 1;
    }
    return 0;
}

/* ---- terminal ---- */

/** 1 when both standard input and standard output are terminals. */
static inline int erqi_stdio_is_terminal(void) {
    return isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
}

/** Writes `text` to stdout (the FILE libedit and Swift's print share) and flushes it. */
static inline void erqi_stdout_write(const char *text) {
    fputs(text, stdout);
    fflush(stdout);
}

/** Clears stdin's end-of-file and error indicators (after an interrupted read). */
static inline void erqi_stdin_clear_error(void) {
    clearerr(stdin);
}

/** Makes stdout line-buffered (when it is a pipe, a driving program sees each line at once). */
static inline void erqi_stdout_line_buffered(void) {
    setvbuf(stdout, NULL, _IOLBF, 0);
}

/** The size of the terminal on standard output in cells; 0 and 0 when it is not a terminal. */
static inline void erqi_terminal_size(int *columns, int *rows) {
    struct winsize ws;
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0) {
        *columns = ws.ws_col; *rows = ws.ws_row;
    } else {
        *columns = 0; *rows = 0;
    }
}

#endif /* ERQI_CLIBEDIT_SHIM_H */
