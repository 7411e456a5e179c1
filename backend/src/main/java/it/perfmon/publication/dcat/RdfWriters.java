package it.perfmon.publication.dcat;

import java.util.List;
import java.util.Map;

/** Turtle and RDF/XML of an {@link RdfGraph}: one block per subject, predicates as prefixed names. */
final class RdfWriters {

    private RdfWriters() {
    }

    static String turtle(RdfGraph graph) {
        StringBuilder out = new StringBuilder();
        RdfGraph.PREFIXES.forEach((prefix, iri) -> out.append("@prefix ").append(prefix).append(": <").append(iri)
                .append("> .\n"));
        for (Map.Entry<String, List<RdfGraph.Statement>> subject : graph.subjects().entrySet()) {
            out.append('\n').append('<').append(iriText(subject.getKey())).append('>');
            List<RdfGraph.Statement> statements = subject.getValue();
            for (int i = 0; i < statements.size(); i++) {
                RdfGraph.Statement statement = statements.get(i);
                out.append(i == 0 ? "\n    " : " ;\n    ").append(statement.predicate()).append(' ')
                        .append(turtleNode(statement.object()));
            }
            out.append(" .\n");
        }
        return out.toString();
    }

    private static String turtleNode(RdfGraph.Node node) {
        if (node instanceof RdfGraph.Iri iri) {
            return '<' + iriText(iri.value()) + '>';
        }
        RdfGraph.Literal literal = (RdfGraph.Literal) node;
        StringBuilder text = new StringBuilder("\"");
        for (char ch : literal.value().toCharArray()) {
            switch (ch) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> text.append(ch);
            }
        }
        text.append('"');
        if (literal.lang() != null) {
            text.append('@').append(literal.lang());
        } else if (literal.datatype() != null) {
            text.append("^^").append(literal.datatype());
        }
        return text.toString();
    }

    /** IRIs here are built from configured addresses and ids: characters Turtle forbids in them are escaped. */
    private static String iriText(String iri) {
        StringBuilder text = new StringBuilder();
        for (char ch : iri.toCharArray()) {
            if (ch <= 0x20 || "<>\"{}|^`\\".indexOf(ch) >= 0) {
                text.append(String.format("%%%02X", (int) ch));
            } else {
                text.append(ch);
            }
        }
        return text.toString();
    }

    static String rdfXml(RdfGraph graph) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rdf:RDF");
        RdfGraph.PREFIXES.forEach((prefix, iri) -> out.append("\n    xmlns:").append(prefix).append("=\"")
                .append(xml(iri)).append('"'));
        out.append(">\n");
        for (Map.Entry<String, List<RdfGraph.Statement>> subject : graph.subjects().entrySet()) {
            out.append("  <rdf:Description rdf:about=\"").append(xml(iriText(subject.getKey()))).append("\">\n");
            for (RdfGraph.Statement statement : subject.getValue()) {
                out.append("    <").append(statement.predicate());
                if (statement.object() instanceof RdfGraph.Iri iri) {
                    out.append(" rdf:resource=\"").append(xml(iriText(iri.value()))).append("\"/>\n");
                    continue;
                }
                RdfGraph.Literal literal = (RdfGraph.Literal) statement.object();
                if (literal.lang() != null) {
                    out.append(" xml:lang=\"").append(literal.lang()).append('"');
                } else if (literal.datatype() != null) {
                    out.append(" rdf:datatype=\"").append(xml(RdfGraph.expand(literal.datatype()))).append('"');
                }
                out.append('>').append(xml(literal.value())).append("</").append(statement.predicate()).append(">\n");
            }
            out.append("  </rdf:Description>\n");
        }
        return out.append("</rdf:RDF>\n").toString();
    }

    private static String xml(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    if (ch >= 0x20 || ch == '\n' || ch == '\t' || ch == '\r') {
                        escaped.append(ch);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
