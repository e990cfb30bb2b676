package fi.kvverkosto.finder;

import java.util.List;

/**
 * Why a service is recommended, as a message key of the finder's bundle with its arguments, so that it can be said in
 * the language of the page or the API request.
 *
 * @param kind what the reason is about: {@code text}, {@code need}, {@code stage}, {@code area}, {@code size},
 *     {@code market}, {@code industry}
 */
record Reason(String kind, String messageKey, List<String> arguments) {

    static Reason of(String kind, String messageKey, String... arguments) {
        return new Reason(kind, messageKey, List.of(arguments));
    }
}
