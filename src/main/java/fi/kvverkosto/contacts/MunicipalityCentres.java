package fi.kvverkosto.contacts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hibernate.search.engine.spatial.GeoPoint;

/**
 * The centre points of the region's municipalities ({@code contacts/municipality-centres.csv}, with its source), for
 * the distance filter "near Jämsä": a company is placed at its municipality's centre, so "within 50 km" means "in a
 * municipality whose centre is within 50 km". Data shipped with the application, read once.
 */
final class MunicipalityCentres {

    private static final Map<String, GeoPoint> CENTRES = read();

    private MunicipalityCentres() {}

    static Optional<GeoPoint> of(String municipalityCode) {
        return municipalityCode == null ? Optional.empty() : Optional.ofNullable(CENTRES.get(municipalityCode));
    }

    static boolean known(String municipalityCode) {
        return CENTRES.containsKey(municipalityCode);
    }

    static Map<String, GeoPoint> all() {
        return CENTRES;
    }

    /** Great-circle distance in kilometres (haversine; the index uses the same kind of arithmetic). */
    static double distanceKm(GeoPoint a, GeoPoint b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.latitude()))
                        * Math.cos(Math.toRadians(b.latitude()))
                        * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
    }

    private static Map<String, GeoPoint> read() {
        var in = MunicipalityCentres.class.getResourceAsStream("/contacts/municipality-centres.csv");
        if (in == null) {
            throw new IllegalStateException("contacts/municipality-centres.csv is missing");
        }
        var centres = new LinkedHashMap<String, GeoPoint>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("code,"))
                    .forEach(line -> {
                        var cells = line.split(",");
                        centres.put(cells[0], GeoPoint.of(Double.parseDouble(cells[2]), Double.parseDouble(cells[3])));
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(centres);
    }
}
