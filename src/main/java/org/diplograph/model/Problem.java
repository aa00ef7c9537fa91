package org.diplograph.model;

/**
 * A recorded problem with one input (a file, a record): the batch goes on and the problem is reported at the end.
 *
 * @param severity how bad
 * @param source   file (and record or line) the problem is in
 * @param message  what is wrong, in one line
 */
public record Problem(Severity severity, String source, String message) {
    public enum Severity { WARNING, ERROR }

    @Override
    public String toString() { return "%s: %s: %s".formatted(severity.name().toLowerCase(java.util.Locale.ROOT), source, message); }
}
