package fi.kvverkosto.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The municipalities' borders as SVG paths for the coverage map, drawn on the server: generalised borders of 2023 from
 * the National Land Survey of Finland (© Maanmittauslaitos, CC BY 4.0), shipped in {@code network/} on the class path.
 * Longitude and latitude are projected to a plane that keeps the region's proportions (longitude scaled by the cosine
 * of the mean latitude), with north up.
 */
@Component
class MunicipalityShapes {

    static final String RESOURCE = "network/keski-suomi-municipalities-2023.geojson";

    /** Width of the drawing in SVG units; the height follows from the region's proportions. */
    static final double WIDTH = 600;

    /**
     * One municipality's outline.
     *
     * @param path SVG path data in the drawing's units
     * @param labelX where its name can be drawn: the centre of its points' bounding box
     */
    record Shape(String code, String path, double labelX, double labelY) {}

    private final Map<String, Shape> shapes;
    private final double height;

    MunicipalityShapes() {
        this(new ClassPathResource(RESOURCE));
    }

    MunicipalityShapes(ClassPathResource resource) {
        JsonNode features;
        try (InputStream in = resource.getInputStream()) {
            features = JsonMapper.builder().build().readTree(in).get("features");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<double[]>> rings = new ArrayList<>();
        Map<String, List<List<double[]>>> byCode = new LinkedHashMap<>();
        double minLon = Double.MAX_VALUE,
                maxLon = -Double.MAX_VALUE,
                minLat = Double.MAX_VALUE,
                maxLat = -Double.MAX_VALUE;
        for (JsonNode feature : features) {
            String code = feature.get("properties").get("code").asString();
            JsonNode geometry = feature.get("geometry");
            List<JsonNode> polygons = new ArrayList<>();
            if (geometry.get("type").asString().equals("MultiPolygon")) {
                geometry.get("coordinates").forEach(polygons::add);
            } else {
                polygons.add(geometry.get("coordinates"));
            }
            List<List<double[]>> own = new ArrayList<>();
            for (JsonNode polygon : polygons) {
                for (JsonNode ring : polygon) {
                    List<double[]> points = new ArrayList<>();
                    for (JsonNode point : ring) {
                        double lon = point.get(0).asDouble();
                        double lat = point.get(1).asDouble();
                        points.add(new double[] {lon, lat});
                        minLon = Math.min(minLon, lon);
                        maxLon = Math.max(maxLon, lon);
                        minLat = Math.min(minLat, lat);
                        maxLat = Math.max(maxLat, lat);
                    }
                    own.add(points);
                    rings.add(points);
                }
            }
            byCode.put(code, own);
        }
        double xScale = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double scale = WIDTH / ((maxLon - minLon) * xScale);
        this.height = Math.ceil((maxLat - minLat) * scale);
        Map<String, Shape> result = new LinkedHashMap<>();
        for (var entry : byCode.entrySet()) {
            StringBuilder d = new StringBuilder();
            double left = Double.MAX_VALUE,
                    right = -Double.MAX_VALUE,
                    top = Double.MAX_VALUE,
                    bottom = -Double.MAX_VALUE;
            for (List<double[]> ring : entry.getValue()) {
                for (int i = 0; i < ring.size(); i++) {
                    double x = (ring.get(i)[0] - minLon) * xScale * scale;
                    double y = (maxLat - ring.get(i)[1]) * scale;
                    d.append(i == 0 ? "M" : "L").append(number(x)).append(' ').append(number(y));
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
                d.append('Z');
            }
            String code = entry.getKey();
            result.put(code, new Shape(code, d.toString(), (left + right) / 2, (top + bottom) / 2));
        }
        this.shapes = Map.copyOf(result);
    }

    /** The outline of a municipality by its Statistics Finland code, or null when the map has none. */
    Shape shape(String code) {
        return shapes.get(code);
    }

    int count() {
        return shapes.size();
    }

    /** The SVG viewBox of the drawing. */
    String viewBox() {
        return "0 0 " + number(WIDTH) + " " + number(height);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
