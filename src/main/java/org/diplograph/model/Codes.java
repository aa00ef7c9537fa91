package org.diplograph.model;

import java.util.Locale;

/** Lookup of closed-list values by their guideline code. */
final class Codes {
    private Codes() {}

    static <E extends Enum<E> & Coded> E of(Class<E> type, String code) {
        for (E e : type.getEnumConstants())
            if (e.code().equals(code)) return e;
        throw new IllegalArgumentException("unknown %s code '%s'".formatted(
                type.getSimpleName().toLowerCase(Locale.ROOT), code));
    }
}
