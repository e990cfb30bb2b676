package fi.kvverkosto.network;

import fi.kvverkosto.network.Network.Edge;
import fi.kvverkosto.network.Network.Node;
import fi.kvverkosto.network.Network.View;
import fi.kvverkosto.shared.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The network in the formats other tools read: GraphML (yEd, Gephi, Cytoscape desktop, NetworkX), GEXF 1.2 (Gephi,
 * with positions, sizes and colours), CSV node and edge lists (spreadsheets, Kumu) and a plain SVG picture.
 */
final class GraphFormats {

    static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
    static final String GEXF_NS = "http://www.gexf.net/1.2draft";
    static final String GEXF_VIZ_NS = "http://www.gexf.net/1.2draft/viz";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private GraphFormats() {}

    static void graphml(View view, Language language, Writer out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(GRAPHML_NS);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(
                    XSI, "schemaLocation", GRAPHML_NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            key(xml, "label", "node", "label", "string");
            key(xml, "type", "node", "type", "string");
            key(xml, "degree", "node", "degree", "int");
            key(xml, "betweenness", "node", "betweenness", "double");
            key(xml, "closeness", "node", "closeness", "double");
            key(xml, "community", "node", "community", "int");
            key(xml, "articulation", "node", "articulation", "boolean");
            key(xml, "x", "node", "x", "double");
            key(xml, "y", "node", "y", "double");
            key(xml, "relation", "edge", "type", "string");
            key(xml, "declared", "edge", "declared", "boolean");
            key(xml, "weight", "edge", "weight", "int");
            key(xml, "services", "edge", "services", "string");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "kv-verkosto");
            xml.writeAttribute("edgedefault", "directed");
            for (Node n : view.nodes()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", n.id().toString());
                data(xml, "label", n.name().in(language).text());
                data(xml, "type", n.type());
                data(xml, "degree", Integer.toString(n.degree()));
                data(xml, "betweenness", number(n.betweenness()));
                data(xml, "closeness", number(n.closeness()));
                data(xml, "community", Integer.toString(n.community()));
                data(xml, "articulation", Boolean.toString(n.articulation()));
                data(xml, "x", Double.toString(n.x()));
                data(xml, "y", Double.toString(n.y()));
                xml.writeEndElement();
            }
            int i = 0;
            for (Edge e : view.edges()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + i++);
                xml.writeAttribute("source", e.source().toString());
                xml.writeAttribute("target", e.target().toString());
                if (e.type().symmetric()) {
                    xml.writeAttribute("directed", "false");
                }
                data(xml, "relation", e.type().code());
                data(xml, "declared", Boolean.toString(e.declared()));
                data(xml, "weight", Integer.toString(e.weight()));
                if (!e.services().isEmpty()) {
                    data(xml, "services", serviceIds(e));
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    static void gexf(View view, Language language, LocalDate today, Writer out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("gexf");
            xml.writeDefaultNamespace(GEXF_NS);
            xml.writeNamespace("viz", GEXF_VIZ_NS);
            xml.writeAttribute("version", "1.2");
            xml.writeStartElement("meta");
            xml.writeAttribute("lastmodifieddate", today.toString());
            element(xml, "creator", "kv-verkosto");
            element(xml, "description", "Network of internationalisation service providers");
            xml.writeEndElement();
            xml.writeStartElement("graph");
            xml.writeAttribute("defaultedgetype", "directed");
            xml.writeAttribute("mode", "static");
            xml.writeStartElement("attributes");
            xml.writeAttribute("class", "node");
            attribute(xml, "type", "string");
            attribute(xml, "degree", "integer");
            attribute(xml, "betweenness", "double");
            attribute(xml, "closeness", "double");
            attribute(xml, "community", "integer");
            attribute(xml, "articulation", "boolean");
            xml.writeEndElement();
            xml.writeStartElement("attributes");
            xml.writeAttribute("class", "edge");
            attribute(xml, "declared", "boolean");
            xml.writeEndElement();
            xml.writeStartElement("nodes");
            for (Node n : view.nodes()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", n.id().toString());
                xml.writeAttribute("label", n.name().in(language).text());
                xml.writeStartElement("attvalues");
                attvalue(xml, "type", n.type());
                attvalue(xml, "degree", Integer.toString(n.degree()));
                attvalue(xml, "betweenness", number(n.betweenness()));
                attvalue(xml, "closeness", number(n.closeness()));
                attvalue(xml, "community", Integer.toString(n.community()));
                attvalue(xml, "articulation", Boolean.toString(n.articulation()));
                xml.writeEndElement();
                int[] rgb = ProviderColours.rgb(ProviderColours.of(n.type()));
                xml.writeEmptyElement("viz", "color", GEXF_VIZ_NS);
                xml.writeAttribute("r", Integer.toString(rgb[0]));
                xml.writeAttribute("g", Integer.toString(rgb[1]));
                xml.writeAttribute("b", Integer.toString(rgb[2]));
                xml.writeEmptyElement("viz", "position", GEXF_VIZ_NS);
                xml.writeAttribute("x", Double.toString(n.x()));
                xml.writeAttribute("y", Double.toString(-n.y()));
                xml.writeAttribute("z", "0.0");
                xml.writeEmptyElement("viz", "size", GEXF_VIZ_NS);
                xml.writeAttribute("value", Double.toString(8 + 2.0 * n.degree()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeStartElement("edges");
            int i = 0;
            for (Edge e : view.edges()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + i++);
                xml.writeAttribute("source", e.source().toString());
                xml.writeAttribute("target", e.target().toString());
                xml.writeAttribute("label", e.type().code());
                xml.writeAttribute("weight", Integer.toString(e.weight()));
                if (e.type().symmetric()) {
                    xml.writeAttribute("type", "undirected");
                }
                xml.writeStartElement("attvalues");
                attvalue(xml, "declared", Boolean.toString(e.declared()));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    static void nodesCsv(View view, Language language, Writer out) {
        csv(
                out,
                view.nodes(),
                n -> new Object[] {
                    n.id(),
                    n.name().in(language).text(),
                    n.type(),
                    n.services(),
                    n.degree(),
                    number(n.betweenness()),
                    number(n.closeness()),
                    n.community(),
                    n.articulation(),
                    n.x(),
                    n.y()
                },
                "id",
                "label",
                "type",
                "services",
                "degree",
                "betweenness",
                "closeness",
                "community",
                "articulation",
                "x",
                "y");
    }

    static void edgesCsv(View view, Language language, Writer out) {
        csv(
                out,
                view.edges(),
                e -> new Object[] {
                    e.source(),
                    e.target(),
                    e.type().code(),
                    e.declared(),
                    e.weight(),
                    e.description().isEmpty()
                            ? ""
                            : e.description().in(language).text(),
                    e.evidence(),
                    serviceIds(e)
                },
                "source",
                "target",
                "type",
                "declared",
                "weight",
                "description",
                "evidence",
                "services");
    }

    /**
     * Rows as RFC 4180 CSV under a header, lines ended by {@code \n}. The writer is flushed, not closed: closing it would
     * close the response's stream, which the caller flushes.
     */
    private static <T> void csv(Writer out, List<T> rows, Function<T, Object[]> values, String... header) {
        try {
            var csv = new CSVPrinter(
                    out,
                    CSVFormat.RFC4180
                            .builder()
                            .setHeader(header)
                            .setRecordSeparator("\n")
                            .get());
            for (T row : rows) {
                csv.printRecord(values.apply(row));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The services a relation names, as ids separated by spaces (the HSDS service ids). */
    private static String serviceIds(Edge e) {
        return String.join(
                " ", e.services().stream().map(java.util.UUID::toString).toList());
    }

    /** A plain picture of the view: relations as lines (derived ones dashed), actors as circles in their colour. */
    static String svg(View view, Language language, String title, String sizeBy) {
        double margin = 60;
        double size = NetworkLayout.SIZE + 2 * margin;
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(size)
                .append(' ')
                .append(size)
                .append("\" width=\"")
                .append(size)
                .append("\" height=\"")
                .append(size)
                .append("\" role=\"img\" font-family=\"sans-serif\">\n<title>")
                .append(escape(title))
                .append(
                        "</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n<g stroke-width=\"1.5\">\n");
        var byId = new java.util.HashMap<java.util.UUID, Node>();
        view.nodes().forEach(n -> byId.put(n.id(), n));
        for (Edge e : view.edges()) {
            Node a = byId.get(e.source());
            Node b = byId.get(e.target());
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"%s/>\n",
                    a.x() + margin,
                    a.y() + margin,
                    b.x() + margin,
                    b.y() + margin,
                    e.declared() ? "#4a4a4a" : "#9a9a9a",
                    e.declared() ? "" : " stroke-dasharray=\"6 4\""));
        }
        svg.append("</g>\n<g stroke=\"#ffffff\" stroke-width=\"1.5\">\n");
        for (Node n : view.nodes()) {
            if (n.service()) {
                // A service is a small diamond, told apart from the actors by its shape as well as its colour.
                double r = 6;
                svg.append(String.format(
                        Locale.ROOT,
                        "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"%s\"><title>%s</title>"
                                + "</polygon>\n",
                        n.x() + margin,
                        n.y() + margin - r,
                        n.x() + margin + r,
                        n.y() + margin,
                        n.x() + margin,
                        n.y() + margin + r,
                        n.x() + margin - r,
                        n.y() + margin,
                        ProviderColours.of(n.type()),
                        escape(n.name().in(language).text())));
                continue;
            }
            svg.append(String.format(
                    Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"><title>%s</title></circle>\n",
                    n.x() + margin,
                    n.y() + margin,
                    radius(n, sizeBy),
                    ProviderColours.of(n.type()),
                    escape(n.name().in(language).text())));
        }
        svg.append("</g>\n<g font-size=\"11\" fill=\"#1a1a1a\" text-anchor=\"middle\">\n");
        for (Node n : view.nodes()) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\">%s</text>\n",
                    n.x() + margin,
                    n.y() + margin + radius(n, sizeBy) + 12,
                    escape(shorten(n.name().in(language).text()))));
        }
        svg.append("</g>\n</svg>\n");
        return svg.toString();
    }

    /** The radius of a node drawn by a centrality: 6 to 30 pixels. */
    static double radius(Node n, String sizeBy) {
        double value = switch (sizeBy == null ? "degree" : sizeBy) {
            case "betweenness" -> Math.sqrt(n.betweenness());
            case "closeness" -> n.closeness();
            default -> Math.min(1, n.degree() / 15.0);
        };
        return 6 + 24 * value;
    }

    private static String shorten(String text) {
        return text.length() <= 32 ? text : text.substring(0, 31) + "…";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    private static void key(XMLStreamWriter xml, String id, String owner, String name, String type)
            throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", owner);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void attribute(XMLStreamWriter xml, String id, String type) throws XMLStreamException {
        xml.writeEmptyElement("attribute");
        xml.writeAttribute("id", id);
        xml.writeAttribute("title", id);
        xml.writeAttribute("type", type);
    }

    private static void attvalue(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeEmptyElement("attvalue");
        xml.writeAttribute("for", key);
        xml.writeAttribute("value", value);
    }
}
