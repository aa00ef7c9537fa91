package org.diplograph.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates reduced to ISO {@code yyyy-MM-dd}. */
final class Dates {
    private static final Pattern ISO_START = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})");

    private Dates() {}

    /** The ISO date that {@code value} starts with ("2018-05-15 10:11:12" → "2018-05-15"), or null. */
    static String isoDate(String value) {
        if (value == null) return null;
        Matcher m = ISO_START.matcher(value);
        if (!m.find()) return null;
        try {
            return LocalDate.parse(m.group(1)).toString();
        } catch (DateTimeException e) {
            return null; // "2018-13-45": not a date, the caller reports it
        }
    }
}
