package it.perfmon.publication.dcat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small RDF graph of named resources only (no blank nodes), kept in the order it was built, enough for a DCAT-AP_IT
 * catalogue and written as Turtle or RDF/XML without an RDF library in the service.
 */
final class RdfGraph {

    static final Map<String, String> PREFIXES = prefixes();

    sealed interface Node permits Iri, Literal {
    }

    record Iri(String value) implements Node {
    }

    /** A literal with a language (lang) or a datatype given as a prefixed name (datatype), or neither. */
    record Literal(String value, String lang, String datatype) implements Node {
    }

    record Statement(String predicate, Node object) {
    }

    private final Map<String, List<Statement>> subjects = new LinkedHashMap<>();

    RdfGraph add(String subject, String predicate, Node object) {
        subjects.computeIfAbsent(subject, s -> new ArrayList<>()).add(new Statement(predicate, object));
        return this;
    }

    Map<String, List<Statement>> subjects() {
        return subjects;
    }

    static Iri iri(String value) {
        return new Iri(value);
    }

    static Literal text(String value, String lang) {
        return new Literal(value, lang, null);
    }

    static Literal plain(String value) {
        return new Literal(value, null, null);
    }

    static Literal typed(String value, String datatype) {
        return new Literal(value, null, datatype);
    }

    /** The full IRI of a prefixed name such as dcat:Dataset. */
    static String expand(String prefixed) {
        int colon = prefixed.indexOf(':');
        return PREFIXES.get(prefixed.substring(0, colon)) + prefixed.substring(colon + 1);
    }

    private static Map<String, String> prefixes() {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        prefixes.put("dcat", "http://www.w3.org/ns/dcat#");
        prefixes.put("dcatapit", "http://dati.gov.it/onto/dcatapit#");
        prefixes.put("dct", "http://purl.org/dc/terms/");
        prefixes.put("foaf", "http://xmlns.com/foaf/0.1/");
        prefixes.put("vcard", "http://www.w3.org/2006/vcard/ns#");
        prefixes.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        return prefixes;
    }
}
