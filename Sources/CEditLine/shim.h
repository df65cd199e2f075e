/*
 * CEditLine: fixed-signature wrappers around libedit's native API (histedit.h) for Swift 6.
 *
 * Swift cannot call variadic C functions (el_set, el_get, history, ioctl, ...) and rejects the C
 * globals stdin/stdout/stderr in Swift 6 mode, so every such use goes through a static inline
 * function here. Everything else in histedit.h (el_init, el_gets, el_line, el_insertstr,
 * el_deletestr, el_end, history_init, history_end) is called directly from Swift.
 */
#ifndef CEDITLINE_SHIM_H
#define CEDITLINE_SHIM_H

#include <errno.h>
#include <histedit.h>
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>

/*
 * ppoll is a GNU extension. Defining _GNU_SOURCE here would change glibc's own structures (fd_set's member
 * names) inside this module and clash with the Glibc module in a clean build, so only its prototype is declared.
 */
extern int ppoll(struct pollfd *fds, nfds_t nfds, const struct timespec *timeout, const sigset_t *sigmask);

/* ---- Callback types ---------------------------------------------------------------------- */

/** A prompt function: returns a buffer owned by the caller that stays valid until the next call. */
typedef char *(*cel_prompt_fn)(EditLine *);
/** A command bound to a key: returns one of the CC_* codes. */
typedef unsigned char (*cel_command_fn)(EditLine *, int);

/* ---- Standard streams (Swift 6 rejects the C globals) ------------------------------------ */

static inline FILE *cel_stdin(void) { return stdin; }
static inline FILE *cel_stdout(void) { return stdout; }
static inline FILE *cel_stderr(void) { return stderr; }

/* ---- el_set / el_get --------------------------------------------------------------------- */

/** EL_PROMPT_ESC: the prompt may contain sequences wrapped in `ignore` characters (we use \1). */
static inline int cel_set_prompt_esc(EditLine *el, cel_prompt_fn fn, char ignore) {
    return el_set(el, EL_PROMPT_ESC, fn, ignore);
}

/** EL_EDITOR: "emacs" or "vi". */
static inline int cel_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }

/** EL_SIGNAL: 1 lets libedit restore the terminal around signals (resize, suspend, interrupt). */
static inline int cel_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }

/** EL_HIST with the (variadic, unnameable from Swift) `history` function taken on the C side. */
static inline int cel_set_history(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }

/** EL_ADDFN: registers a named editor command. */
static inline int cel_add_function(EditLine *el, const char *name, const char *help, cel_command_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}

/** EL_BIND: binds one key sequence to a named command. */
static inline int cel_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, (const char *)NULL);
}

/** A character reader: stores one wide character and returns 1, 0 at end of input, -1 on error (errno). */
typedef int (*cel_getc_fn)(EditLine *, wchar_t *);

/**
 * EL_GETCFN: replaces libedit's own reader, so that waiting for a key is ours: it can watch signal flags
 * without races (see cel_wait_readable) and never runs libedit's re-raising signal code for SIGHUP/SIGTERM.
 */
static inline int cel_set_getc(EditLine *el, cel_getc_fn fn) { return el_set(el, EL_GETCFN, fn); }

/** EL_CLIENTDATA: an opaque pointer the callbacks use to find their Swift owner. */
static inline int cel_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }

static inline void *cel_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

/** EL_REFRESH: redraws the prompt and the line. */
static inline int cel_refresh(EditLine *el) { return el_set(el, EL_REFRESH); }

/* ---- history ----------------------------------------------------------------------------- */

static inline int cel_history_setsize(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}

/** H_SETUNIQUE: drop an entry equal to the one just before it. */
static inline int cel_history_setunique(History *h, int unique) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, unique);
}

static inline int cel_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}

static inline int cel_history_load(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, path);
}

static inline int cel_history_save(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_SAVE, path);
}

/** The number of entries currently held. */
static inline int cel_history_length(History *h) {
    HistEvent ev;
    if (history(h, &ev, H_GETSIZE) < 0) return 0;
    return ev.num;
}

/* ---- Terminal ---------------------------------------------------------------------------- */

/** The terminal width of `fd` from TIOCGWINSZ, or 0 when unknown. */
static inline int cel_terminal_columns(int fd) {
    struct winsize ws;
    memset(&ws, 0, sizeof ws);
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return 0;
    return (int)ws.ws_col;
}

/** Sets the window size of a terminal (used by tests on a pseudo-terminal). */
static inline int cel_set_terminal_size(int fd, int columns, int rows) {
    struct winsize ws;
    memset(&ws, 0, sizeof ws);
    ws.ws_col = (unsigned short)columns;
    ws.ws_row = (unsigned short)rows;
    return ioctl(fd, TIOCSWINSZ, &ws);
}

/** The codeset of the current LC_CTYPE locale, e.g. "UTF-8" or "ANSI_X3.4-1968". */
static inline const char *cel_codeset(void) { return nl_langinfo(CODESET); }

/* ---- Signals ----------------------------------------------------------------------------- */

typedef void (*cel_signal_fn)(int);

/**
 * Installs `handler` for `signo` with sa_flags 0 (no SA_RESTART), so a blocking read() in
 * el_gets or poll() returns EINTR. Returns 0 on success.
 */
static inline int cel_install_handler(int signo, cel_signal_fn handler) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    action.sa_flags = 0;
    sigemptyset(&action.sa_mask);
    return sigaction(signo, &action, NULL);
}

/**
 * Installs `handler` for `signo` with every signal blocked while it runs (so a second termination signal
 * cannot interleave with the first); sa_flags 0 as for cel_install_handler.
 */
static inline int cel_install_masked_handler(int signo, cel_signal_fn handler) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    action.sa_flags = 0;
    sigfillset(&action.sa_mask);
    return sigaction(signo, &action, NULL);
}

/** Blocks SIGHUP and SIGTERM (they stay pending); returns 0. cel_unblock_termination undoes it. */
static inline int cel_block_termination(void) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGHUP);
    sigaddset(&set, SIGTERM);
    return sigprocmask(SIG_BLOCK, &set, NULL);
}

/** Unblocks SIGHUP and SIGTERM; a pending one is delivered before this returns. */
static inline int cel_unblock_termination(void) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGHUP);
    sigaddset(&set, SIGTERM);
    return sigprocmask(SIG_UNBLOCK, &set, NULL);
}

/**
 * Waits until `fd` is readable or a signal arrives, with SIGHUP and SIGTERM unblocked only for the wait
 * itself (ppoll), so that one arriving after the caller checked its flags still interrupts the wait:
 * 1 readable (or hung up), -1 with errno (EINTR after a signal).
 */
static inline int cel_wait_readable(int fd) {
    sigset_t mask;
    if (sigprocmask(SIG_SETMASK, NULL, &mask) != 0) return -1;
    sigdelset(&mask, SIGHUP);
    sigdelset(&mask, SIGTERM);
    struct pollfd pfd;
    pfd.fd = fd;
    pfd.events = POLLIN;
    pfd.revents = 0;
    int result = ppoll(&pfd, 1, NULL, &mask);
    return result > 0 ? 1 : -1;
}

/* Atomic operations on a flag word shared with signal handlers (lock-free, async-signal-safe). */
static inline int cel_atomic_load(int *word) { return __atomic_load_n(word, __ATOMIC_SEQ_CST); }
static inline int cel_atomic_fetch_or(int *word, int bits) { return __atomic_fetch_or(word, bits, __ATOMIC_SEQ_CST); }
static inline int cel_atomic_fetch_and(int *word, int bits) { return __atomic_fetch_and(word, bits, __ATOMIC_SEQ_CST); }

/** Waits up to `milliseconds` for `fd` to become readable: 1 readable, 0 timeout, -1 error (errno). */
static inline int cel_poll_readable(int fd, int milliseconds) {
    struct pollfd pfd;
    pfd.fd = fd;
    pfd.events = POLLIN;
    pfd.revents = 0;
    int result = poll(&pfd, 1, milliseconds);
    if (result > 0) return 1;
    return result;
}

/* ---- Pseudo-terminals (tests) ----------------------------------------------------------- */

/** Opens a pseudo-terminal pair with the given size; returns 0 and fills both descriptors. */
static inline int cel_openpty(int *master, int *slave, int columns, int rows) {
    struct winsize ws;
    memset(&ws, 0, sizeof ws);
    ws.ws_col = (unsigned short)columns;
    ws.ws_row = (unsigned short)rows;
    return openpty(master, slave, NULL, NULL, &ws);
}

/** Puts a terminal into raw mode (no echo, no line discipline, no signal characters). */
static inline int cel_make_raw(int fd) {
    struct termios t;
    if (tcgetattr(fd, &t) != 0) return -1;
    cfmakeraw(&t);
    return tcsetattr(fd, TCSANOW, &t);
}

#endif /* CEDITLINE_SHIM_H */
