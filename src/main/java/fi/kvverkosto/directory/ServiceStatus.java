package fi.kvverkosto.directory;

import java.util.Locale;
import java.util.Optional;

/** HSDS service status. Archiving a service makes it defunct; it is kept, hidden from the public. */
public enum ServiceStatus {
    ACTIVE,
    INACTIVE,
    DEFUNCT;

    /** The HSDS spelling: {@code active}, {@code inactive}, {@code defunct}. */
    public String hsds() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ServiceStatus> fromHsds(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (ServiceStatus status : values()) {
            if (status.hsds().equals(value)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
