package org.diplograph.model;

/**
 * A failure the user can act on: its message says what failed, on which value, and what to try.
 * The command line prints the message alone (no stack trace unless --verbose) and exits with {@link #exitCode()}.
 */
public class UserException extends RuntimeException {
    private final int exitCode;

    public UserException(String message) { this(message, 2, null); }

    public UserException(String message, Throwable cause) { this(message, 2, cause); }

    public UserException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() { return exitCode; }
}
